// `salescoach impact [--as-of D]`: is the coaching working? The program's five metrics with
// their targets, for all reps and each team.
#include <cmath>

#include <fmt/format.h>

#include "app/impact.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "store/sqlite_store.h"

namespace sc::cli {
namespace {

std::string ValueText(const coaching::ProgramMetric& metric) {
  if (!metric.value) return "-";
  const double value = *metric.value;
  if (metric.unit == "share") return fmt::format("{}%", std::lround(value * 100));
  if (metric.unit == "points") return fmt::format("{:+.1f} points", value);
  if (metric.unit == "relative") return fmt::format("{:+}%", std::lround(value * 100));
  if (metric.unit == "rating") return fmt::format("{:.1f} / 5", value);
  if (metric.unit == "days") return fmt::format("{:.0f} days", value);
  return fmt::format("{:.2f}", value);
}

std::string MetText(const coaching::ProgramMetric& metric) {
  if (!metric.met) return "-";
  return *metric.met ? "yes" : "no";
}

}  // namespace

void PrintImpact(const app::ImpactResult& result) {
  fmt::print("Coaching impact over the quarter {} to {}\n", result.from.ToString(),
             result.as_of.ToString());
  for (const app::ImpactGroup& group : result.groups) {
    fmt::print("\n{} ({} reps, {} reports)\n", group.name, group.reps, group.reports);
    fmt::print("  {:<25} {:>12}  {:<22} {:<4} {}\n", "metric", "value", "target", "met",
               "based on");
    for (const coaching::ProgramMetric& metric : group.metrics) {
      fmt::print("  {:<25} {:>12}  {:<22} {:<4} {}\n", metric.title, ValueText(metric),
                 metric.target_text, MetText(metric), metric.basis);
    }
  }
}

Command RegisterImpact(CLI::App& app, const GlobalOptions& global) {
  CLI::App* impact = app.add_subcommand(
      "impact",
      "is the coaching working: adoption, skill improvement, win rate after coaching, "
      "satisfaction and time to proficiency against their targets, per team and overall");
  auto as_of = std::make_shared<std::string>();
  impact->add_option("--as-of", *as_of, "the quarter's last day, YYYY-MM-DD (default today)");
  return [as_of, &global]() {
    Diagnostics diagnostics;
    Result<Date> date = AsOfDate(*as_of);
    if (!date.ok()) return ReportFailure(date.status(), diagnostics);
    Result<std::unique_ptr<store::SqliteStore>> store = store::SqliteStore::Open(global.db);
    if (!store.ok()) return ReportFailure(store.status(), diagnostics);
    Result<app::ImpactResult> result = app::MeasureImpact(**store, *date);
    if (!result.ok()) return ReportFailure(result.status(), diagnostics);
    PrintImpact(*result);
    return kExitOk;
  };
}

}  // namespace sc::cli
