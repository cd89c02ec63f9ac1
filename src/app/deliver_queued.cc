#include "app/deliver_queued.h"

namespace sc::app {

Result<Delivered> DeliverQueued(store::Store& store, delivery::Channel& channel,
                                const store::DeliveryRecord& record,
                                const delivery::DeliveryConfig& config,
                                const delivery::Clock& clock) {
  Status store_failure = Status::Ok();
  const delivery::RetryPolicy policy{
      .max_attempts = config.max_attempts,
      .first_delay = std::chrono::milliseconds(config.retry_delay_ms)};
  Status outcome = delivery::SendWithRetry(
      channel, {.delivery_id = record.id, .recipients = record.recipients, .payload = record.payload},
      policy, clock, [&](Timestamp at, const Status& attempt) {
        Status recorded =
            store.RecordDeliveryAttempt(record.id, at, attempt.ok() ? "" : attempt.message());
        if (!recorded.ok()) store_failure = recorded;
        return recorded;
      });
  SC_RETURN_IF_ERROR(store_failure);
  SC_ASSIGN_OR_RETURN(std::optional<store::DeliveryRecord> stored, store.FindDelivery(record.id));
  if (!stored) return Status::Internal("a delivery vanished from the outbox while being sent");
  return Delivered{std::move(*stored), std::move(outcome)};
}

}  // namespace sc::app
