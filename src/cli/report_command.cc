// `salescoach report --rep ID`: one rep's coaching report.
#include <fmt/format.h>

#include "app/build_report.h"
#include "app/coaching_setup.h"
#include "base/file_io.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "app/delivery_setup.h"
#include "store/sqlite_store.h"

namespace sc::cli {
namespace {

struct ReportArgs {
  std::string rep;
  std::string as_of;
  std::string period = "90d";
  std::string focus;
  std::string format = "md";
  std::string output;
  bool no_snapshot = false;
  bool no_call_review = false;
};

int RunReport(const ReportArgs& args, const GlobalOptions& global) {
  Diagnostics diagnostics;
  Result<Date> as_of = AsOfDate(args.as_of);
  if (!as_of.ok()) return ReportFailure(as_of.status(), diagnostics);
  app::ReportOptions options{.rep_id = args.rep,
                             .as_of = *as_of,
                             .period = args.period,
                             .focus = std::nullopt,
                             .include_call_review = !args.no_call_review,
                             .save_snapshot = !args.no_snapshot};
  if (!args.focus.empty()) options.focus = model::ParseSkillKey(args.focus);
  Result<delivery::DeliveryConfig> delivery =
      app::LoadDeliverySetup(global.config, &diagnostics);
  if (!delivery.ok()) return ReportFailure(delivery.status(), diagnostics);
  options.clips = delivery->clips;
  Result<app::CoachingKnowledge> knowledge =
      app::LoadCoachingKnowledge(global.config, &diagnostics);
  if (!knowledge.ok()) return ReportFailure(knowledge.status(), diagnostics);
  Result<std::unique_ptr<store::SqliteStore>> store = store::SqliteStore::Open(global.db);
  if (!store.ok()) return ReportFailure(store.status(), diagnostics);
  Result<app::OrganisationRecords> organisation = app::LoadOrganisation(**store);
  if (!organisation.ok()) return ReportFailure(organisation.status(), diagnostics);
  Result<app::BuiltReport> built = app::BuildReport(**store, *knowledge, *organisation, options);
  if (!built.ok()) return ReportFailure(built.status(), diagnostics);
  const std::string& text = args.format == "json"   ? built->json
                            : args.format == "md"   ? built->markdown
                            : args.format == "card" ? built->card
                                                    : built->html;
  if (args.output.empty()) {
    fmt::print("{}", text);
    return kExitOk;
  }
  Status written = WriteFile(args.output, text);
  if (!written.ok()) return ReportFailure(written, diagnostics);
  if (!global.quiet) {
    fmt::print(stderr, "wrote {}'s report to {}{}\n", built->data.rep.name, args.output,
               built->data.plan.review.required ? " (held for manager review)" : "");
  }
  return kExitOk;
}

std::vector<std::string> SkillKeys() {
  std::vector<std::string> keys;
  for (model::Skill skill : model::kAllSkills) keys.emplace_back(model::SkillKey(skill));
  return keys;
}

}  // namespace

Command RegisterReport(CLI::App& app, const GlobalOptions& global) {
  CLI::App* report =
      app.add_subcommand("report",
                         "write one rep's coaching report: skill scores with evidence, benchmarks, "
                         "strengths, focus areas and this week's focus");
  auto args = std::make_shared<ReportArgs>();
  report->add_option("--rep", args->rep, "the rep's id")->required();
  report->add_option("--as-of", args->as_of, "the report's date, YYYY-MM-DD (default today)");
  report->add_option("--period", args->period, "90d, 30d, Nw or quarter, ending on --as-of")
      ->capture_default_str();
  report->add_option("--focus", args->focus, "narrow the recommendations to one skill")
      ->check(CLI::IsMember(SkillKeys()));
  report->add_option("--format", args->format,
                     "md (the coaching report), card (the quick coaching card), json or html "
                     "(email-safe)")
      ->check(CLI::IsMember({"md", "card", "json", "html"}))
      ->capture_default_str();
  report->add_option("-o,--output", args->output, "write to this file instead of stdout");
  CLI::Option* include = report->add_flag(
      "--include-call-review", [](std::int64_t) {},
      "include the call review highlights (the default)");
  report->add_flag("--no-call-review", args->no_call_review, "leave the call review highlights out")
      ->excludes(include);
  report->add_flag("--no-snapshot", args->no_snapshot,
                   "do not store this run as the rep's snapshot for --as-of");
  return [args, &global]() { return RunReport(*args, global); };
}

}  // namespace sc::cli
