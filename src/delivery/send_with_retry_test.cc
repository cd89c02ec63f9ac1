#include "delivery/send_with_retry.h"

#include <deque>
#include <vector>

#include <gtest/gtest.h>

namespace sc::delivery {
namespace {

// A channel that answers with the outcomes it is given, in order, and records every attempt.
class ScriptedChannel final : public Channel {
 public:
  explicit ScriptedChannel(std::deque<Status> outcomes) : outcomes_(std::move(outcomes)) {}
  std::string_view name() const override { return "scripted"; }
  Status Send(const OutgoingMessage& message) override {
    attempts.push_back(message);
    if (outcomes_.empty()) return Status::Ok();
    Status next = outcomes_.front();
    outcomes_.pop_front();
    return next;
  }
  std::vector<OutgoingMessage> attempts;

 private:
  std::deque<Status> outcomes_;
};

// A clock that moves only when the code under test waits.
struct FakeClock {
  std::int64_t seconds = 1'800'000'000;
  std::vector<std::chrono::milliseconds> waits;
  Clock clock() {
    return Clock{[this] { return Timestamp::FromSeconds(seconds); },
                 [this](std::chrono::milliseconds wait) {
                   waits.push_back(wait);
                   seconds += wait.count() / 1000;
                 }};
  }
};

struct Recorded {
  Timestamp at;
  Status outcome;
};

TEST(SendWithRetryTest, ASuccessIsOneAttempt) {
  ScriptedChannel channel({Status::Ok()});
  FakeClock clock;
  std::vector<Recorded> recorded;
  Status status = SendWithRetry(channel, {.delivery_id = 7, .payload = "hello"}, {}, clock.clock(),
                                [&](Timestamp at, const Status& outcome) {
                                  recorded.push_back({at, outcome});
                                  return Status::Ok();
                                });
  EXPECT_TRUE(status.ok());
  ASSERT_EQ(channel.attempts.size(), 1u);
  EXPECT_EQ(channel.attempts[0].payload, "hello");
  EXPECT_EQ(channel.attempts[0].at, Timestamp::FromSeconds(1'800'000'000));
  ASSERT_EQ(recorded.size(), 1u);
  EXPECT_TRUE(clock.waits.empty());
}

TEST(SendWithRetryTest, TemporaryFailuresAreRetriedWithDoublingWaits) {
  ScriptedChannel channel({Status::Unavailable("451"), Status::Unavailable("451"), Status::Ok()});
  FakeClock clock;
  std::vector<Recorded> recorded;
  Status status =
      SendWithRetry(channel, {}, {.max_attempts = 3, .first_delay = std::chrono::seconds(2)},
                    clock.clock(), [&](Timestamp at, const Status& outcome) {
                      recorded.push_back({at, outcome});
                      return Status::Ok();
                    });
  EXPECT_TRUE(status.ok());
  EXPECT_EQ(channel.attempts.size(), 3u);
  EXPECT_EQ(clock.waits, (std::vector<std::chrono::milliseconds>{std::chrono::seconds(2),
                                                                 std::chrono::seconds(4)}));
  ASSERT_EQ(recorded.size(), 3u);
  EXPECT_EQ(recorded[0].outcome.code(), StatusCode::kUnavailable);
  EXPECT_TRUE(recorded[2].outcome.ok());
  // Each attempt carries its own time, for its Date header and the outbox.
  EXPECT_EQ(channel.attempts[2].at, Timestamp::FromSeconds(1'800'000'006));
}

TEST(SendWithRetryTest, GivesUpAfterTheLastAttempt) {
  ScriptedChannel channel({Status::Unavailable("down"), Status::Unavailable("down"),
                           Status::Unavailable("still down"), Status::Ok()});
  FakeClock clock;
  int recorded = 0;
  Status status =
      SendWithRetry(channel, {}, {.max_attempts = 3}, clock.clock(), [&](Timestamp, const Status&) {
        ++recorded;
        return Status::Ok();
      });
  EXPECT_EQ(status.code(), StatusCode::kUnavailable);
  EXPECT_EQ(status.message(), "still down");
  EXPECT_EQ(channel.attempts.size(), 3u);
  EXPECT_EQ(recorded, 3);
}

TEST(SendWithRetryTest, APermanentFailureIsNotRetried) {
  ScriptedChannel channel({Status::InvalidArgument("550 no such user"), Status::Ok()});
  FakeClock clock;
  Status status = SendWithRetry(channel, {}, {.max_attempts = 5}, clock.clock(),
                                [](Timestamp, const Status&) { return Status::Ok(); });
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(channel.attempts.size(), 1u);
}

TEST(SendWithRetryTest, AnAttemptThatCannotBeRecordedStopsTheSends) {
  // Sending again without a record of the last attempt could deliver the message twice.
  ScriptedChannel channel({Status::Unavailable("451"), Status::Ok()});
  FakeClock clock;
  Status status = SendWithRetry(
      channel, {}, {.max_attempts = 3}, clock.clock(),
      [](Timestamp, const Status&) { return Status::Unavailable("database is locked"); });
  EXPECT_EQ(status.message(), "database is locked");
  EXPECT_EQ(channel.attempts.size(), 1u);
}

}  // namespace
}  // namespace sc::delivery
