// SendReports: the use case behind `salescoach send`: deliver each chosen rep's latest stored
// report through one channel, through the outbox, and schedule its follow-up.
//
// For each rep: the latest snapshot as of the date is the report. A report pending a
// manager's review or rejected is never sent. Otherwise its message is composed once and
// queued (one outbox record per report and channel, so it is never queued, or sent, twice); a
// queued or failed record is attempted with retries (delivery/send_with_retry.h), each attempt
// recorded; once sent, the snapshot's status becomes "sent" and a follow-up is queued for
// `followup_days` later on the same channel.
//
// A dry run composes every message and reports what would be sent, writing nothing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/result.h"
#include "delivery/channel.h"
#include "delivery/delivery_config.h"
#include "delivery/send_with_retry.h"
#include "store/store.h"

namespace sc::app {

struct SendOptions {
  std::string rep_id;  // one rep; empty with `team`
  bool team = false;   // every rep (not managers)
  std::string channel = "email";
  Date as_of;  // send the latest report on or before this date
  bool dry_run = false;
};

enum class SendOutcome {
  kSent,         // delivered now
  kAlreadySent,  // delivered before; not sent again
  kWouldSend,    // dry run
  kHeld,         // pending a manager's review
  kRejected,     // a manager rejected it
  kNoReport,     // no stored report as of the date
  kFailed,       // could not be delivered (see `error`)
};
// "sent", "already sent", "would send", "held for review", "rejected", "no report", "failed".
std::string_view SendOutcomeName(SendOutcome outcome);

struct SendLine {
  std::string rep_id;
  std::string rep_name;
  std::optional<std::int64_t> report_id;
  std::optional<std::int64_t> delivery_id;
  SendOutcome outcome = SendOutcome::kNoReport;
  std::vector<std::string> recipients;
  std::int64_t attempts = 0;  // in total, this run's included
  std::string detail;         // what to do next, or why it failed
  std::optional<Timestamp> sent_at;       // kSent
  std::optional<Timestamp> followup_due;  // kSent: when the follow-up is due
  StatusCode error_code = StatusCode::kOk;  // kFailed only: the last attempt's code
};

// One line per rep, in rep id order. Returns kNotFound for an unknown rep and
// kInvalidArgument for a manager's id or an unknown channel; a rep whose report cannot be
// delivered is a kFailed line, not a failure of the whole run, so one bad address never stops
// a team's reports. Fails only when the store fails.
Result<std::vector<SendLine>> SendReports(store::Store& store,
                                          const delivery::DeliveryConfig& config,
                                          delivery::Channel* channel, const SendOptions& options,
                                          const delivery::Clock& clock);

}  // namespace sc::app
