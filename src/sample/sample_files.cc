#include "sample/sample_files.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <nlohmann/json.hpp>

#include "base/text.h"
#include "sample/crm_csv.h"
#include "sample/transcript_render.h"

namespace sc::sample {
namespace {

namespace fs = std::filesystem;

Status WriteFile(const fs::path& path, std::string_view content) {
  std::FILE* file = std::fopen(path.c_str(), "wb");
  if (file == nullptr) {
    return Status::IoError(fmt::format("cannot write {}: {}", path.string(), std::strerror(errno)));
  }
  std::size_t written = std::fwrite(content.data(), 1, content.size(), file);
  int error = written == content.size() ? 0 : errno;
  if (std::fclose(file) != 0 && error == 0) error = errno;
  if (error != 0 || written != content.size()) {
    return Status::IoError(
        fmt::format("cannot write {}: {}", path.string(), std::strerror(error != 0 ? error : EIO)));
  }
  return Status::Ok();
}

Status MakeDirectory(const fs::path& path) {
  std::error_code error;
  fs::create_directories(path, error);
  if (error) {
    return Status::IoError(
        fmt::format("cannot create directory {}: {}", path.string(), error.message()));
  }
  return Status::Ok();
}

std::string Join(const std::vector<std::string>& parts, char separator) {
  std::string out;
  for (const std::string& part : parts) {
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

}  // namespace

std::string ManifestHeader() {
  return "file,call_id,rep_id,deal_id,started_at,title,call_type,rep_speakers\n";
}

std::string ManifestRow(const model::Call& call, const CallMeta& meta) {
  std::string started = call.started_at ? call.started_at->ToString() : "";
  std::string fields[] = {TranscriptFileName(call, meta.format),
                          call.id,
                          call.rep_id,
                          call.deal_id,
                          started,
                          call.title,
                          std::string(model::CallTypeName(call.call_type)),
                          Join(RepSpeakersInFile(call, meta.format), ';')};
  std::string row;
  for (const std::string& field : fields) {
    if (!row.empty()) row += ',';
    row += CsvEscape(field);
  }
  return row + "\n";
}

std::string RenderGroundTruth(const SampleTeam& team) {
  nlohmann::ordered_json reps = nlohmann::ordered_json::array();
  for (const PlantedRep& planted : team.planted) {
    nlohmann::ordered_json levels = nlohmann::ordered_json::object();
    for (Skill skill : kAllSkills) {
      levels[std::string(SkillKey(skill))] = planted.levels[SkillIndex(skill)];
    }
    nlohmann::ordered_json critical = nlohmann::ordered_json::array();
    for (Skill skill : planted.critical_skills) critical.push_back(std::string(SkillKey(skill)));
    nlohmann::ordered_json improvement = nullptr;
    if (planted.improvement) {
      improvement = {{"skill", std::string(SkillKey(planted.improvement->skill))},
                     {"points", planted.improvement->points},
                     {"from", planted.improvement->from.ToString()}};
    }
    reps.push_back({{"id", planted.rep_id},
                    {"name", planted.name},
                    {"profile", planted.profile},
                    {"weakest", std::string(SkillKey(planted.weakest))},
                    {"critical", critical},
                    {"levels", levels},
                    {"improvement", improvement}});
  }
  nlohmann::ordered_json document = {{"seed", team.options.seed},
                                     {"end_date", team.options.end_date.ToString()},
                                     {"days", team.options.days},
                                     {"reps", reps}};
  return document.dump(2) + "\n";
}

Result<SampleFiles> WriteSampleTeam(const SampleTeam& team, const fs::path& dir) {
  SC_CHECK(team.calls.size() == team.call_meta.size());
  fs::path crm_dir = dir / "crm";
  fs::path calls_dir = dir / "calls";
  SC_RETURN_IF_ERROR(MakeDirectory(crm_dir));
  SC_RETURN_IF_ERROR(MakeDirectory(calls_dir));

  SampleFiles files;
  struct CrmOutput {
    const char* name;
    const char* kind;
    const char* preset;
    std::string (*render)(const SampleTeam&);
  };
  const CrmOutput outputs[] = {
      {"reps.csv", "reps", "", RenderRepsCsv},
      {"deals_salesforce.csv", "deals", "salesforce", RenderSalesforceDealsCsv},
      {"activities.csv", "activities", "", RenderActivitiesCsv},
      {"quotas.csv", "quotas", "", RenderQuotasCsv},
      {"forecasts.csv", "forecasts", "", RenderForecastsCsv},
  };
  for (const CrmOutput& output : outputs) {
    fs::path path = crm_dir / output.name;
    SC_RETURN_IF_ERROR(WriteFile(path, output.render(team)));
    files.crm.push_back({path, output.kind, output.preset});
  }

  std::string manifest = ManifestHeader();
  for (std::size_t index = 0; index < team.calls.size(); ++index) {
    const model::Call& call = team.calls[index];
    const CallMeta& meta = team.call_meta[index];
    fs::path path = calls_dir / TranscriptFileName(call, meta.format);
    SC_RETURN_IF_ERROR(WriteFile(path, RenderTranscript(call, meta, team.options.seed)));
    files.transcripts.push_back(path);
    manifest += ManifestRow(call, meta);
  }
  files.manifest = calls_dir / "manifest.csv";
  SC_RETURN_IF_ERROR(WriteFile(files.manifest, manifest));
  files.ground_truth = dir / "ground_truth.json";
  SC_RETURN_IF_ERROR(WriteFile(files.ground_truth, RenderGroundTruth(team)));
  return files;
}

}  // namespace sc::sample
