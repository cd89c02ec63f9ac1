// `salescoach feedback REPORT --ack | --rating 1..5`: a rep acknowledges that they reviewed a
// report and rates how useful it was.
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "app/feedback.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "store/sqlite_store.h"

namespace sc::cli {
namespace {

struct FeedbackArgs {
  std::int64_t report = 0;
  bool ack = false;
  int rating = 0;  // 0 when --rating is not given; CLI11 admits only 1..5
};

int RunFeedback(const FeedbackArgs& args, const GlobalOptions& global) {
  Diagnostics diagnostics;
  Result<std::unique_ptr<store::SqliteStore>> store = store::SqliteStore::Open(global.db);
  if (!store.ok()) return ReportFailure(store.status(), diagnostics);
  // One time for both, so an acknowledgement and a rating given together agree.
  const Timestamp now = Now();
  std::vector<std::string> done;
  if (args.ack) {
    Status acknowledged = app::AcknowledgeReport(**store, args.report, now);
    if (!acknowledged.ok()) return ReportFailure(acknowledged, diagnostics);
    done.push_back("acknowledged");
  }
  if (args.rating != 0) {
    Status rated = app::RateReport(**store, args.report, args.rating, now);
    if (!rated.ok()) return ReportFailure(rated, diagnostics);
    done.push_back(fmt::format("rated {}/5", args.rating));
  }
  if (!global.quiet) fmt::print("report {} {}\n", args.report, fmt::join(done, " and "));
  return kExitOk;
}

}  // namespace

Command RegisterFeedback(CLI::App& app, const GlobalOptions& global) {
  CLI::App* feedback = app.add_subcommand(
      "feedback",
      "a rep's feedback on a report: acknowledge that you reviewed it and rate how useful it was");
  auto args = std::make_shared<FeedbackArgs>();
  feedback->add_option("REPORT", args->report, "the report's id, as `send` and `review` show it")
      ->required();
  CLI::Option* ack = feedback->add_flag("--ack", args->ack, "I have reviewed this report");
  CLI::Option* rating =
      feedback->add_option("--rating", args->rating, "how useful it was, 1 (not) to 5 (very)")
          ->check(CLI::Range(1, 5));
  feedback->callback([ack, rating] {
    if (ack->count() == 0 && rating->count() == 0) {
      throw CLI::RequiredError("--ack or --rating N");
    }
  });
  return [args, &global]() { return RunFeedback(*args, global); };
}

}  // namespace sc::cli
