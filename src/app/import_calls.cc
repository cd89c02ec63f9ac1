#include "app/import_calls.h"

#include <algorithm>
#include <mutex>
#include <optional>
#include <set>

#include <fmt/format.h>

#include "base/file_io.h"
#include "base/thread_pool.h"
#include "ingest/call_manifest.h"
#include "ingest/speaker_roles.h"
#include "ingest/transcript_reader.h"

namespace sc::app {
namespace {

// Calls parsed per step: large enough to keep every core busy, small enough that memory
// stays flat for any number of calls.
constexpr std::size_t kCallsPerChunk = 256;

constexpr std::string_view kManifestName = "manifest.csv";

// One file to import, with its manifest row when there is one.
struct CallFile {
  std::filesystem::path path;
  std::optional<ingest::ManifestEntry> entry;
  std::filesystem::path manifest;  // where `entry` was read; empty without one
};

bool IsTranscriptFile(const std::filesystem::path& path) {
  std::string extension = path.extension().string();
  return extension == ".vtt" || extension == ".srt" || extension == ".txt" ||
         extension == ".json";
}

// Files of a folder in name order, so imports are reproducible.
std::vector<std::filesystem::path> TranscriptsIn(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.is_regular_file() && IsTranscriptFile(entry.path())) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

Result<std::vector<CallFile>> ListCallFiles(const CallImportOptions& options,
                                            Diagnostics* diagnostics) {
  std::filesystem::path manifest = options.manifest;
  std::vector<CallFile> files;
  for (const std::filesystem::path& path : options.paths) {
    if (!std::filesystem::is_directory(path)) {
      files.push_back({path, std::nullopt, {}});
      continue;
    }
    if (manifest.empty() && std::filesystem::exists(path / kManifestName)) {
      manifest = path / kManifestName;
      continue;  // the manifest lists the folder's calls
    }
    for (std::filesystem::path& file : TranscriptsIn(path)) {
      files.push_back({file, std::nullopt, {}});
    }
  }
  if (manifest.empty()) return files;
  SC_ASSIGN_OR_RETURN(std::string text, ReadFile(manifest));
  SC_ASSIGN_OR_RETURN(std::vector<ingest::ManifestEntry> entries,
                      ingest::ReadCallManifest(text, manifest.string(), diagnostics));
  // Files named on the command line take their row from the manifest; with none named, the
  // manifest's rows are the files. A named file the manifest does not list is still read,
  // so that it is reported (it has no rep) rather than silently skipped.
  std::set<std::filesystem::path> named;
  for (const CallFile& file : files) named.insert(std::filesystem::weakly_canonical(file.path));
  std::vector<CallFile> listed;
  for (ingest::ManifestEntry& entry : entries) {
    std::filesystem::path path = manifest.parent_path() / entry.file;
    if (!named.empty() && named.erase(std::filesystem::weakly_canonical(path)) == 0) continue;
    listed.push_back({path, std::move(entry), manifest});
  }
  for (const CallFile& file : files) {
    if (named.contains(std::filesystem::weakly_canonical(file.path))) listed.push_back(file);
  }
  return listed;
}

// The stored reps: ids to check each call's rep, names and emails to recognise them as
// speakers.
struct KnownReps {
  std::set<std::string, std::less<>> ids;
  std::vector<ingest::CrmRepName> names;
};

// Where a problem with the call's context (rather than its transcript) is best shown: the
// manifest row when there is one, else the transcript file.
Diagnostic ContextProblem(const CallFile& file, std::string message, std::string hint) {
  if (file.entry) {
    return Diagnostic{file.manifest.string(), file.entry->line, 1, std::move(message),
                      std::move(hint), ""};
  }
  return Diagnostic{file.path.string(), 0, 0, std::move(message), std::move(hint), ""};
}

// What reading one file produced.
struct ParsedCall {
  Result<model::Call> call = Status::Internal("not read");
  Diagnostics diagnostics;
  ingest::RoleResolution roles;
};

ParsedCall ReadOneCall(const CallFile& file, ingest::TranscriptFormat format,
                       const KnownReps& known_reps) {
  ParsedCall parsed;
  Result<std::string> text = ReadFile(file.path);
  if (!text.ok()) {
    parsed.call = text.status();
    return parsed;
  }
  std::string source = file.path.string();
  parsed.call = ingest::ReadTranscript(*text, source, format, &parsed.diagnostics);
  if (!parsed.call.ok()) return parsed;
  model::Call& call = *parsed.call;
  if (file.entry) ingest::ApplyManifest(*file.entry, &call);
  if (call.id.empty()) call.id = ingest::CallIdFromFileName(source);
  if (call.rep_id.empty()) {
    parsed.diagnostics.Add(ContextProblem(
        file, "no rep is named for this call",
        "list the file in a call manifest (--manifest) with its rep_id"));
    parsed.call = Status::InvalidArgument(fmt::format("{}: no rep", source));
    return parsed;
  }
  if (!known_reps.ids.contains(call.rep_id)) {
    parsed.diagnostics.Add(ContextProblem(
        file, fmt::format("rep '{}' of call '{}' is not imported", call.rep_id, call.id),
        "import the reps first: salescoach import crm reps.csv"));
    parsed.call = Status::InvalidArgument(fmt::format("{}: unknown rep", source));
    return parsed;
  }
  parsed.roles = ingest::ResolveSpeakerRoles(
      call, ingest::RoleHints{.rep_speakers = call.rep_speakers, .crm_reps = known_reps.names});
  call.roles_from = std::string(ingest::RoleMethodName(parsed.roles.method));
  call.source = source;
  for (const model::Utterance& utterance : call.utterances) {
    call.duration_s = std::max(call.duration_s, utterance.end_s);
  }
  return parsed;
}

}  // namespace

Result<CallImportResult> ImportCallFiles(store::Store& store, const CallImportOptions& options,
                                         Diagnostics* diagnostics) {
  SC_ASSIGN_OR_RETURN(std::vector<CallFile> files, ListCallFiles(options, diagnostics));
  if (files.empty()) return Status::InvalidArgument("no transcript files to import");
  SC_ASSIGN_OR_RETURN(std::vector<model::Rep> reps, store.ListReps());
  KnownReps known_reps;
  for (const model::Rep& rep : reps) {
    known_reps.names.push_back({rep.name, rep.email});
    known_reps.ids.insert(rep.id);
  }

  CallImportResult result;
  result.files = files.size();
  ThreadPool pool(options.threads > 0 ? options.threads : ThreadPool::DefaultThreads());
  std::size_t next_file = 0;
  std::size_t failed = 0;
  Status first_failure;
  // Parses the next chunk of files in parallel and keeps the good calls; every problem is
  // collected so that one run reports all of them.
  auto parse_chunk = [&]() {
    std::vector<ParsedCall> chunk(std::min(kCallsPerChunk, files.size() - next_file));
    pool.ParallelFor(chunk.size(), [&](std::size_t index) {
      chunk[index] = ReadOneCall(files[next_file + index], options.format, known_reps);
    });
    next_file += chunk.size();
    std::vector<model::Call> calls;
    for (ParsedCall& parsed : chunk) {
      diagnostics->Append(parsed.diagnostics);
      if (!parsed.call.ok()) {
        ++failed;
        if (first_failure.ok()) first_failure = parsed.call.status();
        continue;
      }
      ++result.roles_from[parsed.call->roles_from];
      for (const std::string& name : parsed.roles.unmatched_rep_speakers) {
        result.warnings.push_back(fmt::format("{}: rep speaker '{}' does not speak in the call",
                                              parsed.call->source, name));
      }
      calls.push_back(std::move(parsed.call).value());
    }
    return calls;
  };
  // The store writes each chunk inside the one transaction of this import; a failure at the
  // end rolls all of it back.
  store::CallBatchSource next_chunk = [&]() -> Result<std::vector<model::Call>> {
    while (next_file < files.size()) {
      std::vector<model::Call> calls = parse_chunk();
      if (!calls.empty()) return calls;
    }
    if (failed == 0) return std::vector<model::Call>();
    if (first_failure.code() != StatusCode::kInvalidArgument) return first_failure;
    return Status::InvalidArgument(fmt::format(
        "{} of {} files could not be imported; nothing was imported", failed, files.size()));
  };
  SC_ASSIGN_OR_RETURN(result.calls, store.SaveCalls(next_chunk));
  return result;
}

}  // namespace sc::app
