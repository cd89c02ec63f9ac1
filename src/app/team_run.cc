#include "app/team_run.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "app/build_report.h"
#include "app/rep_evidence.h"
#include "base/file_io.h"
#include "base/thread_pool.h"
#include "report/team_rollup.h"
#include "scoring/levels.h"
#include "store/sqlite_store.h"

namespace sc::app {
namespace {

// The as-of dates of a weekly run, oldest first.
Result<std::vector<Date>> Weeks(const TeamOptions& options) {
  if (!options.from) return std::vector<Date>{options.as_of};
  if (*options.from > options.as_of) {
    return Status::InvalidArgument(fmt::format("--from {} is after --as-of {}",
                                               options.from->ToString(), options.as_of.ToString()));
  }
  std::vector<Date> weeks;
  for (Date week = options.as_of; week >= *options.from; week = week.AddDays(-7)) {
    weeks.push_back(week);
  }
  std::reverse(weeks.begin(), weeks.end());
  return weeks;
}

// The reps the run covers: every rep, or the manager's.
Result<std::vector<model::Rep>> RepsOf(store::Store& store, const OrganisationRecords& organisation,
                                       const std::string& manager_id) {
  if (manager_id.empty()) return organisation.reps;
  SC_ASSIGN_OR_RETURN(std::optional<model::Rep> manager, store.FindRep(manager_id));
  if (!manager) return Status::NotFound(fmt::format("no manager has id '{}'", manager_id));
  if (manager->role != model::RepRole::kManager) {
    return Status::InvalidArgument(fmt::format(
        "'{}' is a rep, not a manager; use `salescoach report --rep {}`", manager_id, manager_id));
  }
  std::vector<model::Rep> reps;
  for (const model::Rep& rep : organisation.reps) {
    if (rep.manager_id == manager_id) reps.push_back(rep);
  }
  return reps;
}

// Builds every rep's report for one as-of date on `workers` connections, reading only.
Result<std::vector<BuiltReport>> BuildWeek(std::vector<std::unique_ptr<store::Store>>& workers,
                                           ThreadPool& pool, const CoachingKnowledge& knowledge,
                                           const OrganisationRecords& organisation,
                                           const std::vector<model::Rep>& reps,
                                           const TeamOptions& options, Date as_of) {
  std::vector<std::optional<Result<BuiltReport>>> built(reps.size());
  pool.ParallelFor(workers.size(), [&](std::size_t worker) {
    for (std::size_t i = worker; i < reps.size(); i += workers.size()) {
      ReportOptions report{.rep_id = reps[i].id,
                           .as_of = as_of,
                           .period = options.period,
                           .save_snapshot = false,
                           .clips = options.clips};
      built[i] = BuildReport(*workers[worker], knowledge, organisation, report);
    }
  });
  std::vector<BuiltReport> out;
  for (std::optional<Result<BuiltReport>>& report : built) {
    SC_RETURN_IF_ERROR(report->status());
    out.push_back(std::move(**report));
  }
  return out;
}

TeamReportLine LineOf(const BuiltReport& built) {
  const report::ReportData& data = built.data;
  TeamReportLine line{.id = data.rep.id,
                      .name = data.rep.name,
                      .manager_id = data.rep.manager_id,
                      .overall = data.scores.overall,
                      .held = data.status == report::ReportStatus::kPendingReview,
                      .report_id = built.snapshot_id.value_or(0)};
  if (data.scores.overall_level) line.level = scoring::LevelName(*data.scores.overall_level);
  if (!data.plan.improvement_areas.empty()) {
    line.focus = model::SkillTitle(data.plan.improvement_areas.front().skill);
  }
  return line;
}

Status WriteReports(const std::filesystem::path& dir, std::vector<BuiltReport>& built,
                    std::vector<TeamReportLine>& lines) {
  for (std::size_t i = 0; i < built.size(); ++i) {
    const std::string& id = built[i].data.rep.id;
    lines[i].path = dir / (id + ".md");
    SC_RETURN_IF_ERROR(WriteFile(lines[i].path, built[i].markdown));
    SC_RETURN_IF_ERROR(WriteFile(dir / (id + ".card.md"), built[i].card));
    SC_RETURN_IF_ERROR(WriteFile(dir / (id + ".html"), built[i].html));
    SC_RETURN_IF_ERROR(WriteFile(dir / (id + ".json"), built[i].json));
  }
  return Status::Ok();
}

// One roll-up per manager of the reps built.
Result<std::vector<TeamRollupFile>> WriteRollups(store::Store& store,
                                                 const std::filesystem::path& dir,
                                                 const std::vector<BuiltReport>& built,
                                                 Date as_of) {
  std::map<std::string, std::vector<const BuiltReport*>> by_manager;
  for (const BuiltReport& report : built) by_manager[report.data.rep.manager_id].push_back(&report);
  std::vector<TeamRollupFile> files;
  for (const auto& [manager_id, reports] : by_manager) {
    TeamRollupFile file{.manager_id = manager_id, .reps = reports.size()};
    file.title = "Reps without a manager";
    if (!manager_id.empty()) {
      SC_ASSIGN_OR_RETURN(std::optional<model::Rep> manager, store.FindRep(manager_id));
      file.title = manager && !manager->name.empty() ? fmt::format("{}'s team", manager->name)
                                                     : fmt::format("{}'s team", manager_id);
    }
    report::TeamRollupData data{
        .title = file.title, .as_of = as_of, .period = {}, .reports = {}, .report_ids = {}};
    for (const BuiltReport* report : reports) {
      data.period = report->data.period;
      data.reports.push_back(report->data);
      data.report_ids.push_back(report->snapshot_id.value_or(0));
    }
    std::string stem = manager_id.empty() ? "team-unassigned" : "team-" + manager_id;
    file.markdown = dir / (stem + ".md");
    file.html = dir / (stem + ".html");
    SC_RETURN_IF_ERROR(WriteFile(file.markdown, report::RenderTeamRollupMarkdown(data)));
    SC_RETURN_IF_ERROR(WriteFile(file.html, report::RenderTeamRollupHtml(data)));
    files.push_back(std::move(file));
  }
  return files;
}

}  // namespace

StoreOpener SqliteOpener(std::string path) {
  return [path = std::move(path)]() -> Result<std::unique_ptr<store::Store>> {
    SC_ASSIGN_OR_RETURN(std::unique_ptr<store::SqliteStore> store, store::SqliteStore::Open(path));
    return std::unique_ptr<store::Store>(std::move(store));
  };
}

Result<TeamRunResult> RunTeam(store::Store& store, const StoreOpener& open_store,
                              const CoachingKnowledge& knowledge, const TeamOptions& options,
                              const WeekDone& week_done) {
  TeamRunResult result;
  SC_ASSIGN_OR_RETURN(result.weeks, Weeks(options));
  SC_ASSIGN_OR_RETURN(OrganisationRecords organisation, LoadOrganisation(store));
  SC_ASSIGN_OR_RETURN(std::vector<model::Rep> reps,
                      RepsOf(store, organisation, options.manager_id));
  std::size_t threads = options.threads != 0 ? options.threads : ThreadPool::DefaultThreads();
  threads = std::max<std::size_t>(1, std::min(threads, reps.size()));
  std::vector<std::unique_ptr<store::Store>> workers;
  for (std::size_t i = 0; i < threads; ++i) {
    SC_ASSIGN_OR_RETURN(std::unique_ptr<store::Store> worker, open_store());
    workers.push_back(std::move(worker));
  }
  ThreadPool pool(threads);
  std::vector<BuiltReport> built;
  for (std::size_t week = 0; week < result.weeks.size(); ++week) {
    SC_ASSIGN_OR_RETURN(built, BuildWeek(workers, pool, knowledge, organisation, reps, options,
                                         result.weeks[week]));
    for (BuiltReport& report : built) SC_RETURN_IF_ERROR(SaveReport(store, report));
    if (week_done) SC_RETURN_IF_ERROR(week_done(result.weeks[week], week + 1, result.weeks.size()));
  }
  for (const BuiltReport& report : built) result.reports.push_back(LineOf(report));
  if (!options.out_dir.empty()) {
    SC_RETURN_IF_ERROR(WriteReports(options.out_dir, built, result.reports));
    SC_ASSIGN_OR_RETURN(result.rollups, WriteRollups(store, options.out_dir, built, options.as_of));
  }
  return result;
}

}  // namespace sc::app
