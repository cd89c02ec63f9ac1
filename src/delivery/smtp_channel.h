// SmtpChannel: email over SMTP through libcurl (INTERFACES.md, "Delivery configuration").
// smtp:// upgrades to TLS with STARTTLS when the server offers it and goes on in plain text
// when it does not (a relay on localhost); smtps:// is TLS from the first byte. The login is
// used when set. Each Send is one SMTP transaction: one message, whatever its recipients.
#pragma once

#include "delivery/channel.h"
#include "delivery/delivery_config.h"

namespace sc::delivery {

class SmtpChannel final : public Channel {
 public:
  // `config` must pass RequireEmail.
  explicit SmtpChannel(DeliveryConfig config) : config_(std::move(config)) {}

  std::string_view name() const override { return "email"; }
  // Sends the payload with a Date header for `message.at` to every recipient (To and Cc
  // alike: the envelope). Failures as Channel::Send says.
  Status Send(const OutgoingMessage& message) override;

 private:
  DeliveryConfig config_;
};

}  // namespace sc::delivery
