// DeliverQueued: one outbox record through its channel, with the configured retries, every
// attempt recorded in the outbox as it happens. Shared by reports and their follow-ups.
#pragma once

#include "base/result.h"
#include "delivery/channel.h"
#include "delivery/delivery_config.h"
#include "delivery/send_with_retry.h"
#include "store/store.h"

namespace sc::app {

// The record as the outbox holds it after the attempts, with the channel's last outcome (Ok
// when sent). Fails only when the store fails, and then stops at once: an attempt that cannot
// be recorded must not be followed by another, which could send the message twice.
struct Delivered {
  store::DeliveryRecord record;
  Status outcome;
};
Result<Delivered> DeliverQueued(store::Store& store, delivery::Channel& channel,
                                const store::DeliveryRecord& record,
                                const delivery::DeliveryConfig& config,
                                const delivery::Clock& clock);

}  // namespace sc::app
