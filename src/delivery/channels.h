// MakeChannel: the channel for a name, set up from the delivery configuration.
#pragma once

#include <memory>
#include <string_view>

#include "base/result.h"
#include "delivery/channel.h"
#include "delivery/delivery_config.h"

namespace sc::delivery {

// "email", "webhook" or "file"; kInvalidArgument for any other name, and what RequireEmail or
// RequireWebhook returns when the channel's settings are missing.
Result<std::unique_ptr<Channel>> MakeChannel(std::string_view name, const DeliveryConfig& config);

}  // namespace sc::delivery
