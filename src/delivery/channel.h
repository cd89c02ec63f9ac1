// Channel: how one composed message reaches its destination. Three channels exist: email over
// SMTP (smtp_channel.h), a Slack-compatible webhook (webhook_channel.h) and .eml files
// (file_channel.h). The outbox (outbox.h) decides what to send and when to retry; a channel
// only makes one attempt and says how it went.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/status.h"

namespace sc::delivery {

// One attempt to deliver one outbox record.
struct OutgoingMessage {
  std::int64_t delivery_id = 0;
  std::vector<std::string> recipients;  // email: envelope addresses; webhook: the URL; file: the
                                        // path to write
  std::string payload;                  // as queued: the email without Date, or webhook JSON
  Timestamp at;                         // when this attempt is made (the email's Date)
};

class Channel {
 public:
  virtual ~Channel() = default;

  // "email", "webhook" or "file": the outbox's channel names.
  virtual std::string_view name() const = 0;

  // One attempt. Returns Ok once the destination has accepted the message; kUnavailable for a
  // failure that may pass (server down, timeout, a temporary 4xx reply), which the outbox
  // retries; any other code for a failure that a retry would repeat (a refused recipient or
  // login, a bad URL), which it does not.
  virtual Status Send(const OutgoingMessage& message) = 0;
};

}  // namespace sc::delivery
