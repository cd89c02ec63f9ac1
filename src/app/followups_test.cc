// Follow-ups over the in-memory store: the ones SendReports queued are listed, sent once when
// due (not before) through the channel their report went on, and a channel that cannot be set
// up fails its line and leaves the outbox as it was.
#include "app/followups.h"

#include <optional>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "app/delivery_test_util.h"
#include "app/send_reports.h"
#include "store/memory_store.h"

namespace sc::app {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

class FollowUpsTest : public ::testing::Test {
 protected:
  // R-2's report goes out at kStart and R-1's an hour later, both by email, so their
  // follow-ups fall due a week later in that order.
  void SetUp() override {
    ASSERT_TRUE(store_.ImportCrm(TeamBatch()).ok());
    sam_report_ = *store_.SaveSnapshot(StoredReport("R-2", kAsOf, "draft"));
    dana_report_ = *store_.SaveSnapshot(StoredReport("R-1", kAsOf, "draft"));
    SendReport("R-2", "email");
    clock_.now = kStart.AddSeconds(3600);
    SendReport("R-1", "email");
    ASSERT_EQ(Outbox().size(), 2u);
  }

  void SendReport(const std::string& rep_id, const std::string& channel) {
    RecordingChannel reports(channel);
    Result<std::vector<SendLine>> lines =
        SendReports(store_, config_, &reports,
                    {.rep_id = rep_id, .channel = channel, .as_of = kAsOf}, clock_.clock());
    ASSERT_TRUE(lines.ok()) << lines.status().ToString();
    ASSERT_EQ(lines->size(), 1u);
    ASSERT_EQ(lines->front().outcome, SendOutcome::kSent) << lines->front().detail;
  }

  Result<std::vector<FollowUpLine>> Run(FollowUpMode mode) {
    ChannelFor channels = [this](std::string_view name) -> Result<delivery::Channel*> {
      asked_.emplace_back(name);
      if (!unavailable_.ok()) return unavailable_;
      if (name == "webhook") return &webhook_;
      return &email_;
    };
    return RunFollowUps(store_, config_, channels, mode, clock_.clock());
  }

  // Every follow-up in the outbox, by due time.
  std::vector<store::DeliveryRecord> Outbox() {
    return *store_.ListDeliveries({.kind = "followup"});
  }

