// `salescoach send --rep ID | --team [--channel email|webhook|file] [--dry-run]` and
// `salescoach followups [--due] [--dry-run]`: delivering stored reports and their follow-ups
// through the outbox.
#include <map>
#include <memory>

#include <fmt/format.h>

#include "app/delivery_setup.h"
#include "app/followups.h"
#include "app/send_reports.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "delivery/channels.h"
#include "store/sqlite_store.h"

namespace sc::cli {
namespace {

struct SendArgs {
  std::string rep;
  bool team = false;
  std::string channel = "email";
  std::string as_of;
  bool dry_run = false;
};

std::string DayOf(Timestamp at) { return at.date().ToString(); }

std::string Recipients(const std::vector<std::string>& recipients) {
  return recipients.empty() ? "-" : fmt::format("{}", fmt::join(recipients, ", "));
}

// What a line says after its outcome: who it went to, or what to do next.
std::string Detail(const app::SendLine& line) {
  switch (line.outcome) {
    case app::SendOutcome::kSent:
      return fmt::format("to {}{}{}", Recipients(line.recipients),
                         line.attempts > 1 ? fmt::format(" after {} attempts", line.attempts) : "",
                         line.followup_due
                             ? fmt::format("; follow-up due {}", DayOf(*line.followup_due))
                         : line.detail.empty() ? std::string()
                                               : fmt::format("; {}", line.detail));
    case app::SendOutcome::kWouldSend:
      return fmt::format("to {}", Recipients(line.recipients));
    default:
      return line.detail;
  }
}

// The worst failure among the lines: unavailable services first (69), then anything else (1).
int ExitCodeOf(const std::vector<app::SendLine>& lines, bool single) {
  int code = kExitOk;
  for (const app::SendLine& line : lines) {
    bool failed = line.outcome == app::SendOutcome::kFailed;
    bool not_sent = line.outcome == app::SendOutcome::kHeld ||
                    line.outcome == app::SendOutcome::kRejected ||
                    line.outcome == app::SendOutcome::kNoReport;
    if (failed && line.error_code == StatusCode::kUnavailable) return kExitUnavailable;
    // A team run skips held and rejected reports by design; one rep's run was asked to send.
    if (failed || (single && not_sent)) code = kExitFailure;
  }
  return code;
}

void PrintLines(const std::vector<app::SendLine>& lines, bool quiet) {
  std::map<app::SendOutcome, int> counts;
  for (const app::SendLine& line : lines) {
    ++counts[line.outcome];
    bool problem = line.outcome == app::SendOutcome::kFailed;
    if (quiet && !problem) continue;
    std::string report = line.report_id ? fmt::format("report {}", *line.report_id) : "no report";
    fmt::print(problem ? stderr : stdout, "{:<7} {:<22} {:<11} {:<16} {}\n", line.rep_id,
               line.rep_name, report, app::SendOutcomeName(line.outcome), Detail(line));
  }
  if (quiet || lines.size() < 2) return;
  std::vector<std::string> parts;
  for (const auto& [outcome, count] : counts) {
    parts.push_back(fmt::format("{} {}", count, app::SendOutcomeName(outcome)));
  }
  fmt::print("{} reports: {}\n", lines.size(), fmt::join(parts, ", "));
}

int RunSend(const SendArgs& args, const GlobalOptions& global) {
  Diagnostics diagnostics;
  Result<Date> as_of = AsOfDate(args.as_of);
  if (!as_of.ok()) return ReportFailure(as_of.status(), diagnostics);
  Result<delivery::DeliveryConfig> config = app::LoadDeliverySetup(global.config, &diagnostics);
  if (!config.ok()) return ReportFailure(config.status(), diagnostics);
  std::unique_ptr<delivery::Channel> channel;
  if (!args.dry_run) {
    Result<std::unique_ptr<delivery::Channel>> made = delivery::MakeChannel(args.channel, *config);
    if (!made.ok()) return ReportFailure(made.status(), diagnostics);
    channel = std::move(*made);
  }
  Result<std::unique_ptr<store::SqliteStore>> store = store::SqliteStore::Open(global.db);
  if (!store.ok()) return ReportFailure(store.status(), diagnostics);
  app::SendOptions options{.rep_id = args.rep,
                           .team = args.team,
                           .channel = args.channel,
                           .as_of = *as_of,
                           .dry_run = args.dry_run};
  Result<std::vector<app::SendLine>> lines =
      app::SendReports(**store, *config, channel.get(), options, delivery::SystemClock());
  if (!lines.ok()) return ReportFailure(lines.status(), diagnostics);
  PrintLines(*lines, global.quiet);
  return ExitCodeOf(*lines, !args.team);
}

struct FollowUpArgs {
  bool due = false;
  bool dry_run = false;
};

int RunFollowUps(const FollowUpArgs& args, const GlobalOptions& global) {
  Diagnostics diagnostics;
  Result<delivery::DeliveryConfig> config = app::LoadDeliverySetup(global.config, &diagnostics);
  if (!config.ok()) return ReportFailure(config.status(), diagnostics);
  Result<std::unique_ptr<store::SqliteStore>> store = store::SqliteStore::Open(global.db);
  if (!store.ok()) return ReportFailure(store.status(), diagnostics);
  // Each channel is set up once, when the first follow-up needs it.
  std::map<std::string, std::unique_ptr<delivery::Channel>, std::less<>> channels;
  app::ChannelFor channel_for = [&](std::string_view name) -> Result<delivery::Channel*> {
    auto found = channels.find(name);
    if (found != channels.end()) return found->second.get();
    SC_ASSIGN_OR_RETURN(std::unique_ptr<delivery::Channel> made,
                        delivery::MakeChannel(name, *config));
    return channels.emplace(std::string(name), std::move(made)).first->second.get();
  };
  app::FollowUpMode mode = !args.due      ? app::FollowUpMode::kList
                           : args.dry_run ? app::FollowUpMode::kDryRun
                                          : app::FollowUpMode::kSend;
  Result<std::vector<app::FollowUpLine>> lines =
      app::RunFollowUps(**store, *config, channel_for, mode, delivery::SystemClock());
  if (!lines.ok()) return ReportFailure(lines.status(), diagnostics);
  int code = kExitOk;
  for (const app::FollowUpLine& line : *lines) {
    bool failed = mode == app::FollowUpMode::kSend && !line.sent_now;
    if (failed) code = kExitFailure;
    if (global.quiet && !failed) continue;
    std::string state = mode == app::FollowUpMode::kDryRun ? "would send"
                        : line.sent_now                    ? "sent"
                                                           : line.status;
    fmt::print(failed ? stderr : stdout, "{:<7} report {:<5} due {}  {:<7} {:<10} {}{}\n",
               line.rep_id, line.report_id, DayOf(line.due_at), line.channel, state,
               Recipients(line.recipients), line.error.empty() ? "" : ": " + line.error);
  }
  if (lines->empty() && !global.quiet) {
    fmt::print("{}\n", args.due ? "No follow-ups are due." : "No follow-ups are scheduled.");
  }
  return code;
}

}  // namespace

Command RegisterSend(CLI::App& app, const GlobalOptions& global) {
  CLI::App* send = app.add_subcommand(
      "send",
      "deliver stored reports to their reps (never a report held for review), through the "
      "outbox: each report is sent once, retried on failure, with a follow-up a week later");
  auto args = std::make_shared<SendArgs>();
  CLI::Option* rep = send->add_option("--rep", args->rep, "the rep whose report to send");
  CLI::Option* team = send->add_flag("--team", args->team, "every rep's report");
  rep->excludes(team);
  send->add_option("--channel", args->channel,
                   "email (SMTP), webhook (Slack-compatible) or file (.eml)")
      ->check(CLI::IsMember({"email", "webhook", "file"}))
      ->capture_default_str();
  send->add_option("--as-of", args->as_of,
                   "send the latest report on or before this date, YYYY-MM-DD (default today)");
  send->add_flag("--dry-run", args->dry_run,
                 "compose every message and show where it would go; send and store nothing");
  send->callback([send, rep, team] {
    if (rep->count() == 0 && team->count() == 0) {
      throw CLI::RequiredError("--rep ID or --team");
    }
    (void)send;
  });
  return [args, &global]() { return RunSend(*args, global); };
}

Command RegisterFollowUps(CLI::App& app, const GlobalOptions& global) {
  CLI::App* followups =
      app.add_subcommand("followups",
                         "list the follow-ups scheduled a week after each sent report; --due sends "
                         "the ones that are due");
  auto args = std::make_shared<FollowUpArgs>();
  followups->add_flag("--due", args->due, "send the follow-ups that are due now");
  followups->add_flag("--dry-run", args->dry_run, "with --due: list them, send nothing");
  return [args, &global]() { return RunFollowUps(*args, global); };
}

}  // namespace sc::cli
