// The scale benchmark's organisation: many sample teams side by side, written as the files a
// customer would hand salescoach (canonical CRM CSV and one salescoach JSON file per call).
//
// The reps come from sample::GenerateSampleTeam in batches of `reps_per_batch`, batch b with
// seed `seed + b`. Every id of batch b (reps, managers, teams, deals, activities, quotas,
// forecasts, calls) is prefixed with "B<b>-" (four digits) so that ids stay unique across
// batches. Each batch is written as soon as it is generated and then freed, so memory does not
// grow with the size of the organisation:
//
//   DIR/crm/reps.csv, deals.csv, activities.csv, quotas.csv, forecasts.csv  (canonical columns,
//                                                                          docs/crm-import.md)
//   DIR/calls/<call id>.json                                                (one call each)
//
// Every rep gets calls / reps calls (the first calls % reps reps one more). The generator gives
// a rep 30-40 calls over `days` days; to reach that number the rep's calls are repeated over
// earlier windows: copy k (k >= 1) starts `k * days` days earlier and is named
// "<call id>-W<k>", with the same rep, deal and transcript.
//
//   SC_ASSIGN_OR_RETURN(OrganisationInfo info, WriteOrganisation(options, progress));
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/result.h"

namespace sc::bench {

struct OrganisationOptions {
  std::filesystem::path dir;
  int reps = 1000;  // account executives; managers come on top (about one per six reps)
  std::size_t calls = 100'000;
  std::uint64_t seed = 7;
  int reps_per_batch = 10;
  int days = 180;  // each sample team's history window
  Date end_date = Date::FromYmd(2026, 11, 24);
};

struct OrganisationInfo {
  int reps = 0;
  int managers = 0;
  std::size_t deals = 0;
  std::size_t activities = 0;
  std::size_t calls = 0;
  std::size_t utterances = 0;
  std::uint64_t transcript_bytes = 0;
  int copies = 0;  // the most windows any rep's calls were spread over (1: no repeats)
  std::vector<std::filesystem::path> crm_files;  // in import order: reps first
  std::filesystem::path calls_dir;
  std::vector<std::string> rep_ids;  // the account executives, in generation order
};

// Called with one line of progress at a time.
using OrganisationProgress = std::function<void(std::string_view)>;

// Removes DIR/crm and DIR/calls, then writes the organisation. Returns kInvalidArgument for
// options the generator rejects (reps below 1, calls below reps, reps_per_batch outside 1..5000)
// and kIoError naming the path when a file cannot be written.
Result<OrganisationInfo> WriteOrganisation(const OrganisationOptions& options,
                                           const OrganisationProgress& progress);

}  // namespace sc::bench
