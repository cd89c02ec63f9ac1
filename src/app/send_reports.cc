#include "app/send_reports.h"

#include "app/deliver_queued.h"

#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include "delivery/report_message.h"
#include "model/skill.h"
#include "report/report_data.h"

namespace sc::app {
namespace {

constexpr std::string_view kReportKind = "report";
constexpr std::string_view kFollowUpKind = "followup";

delivery::Person PersonOf(const model::Rep& rep) { return {rep.id, rep.name, rep.email}; }

// The rep's latest snapshot on or before `as_of`.
Result<std::optional<store::SnapshotRecord>> LatestReport(store::Store& store,
                                                          const std::string& rep_id, Date as_of) {
  SC_ASSIGN_OR_RETURN(std::vector<store::SnapshotRecord> snapshots, store.ListSnapshots(rep_id));
  std::optional<store::SnapshotRecord> latest;
  for (store::SnapshotRecord& snapshot : snapshots) {
    if (snapshot.as_of <= as_of) latest = std::move(snapshot);
  }
  return latest;
}

// The follow-up's content, read from the stored report document: its "this week" items and
// the skill of its first focus area.
delivery::FollowUpToSend FollowUpOf(const store::SnapshotRecord& report, const model::Rep& rep) {
  delivery::FollowUpToSend followup{.snapshot_id = report.id,
                                    .report_as_of = report.as_of,
                                    .rep = PersonOf(rep),
                                    .focus_skill = "",
                                    .this_week = {}};
  if (std::optional<model::Skill> skill = model::ParseSkillKey(report.focus_skill)) {
    followup.focus_skill = model::SkillTitle(*skill);
  }
  nlohmann::json document = nlohmann::json::parse(report.report_json, nullptr, false);
  if (document.is_object() && document["this_week"].is_array()) {
    for (const nlohmann::json& item : document["this_week"]) {
      if (item.is_string()) followup.this_week.push_back(item.get<std::string>());
    }
  }
  return followup;
}

class Sender {
 public:
  Sender(store::Store& store, const delivery::DeliveryConfig& config, delivery::Channel* channel,
         const SendOptions& options, const delivery::Clock& clock)
      : store_(store), config_(config), channel_(channel), options_(options), clock_(clock) {}

  Result<SendLine> SendFor(const model::Rep& rep);

 private:
  // Whether the report may go out at all; sets the line's outcome and detail when it may not.
  bool MayBeSent(const store::SnapshotRecord& report, SendLine& line) const;
  Result<std::optional<store::DeliveryRecord>> StoredDelivery(std::int64_t report_id) const;
  Result<store::DeliveryRecord> Queue(const store::SnapshotRecord& report, const model::Rep& rep,
                                      SendLine& line);
  Status Attempt(const store::DeliveryRecord& delivery, SendLine& line);
  Status ScheduleFollowUp(const store::SnapshotRecord& report, const model::Rep& rep,
                          Timestamp sent_at, SendLine& line);

