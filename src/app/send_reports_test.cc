// The send use case over the in-memory store, a recording channel and a clock that never
// sleeps: each report goes out once, to its rep (and, when asked, the rep's own manager) and
// nobody else; a held or rejected report never goes out; a temporary failure is retried on the
// same outbox record, with the same bytes; a dry run writes nothing.
#include "app/send_reports.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "app/delivery_test_util.h"
#include "delivery/report_message.h"
#include "store/memory_store.h"

namespace sc::app {
namespace {

using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::Not;

class SendReportsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(store_.ImportCrm(TeamBatch()).ok()); }

  std::int64_t Save(const std::string& rep_id, Date as_of, const std::string& status) {
    Result<std::int64_t> id = store_.SaveSnapshot(StoredReport(rep_id, as_of, status));
    EXPECT_TRUE(id.ok()) << id.status().ToString();
    return id.ok() ? *id : 0;
  }

  // A report held for review, then decided by M-1.
  std::int64_t SaveReviewed(const std::string& rep_id, std::string_view decision,
                            std::string_view note) {
    std::int64_t id = Save(rep_id, kAsOf, "pending_review");
    EXPECT_TRUE(store_.RecordReview(id, decision, "M-1", kStart.AddSeconds(-3600), note).ok());
    return id;
  }

  Result<std::vector<SendLine>> Send(SendOptions options) {
    return SendReports(store_, config_, &channel_, options, clock_.clock());
  }
  Result<std::vector<SendLine>> SendTo(const std::string& rep_id) {
    return Send({.rep_id = rep_id, .as_of = kAsOf});
  }

  // The one line of a run for one rep.
  SendLine OnlyLine(const Result<std::vector<SendLine>>& lines) {
    EXPECT_TRUE(lines.ok()) << lines.status().ToString();
    if (!lines.ok()) return {};
    EXPECT_EQ(lines->size(), 1u);
    return lines->empty() ? SendLine{} : lines->front();
  }

  std::vector<store::DeliveryRecord> Deliveries(std::string kind) {
    Result<std::vector<store::DeliveryRecord>> records =
        store_.ListDeliveries({.kind = std::move(kind)});
    EXPECT_TRUE(records.ok()) << records.status().ToString();
    return records.ok() ? *records : std::vector<store::DeliveryRecord>{};
  }

  std::string SnapshotStatus(std::int64_t id) {
    Result<std::optional<store::SnapshotRecord>> snapshot = store_.FindSnapshot(id);
    return snapshot.ok() && *snapshot ? (*snapshot)->status : "(none)";
  }

  store::MemoryStore store_;
  delivery::DeliveryConfig config_ = TestDeliveryConfig();
  RecordingChannel channel_;
  FakeClock clock_;
};

