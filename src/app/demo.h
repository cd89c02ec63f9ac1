// The demo use case behind `salescoach demo`: a realistic sample team, end to end.
//
// Generates the team (sample/), writes it as real CRM exports and transcript files into
// `dir`, and imports the CRM files and the transcripts into dir/salescoach.db through the
// same importers a user runs, then analyzes every call as `salescoach analyze` does and
// replays a quarter of weekly coaching (demo_coaching.h): reports, deliveries to dir/outbox,
// follow-ups and the reps' feedback, writing the last week's reports (Markdown, card, HTML and
// JSON) and each manager's roll-up into dir/reports/. The demo exercises the product rather
// than a shortcut around it.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "analysis/call_summary.h"
#include "app/analyze_calls.h"
#include "app/demo_coaching.h"
#include "app/impact.h"
#include "app/import_calls.h"
#include "app/import_crm.h"
#include "base/date.h"
#include "base/result.h"
#include "sample/sample_files.h"
#include "sample/sample_team.h"

namespace sc::app {

struct DemoOptions {
  std::filesystem::path dir = "demo";
  int reps = 12;
  int days = 180;
  std::uint64_t seed = 7;
  Date end_date;                     // the last day of history; the CLI defaults it to today
  std::filesystem::path config_dir;  // --config overrides for the analysis; may be empty
  // Weekly reports, deliveries and feedback up to end_date. Coaching starts with the first
  // week, after which about half the "spread" reps get better at their weakest skill
  // (sample::SampleOptions::coaching_days); 1: one report run and no coaching history.
  int coaching_weeks = 13;
};

// One line of the loaded-team summary, read back from the database.
struct DemoRepLine {
  std::string id;
  std::string name;
  std::string segment;
  std::string manager;
  int deals = 0;
  int won = 0;
  int lost = 0;
  double mean_discount_pct = 0;         // over deals with a recorded discount
  int calls = 0;                        // imported calls
  double call_hours = 0;                // their total duration
  analysis::CallSummary call_measures;  // from the stored call analyses
};

struct DemoResult {
  sample::SampleFiles files;
  std::filesystem::path database;
  CrmImportResult import;
  CallImportResult calls;
  AnalyzeSummary analysis;
  std::vector<DemoRepLine> reps;  // ordered by rep id
  DemoCoachingResult coaching;    // the quarter of weekly reports; the last in dir/reports
  ImpactResult impact;            // the program's metrics over that quarter
};

// Runs the demo. An existing dir/salescoach.db is replaced, so the demo always shows exactly
// the generated team. Returns kInvalidArgument for impossible options (see
// sample::GenerateSampleTeam), kIoError when the folder cannot be written, and any import
// failure with its diagnostics appended to `*diagnostics` (which would be a bug in the
// generator, and is reported as such).
Result<DemoResult> RunDemo(const DemoOptions& options, Diagnostics* diagnostics);

}  // namespace sc::app
