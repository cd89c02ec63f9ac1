// `salescoach feedback` on the demo team: a rep acknowledges and rates a report and the
// database holds it; bad ratings and a missing option are usage errors; an unknown report
// and one held for a manager's review are refused with a message that says why.
#include <memory>
#include <optional>
#include <string>

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli_test_util.h"
#include "store/sqlite_store.h"

namespace sc::e2e {
namespace {

using ::testing::HasSubstr;

constexpr char kAsOf[] = "2026-11-24";

// One demo team for the whole suite: generating it takes a couple of seconds. Each test gives
// feedback on its own report, so the tests do not depend on one another.
class FeedbackE2eTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new ScratchDir("feedback_e2e");
    CommandResult demo =
        RunSalescoach(dir_->path(), std::string("demo --dir team --weeks 1 --as-of ") + kAsOf);
    ASSERT_EQ(demo.exit_code, 0) << demo.err;
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }

  static std::filesystem::path Db() { return dir_->path() / "team" / "salescoach.db"; }
  static CommandResult Run(const std::string& args) {
    return RunSalescoach(dir_->path(), "--db team/salescoach.db " + args);
  }
  static std::unique_ptr<store::SqliteStore> OpenStore() {
    return std::move(store::SqliteStore::Open(Db().string())).value();
  }
  // The id of `rep_id`'s demo report.
  static std::int64_t ReportOf(const std::string& rep_id) {
    std::vector<store::SnapshotRecord> reports = OpenStore()->ListSnapshots(rep_id).value();
    EXPECT_EQ(reports.size(), 1u) << rep_id;
    return reports.empty() ? 0 : reports.front().id;
  }
  static std::optional<store::FeedbackRecord> FeedbackOn(std::int64_t report) {
    return OpenStore()->FindFeedback(report).value();
  }

  static ScratchDir* dir_;
};

ScratchDir* FeedbackE2eTest::dir_ = nullptr;

TEST_F(FeedbackE2eTest, AcknowledgesAndRatesADemoReport) {
  const std::int64_t report = ReportOf("R-001");
  CommandResult given = Run(fmt::format("feedback {} --ack --rating 4", report));
  ASSERT_EQ(given.exit_code, 0) << given.err;
  EXPECT_EQ(given.out, fmt::format("report {} acknowledged and rated 4/5\n", report));
  std::optional<store::FeedbackRecord> feedback = FeedbackOn(report);
  ASSERT_TRUE(feedback.has_value());
  EXPECT_EQ(feedback->rep_id, "R-001");
  ASSERT_TRUE(feedback->acknowledged_at.has_value());
  EXPECT_EQ(feedback->rating, 4);
  EXPECT_EQ(feedback->rated_at, feedback->acknowledged_at);  // one clock reading for both
  EXPECT_GE(CountRecords(Db()).feedback, 1);

  // A second rating replaces the first; acknowledging again keeps the first time.
  const Timestamp acknowledged = *feedback->acknowledged_at;
  CommandResult again = Run(fmt::format("feedback {} --rating 2", report));
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(again.out, fmt::format("report {} rated 2/5\n", report));
  CommandResult quiet = Run(fmt::format("--quiet feedback {} --ack", report));
  ASSERT_EQ(quiet.exit_code, 0) << quiet.err;
  EXPECT_EQ(quiet.out, "");
  feedback = FeedbackOn(report);
  ASSERT_TRUE(feedback.has_value());
  EXPECT_EQ(feedback->acknowledged_at, acknowledged);
  EXPECT_EQ(feedback->rating, 2);
}

TEST_F(FeedbackE2eTest, AnAcknowledgementAloneLeavesTheReportUnrated) {
  const std::int64_t report = ReportOf("R-002");
  CommandResult given = Run(fmt::format("feedback {} --ack", report));
  ASSERT_EQ(given.exit_code, 0) << given.err;
  EXPECT_EQ(given.out, fmt::format("report {} acknowledged\n", report));
  std::optional<store::FeedbackRecord> feedback = FeedbackOn(report);
  ASSERT_TRUE(feedback.has_value());
  EXPECT_TRUE(feedback->acknowledged_at.has_value());
  EXPECT_FALSE(feedback->rating.has_value());
}

TEST_F(FeedbackE2eTest, RatingsOutsideOneToFiveAreUsageErrors) {
  const std::int64_t report = ReportOf("R-003");
  for (const char* rating : {"0", "6", "-1", "four"}) {
    SCOPED_TRACE(rating);
    CommandResult refused = Run(fmt::format("feedback {} --ack --rating {}", report, rating));
    EXPECT_EQ(refused.exit_code, 2);
    EXPECT_THAT(refused.err, HasSubstr("--rating"));
  }
  EXPECT_FALSE(FeedbackOn(report).has_value());  // not even the acknowledgement
}

TEST_F(FeedbackE2eTest, NoOptionOrNoReportIsAUsageError) {
  const std::int64_t report = ReportOf("R-003");
  CommandResult nothing = Run(fmt::format("feedback {}", report));
  EXPECT_EQ(nothing.exit_code, 2);
  EXPECT_THAT(nothing.err, HasSubstr("--ack or --rating"));
  EXPECT_EQ(Run("feedback --ack").exit_code, 2);
  EXPECT_EQ(Run("feedback R-003 --ack").exit_code, 2);  // a report id, not a rep id
  EXPECT_FALSE(FeedbackOn(report).has_value());
}

TEST_F(FeedbackE2eTest, AnUnknownReportFailsAndSaysSo) {
  const store::RecordCounts before = CountRecords(Db());
  CommandResult missing = Run("feedback 9999 --ack --rating 5");
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_EQ(missing.out, "");
  EXPECT_THAT(missing.err, HasSubstr("no report has id 9999"));
  EXPECT_EQ(CountRecords(Db()), before);
}

TEST_F(FeedbackE2eTest, AReportHeldForReviewIsRefused) {
  // R-004's report is held: its id is the one `review list` shows.
  CommandResult list = Run("review list");
  ASSERT_EQ(list.exit_code, 0) << list.err;
  ASSERT_THAT(list.out, HasSubstr("R-004"));
  std::string id = list.out.substr(list.out.find('\n') + 1);
  id = id.substr(id.find_first_not_of(' '));
  id = id.substr(0, id.find(' '));
  ASSERT_EQ(std::stoll(id), ReportOf("R-004"));

  for (const char* option : {"--ack", "--rating 3", "--ack --rating 5"}) {
    SCOPED_TRACE(option);
    CommandResult refused = Run(fmt::format("feedback {} {}", id, option));
    EXPECT_EQ(refused.exit_code, 1);
    EXPECT_EQ(refused.out, "");
    EXPECT_THAT(refused.err, HasSubstr("held for a manager's review"));
    EXPECT_THAT(refused.err, HasSubstr(fmt::format("salescoach review approve {}", id)));
  }
  EXPECT_FALSE(FeedbackOn(std::stoll(id)).has_value());
}

}  // namespace
}  // namespace sc::e2e