TEST_F(SendReportsTest, ADraftIsSentOnceToTheRepAlone) {
  std::int64_t report = Save("R-1", kAsOf, "draft");
  SendLine line = OnlyLine(SendTo("R-1"));

  EXPECT_EQ(line.rep_id, "R-1");
  EXPECT_EQ(line.rep_name, "Dana Reyes");
  EXPECT_EQ(line.outcome, SendOutcome::kSent);
  EXPECT_EQ(line.report_id, report);
  EXPECT_EQ(line.attempts, 1);
  EXPECT_EQ(line.recipients, (std::vector<std::string>{std::string(kDanaEmail)}));
  EXPECT_EQ(line.sent_at, kStart);
  EXPECT_TRUE(clock_.waits.empty());

  ASSERT_EQ(channel_.messages.size(), 1u);
  const delivery::OutgoingMessage& sent = channel_.messages[0];
  EXPECT_EQ(sent.recipients, (std::vector<std::string>{std::string(kDanaEmail)}));
  EXPECT_EQ(sent.at, kStart);
  EXPECT_THAT(sent.payload, HasSubstr("\r\nTo: Dana Reyes <dana.reyes@example.com>\r\n"));
  EXPECT_THAT(sent.payload, Not(HasSubstr("\r\nCc: ")));

  std::vector<store::DeliveryRecord> reports = Deliveries("report");
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(line.delivery_id, reports[0].id);
  EXPECT_EQ(sent.delivery_id, reports[0].id);
  EXPECT_EQ(sent.payload, reports[0].payload);  // the bytes composed when it was queued
  EXPECT_EQ(reports[0].snapshot_id, report);
  EXPECT_EQ(reports[0].rep_id, "R-1");
  EXPECT_EQ(reports[0].channel, "email");
  EXPECT_EQ(reports[0].subject, delivery::kReportSubject);
  EXPECT_EQ(reports[0].status, "sent");
  EXPECT_EQ(reports[0].attempts, 1);
  EXPECT_EQ(reports[0].sent_at, kStart);
  EXPECT_EQ(reports[0].last_error, "");
  EXPECT_EQ(SnapshotStatus(report), "sent");

  std::vector<store::DeliveryRecord> followups = Deliveries("followup");
  ASSERT_EQ(followups.size(), 1u);
  EXPECT_EQ(followups[0].snapshot_id, report);
  EXPECT_EQ(followups[0].channel, "email");
  EXPECT_EQ(followups[0].status, "queued");
  EXPECT_EQ(followups[0].attempts, 0);
  EXPECT_EQ(followups[0].recipients, (std::vector<std::string>{std::string(kDanaEmail)}));
  EXPECT_EQ(followups[0].subject, delivery::kFollowUpSubject);
  EXPECT_EQ(followups[0].due_at, kStart.AddSeconds(7 * kDay));
  EXPECT_EQ(line.followup_due, followups[0].due_at);
}

TEST_F(SendReportsTest, TheFollowUpIsDueTheConfiguredDaysAfterTheSend) {
  config_.followup_days = 3;
  Save("R-1", kAsOf, "draft");
  SendLine line = OnlyLine(SendTo("R-1"));
  ASSERT_EQ(line.outcome, SendOutcome::kSent);
  EXPECT_EQ(line.followup_due, kStart.AddSeconds(3 * kDay));
}

TEST_F(SendReportsTest, CcManagerCopiesTheRepsOwnManagerAndNobodyElse) {
  config_.cc_manager = true;
  Save("R-1", kAsOf, "draft");
  SendLine line = OnlyLine(SendTo("R-1"));

  ASSERT_EQ(line.outcome, SendOutcome::kSent);
  const std::vector<std::string> expected = {std::string(kDanaEmail), std::string(kMorganEmail)};
  EXPECT_EQ(line.recipients, expected);
  ASSERT_EQ(channel_.messages.size(), 1u);
  EXPECT_EQ(channel_.messages[0].recipients, expected);
  EXPECT_THAT(
      channel_.messages[0].payload,
      AllOf(HasSubstr("\r\nTo: Dana Reyes <dana.reyes@example.com>\r\n"),
            HasSubstr("\r\nCc: Morgan Lee <morgan.lee@example.com>\r\n"),
            Not(HasSubstr(std::string(kSamEmail))), Not(HasSubstr(std::string(kPriyaEmail)))));
  // The follow-up is for the rep alone.
  std::vector<store::DeliveryRecord> followups = Deliveries("followup");
  ASSERT_EQ(followups.size(), 1u);
  EXPECT_EQ(followups[0].recipients, (std::vector<std::string>{std::string(kDanaEmail)}));
  EXPECT_THAT(followups[0].payload, Not(HasSubstr(std::string(kMorganEmail))));
}

TEST_F(SendReportsTest, WithoutCcManagerTheManagerIsNotCopied) {
  config_.cc_manager = false;
  Save("R-2", kAsOf, "draft");
  SendLine line = OnlyLine(SendTo("R-2"));
  ASSERT_EQ(line.outcome, SendOutcome::kSent);
  EXPECT_EQ(line.recipients, (std::vector<std::string>{std::string(kSamEmail)}));
  ASSERT_EQ(channel_.messages.size(), 1u);
  EXPECT_THAT(channel_.messages[0].payload,
              AllOf(Not(HasSubstr(std::string(kMorganEmail))), Not(HasSubstr("\r\nCc: "))));
}

