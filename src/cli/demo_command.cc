// `salescoach demo`
#include <chrono>

#include <fmt/format.h>

#include "app/demo.h"
#include "cli/commands.h"
#include "cli/exit_code.h"

namespace sc::cli {
namespace {

struct DemoArgs {
  std::string dir = "demo";
  int reps = 12;
  int days = 180;
  std::uint64_t seed = 7;
  std::string as_of;
  int weeks = 13;
};

void PrintTeam(const app::DemoResult& result) {
  fmt::print("Sample team written to {} and imported into {}\n\n",
             result.files.manifest.parent_path().parent_path().string(), result.database.string());
  fmt::print("{:<7} {:<22} {:<11} {:<18} {:>5} {:>4} {:>5} {:>9} {:>6} {:>6}\n", "rep", "name",
             "segment", "manager", "deals", "won", "lost", "discount", "calls", "hours");
  for (const app::DemoRepLine& rep : result.reps) {
    fmt::print("{:<7} {:<22} {:<11} {:<18} {:>5} {:>4} {:>5} {:>8.1f}% {:>6} {:>6.1f}\n", rep.id,
               rep.name, rep.segment, rep.manager, rep.deals, rep.won, rep.lost,
               rep.mean_discount_pct, rep.calls, rep.call_hours);
  }
  const store::ImportSummary& s = result.import.summary;
  fmt::print(
      "\nImported {} reps and managers, {} deals, {} activities, {} quotas, {} "
      "forecasts.\n",
      s.reps.total(), s.deals.total(), s.activities.total(), s.quotas.total(), s.forecasts.total());
  std::string roles;
  for (const auto& [method, count] : result.calls.roles_from) {
    roles += fmt::format("{}{} by {}", roles.empty() ? "" : ", ", count, method);
  }
  fmt::print("Imported {} calls from {} transcript files in {} (speaker roles: {}).\n",
             result.calls.calls.total(), result.calls.files,
             result.files.manifest.parent_path().string(), roles);
  fmt::print("Analyzed {} calls ({} utterances).\n", result.analysis.analyzed,
             result.analysis.utterances);
  fmt::print("Planted skill levels: {}\n", result.files.ground_truth.string());
}

// "43%", "12.5", or "-" when there is nothing to show.
std::string Percent(const std::optional<double>& share) {
  return share ? fmt::format("{:.0f}%", *share * 100) : "-";
}
std::string Number(const std::optional<double>& value, int decimals) {
  return value ? fmt::format("{:.{}f}", *value, decimals) : "-";
}

void PrintCallMeasures(const app::DemoResult& result) {
  fmt::print(
      "\nCall measures per rep (targets: talk 35-50%, 11-14 questions on discovery calls, "
      "under 3 fillers/min,\nmonologues under 150 s, a specific next step on 80% of "
      "calls)\n\n");
  fmt::print("{:<7} {:<22} {:>5} {:>6} {:>9} {:>6} {:>8} {:>10} {:>9} {:>10} {:>9}\n", "rep",
             "name", "calls", "talk", "questions", "open", "fillers", "monologue", "patience",
             "next step", "handled");
  fmt::print("{:<7} {:<22} {:>5} {:>6} {:>9} {:>6} {:>8} {:>10} {:>9} {:>10} {:>9}\n", "", "", "",
             "", "per call", "", "per min", "mean s", "s", "specific", "objections");
  for (const app::DemoRepLine& rep : result.reps) {
    const analysis::CallSummary& m = rep.call_measures;
    fmt::print("{:<7} {:<22} {:>5} {:>6} {:>9} {:>6} {:>8} {:>10} {:>9} {:>10} {:>9}\n", rep.id,
               rep.name, m.calls, Percent(m.talk_ratio), Number(m.questions_per_call, 1),
               Percent(m.open_share), Number(m.fillers_per_min, 1),
               Number(m.longest_monologue_s, 0), Number(m.patience_s, 1),
               Percent(m.next_step_share), Percent(m.objections_handled));
  }
}

void PrintCoaching(const app::DemoResult& result, const std::filesystem::path& dir) {
  const app::DemoCoachingResult& coaching = result.coaching;
  if (coaching.team.weeks.size() > 1) {
    fmt::print(
        "\nA quarter of weekly coaching, {} to {}: {} reports sent to {} ({} runs held "
        "for review), {} follow-ups sent, {} acknowledged by their reps, {} rated.\n",
        coaching.team.weeks.front().ToString(), coaching.team.weeks.back().ToString(),
        coaching.delivered, (dir / "outbox").string(), coaching.held, coaching.followups_sent,
        coaching.acknowledged, coaching.rated);
  }
  PrintReportSummary(coaching.team.reports, dir / "reports");
  for (const app::TeamRollupFile& rollup : coaching.team.rollups) {
    fmt::print("{} ({} reps): {}\n", rollup.title, rollup.reps, rollup.markdown.string());
  }
  if (coaching.team.weeks.size() > 1) {
    fmt::print("\n");
    PrintImpact(result.impact);
  }
}

int RunDemo(const DemoArgs& args, const GlobalOptions& global) {
  Diagnostics diagnostics;
  Result<Date> end_date = AsOfDate(args.as_of);
  if (!end_date.ok()) return ReportFailure(end_date.status(), diagnostics);
  app::DemoOptions options{.dir = args.dir,
                           .reps = args.reps,
                           .days = args.days,
                           .seed = args.seed,
                           .end_date = *end_date,
                           .config_dir = global.config,
                           .coaching_weeks = args.weeks};
  Result<app::DemoResult> result = app::RunDemo(options, &diagnostics);
  if (!result.ok()) return ReportFailure(result.status(), diagnostics);
  if (!global.quiet) {
    PrintTeam(*result);
    PrintCallMeasures(*result);
    PrintCoaching(*result, args.dir);
  }
  return kExitOk;
}

}  // namespace

Command RegisterDemo(CLI::App& app, const GlobalOptions& global) {
  CLI::App* demo = app.add_subcommand(
      "demo",
      "generate a realistic sample team, import and analyze it, replay a quarter of weekly "
      "coaching, and show its call measures, reports and coaching impact");
  auto args = std::make_shared<DemoArgs>();
  demo->add_option("--dir", args->dir, "folder for the generated files and database")
      ->capture_default_str();
  demo->add_option("--reps", args->reps, "number of reps")
      ->check(CLI::Range(1, 5000))
      ->capture_default_str();
  demo->add_option("--days", args->days, "days of history")
      ->check(CLI::Range(30, 3650))
      ->capture_default_str();
  demo->add_option("--seed", args->seed, "random seed; the same seed gives the same team")
      ->capture_default_str();
  demo->add_option("--as-of", args->as_of, "last day of history, YYYY-MM-DD (default today)");
  demo->add_option("--weeks", args->weeks,
                   "weeks of coaching up to --as-of: weekly reports, deliveries and feedback "
                   "(1: just this week's reports)")
      ->check(CLI::Range(1, 26))
      ->capture_default_str();
  return [args, &global]() { return RunDemo(*args, global); };
}

}  // namespace sc::cli