  store::MemoryStore store_;
  delivery::DeliveryConfig config_ = TestDeliveryConfig();
  FakeClock clock_;
  std::int64_t sam_report_ = 0;
  std::int64_t dana_report_ = 0;
  // The channels the follow-ups are sent through, and the names asked for.
  RecordingChannel email_{"email"};
  RecordingChannel webhook_{"webhook"};
  std::vector<std::string> asked_;
  Status unavailable_ = Status::Ok();  // what ChannelFor answers when it is not Ok
};

const Timestamp kSamDue = kStart.AddSeconds(7 * kDay);
const Timestamp kDanaDue = kStart.AddSeconds(7 * kDay + 3600);

TEST_F(FollowUpsTest, ListShowsEveryQueuedFollowUpByDueTime) {
  Result<std::vector<FollowUpLine>> lines = Run(FollowUpMode::kList);
  ASSERT_TRUE(lines.ok()) << lines.status().ToString();
  ASSERT_EQ(lines->size(), 2u);

  const FollowUpLine& sam = (*lines)[0];
  EXPECT_EQ(sam.rep_id, "R-2");
  EXPECT_EQ(sam.report_id, sam_report_);
  EXPECT_EQ(sam.channel, "email");
  EXPECT_EQ(sam.recipients, (std::vector<std::string>{std::string(kSamEmail)}));
  EXPECT_EQ(sam.due_at, kSamDue);
  EXPECT_EQ(sam.status, "queued");
  EXPECT_EQ(sam.attempts, 0);
  EXPECT_EQ(sam.error, "");
  EXPECT_FALSE(sam.sent_now);
  EXPECT_EQ((*lines)[1].rep_id, "R-1");
  EXPECT_EQ((*lines)[1].report_id, dana_report_);
  EXPECT_EQ((*lines)[1].due_at, kDanaDue);

  EXPECT_THAT(asked_, IsEmpty());
  EXPECT_THAT(email_.messages, IsEmpty());
}

TEST_F(FollowUpsTest, NothingIsSentBeforeItIsDue) {
  clock_.now = kSamDue.AddSeconds(-1);
  Result<std::vector<FollowUpLine>> lines = Run(FollowUpMode::kSend);
  ASSERT_TRUE(lines.ok()) << lines.status().ToString();
  EXPECT_THAT(*lines, IsEmpty());
  EXPECT_THAT(email_.messages, IsEmpty());
  for (const store::DeliveryRecord& record : Outbox()) EXPECT_EQ(record.status, "queued");
}

TEST_F(FollowUpsTest, OnlyTheFollowUpsDueAreSent) {
  clock_.now = kSamDue;  // R-2's is due to the second, R-1's an hour later
  Result<std::vector<FollowUpLine>> lines = Run(FollowUpMode::kSend);
  ASSERT_TRUE(lines.ok()) << lines.status().ToString();
  ASSERT_EQ(lines->size(), 1u);
  EXPECT_EQ((*lines)[0].rep_id, "R-2");
  EXPECT_TRUE((*lines)[0].sent_now);
  ASSERT_EQ(email_.messages.size(), 1u);
  std::vector<store::DeliveryRecord> outbox = Outbox();
  EXPECT_EQ(outbox[0].status, "sent");
  EXPECT_EQ(outbox[1].status, "queued");
}

TEST_F(FollowUpsTest, EachDueFollowUpIsSentOnceToTheRepAlone) {
  config_.cc_manager = true;  // copies managers on reports, never on follow-ups
  clock_.now = kDanaDue.AddSeconds(kDay);
  const std::vector<store::DeliveryRecord> queued = Outbox();
  Result<std::vector<FollowUpLine>> lines = Run(FollowUpMode::kSend);
  ASSERT_TRUE(lines.ok()) << lines.status().ToString();
  ASSERT_EQ(lines->size(), 2u);
  for (const FollowUpLine& line : *lines) {
    EXPECT_TRUE(line.sent_now) << line.rep_id << ": " << line.error;
    EXPECT_EQ(line.status, "sent");
    EXPECT_EQ(line.attempts, 1);
    EXPECT_EQ(line.error, "");
  }
  EXPECT_THAT(asked_, ElementsAre("email", "email"));

  ASSERT_EQ(email_.messages.size(), 2u);
  EXPECT_EQ(email_.messages[0].delivery_id, queued[0].id);
  EXPECT_EQ(email_.messages[0].recipients, (std::vector<std::string>{std::string(kSamEmail)}));
  EXPECT_EQ(email_.messages[0].payload, queued[0].payload);
  EXPECT_EQ(email_.messages[1].delivery_id, queued[1].id);
  EXPECT_EQ(email_.messages[1].recipients, (std::vector<std::string>{std::string(kDanaEmail)}));
  EXPECT_EQ(email_.messages[1].payload, queued[1].payload);
  for (const store::DeliveryRecord& record : Outbox()) {
    EXPECT_EQ(record.status, "sent");
    EXPECT_EQ(record.sent_at, clock_.now);
  }

  // Sent once: the next run finds nothing due, and the list shows them sent.
  Result<std::vector<FollowUpLine>> again = Run(FollowUpMode::kSend);
  ASSERT_TRUE(again.ok());
  EXPECT_THAT(*again, IsEmpty());
  EXPECT_EQ(email_.messages.size(), 2u);
  Result<std::vector<FollowUpLine>> listed = Run(FollowUpMode::kList);
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[0].status, "sent");
  EXPECT_EQ((*listed)[1].status, "sent");
}

