// The demo's quarter of coaching: what a team that has used salescoach since the start of the
// quarter would have in its database.
//
// Every week from the first coaching week to the end date: every rep's report is built and
// stored (RunTeam), sent through the file channel into dir/outbox as .eml files unless it is
// held for review (SendReports), last week's follow-ups that are due go out (RunFollowUps),
// and each rep answers the report the way sample::SimulateFeedback says (an acknowledgement,
// often a rating). The clock of each week is that week's date, so deliveries, follow-ups and
// feedback carry the dates they would have had. Only the last week's reports and roll-ups are
// written to dir/reports.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>

#include "app/team_run.h"
#include "base/date.h"
#include "base/diagnostics.h"
#include "base/result.h"

namespace sc::app {

struct DemoCoachingOptions {
  std::filesystem::path database;    // the demo's SQLite file
  std::filesystem::path dir;         // reports/ and outbox/ go here
  std::filesystem::path config_dir;  // --config overrides; may be empty
  Date end_date;
  int weeks = 13;  // weekly runs ending at end_date; 1: just the end date, nothing sent
  std::uint64_t seed = 7;
};

struct DemoCoachingResult {
  TeamRunResult team;         // the last week's reports and roll-ups
  std::size_t delivered = 0;  // reports sent to reps
  std::size_t held = 0;       // report runs held for review (never sent)
  std::size_t followups_sent = 0;
  std::size_t acknowledged = 0;
  std::size_t rated = 0;
};

Result<DemoCoachingResult> RunDemoCoaching(const DemoCoachingOptions& options,
                                           Diagnostics* diagnostics);

}  // namespace sc::app
