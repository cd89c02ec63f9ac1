// WebhookChannel: posts a Slack-compatible JSON message (slack_message.h) to a webhook URL.
// The URL is the record's one recipient, filled in per rep when it is queued
// (WebhookUrlFor), so a team can point each rep's report at that rep's private channel.
#pragma once

#include "delivery/channel.h"
#include "delivery/delivery_config.h"

namespace sc::delivery {

class WebhookChannel final : public Channel {
 public:
  explicit WebhookChannel(DeliveryConfig config) : config_(std::move(config)) {}

  std::string_view name() const override { return "webhook"; }
  // POSTs the payload as application/json. Ok on a 2xx reply; kUnavailable on 408, 429, a 5xx
  // reply or a network failure; kInvalidArgument on any other reply (a wrong or revoked URL).
  Status Send(const OutgoingMessage& message) override;

 private:
  DeliveryConfig config_;
};

}  // namespace sc::delivery
