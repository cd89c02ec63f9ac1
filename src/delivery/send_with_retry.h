// SendWithRetry: one message through one channel, tried again with growing waits while the
// failure is one that may pass (kUnavailable), up to a set number of attempts. Every attempt
// is reported to the caller, which records it in the outbox before the next one starts, so a
// crash between attempts never loses the count or turns a sent message into a queued one.
#pragma once

#include <chrono>
#include <functional>

#include "delivery/channel.h"

namespace sc::delivery {

struct RetryPolicy {
  int max_attempts = 3;                         // in this run; at least 1
  std::chrono::milliseconds first_delay{2000};  // before the second attempt; doubles after
};

// The clock and the wait, passed in so tests neither read the real clock nor sleep.
struct Clock {
  std::function<Timestamp()> now;
  std::function<void(std::chrono::milliseconds)> sleep;
};
// The system clock (whole seconds) and a real sleep.
Clock SystemClock();

// Called after each attempt with its time and outcome; a failure it returns stops the sends
// (the outbox could not record the attempt, so sending again could send twice).
using AttemptRecorder = std::function<Status(Timestamp at, const Status& outcome)>;

// Sends `message` (its `at` is set for each attempt). Returns Ok once sent; the last failure
// when it was not retryable or the attempts ran out; or the recorder's failure.
Status SendWithRetry(Channel& channel, OutgoingMessage message, const RetryPolicy& policy,
                     const Clock& clock, const AttemptRecorder& record);

}  // namespace sc::delivery