TEST_F(SendReportsTest, SendingAgainSendsNothing) {
  std::int64_t report = Save("R-1", kAsOf, "draft");
  ASSERT_EQ(OnlyLine(SendTo("R-1")).outcome, SendOutcome::kSent);
  clock_.now = kStart.AddSeconds(kDay);

  SendLine again = OnlyLine(SendTo("R-1"));
  EXPECT_EQ(again.outcome, SendOutcome::kAlreadySent);
  EXPECT_EQ(again.report_id, report);
  EXPECT_EQ(again.attempts, 1);
  EXPECT_EQ(again.recipients, (std::vector<std::string>{std::string(kDanaEmail)}));
  EXPECT_THAT(again.detail, HasSubstr(kStart.ToString()));
  EXPECT_FALSE(again.sent_at.has_value());
  EXPECT_EQ(channel_.messages.size(), 1u);
  EXPECT_EQ(Deliveries("report").size(), 1u);
  EXPECT_EQ(Deliveries("followup").size(), 1u);
}

// How a report's review decides whether it goes out.
struct ReviewCase {
  std::string name;
  std::string stored;    // the status the report run stored
  std::string decision;  // the manager's review, "" for none
  SendOutcome outcome;
};

class SendReviewedTest : public SendReportsTest,
                         public ::testing::WithParamInterface<ReviewCase> {};

