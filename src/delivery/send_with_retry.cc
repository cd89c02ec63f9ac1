#include "delivery/send_with_retry.h"

#include <algorithm>
#include <thread>

#include "base/result.h"

namespace sc::delivery {

Clock SystemClock() {
  return Clock{[] {
                 auto seconds =
                     std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
                 return Timestamp::FromSeconds(seconds.time_since_epoch().count());
               },
               [](std::chrono::milliseconds wait) { std::this_thread::sleep_for(wait); }};
}

Status SendWithRetry(Channel& channel, OutgoingMessage message, const RetryPolicy& policy,
                     const Clock& clock, const AttemptRecorder& record) {
  std::chrono::milliseconds wait = policy.first_delay;
  Status outcome = Status::Ok();
  for (int attempt = 1; attempt <= std::max(policy.max_attempts, 1); ++attempt) {
    if (attempt > 1) {
      clock.sleep(wait);
      wait *= 2;
    }
    message.at = clock.now();
    outcome = channel.Send(message);
    SC_RETURN_IF_ERROR(record(message.at, outcome));
    if (outcome.ok() || outcome.code() != StatusCode::kUnavailable) return outcome;
  }
  return outcome;
}

}  // namespace sc::delivery
