// Shared set-up of the delivery use case tests (SendReports, RunFollowUps): a small team in an
// in-memory store, a channel that records what it is given, and a clock that only moves when
// the code under test waits (or the test moves it).
//
//   store::MemoryStore store;
//   ASSERT_TRUE(store.ImportCrm(TeamBatch()).ok());
//   ASSERT_TRUE(store.SaveSnapshot(StoredReport("R-1", kAsOf, "draft")).ok());
//   RecordingChannel channel;
//   FakeClock clock;
//   SendReports(store, TestDeliveryConfig(), &channel, {.rep_id = "R-1", .as_of = kAsOf},
//               clock.clock());
#pragma once

#include <chrono>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "base/date.h"
#include "base/status.h"
#include "delivery/channel.h"
#include "delivery/delivery_config.h"
#include "delivery/send_with_retry.h"
#include "model/crm_batch.h"
#include "store/store.h"

namespace sc::app {

inline constexpr std::int64_t kDay = 86400;

// The reports' as-of date, and the time the tests start sending (that Monday, 09:00 UTC).
inline const Date kAsOf = Date::FromYmd(2026, 11, 23);
inline const Timestamp kStart = Timestamp::StartOf(kAsOf).AddSeconds(9 * 3600);

inline constexpr std::string_view kDanaEmail = "dana.reyes@example.com";
inline constexpr std::string_view kSamEmail = "sam.okafor@example.com";
inline constexpr std::string_view kMorganEmail = "morgan.lee@example.com";
inline constexpr std::string_view kPriyaEmail = "priya.shah@example.com";

// A channel that records every message it is given and answers with the outcomes it was told
// to, in order; Ok once they run out.
class RecordingChannel final : public delivery::Channel {
 public:
  explicit RecordingChannel(std::string name = "email") : name_(std::move(name)) {}

  std::string_view name() const override { return name_; }
  Status Send(const delivery::OutgoingMessage& message) override {
    messages.push_back(message);
    if (answers.empty()) return Status::Ok();
    Status next = answers.front();
    answers.pop_front();
    return next;
  }

  std::deque<Status> answers;                       // the outcomes of the next attempts
  std::vector<delivery::OutgoingMessage> messages;  // every attempt, in order

 private:
  std::string name_;
};

// A clock that moves only when the code under test waits or the test sets it; waiting never
// sleeps.
struct FakeClock {
  Timestamp now = kStart;
  std::vector<std::chrono::milliseconds> waits;

  delivery::Clock clock() {
    return delivery::Clock{[this] { return now; },
                           [this](std::chrono::milliseconds wait) {
                             waits.push_back(wait);
                             now = now.AddSeconds(wait.count() / 1000);
                           }};
  }
};

inline model::Rep TeamMember(std::string id, std::string name, std::string_view email,
                             std::string manager_id, model::RepRole role) {
  model::Rep rep;
  rep.id = std::move(id);
  rep.name = std::move(name);
  rep.email = std::string(email);
  rep.manager_id = std::move(manager_id);
  rep.team = "West";
  rep.role = role;
  return rep;
}

// Two managers; M-1 manages R-1, R-2 and R-3, and R-3 has no email address in the CRM. M-2 is
// M-1's peer and manages nobody here.
inline model::CrmBatch TeamBatch() {
  model::CrmBatch batch;
  batch.reps = {
      TeamMember("M-1", "Morgan Lee", kMorganEmail, "", model::RepRole::kManager),
      TeamMember("M-2", "Priya Shah", kPriyaEmail, "", model::RepRole::kManager),
      TeamMember("R-1", "Dana Reyes", kDanaEmail, "M-1", model::RepRole::kRep),
      TeamMember("R-2", "Sam Okafor", kSamEmail, "M-1", model::RepRole::kRep),
      TeamMember("R-3", "Lee Park", "", "M-1", model::RepRole::kRep),
  };
  return batch;
}

// A stored report with every rendering filled in, as a report run leaves it.
inline store::SnapshotRecord StoredReport(const std::string& rep_id, Date as_of,
                                          std::string status) {
  store::SnapshotRecord snapshot;
  snapshot.rep_id = rep_id;
  snapshot.as_of = as_of;
  snapshot.period_from = Date::FromDays(as_of.days() - 27);
  snapshot.period_to = as_of;
  snapshot.overall = 64;
  snapshot.skills = {{"closing", 41}, {"discovery", 82}};
  snapshot.focus_skill = "closing";
  snapshot.status = std::move(status);
  snapshot.report_json = R"({"this_week": ["a", "b"]})";
  snapshot.report_markdown = fmt::format("# Coaching report for {}\n\nFocus: Closing.\n", rep_id);
  snapshot.report_html = fmt::format("<p>Coaching report for {}</p>\n", rep_id);
  snapshot.report_card =
      fmt::format("## Quick Coaching: {}\n\n**Focus Area**: Closing (41/100)\n", rep_id);
  return snapshot;
}

// Email is set up (server and sender); the manager is not copied; three tries per run, 2 s
// before the first retry, follow-ups a week later.
inline delivery::DeliveryConfig TestDeliveryConfig() {
  delivery::DeliveryConfig config;
  config.smtp_url = "smtp://mail.example.com:587";
  config.from = "coach@example.com";
  config.webhook_url = "https://hooks.example.com/coach/{rep_id}";
  config.file_dir = "/var/spool/salescoach";
  config.cc_manager = false;
  config.max_attempts = 3;
  config.retry_delay_ms = 2000;
  config.followup_days = 7;
  return config;
}

}  // namespace sc::app