TEST_P(SendReviewedTest, OnlyAReportNobodyHoldsGoesOut) {
  const ReviewCase& review = GetParam();
  std::int64_t report = review.decision.empty()
                            ? Save("R-1", kAsOf, review.stored)
                            : SaveReviewed("R-1", review.decision, "tone is too harsh");
  SendLine line = OnlyLine(SendTo("R-1"));

  EXPECT_EQ(line.outcome, review.outcome) << SendOutcomeName(line.outcome) << ": " << line.detail;
  EXPECT_EQ(line.report_id, report);
  bool sent = review.outcome == SendOutcome::kSent;
  EXPECT_EQ(channel_.messages.size(), sent ? 1u : 0u);
  EXPECT_EQ(store_.CountRecords()->deliveries, sent ? 2 : 0);  // the report and its follow-up
  if (!sent) {
    EXPECT_FALSE(line.delivery_id.has_value());
    EXPECT_TRUE(line.recipients.empty());
    EXPECT_EQ(SnapshotStatus(report), review.decision.empty() ? review.stored : review.decision);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Statuses, SendReviewedTest,
    ::testing::Values(ReviewCase{"Draft", "draft", "", SendOutcome::kSent},
                      ReviewCase{"Approved", "pending_review", "approved", SendOutcome::kSent},
                      ReviewCase{"PendingReview", "pending_review", "", SendOutcome::kHeld},
                      ReviewCase{"Rejected", "pending_review", "rejected", SendOutcome::kRejected}),
    [](const ::testing::TestParamInfo<ReviewCase>& param_info) { return param_info.param.name; });

TEST_F(SendReportsTest, HeldAndRejectedReportsSayWhatToDo) {
  std::int64_t held = Save("R-1", kAsOf, "pending_review");
  SaveReviewed("R-2", "rejected", "tone is too harsh");
  Result<std::vector<SendLine>> lines = Send({.team = true, .as_of = kAsOf});
  ASSERT_TRUE(lines.ok()) << lines.status().ToString();
  ASSERT_EQ(lines->size(), 3u);
  EXPECT_EQ((*lines)[0].outcome, SendOutcome::kHeld);
  EXPECT_THAT((*lines)[0].detail, HasSubstr(fmt::format("salescoach review approve {}", held)));
  EXPECT_EQ((*lines)[1].outcome, SendOutcome::kRejected);
  EXPECT_EQ((*lines)[1].detail, "rejected by M-1: tone is too harsh; it is not sent");
  EXPECT_EQ((*lines)[2].outcome, SendOutcome::kNoReport);  // R-3 has none
  EXPECT_TRUE(channel_.messages.empty());
  EXPECT_EQ(store_.CountRecords()->deliveries, 0);
}

TEST_F(SendReportsTest, WithoutAStoredReportThereIsNothingToSend) {
  SendLine line = OnlyLine(SendTo("R-1"));
  EXPECT_EQ(line.outcome, SendOutcome::kNoReport);
  EXPECT_FALSE(line.report_id.has_value());
  EXPECT_THAT(line.detail, HasSubstr("salescoach report --rep R-1"));
  EXPECT_TRUE(channel_.messages.empty());
}

TEST_F(SendReportsTest, TheLatestReportOnOrBeforeTheDateIsSent) {
  const Date week_before = Date::FromYmd(2026, 11, 16);
  const Date week_after = Date::FromYmd(2026, 11, 30);
  std::int64_t earlier = Save("R-1", week_before, "draft");
  std::int64_t on_the_day = Save("R-1", kAsOf, "draft");
  Save("R-1", week_after, "pending_review");  // later than any date asked below

  auto report_as_of = [&](Date as_of) {
    return OnlyLine(Send({.rep_id = "R-1", .as_of = as_of, .dry_run = true})).report_id;
  };
  EXPECT_FALSE(report_as_of(Date::FromYmd(2026, 11, 15)).has_value());
  EXPECT_EQ(report_as_of(week_before), earlier);
  EXPECT_EQ(report_as_of(Date::FromYmd(2026, 11, 22)), earlier);
  EXPECT_EQ(report_as_of(kAsOf), on_the_day);
  EXPECT_EQ(report_as_of(Date::FromYmd(2026, 11, 29)), on_the_day);

  // The later report, held, does not hold back the one due on the day.
  SendLine line = OnlyLine(SendTo("R-1"));
  EXPECT_EQ(line.outcome, SendOutcome::kSent);
  EXPECT_EQ(line.report_id, on_the_day);
  EXPECT_EQ(SnapshotStatus(earlier), "draft");
}

TEST_F(SendReportsTest, ARepWithoutAnAddressFailsAloneAndTheTeamGoesOn) {
  Save("R-1", kAsOf, "draft");
  Save("R-2", kAsOf, "draft");
  std::int64_t lee = Save("R-3", kAsOf, "draft");
  Result<std::vector<SendLine>> lines = Send({.team = true, .as_of = kAsOf});
  ASSERT_TRUE(lines.ok()) << lines.status().ToString();

  // Reps only, in id order: the managers get no report of their own.
  ASSERT_EQ(lines->size(), 3u);
  EXPECT_EQ((*lines)[0].rep_id, "R-1");
  EXPECT_EQ((*lines)[0].outcome, SendOutcome::kSent);
  EXPECT_EQ((*lines)[1].rep_id, "R-2");
  EXPECT_EQ((*lines)[1].outcome, SendOutcome::kSent);
  const SendLine& failed = (*lines)[2];
  EXPECT_EQ(failed.rep_id, "R-3");
  EXPECT_EQ(failed.outcome, SendOutcome::kFailed);
  EXPECT_EQ(failed.error_code, StatusCode::kFailedPrecondition);
  EXPECT_THAT(failed.detail, AllOf(HasSubstr("R-3"), HasSubstr("Lee Park"), HasSubstr("email")));
  EXPECT_FALSE(failed.delivery_id.has_value());

  ASSERT_EQ(channel_.messages.size(), 2u);
  EXPECT_EQ(channel_.messages[0].recipients, (std::vector<std::string>{std::string(kDanaEmail)}));
  EXPECT_EQ(channel_.messages[1].recipients, (std::vector<std::string>{std::string(kSamEmail)}));
  EXPECT_EQ(Deliveries("report").size(), 2u);
  EXPECT_EQ(SnapshotStatus(lee), "draft");
}

TEST_F(SendReportsTest, ARepWithoutAnAddressAloneIsAFailedLineNotAFailedRun) {
  Save("R-3", kAsOf, "draft");
  SendLine line = OnlyLine(SendTo("R-3"));
  EXPECT_EQ(line.outcome, SendOutcome::kFailed);
  EXPECT_EQ(line.error_code, StatusCode::kFailedPrecondition);
  EXPECT_THAT(line.detail, HasSubstr("rep R-3 (Lee Park) has no email address"));
  EXPECT_EQ(store_.CountRecords()->deliveries, 0);
}

TEST_F(SendReportsTest, AnUnknownRepIsNotFound) {
  Result<std::vector<SendLine>> lines = SendTo("R-9");
  ASSERT_FALSE(lines.ok());
  EXPECT_EQ(lines.status().code(), StatusCode::kNotFound);
  EXPECT_THAT(lines.status().message(), HasSubstr("R-9"));
}

TEST_F(SendReportsTest, AManagerGetsNoReport) {
  Result<std::vector<SendLine>> lines = SendTo("M-1");
  ASSERT_FALSE(lines.ok());
  EXPECT_EQ(lines.status().code(), StatusCode::kInvalidArgument);
  EXPECT_THAT(lines.status().message(), HasSubstr("'M-1' is a manager"));
}

TEST_F(SendReportsTest, AnUnknownChannelIsRefusedBeforeAnything) {
  Save("R-1", kAsOf, "draft");
  for (bool dry_run : {false, true}) {
    Result<std::vector<SendLine>> lines =
        Send({.rep_id = "R-1", .channel = "fax", .as_of = kAsOf, .dry_run = dry_run});
    ASSERT_FALSE(lines.ok()) << "dry run " << dry_run;
    EXPECT_EQ(lines.status().code(), StatusCode::kInvalidArgument);
    EXPECT_THAT(lines.status().message(), HasSubstr("'fax'"));
  }
  EXPECT_TRUE(channel_.messages.empty());
  EXPECT_EQ(store_.CountRecords()->deliveries, 0);
}

TEST_F(SendReportsTest, TemporaryFailuresAreRetriedWithGrowingWaits) {
  Save("R-1", kAsOf, "draft");
  channel_.answers = {Status::Unavailable("421 try again"), Status::Unavailable("421 try again"),
                      Status::Ok()};
  SendLine line = OnlyLine(SendTo("R-1"));

  EXPECT_EQ(line.outcome, SendOutcome::kSent);
  EXPECT_EQ(line.attempts, 3);
  EXPECT_EQ(clock_.waits, (std::vector<std::chrono::milliseconds>{
                              std::chrono::milliseconds(2000), std::chrono::milliseconds(4000)}));
  const Timestamp sent_at = kStart.AddSeconds(6);
  EXPECT_EQ(line.sent_at, sent_at);
  EXPECT_EQ(line.followup_due, sent_at.AddSeconds(7 * kDay));

  // Every attempt carried the same record and the same bytes.
  ASSERT_EQ(channel_.messages.size(), 3u);
  for (const delivery::OutgoingMessage& attempt : channel_.messages) {
    EXPECT_EQ(attempt.delivery_id, line.delivery_id);
    EXPECT_EQ(attempt.payload, channel_.messages[0].payload);
  }
  std::vector<store::DeliveryRecord> reports = Deliveries("report");
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(reports[0].status, "sent");
  EXPECT_EQ(reports[0].attempts, 3);
  EXPECT_EQ(reports[0].last_error, "");
}

TEST_F(SendReportsTest, AReportThatCouldNotGoOutIsRetriedOnTheSameRecordNextRun) {
  std::int64_t report = Save("R-1", kAsOf, "draft");
  channel_.answers = {Status::Unavailable("connection refused"),
                      Status::Unavailable("connection refused"),
                      Status::Unavailable("connection refused")};
  SendLine failed = OnlyLine(SendTo("R-1"));

  EXPECT_EQ(failed.outcome, SendOutcome::kFailed);
  EXPECT_EQ(failed.error_code, StatusCode::kUnavailable);
  EXPECT_EQ(failed.detail, "connection refused");
  EXPECT_EQ(failed.attempts, 3);
  EXPECT_FALSE(failed.sent_at.has_value());
  EXPECT_FALSE(failed.followup_due.has_value());
  ASSERT_TRUE(failed.delivery_id.has_value());
  std::vector<store::DeliveryRecord> reports = Deliveries("report");
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(reports[0].status, "failed");
  EXPECT_EQ(reports[0].attempts, 3);
  EXPECT_EQ(reports[0].last_error, "connection refused");
  const std::string queued_payload = reports[0].payload;
  EXPECT_EQ(SnapshotStatus(report), "draft");
  EXPECT_TRUE(Deliveries("followup").empty());

  // A day later the server is back: the same record goes out, composed as it was queued.
  clock_.now = kStart.AddSeconds(kDay);
  clock_.waits.clear();
  SendLine sent = OnlyLine(SendTo("R-1"));
  EXPECT_EQ(sent.outcome, SendOutcome::kSent);
  EXPECT_EQ(sent.delivery_id, failed.delivery_id);
  EXPECT_EQ(sent.attempts, 4);
  EXPECT_EQ(sent.sent_at, kStart.AddSeconds(kDay));
  EXPECT_TRUE(clock_.waits.empty());
  ASSERT_EQ(channel_.messages.size(), 4u);
  EXPECT_EQ(channel_.messages[3].delivery_id, failed.delivery_id);
  EXPECT_EQ(channel_.messages[3].payload, queued_payload);

  reports = Deliveries("report");
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(reports[0].id, failed.delivery_id);
  EXPECT_EQ(reports[0].status, "sent");
  EXPECT_EQ(reports[0].attempts, 4);
  EXPECT_EQ(reports[0].payload, queued_payload);
  EXPECT_EQ(SnapshotStatus(report), "sent");
  std::vector<store::DeliveryRecord> followups = Deliveries("followup");
  ASSERT_EQ(followups.size(), 1u);
  EXPECT_EQ(followups[0].due_at, kStart.AddSeconds(8 * kDay));
}

TEST_F(SendReportsTest, APermanentFailureIsTriedOnce) {
  Save("R-1", kAsOf, "draft");
  channel_.answers = {Status::InvalidArgument("550 no such user")};
  SendLine line = OnlyLine(SendTo("R-1"));

  EXPECT_EQ(line.outcome, SendOutcome::kFailed);
  EXPECT_EQ(line.error_code, StatusCode::kInvalidArgument);
  EXPECT_EQ(line.detail, "550 no such user");
  EXPECT_EQ(line.attempts, 1);
  EXPECT_EQ(channel_.messages.size(), 1u);
  EXPECT_TRUE(clock_.waits.empty());
  std::vector<store::DeliveryRecord> reports = Deliveries("report");
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(reports[0].status, "failed");
  EXPECT_EQ(reports[0].attempts, 1);
}

TEST_F(SendReportsTest, ADryRunSaysWhatWouldBeSentAndWritesNothing) {
  config_.cc_manager = true;
  std::int64_t dana = Save("R-1", kAsOf, "draft");
  Save("R-2", kAsOf, "approved");
  Result<std::vector<SendLine>> lines = Send({.team = true, .as_of = kAsOf, .dry_run = true});
  ASSERT_TRUE(lines.ok()) << lines.status().ToString();
  ASSERT_EQ(lines->size(), 3u);
  EXPECT_EQ((*lines)[0].outcome, SendOutcome::kWouldSend);
  EXPECT_EQ((*lines)[0].report_id, dana);
  EXPECT_EQ((*lines)[0].recipients,
            (std::vector<std::string>{std::string(kDanaEmail), std::string(kMorganEmail)}));
  EXPECT_FALSE((*lines)[0].delivery_id.has_value());
  EXPECT_EQ((*lines)[0].attempts, 0);
  EXPECT_EQ((*lines)[1].outcome, SendOutcome::kWouldSend);
  EXPECT_EQ((*lines)[1].recipients,
            (std::vector<std::string>{std::string(kSamEmail), std::string(kMorganEmail)}));
  EXPECT_EQ((*lines)[2].outcome, SendOutcome::kNoReport);

  EXPECT_TRUE(channel_.messages.empty());
  EXPECT_EQ(store_.CountRecords()->deliveries, 0);
  EXPECT_EQ(SnapshotStatus(dana), "draft");
}

TEST_F(SendReportsTest, ADryRunNeedsNoChannel) {
  Save("R-1", kAsOf, "draft");
  Result<std::vector<SendLine>> lines = SendReports(
      store_, config_, nullptr, {.rep_id = "R-1", .as_of = kAsOf, .dry_run = true}, clock_.clock());
  EXPECT_EQ(OnlyLine(lines).outcome, SendOutcome::kWouldSend);
  EXPECT_EQ(store_.CountRecords()->deliveries, 0);
}

TEST_F(SendReportsTest, SendingForRealNeedsAChannel) {
  Save("R-1", kAsOf, "draft");
  Result<std::vector<SendLine>> lines =
      SendReports(store_, config_, nullptr, {.rep_id = "R-1", .as_of = kAsOf}, clock_.clock());
  ASSERT_FALSE(lines.ok());
  EXPECT_EQ(lines.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store_.CountRecords()->deliveries, 0);
}

TEST_F(SendReportsTest, AReportStoredWithoutItsTextIsNotSent) {
  store::SnapshotRecord snapshot = StoredReport("R-1", kAsOf, "draft");
  snapshot.report_markdown.clear();
  Result<std::int64_t> report = store_.SaveSnapshot(snapshot);
  ASSERT_TRUE(report.ok());
  SendLine line = OnlyLine(SendTo("R-1"));

  EXPECT_EQ(line.outcome, SendOutcome::kFailed);
  EXPECT_EQ(line.error_code, StatusCode::kFailedPrecondition);
  EXPECT_THAT(line.detail, HasSubstr("run `salescoach report --rep R-1 --as-of 2026-11-23` again"));
  EXPECT_TRUE(channel_.messages.empty());
  EXPECT_EQ(store_.CountRecords()->deliveries, 0);
}

TEST_F(SendReportsTest, TheFileChannelWritesOneFilePerReportUnderTheOutboxFolder) {
  RecordingChannel files("file");
  std::int64_t report = Save("R-1", kAsOf, "draft");
  Result<std::vector<SendLine>> lines =
      SendReports(store_, config_, &files, {.rep_id = "R-1", .channel = "file", .as_of = kAsOf},
                  clock_.clock());
  SendLine line = OnlyLine(lines);

  ASSERT_EQ(line.outcome, SendOutcome::kSent);
  const std::string path =
      (config_.file_dir / fmt::format("2026-11-23-R-1-report-{}.eml", report)).string();
  EXPECT_EQ(line.recipients, (std::vector<std::string>{path}));
  ASSERT_EQ(files.messages.size(), 1u);
  EXPECT_EQ(files.messages[0].recipients, (std::vector<std::string>{path}));
  std::vector<store::DeliveryRecord> followups = Deliveries("followup");
  ASSERT_EQ(followups.size(), 1u);
  EXPECT_EQ(followups[0].channel, "file");
  EXPECT_EQ(
      followups[0].recipients,
      (std::vector<std::string>{
          (config_.file_dir / fmt::format("2026-11-23-R-1-followup-{}.eml", report)).string()}));
}

TEST_F(SendReportsTest, TheWebhookPostsToEachRepsOwnHook) {
  RecordingChannel webhook("webhook");
  Save("R-1", kAsOf, "draft");
  Save("R-3", kAsOf, "draft");  // no email address is needed to post
  Result<std::vector<SendLine>> lines =
      SendReports(store_, config_, &webhook, {.team = true, .channel = "webhook", .as_of = kAsOf},
                  clock_.clock());
  ASSERT_TRUE(lines.ok()) << lines.status().ToString();
  ASSERT_EQ(lines->size(), 3u);

  EXPECT_EQ((*lines)[0].outcome, SendOutcome::kSent);
  EXPECT_EQ((*lines)[0].recipients,
            (std::vector<std::string>{"https://hooks.example.com/coach/R-1"}));
  EXPECT_EQ((*lines)[1].outcome, SendOutcome::kNoReport);
  EXPECT_EQ((*lines)[2].outcome, SendOutcome::kSent);
  EXPECT_EQ((*lines)[2].recipients,
            (std::vector<std::string>{delivery::WebhookUrlFor(config_, "R-3")}));
  ASSERT_EQ(webhook.messages.size(), 2u);
  EXPECT_EQ(webhook.messages[1].recipients,
            (std::vector<std::string>{"https://hooks.example.com/coach/R-3"}));
  nlohmann::json payload = nlohmann::json::parse(webhook.messages[0].payload, nullptr, false);
  ASSERT_TRUE(payload.is_object()) << webhook.messages[0].payload;
  EXPECT_TRUE(payload["blocks"].is_array());
}

}  // namespace
}  // namespace sc::app
