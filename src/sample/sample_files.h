// Writes a SampleTeam to disk as real CRM exports and real transcript files, the way a
// customer's systems would hand them to salescoach.
//
//   dir/crm/reps.csv, deals_salesforce.csv, activities.csv, quotas.csv, forecasts.csv
//   dir/calls/<call id>.vtt | .gong.json | .aws.json | .txt, and dir/calls/manifest.csv
//   dir/ground_truth.json   the planted skill levels, for checking what scoring recovers
//
// docs/formats/sample-team.md documents every file. Output is byte-identical for the same
// team. Transcripts are rendered and written one call at a time, so memory stays flat however
// many calls there are.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "base/result.h"
#include "sample/sample_team.h"

namespace sc::sample {

struct CrmFile {
  std::filesystem::path path;
  std::string kind;    // "reps", "deals", "activities", "quotas" or "forecasts"
  std::string preset;  // "" (canonical columns) or "salesforce"
};

struct SampleFiles {
  std::vector<CrmFile> crm;                        // in import order: reps first
  std::filesystem::path manifest;                  // dir/calls/manifest.csv
  std::vector<std::filesystem::path> transcripts;  // one per call, in team.calls order
  std::filesystem::path ground_truth;              // dir/ground_truth.json
};

// Creates dir, dir/crm and dir/calls as needed and writes every file, replacing files of the
// same names. Returns kIoError naming the path when a directory cannot be created or a file
// cannot be written; files written before the failure stay.
Result<SampleFiles> WriteSampleTeam(const SampleTeam& team, const std::filesystem::path& dir);

// The ground truth document: {"seed", "end_date", "days", "reps": [{"id", "name", "profile",
// "weakest", "critical", "levels": {skill: level}, "improvement": {"skill", "points",
// "from"} or null}]}.
std::string RenderGroundTruth(const SampleTeam& team);
// The call manifest: file,call_id,rep_id,deal_id,started_at,title,call_type,rep_speakers.
std::string ManifestHeader();
std::string ManifestRow(const model::Call& call, const CallMeta& meta);

}  // namespace sc::sample