  store::Store& store_;
  const delivery::DeliveryConfig& config_;
  delivery::Channel* channel_;
  const SendOptions& options_;
  const delivery::Clock& clock_;
};

bool Sender::MayBeSent(const store::SnapshotRecord& report, SendLine& line) const {
  std::optional<report::ReportStatus> status = report::ParseReportStatus(report.status);
  if (report.status == "rejected") {
    line.outcome = SendOutcome::kRejected;
    line.detail = fmt::format("rejected by {}{}; it is not sent", report.reviewed_by,
                              report.review_note.empty() ? "" : ": " + report.review_note);
    return false;
  }
  if (status == report::ReportStatus::kPendingReview) {
    line.outcome = SendOutcome::kHeld;
    line.detail = fmt::format(
        "held for a manager's review; see it with `salescoach review show {0}`, then "
        "`salescoach review approve {0}` to let it be sent",
        report.id);
    return false;
  }
  if (report.report_markdown.empty()) {
    line.outcome = SendOutcome::kFailed;
    line.error_code = StatusCode::kFailedPrecondition;
    line.detail = fmt::format(
        "report {} was stored without its text; run `salescoach report --rep {} --as-of {}` "
        "again",
        report.id, report.rep_id, report.as_of.ToString());
    return false;
  }
  return true;
}

Result<std::optional<store::DeliveryRecord>> Sender::StoredDelivery(std::int64_t report_id) const {
  SC_ASSIGN_OR_RETURN(std::vector<store::DeliveryRecord> stored,
                      store_.ListDeliveries({.rep_id = "",
                                             .kind = std::string(kReportKind),
                                             .statuses = {},
                                             .due_by = std::nullopt,
                                             .snapshot_id = report_id}));
  for (store::DeliveryRecord& delivery : stored) {
    if (delivery.channel == options_.channel) return std::optional(std::move(delivery));
  }
  return std::optional<store::DeliveryRecord>();
}

Result<SendLine> Sender::SendFor(const model::Rep& rep) {
  SendLine line{.rep_id = rep.id, .rep_name = rep.name};
  SC_ASSIGN_OR_RETURN(std::optional<store::SnapshotRecord> report,
                      LatestReport(store_, rep.id, options_.as_of));
  if (!report) {
    line.outcome = SendOutcome::kNoReport;
    line.detail = fmt::format("no report as of {}; run `salescoach report --rep {}` first",
                              options_.as_of.ToString(), rep.id);
    return line;
  }
  line.report_id = report->id;
  if (!MayBeSent(*report, line)) return line;

  SC_ASSIGN_OR_RETURN(std::optional<store::DeliveryRecord> delivery, StoredDelivery(report->id));
  if (delivery && delivery->status == "sent") {
    line.outcome = SendOutcome::kAlreadySent;
    line.delivery_id = delivery->id;
    line.recipients = delivery->recipients;
    line.attempts = delivery->attempts;
    line.detail = fmt::format("sent on {}; a report is never sent twice",
                              delivery->sent_at ? delivery->sent_at->ToString() : "an earlier run");
    return line;
  }
  if (!delivery) {
    Result<store::DeliveryRecord> queued = Queue(*report, rep, line);
    if (!queued.ok()) {
      // The message cannot be composed (no address, a header a name would break): this rep's
      // report fails, the others go on.
      if (queued.status().code() != StatusCode::kInvalidArgument &&
          queued.status().code() != StatusCode::kFailedPrecondition) {
        return queued.status();
      }
      line.outcome = SendOutcome::kFailed;
      line.error_code = queued.status().code();
      line.detail = queued.status().message();
      return line;
    }
    delivery = std::move(*queued);
  }
  if (delivery->id != 0) line.delivery_id = delivery->id;
  line.recipients = delivery->recipients;
  line.attempts = delivery->attempts;
  if (options_.dry_run) {
    line.outcome = SendOutcome::kWouldSend;
    return line;
  }
  SC_RETURN_IF_ERROR(Attempt(*delivery, line));
  if (line.outcome == SendOutcome::kSent) {
    SC_RETURN_IF_ERROR(store_.SetSnapshotStatus(report->id, "sent"));
    SC_ASSIGN_OR_RETURN(std::optional<store::DeliveryRecord> sent,
                        store_.FindDelivery(line.delivery_id.value()));
    SC_RETURN_IF_ERROR(ScheduleFollowUp(
        *report, rep, sent && sent->sent_at ? *sent->sent_at : clock_.now(), line));
  }
  return line;
}

Result<store::DeliveryRecord> Sender::Queue(const store::SnapshotRecord& report,
                                            const model::Rep& rep, SendLine& line) {
  delivery::ReportToSend to_send{.snapshot_id = report.id,
                                 .as_of = report.as_of,
                                 .rep = PersonOf(rep),
                                 .manager = std::nullopt,
                                 .markdown = report.report_markdown,
                                 .html = report.report_html,
                                 .card = report.report_card};
  if (!rep.manager_id.empty()) {
    SC_ASSIGN_OR_RETURN(std::optional<model::Rep> manager, store_.FindRep(rep.manager_id));
    if (manager) to_send.manager = PersonOf(*manager);
  }
  const Timestamp now = clock_.now();
  SC_ASSIGN_OR_RETURN(delivery::ComposedMessage message,
                      delivery::ComposeReport(options_.channel, to_send, config_, now));
  store::DeliveryRecord record{.snapshot_id = report.id,
                               .kind = std::string(kReportKind),
                               .channel = options_.channel,
                               .recipients = std::move(message.recipients),
                               .subject = std::move(message.subject),
                               .payload = std::move(message.payload),
                               .due_at = now,
                               .created_at = now};
  if (options_.dry_run) {
    line.recipients = record.recipients;
    return record;
  }
  SC_ASSIGN_OR_RETURN(store::QueuedDelivery queued, store_.QueueDelivery(record));
  SC_ASSIGN_OR_RETURN(std::optional<store::DeliveryRecord> stored, store_.FindDelivery(queued.id));
  if (!stored) return Status::Internal("a queued delivery could not be read back");
  return std::move(*stored);
}

Status Sender::Attempt(const store::DeliveryRecord& delivery, SendLine& line) {
  SC_ASSIGN_OR_RETURN(Delivered delivered,
                      DeliverQueued(store_, *channel_, delivery, config_, clock_));
  line.attempts = delivered.record.attempts;
  if (delivered.outcome.ok()) {
    line.outcome = SendOutcome::kSent;
    line.sent_at = delivered.record.sent_at;
    return Status::Ok();
  }
  line.outcome = SendOutcome::kFailed;
  line.error_code = delivered.outcome.code();
  line.detail = delivered.outcome.message();
  return Status::Ok();
}

Status Sender::ScheduleFollowUp(const store::SnapshotRecord& report, const model::Rep& rep,
                                Timestamp sent_at, SendLine& line) {
  Result<delivery::ComposedMessage> message =
      delivery::ComposeFollowUp(options_.channel, FollowUpOf(report, rep), config_, sent_at);
  if (!message.ok()) {
    // The report is out; a follow-up that cannot be composed is this line's note, not a
    // reason to stop the other reps' reports.
    line.detail = fmt::format("no follow-up: {}", message.status().message());
    return Status::Ok();
  }
  const Timestamp due = sent_at.AddSeconds(std::int64_t{config_.followup_days} * 86400);
  store::DeliveryRecord record{.snapshot_id = report.id,
                               .kind = std::string(kFollowUpKind),
                               .channel = options_.channel,
                               .recipients = std::move(message->recipients),
                               .subject = std::move(message->subject),
                               .payload = std::move(message->payload),
                               .due_at = due,
                               .created_at = sent_at};
  SC_ASSIGN_OR_RETURN(store::QueuedDelivery queued, store_.QueueDelivery(record));
  SC_ASSIGN_OR_RETURN(std::optional<store::DeliveryRecord> stored, store_.FindDelivery(queued.id));
  if (stored) line.followup_due = stored->due_at;
  return Status::Ok();
}

}  // namespace

std::string_view SendOutcomeName(SendOutcome outcome) {
  switch (outcome) {
    case SendOutcome::kSent:
      return "sent";
    case SendOutcome::kAlreadySent:
      return "already sent";
    case SendOutcome::kWouldSend:
      return "would send";
    case SendOutcome::kHeld:
      return "held for review";
    case SendOutcome::kRejected:
      return "rejected";
    case SendOutcome::kNoReport:
      return "no report";
    case SendOutcome::kFailed:
      return "failed";
  }
  return "failed";
}

Result<std::vector<SendLine>> SendReports(store::Store& store,
                                          const delivery::DeliveryConfig& config,
                                          delivery::Channel* channel, const SendOptions& options,
                                          const delivery::Clock& clock) {
  // Refused once for the run, not once per rep (and in a dry run too, which makes no channel).
  if (options.channel != "email" && options.channel != "webhook" && options.channel != "file") {
    return Status::InvalidArgument(
        fmt::format("unknown channel '{}'; use email, webhook or file", options.channel));
  }
  std::vector<model::Rep> reps;
  if (options.team) {
    SC_ASSIGN_OR_RETURN(std::vector<model::Rep> all, store.ListReps());
    for (model::Rep& rep : all) {
      if (rep.role == model::RepRole::kRep) reps.push_back(std::move(rep));
    }
  } else {
    SC_ASSIGN_OR_RETURN(std::optional<model::Rep> rep, store.FindRep(options.rep_id));
    if (!rep) return Status::NotFound(fmt::format("no rep has id '{}'", options.rep_id));
    if (rep->role != model::RepRole::kRep) {
      return Status::InvalidArgument(fmt::format(
          "'{}' is a manager; reports are sent to reps (see `salescoach review list`)", rep->id));
    }
    reps.push_back(std::move(*rep));
  }
  if (!options.dry_run && channel == nullptr) {
    return Status::InvalidArgument("sending needs a channel");
  }
  if (channel != nullptr && channel->name() != options.channel) {
    // The outbox records the channel by name; a message must go by the channel it names.
    return Status::InvalidArgument(fmt::format("the '{}' channel was given to send on '{}'",
                                               channel->name(), options.channel));
  }
  Sender sender(store, config, channel, options, clock);
  std::vector<SendLine> lines;
  for (const model::Rep& rep : reps) {
    SC_ASSIGN_OR_RETURN(SendLine line, sender.SendFor(rep));
    lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace sc::app
