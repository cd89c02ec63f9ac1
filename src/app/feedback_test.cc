// Rep feedback over the in-memory store: a report its rep was given takes an acknowledgement
// and a rating; one held for review or rejected in it does not, and says where to look.
#include "app/feedback.h"

#include <fmt/format.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "store/memory_store.h"

namespace sc::app {
namespace {

using ::testing::HasSubstr;

const Timestamp kAt = *Timestamp::Parse("2026-11-25T09:30:00Z");

class FeedbackTest : public ::testing::Test {
 protected:
  void SetUp() override {
    model::CrmBatch batch;
    batch.reps.push_back({"R-1", "Dana Reyes", "dana@example.com", "", "", model::Segment::kSmb,
                          std::nullopt, model::RepRole::kRep});
    ASSERT_TRUE(store_.ImportCrm(batch).ok());
  }

  // Saves R-1's report as of `day` of November 2026 with `status` and returns its id.
  std::int64_t SaveReport(std::string_view status, int day = 24) {
    store::SnapshotRecord snapshot;
    snapshot.rep_id = "R-1";
    snapshot.as_of = Date::FromYmd(2026, 11, day);
    snapshot.period_from = snapshot.as_of.AddDays(-90);
    snapshot.period_to = snapshot.as_of;
    snapshot.status = status;
    snapshot.report_json = "{}";
    Result<std::int64_t> id = store_.SaveSnapshot(snapshot);
    EXPECT_TRUE(id.ok()) << id.status().ToString();
    return id.ok() ? *id : 0;
  }

  store::MemoryStore store_;
};

// The statuses of a report its rep can have read, and of one they cannot.
class ReleasedReportTest : public FeedbackTest,
                           public ::testing::WithParamInterface<std::string> {};
class WithheldReportTest : public FeedbackTest,
                           public ::testing::WithParamInterface<std::string> {};

TEST_P(ReleasedReportTest, TakesAnAcknowledgementAndARating) {
  const std::int64_t id = SaveReport(GetParam());
  Status acknowledged = AcknowledgeReport(store_, id, kAt);
  ASSERT_TRUE(acknowledged.ok()) << acknowledged.ToString();
  Status rated = RateReport(store_, id, 4, kAt.AddSeconds(30));
  ASSERT_TRUE(rated.ok()) << rated.ToString();
  EXPECT_EQ(*store_.FindFeedback(id), std::optional<store::FeedbackRecord>(store::FeedbackRecord{
                                          id, "R-1", kAt, 4, kAt.AddSeconds(30)}));
}

TEST_P(WithheldReportTest, TakesNoFeedbackAndSaysWhereToLook) {
  const std::int64_t id = SaveReport(GetParam());
  for (const Status& refused :
       {AcknowledgeReport(store_, id, kAt), RateReport(store_, id, 5, kAt)}) {
    EXPECT_EQ(refused.code(), StatusCode::kFailedPrecondition);
    EXPECT_THAT(refused.message(), HasSubstr(fmt::format("report {}", id)));
    EXPECT_THAT(refused.message(), HasSubstr("given it"));
    EXPECT_THAT(refused.message(), HasSubstr(fmt::format("salescoach review show {}", id)));
  }
  EXPECT_TRUE(store_.ListFeedback("")->empty());
}

auto StatusName = [](const ::testing::TestParamInfo<std::string>& param_info) {
  return param_info.param;
};
INSTANTIATE_TEST_SUITE_P(Statuses, ReleasedReportTest,
                         ::testing::Values("draft", "approved", "sent"), StatusName);
INSTANTIATE_TEST_SUITE_P(Statuses, WithheldReportTest,
                         ::testing::Values("pending_review", "rejected"), StatusName);

TEST_F(FeedbackTest, AHeldReportNamesTheApprovalThatReleasesIt) {
  const std::int64_t id = SaveReport("pending_review");
  EXPECT_THAT(AcknowledgeReport(store_, id, kAt).message(),
              HasSubstr(fmt::format("salescoach review approve {}", id)));
}

TEST_F(FeedbackTest, OnceApprovedAHeldReportTakesFeedback) {
  const std::int64_t id = SaveReport("pending_review");
  ASSERT_EQ(RateReport(store_, id, 3, kAt).code(), StatusCode::kFailedPrecondition);
  ASSERT_TRUE(store_.RecordReview(id, "approved", "Emeka", kAt, "").ok());
  Status rated = RateReport(store_, id, 3, kAt);
  ASSERT_TRUE(rated.ok()) << rated.ToString();
  EXPECT_EQ((*store_.FindFeedback(id))->rating, 3);
}

TEST_F(FeedbackTest, AnUnknownReportIsNotFoundByItsId) {
  const std::int64_t id = SaveReport("sent");
  for (const Status& missing :
       {AcknowledgeReport(store_, id + 41, kAt), RateReport(store_, id + 41, 4, kAt)}) {
    EXPECT_EQ(missing.code(), StatusCode::kNotFound);
    EXPECT_THAT(missing.message(), HasSubstr(fmt::format("no report has id {}", id + 41)));
  }
  EXPECT_EQ(store_.CountRecords()->feedback, 0);
}

TEST_F(FeedbackTest, AcknowledgingAgainKeepsTheFirstTimeAndALaterRatingWins) {
  const std::int64_t id = SaveReport("sent");
  ASSERT_TRUE(AcknowledgeReport(store_, id, kAt).ok());
  ASSERT_TRUE(RateReport(store_, id, 2, kAt).ok());
  ASSERT_TRUE(AcknowledgeReport(store_, id, kAt.AddSeconds(3600)).ok());
  ASSERT_TRUE(RateReport(store_, id, 5, kAt.AddSeconds(7200)).ok());
  EXPECT_EQ(**store_.FindFeedback(id),
            (store::FeedbackRecord{id, "R-1", kAt, 5, kAt.AddSeconds(7200)}));
}

TEST_F(FeedbackTest, ARatingOutsideOneToFiveWritesNothing) {
  const std::int64_t id = SaveReport("sent");
  for (int rating : {0, 6, -3}) {
    Status bad = RateReport(store_, id, rating, kAt);
    EXPECT_EQ(bad.code(), StatusCode::kInvalidArgument) << rating;
    EXPECT_THAT(bad.message(), HasSubstr("1..5"));
  }
  EXPECT_FALSE(store_.FindFeedback(id)->has_value());
}

TEST_F(FeedbackTest, FeedbackGoesToTheReportNamedOnly) {
  const std::int64_t earlier = SaveReport("sent", 17);
  const std::int64_t latest = SaveReport("sent", 24);
  ASSERT_TRUE(RateReport(store_, earlier, 4, kAt).ok());
  EXPECT_FALSE(store_.FindFeedback(latest)->has_value());
  EXPECT_EQ(store_.ListFeedback("R-1")->size(), 1u);
}

}  // namespace
}  // namespace sc::app
