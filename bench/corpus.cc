#include "bench/corpus.h"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <system_error>

#include "base/file_io.h"
#include "bench/native_json_writer.h"
#include "sample/sample_team.h"

namespace sc::bench {
namespace {

namespace fs = std::filesystem;

// Bumped when the files written for the same parameters change shape.
constexpr int kCorpusFormat = 2;
constexpr double kBytesPerMb = 1e6;

fs::path CallsDir(const fs::path& dir) { return dir / "calls"; }
fs::path MarkerPath(const fs::path& dir) { return dir / "corpus.json"; }

nlohmann::json Parameters(const CorpusOptions& options) {
  return {{"format", kCorpusFormat},
          {"seed", options.seed},
          {"reps_per_batch", options.reps_per_batch},
          {"min_bytes", options.min_bytes}};
}

// The marker of the corpus in `dir`, or an empty object when there is none or it is unreadable.
nlohmann::json ReadMarker(const fs::path& dir) {
  Result<std::string> text = ReadFile(MarkerPath(dir));
  if (!text.ok()) return nlohmann::json::object();
  nlohmann::json marker = nlohmann::json::parse(*text, nullptr, /*allow_exceptions=*/false);
  return marker.is_object() ? marker : nlohmann::json::object();
}

// The corpus's files in name order, with their total size.
Result<std::vector<fs::path>> ListFiles(const fs::path& dir, std::uint64_t* bytes) {
  std::error_code error;
  std::vector<fs::path> files;
  *bytes = 0;
  for (const fs::directory_entry& entry : fs::directory_iterator(CallsDir(dir), error)) {
    if (entry.path().extension() != ".json") continue;
    files.push_back(entry.path());
    *bytes += entry.file_size(error);
  }
  if (error) {
    return Status::IoError(
        fmt::format("{}: cannot list: {}", CallsDir(dir).string(), error.message()));
  }
  std::sort(files.begin(), files.end());
  return files;
}

// True when `dir` holds a complete corpus made with `options`.
bool IsComplete(const CorpusOptions& options, const nlohmann::json& marker) {
  if (!marker.contains("parameters") || marker["parameters"] != Parameters(options)) return false;
  std::uint64_t bytes = 0;
  Result<std::vector<fs::path>> files = ListFiles(options.dir, &bytes);
  return files.ok() && marker.value("files", std::size_t{0}) == files->size() &&
         marker.value("bytes", std::uint64_t{0}) == bytes;
}

Status RemoveCorpus(const fs::path& dir) {
  std::error_code error;
  fs::remove(MarkerPath(dir), error);
  if (!error) fs::remove_all(CallsDir(dir), error);
  if (error) {
    return Status::IoError(
        fmt::format("{}: cannot remove the old corpus: {}", dir.string(), error.message()));
  }
  return Status::Ok();
}

// Writes one batch's calls; stops as soon as info->bytes reaches options.min_bytes.
Status WriteBatch(const CorpusOptions& options, int batch, CorpusInfo* info) {
  sample::SampleOptions sample_options{.reps = options.reps_per_batch,
                                       .seed = options.seed + static_cast<std::uint64_t>(batch)};
  SC_ASSIGN_OR_RETURN(sample::SampleTeam team, sample::GenerateSampleTeam(sample_options));
  for (const model::Call& call : team.calls) {
    if (info->bytes >= options.min_bytes) break;
    std::string text = RenderNativeJson(call);
    fs::path path = CallsDir(options.dir) / fmt::format("b{:03}-{}.json", batch, call.id);
    SC_RETURN_IF_ERROR(WriteFile(path, text));
    ++info->files;
    info->bytes += text.size();
  }
  return Status::Ok();
}

}  // namespace

Result<CorpusInfo> EnsureCorpus(const CorpusOptions& options, const Progress& progress) {
  if (nlohmann::json marker = ReadMarker(options.dir); IsComplete(options, marker)) {
    return CorpusInfo{marker["files"].get<std::size_t>(), marker["bytes"].get<std::uint64_t>(),
                      false};
  }
  SC_RETURN_IF_ERROR(RemoveCorpus(options.dir));
  CorpusInfo info{.generated = true};
  for (int batch = 0; info.bytes < options.min_bytes; ++batch) {
    SC_RETURN_IF_ERROR(WriteBatch(options, batch, &info));
    progress(fmt::format("generated {:.1f} MB of {:.1f} MB ({} calls)",
                         static_cast<double>(info.bytes) / kBytesPerMb,
                         static_cast<double>(options.min_bytes) / kBytesPerMb, info.files));
  }
  nlohmann::json marker = {
      {"parameters", Parameters(options)}, {"files", info.files}, {"bytes", info.bytes}};
  SC_RETURN_IF_ERROR(WriteFile(MarkerPath(options.dir), marker.dump(2) + "\n"));
  return info;
}

Result<std::vector<CorpusFile>> LoadCorpus(const fs::path& dir) {
  nlohmann::json marker = ReadMarker(dir);
  std::uint64_t bytes = 0;
  SC_ASSIGN_OR_RETURN(std::vector<fs::path> paths, ListFiles(dir, &bytes));
  if (!marker.contains("files") || marker.value("files", std::size_t{0}) != paths.size() ||
      marker.value("bytes", std::uint64_t{0}) != bytes) {
    return Status::FailedPrecondition(fmt::format(
        "{}: not a complete benchmark corpus (corpus.json is missing or does not match the files)",
        dir.string()));
  }
  std::vector<CorpusFile> files;
  files.reserve(paths.size());
  for (const fs::path& path : paths) {
    SC_ASSIGN_OR_RETURN(std::string text, ReadFile(path));
    files.push_back({path.filename().string(), std::move(text)});
  }
  return files;
}

}  // namespace sc::bench
