// `salescoach progress --rep ID`: a rep's coaching history: each report's focus with its score
// at the start and a week later, and each focus area with what it moved.
#include <cmath>

#include <fmt/format.h>

#include "app/progress.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "model/skill.h"
#include "store/sqlite_store.h"

namespace sc::cli {
namespace {

std::string Whole(std::optional<double> score) {
  return score ? fmt::format("{}", std::lround(*score)) : "-";
}

std::string Change(std::optional<double> start, std::optional<double> end) {
  if (!start || !end) return "-";
  long change = std::lround(*end) - std::lround(*start);
  return change > 0 ? fmt::format("+{}", change) : fmt::format("{}", change);
}

std::string SkillTitle(const std::string& key) {
  std::optional<model::Skill> skill = model::ParseSkillKey(key);
  return skill ? std::string(model::SkillTitle(*skill)) : "-";
}

void Print(const app::ProgressHistory& history) {
  const std::string who = fmt::format("{} ({})", history.rep.name, history.rep.id);
  if (history.weeks.empty()) {
    fmt::print(
        "{} has no stored reports yet; run `salescoach report --rep {}` or "
        "`salescoach team` first.\n",
        who, history.rep.id);
    return;
  }
  fmt::print("Progress: {}, {} reports from {} to {}\n\n", who, history.weeks.size(),
             history.weeks.front().as_of.ToString(), history.weeks.back().as_of.ToString());
  fmt::print("{:<10}  {:>6}  {:>7}  {:<19} {:>5}  {:>4}  {:>6}\n", "week of", "report", "overall",
             "focus", "start", "end", "change");
  for (const app::FocusWeek& week : history.weeks) {
    fmt::print("{:<10}  {:>6}  {:>7}  {:<19} {:>5}  {:>4}  {:>6}\n", week.as_of.ToString(),
               week.report_id, Whole(week.overall), SkillTitle(week.focus_skill), Whole(week.start),
               Whole(week.end), week.end ? Change(week.start, week.end) : "");
  }
  if (history.spells.empty()) return;
  fmt::print("\nFocus areas\n");
  for (const app::FocusSpell& spell : history.spells) {
    fmt::print("{:<19} {:>2} {:<7} {} to {}   {} → {}{}   {}\n", SkillTitle(spell.focus_skill),
               spell.reports, spell.reports == 1 ? "report" : "reports", spell.from.ToString(),
               spell.to.ToString(), Whole(spell.start), Whole(spell.end),
               spell.current ? " so far" : "", Change(spell.start, spell.end));
  }
}

}  // namespace

Command RegisterProgress(CLI::App& app, const GlobalOptions& global) {
  CLI::App* progress = app.add_subcommand(
      "progress", "a rep's coaching history: every report's focus and how its score moved");
  auto rep = std::make_shared<std::string>();
  progress->add_option("--rep", *rep, "the rep's id")->required();
  return [rep, &global]() {
    Diagnostics diagnostics;
    Result<std::unique_ptr<store::SqliteStore>> store = store::SqliteStore::Open(global.db);
    if (!store.ok()) return ReportFailure(store.status(), diagnostics);
    Result<app::ProgressHistory> history = app::LoadProgress(**store, *rep);
    if (!history.ok()) return ReportFailure(history.status(), diagnostics);
    Print(*history);
    return kExitOk;
  };
}

}  // namespace sc::cli