TEST_F(FollowUpsTest, ADryRunListsTheDueOnesAndSendsNothing) {
  clock_.now = kSamDue;
  const std::vector<store::DeliveryRecord> before = Outbox();
  Result<std::vector<FollowUpLine>> lines = Run(FollowUpMode::kDryRun);
  ASSERT_TRUE(lines.ok()) << lines.status().ToString();
  ASSERT_EQ(lines->size(), 1u);
  EXPECT_EQ((*lines)[0].rep_id, "R-2");
  EXPECT_EQ((*lines)[0].status, "queued");
  EXPECT_FALSE((*lines)[0].sent_now);
  EXPECT_THAT(asked_, IsEmpty());
  EXPECT_THAT(email_.messages, IsEmpty());
  EXPECT_EQ(Outbox(), before);
}

TEST_F(FollowUpsTest, AFollowUpGoesOutOnTheChannelItsReportWentOn) {
  std::int64_t lee_report = *store_.SaveSnapshot(StoredReport("R-3", kAsOf, "draft"));
  SendReport("R-3", "webhook");  // at kStart + 1 h, like R-1's
  clock_.now = kDanaDue;
  Result<std::vector<FollowUpLine>> lines = Run(FollowUpMode::kSend);
  ASSERT_TRUE(lines.ok()) << lines.status().ToString();
  ASSERT_EQ(lines->size(), 3u);
  EXPECT_THAT(asked_, ElementsAre("email", "email", "webhook"));

  const FollowUpLine& lee = (*lines)[2];
  EXPECT_EQ(lee.report_id, lee_report);
  EXPECT_EQ(lee.channel, "webhook");
  EXPECT_TRUE(lee.sent_now);
  ASSERT_EQ(webhook_.messages.size(), 1u);
  EXPECT_EQ(webhook_.messages[0].recipients,
            (std::vector<std::string>{"https://hooks.example.com/coach/R-3"}));
  EXPECT_EQ(email_.messages.size(), 2u);
}

TEST_F(FollowUpsTest, AChannelThatCannotBeSetUpFailsItsLineAndChangesNothing) {
  unavailable_ = Status::FailedPrecondition("no SMTP server is configured");
  clock_.now = kDanaDue;
  const std::vector<store::DeliveryRecord> before = Outbox();
  Result<std::vector<FollowUpLine>> lines = Run(FollowUpMode::kSend);
  ASSERT_TRUE(lines.ok()) << lines.status().ToString();
  ASSERT_EQ(lines->size(), 2u);
  for (const FollowUpLine& line : *lines) {
    EXPECT_EQ(line.status, "failed");
    EXPECT_EQ(line.error, "no SMTP server is configured");
    EXPECT_FALSE(line.sent_now);
    EXPECT_EQ(line.attempts, 0);
  }
  EXPECT_EQ(Outbox(), before);
}

TEST_F(FollowUpsTest, AFollowUpThatCouldNotGoOutIsTriedAgainNextRun) {
  email_.answers = {Status::Unavailable("421 busy"), Status::Unavailable("421 busy"),
                    Status::Unavailable("421 busy")};
  clock_.now = kDanaDue;
  Result<std::vector<FollowUpLine>> first = Run(FollowUpMode::kSend);
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  ASSERT_EQ(first->size(), 2u);
  EXPECT_EQ((*first)[0].rep_id, "R-2");
  EXPECT_FALSE((*first)[0].sent_now);
  EXPECT_EQ((*first)[0].status, "failed");
  EXPECT_EQ((*first)[0].attempts, 3);
  EXPECT_EQ((*first)[0].error, "421 busy");
  EXPECT_TRUE((*first)[1].sent_now);
  EXPECT_EQ(email_.messages.size(), 4u);

  Result<std::vector<FollowUpLine>> second = Run(FollowUpMode::kSend);
  ASSERT_TRUE(second.ok()) << second.status().ToString();
  ASSERT_EQ(second->size(), 1u);
  EXPECT_EQ((*second)[0].rep_id, "R-2");
  EXPECT_TRUE((*second)[0].sent_now);
  EXPECT_EQ((*second)[0].attempts, 4);
  ASSERT_EQ(email_.messages.size(), 5u);
  EXPECT_EQ(email_.messages[4].payload, email_.messages[0].payload);
}

}  // namespace
}  // namespace sc::app
