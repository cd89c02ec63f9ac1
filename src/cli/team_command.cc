// `salescoach team [--manager ID] [--as-of D] [--from D] [--period P] [--out DIR]`: every
// rep's report (or one manager's reps'), built in parallel, with a roll-up per manager.
#include <fmt/format.h>

#include "app/delivery_setup.h"
#include "app/team_run.h"
#include "base/thread_pool.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/progress_bar.h"
#include "store/sqlite_store.h"

namespace sc::cli {
namespace {

struct TeamArgs {
  std::string manager;
  std::string as_of;
  std::string from;
  std::string period = "90d";
  std::string out = "reports";
  std::size_t threads = 0;
};

int RunTeam(const TeamArgs& args, const GlobalOptions& global) {
  Diagnostics diagnostics;
  Result<Date> as_of = AsOfDate(args.as_of);
  if (!as_of.ok()) return ReportFailure(as_of.status(), diagnostics);
  app::TeamOptions options{.manager_id = args.manager,
                           .as_of = *as_of,
                           .from = std::nullopt,
                           .period = args.period,
                           .out_dir = args.out,
                           .threads = args.threads};
  if (!args.from.empty()) {
    Result<Date> from = AsOfDate(args.from);
    if (!from.ok()) return ReportFailure(from.status(), diagnostics);
    options.from = *from;
  }
  Result<delivery::DeliveryConfig> delivery = app::LoadDeliverySetup(global.config, &diagnostics);
  if (!delivery.ok()) return ReportFailure(delivery.status(), diagnostics);
  options.clips = delivery->clips;
  Result<app::CoachingKnowledge> knowledge =
      app::LoadCoachingKnowledge(global.config, &diagnostics);
  if (!knowledge.ok()) return ReportFailure(knowledge.status(), diagnostics);
  Result<std::unique_ptr<store::SqliteStore>> store = store::SqliteStore::Open(global.db);
  if (!store.ok()) return ReportFailure(store.status(), diagnostics);
  ProgressBar bar("weekly reports", global.quiet);
  Result<app::TeamRunResult> result =
      app::RunTeam(**store, app::SqliteOpener(global.db), *knowledge, options,
                   [&bar](Date, std::size_t done, std::size_t total) {
                     bar.Update(done, total);
                     return Status::Ok();
                   });
  bar.Finish();
  if (!result.ok()) return ReportFailure(result.status(), diagnostics);
  if (global.quiet) return kExitOk;
  if (result->weeks.size() > 1) {
    fmt::print("Stored {} weekly report runs, {} to {}.\n", result->weeks.size(),
               result->weeks.front().ToString(), result->weeks.back().ToString());
  }
  PrintReportSummary(result->reports, args.out);
  for (const app::TeamRollupFile& rollup : result->rollups) {
    fmt::print("{} ({} reps): {} and {}\n", rollup.title, rollup.reps, rollup.markdown.string(),
               rollup.html.string());
  }
  return kExitOk;
}

}  // namespace

Command RegisterTeam(CLI::App& app, const GlobalOptions& global) {
  CLI::App* team = app.add_subcommand(
      "team",
      "every rep's report (or one manager's reps'), built in parallel, with a roll-up per "
      "manager: skills heat map, who needs attention first, held reports, call measures");
  auto args = std::make_shared<TeamArgs>();
  team->add_option("--manager", args->manager, "only this manager's reps");
  team->add_option("--as-of", args->as_of, "the reports' date, YYYY-MM-DD (default today)");
  team->add_option("--from", args->from,
                   "also run weekly from this date up to --as-of, to build history");
  team->add_option("--period", args->period, "90d, 30d, Nw or quarter, ending on each date")
      ->capture_default_str();
  team->add_option("--out", args->out, "where to write the reports and roll-ups")
      ->capture_default_str();
  team->add_option("--threads", args->threads, "worker threads (default: one per core)");
  return [args, &global]() { return RunTeam(*args, global); };
}

}  // namespace sc::cli
