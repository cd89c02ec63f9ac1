#include "delivery/channels.h"

#include <fmt/format.h>

#include "delivery/file_channel.h"
#include "delivery/smtp_channel.h"
#include "delivery/webhook_channel.h"

namespace sc::delivery {

Result<std::unique_ptr<Channel>> MakeChannel(std::string_view name, const DeliveryConfig& config) {
  if (name == "email") {
    SC_RETURN_IF_ERROR(RequireEmail(config));
    return std::unique_ptr<Channel>(std::make_unique<SmtpChannel>(config));
  }
  if (name == "webhook") {
    SC_RETURN_IF_ERROR(RequireWebhook(config));
    return std::unique_ptr<Channel>(std::make_unique<WebhookChannel>(config));
  }
  if (name == "file") return std::unique_ptr<Channel>(std::make_unique<FileChannel>());
  return Status::InvalidArgument(
      fmt::format("unknown channel '{}'; use email, webhook or file", name));
}

}  // namespace sc::delivery
