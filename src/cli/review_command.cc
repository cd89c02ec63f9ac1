// `salescoach review list | show REPORT | approve REPORT | reject REPORT --reason TEXT`: the
// manager's workflow for reports held because of a Critical score.
#include <cstdlib>

#include <fmt/format.h>

#include "app/review.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "store/sqlite_store.h"

namespace sc::cli {
namespace {

struct ReviewArgs {
  std::string manager;
  std::int64_t report = 0;
  std::string by;
  std::string reason;
};

// Who decides: --by, else the login name, else "manager".
std::string Reviewer(const std::string& by) {
  if (!by.empty()) return by;
  const char* user = std::getenv("USER");
  return user != nullptr && *user != '\0' ? user : "manager";
}

template <typename Body>
int WithStore(const GlobalOptions& global, Body body) {
  Diagnostics diagnostics;
  Result<std::unique_ptr<store::SqliteStore>> store = store::SqliteStore::Open(global.db);
  if (!store.ok()) return ReportFailure(store.status(), diagnostics);
  Status status = body(**store);
  if (!status.ok()) return ReportFailure(status, diagnostics);
  return kExitOk;
}

int RunList(const ReviewArgs& args, const GlobalOptions& global) {
  return WithStore(global, [&](store::Store& store) -> Status {
    SC_ASSIGN_OR_RETURN(std::vector<app::HeldReport> held,
                        app::ListHeldReports(store, args.manager));
    if (held.empty()) {
      if (!global.quiet) fmt::print("No reports are waiting for review.\n");
      return Status::Ok();
    }
    fmt::print("{:>6}  {:<7} {:<22} {:<10} {:>7}  {}\n", "report", "rep", "name", "as of",
               "overall", "why it is held");
    for (const app::HeldReport& report : held) {
      fmt::print("{:>6}  {:<7} {:<22} {:<10} {:>7}  {}\n", report.id, report.rep_id,
                 report.rep_name, report.as_of.ToString(),
                 report.overall ? fmt::format("{:.0f}", *report.overall) : "-", report.reason);
    }
    return Status::Ok();
  });
}

int RunShow(const ReviewArgs& args, const GlobalOptions& global) {
  return WithStore(global, [&](store::Store& store) -> Status {
    SC_ASSIGN_OR_RETURN(store::SnapshotRecord report, app::FindReport(store, args.report));
    fmt::print("{}", app::CurrentReportJson(report));
    return Status::Ok();
  });
}

int RunDecision(const ReviewArgs& args, const GlobalOptions& global, bool approve) {
  return WithStore(global, [&](store::Store& store) -> Status {
    std::string by = Reviewer(args.by);
    SC_RETURN_IF_ERROR(approve ? app::ApproveReport(store, args.report, by, Now())
                               : app::RejectReport(store, args.report, by, Now(), args.reason));
    if (!global.quiet) {
      fmt::print("report {} {} by {}\n", args.report, approve ? "approved" : "rejected", by);
    }
    return Status::Ok();
  });
}

}  // namespace

Command RegisterReview(CLI::App& app, const GlobalOptions& global) {
  CLI::App* review = app.add_subcommand(
      "review", "list, show, approve or reject reports held for a manager's review");
  review->require_subcommand(1);
  auto args = std::make_shared<ReviewArgs>();
  auto which = std::make_shared<std::string>();

  CLI::App* list = review->add_subcommand("list", "reports waiting for review, oldest first");
  list->add_option("--manager", args->manager, "only this manager's reps");
  list->callback([which] { *which = "list"; });

  CLI::App* show = review->add_subcommand("show", "print a stored report (JSON)");
  show->add_option("REPORT", args->report, "the report's id, from `review list`")->required();
  show->callback([which] { *which = "show"; });

  CLI::App* approve = review->add_subcommand("approve", "approve a held report for delivery");
  approve->add_option("REPORT", args->report, "the report's id")->required();
  approve->add_option("--by", args->by, "who approves (default: your login name)");
  approve->callback([which] { *which = "approve"; });

  CLI::App* reject = review->add_subcommand("reject", "reject a held report; it is not sent");
  reject->add_option("REPORT", args->report, "the report's id")->required();
  reject->add_option("--reason", args->reason, "why, for the record")->required();
  reject->add_option("--by", args->by, "who rejects (default: your login name)");
  reject->callback([which] { *which = "reject"; });

  return [args, which, &global]() {
    if (*which == "list") return RunList(*args, global);
    if (*which == "show") return RunShow(*args, global);
    return RunDecision(*args, global, *which == "approve");
  };
}

}  // namespace sc::cli
