// Follow-ups: a week after a report is sent, its rep gets a short check-in on the focus it
// set (delivery/report_message.h). SendReports queues each follow-up, composed, with its due
// time; `salescoach followups` lists them and `salescoach followups --due` sends the ones
// that are due, through the channel their report went on, with the same retries.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "base/result.h"
#include "delivery/channel.h"
#include "delivery/delivery_config.h"
#include "delivery/send_with_retry.h"
#include "store/store.h"

namespace sc::app {

struct FollowUpLine {
  std::int64_t id = 0;  // the outbox record
  std::int64_t report_id = 0;
  std::string rep_id;
  std::string channel;
  std::vector<std::string> recipients;
  Timestamp due_at;
  std::string status;  // the outbox status after this run: "queued", "sent" or "failed"
  std::int64_t attempts = 0;
  std::string error;  // the last failure, if any
  bool sent_now = false;
};

// The channel to use for a name; the caller owns the channels and builds each once.
using ChannelFor = std::function<Result<delivery::Channel*>(std::string_view name)>;

enum class FollowUpMode {
  kList,    // every follow-up, sent or not
  kDryRun,  // the due ones, nothing sent
  kSend,    // the due ones, sent
};

// Follow-ups ordered by due time. In kSend mode a due follow-up whose channel cannot be set up
// (its settings are missing) fails on its line like a refused send. Fails only when the store
// fails.
Result<std::vector<FollowUpLine>> RunFollowUps(store::Store& store,
                                               const delivery::DeliveryConfig& config,
                                               const ChannelFor& channels, FollowUpMode mode,
                                               const delivery::Clock& clock);

}  // namespace sc::app
