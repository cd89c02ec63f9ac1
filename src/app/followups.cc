#include "app/followups.h"

#include "app/deliver_queued.h"

namespace sc::app {
namespace {

FollowUpLine LineOf(const store::DeliveryRecord& record) {
  return FollowUpLine{.id = record.id,
                      .report_id = record.snapshot_id,
                      .rep_id = record.rep_id,
                      .channel = record.channel,
                      .recipients = record.recipients,
                      .due_at = record.due_at,
                      .status = record.status,
                      .attempts = record.attempts,
                      .error = record.last_error};
}

// Sends one due follow-up and updates its line from the outbox.
Status SendOne(store::Store& store, const delivery::DeliveryConfig& config,
               const ChannelFor& channels, const delivery::Clock& clock, FollowUpLine& line,
               const store::DeliveryRecord& record) {
  Result<delivery::Channel*> channel = channels(record.channel);
  if (!channel.ok()) {
    line.status = "failed";
    line.error = channel.status().message();
    return Status::Ok();
  }
  SC_ASSIGN_OR_RETURN(Delivered delivered,
                      DeliverQueued(store, **channel, record, config, clock));
  line = LineOf(delivered.record);
  line.sent_now = delivered.outcome.ok();
  return Status::Ok();
}

}  // namespace

Result<std::vector<FollowUpLine>> RunFollowUps(store::Store& store,
                                               const delivery::DeliveryConfig& config,
                                               const ChannelFor& channels, FollowUpMode mode,
                                               const delivery::Clock& clock) {
  store::DeliveryFilter filter{.kind = "followup"};
  if (mode != FollowUpMode::kList) {
    filter.statuses = {"queued", "failed"};
    filter.due_by = clock.now();
  }
  SC_ASSIGN_OR_RETURN(std::vector<store::DeliveryRecord> records, store.ListDeliveries(filter));
  std::vector<FollowUpLine> lines;
  for (const store::DeliveryRecord& record : records) {
    FollowUpLine line = LineOf(record);
    if (mode == FollowUpMode::kSend) {
      SC_RETURN_IF_ERROR(SendOne(store, config, channels, clock, line, record));
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace sc::app
