// Activity rates on hand-made activities; the counts and weeks are worked out in the comments.
#include "metrics/activity_rates.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <vector>

#include "metrics/test_records.h"

namespace sc::metrics {
namespace {

using fixtures::Activity;
using fixtures::Day;
using model::ActivityType;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

constexpr ActivityType kCall = ActivityType::kCall;
constexpr ActivityType kMeeting = ActivityType::kMeeting;
constexpr ActivityType kEmail = ActivityType::kEmail;

// 2026-01-01 to 2026-01-14: 14 days, exactly 2 weeks.
const Period kTwoWeeks{Day(2026, 1, 1), Day(2026, 1, 14)};

TEST(ActivityRatesTest, CountsPerTypeOverThePeriodsWeeks) {
  std::vector<model::Activity> activities = {
      Activity("c1", kCall, "2026-01-01T00:00:00Z"),       // first second of the period: in
      Activity("c2", kCall, "2026-01-14T23:59:59Z"),       // last second: in
      Activity("c3", kCall, "2025-12-31T23:59:59Z"),       // the second before: out
      Activity("c4", kCall, "2026-01-15T00:00:00Z"),       // the second after: out
      Activity("c5", kCall, "2026-01-14T20:00:00-05:00"),  // 2026-01-15T01:00Z in UTC: out
      Activity("m1", kMeeting, "2026-01-07T10:00:00Z"),
      Activity("e1", kEmail, "2026-01-02T09:00:00Z"),
      Activity("e2", kEmail, "2026-01-05T09:00:00Z"),
      Activity("e3", kEmail, "2026-01-09T09:00:00Z"),
  };
  ActivityRates rates = MeasureActivity(activities, kTwoWeeks);
  EXPECT_EQ(rates.calls, 2);  // c1, c2
  EXPECT_EQ(rates.meetings, 1);
  EXPECT_EQ(rates.emails, 3);
  EXPECT_THAT(rates.activity_ids, ElementsAre("c1", "c2", "m1", "e1", "e2", "e3"));
  EXPECT_DOUBLE_EQ(rates.weeks, 2);                // 14 / 7
  EXPECT_DOUBLE_EQ(rates.calls_per_week, 1);       // 2 / 2
  EXPECT_DOUBLE_EQ(rates.meetings_per_week, 0.5);  // 1 / 2
  EXPECT_DOUBLE_EQ(rates.emails_per_week, 1.5);    // 3 / 2
}

TEST(ActivityRatesTest, ANinetyDayPeriodIsTwelveAndSixSeventhsWeeks) {
  // 2026-01-01 to 2026-03-31 is 90 days = 90 / 7 weeks; 9 calls / (90 / 7) = 63 / 90 = 0.7.
  std::vector<model::Activity> activities(9, Activity("c", kCall, "2026-02-01T12:00:00Z"));
  ActivityRates rates = MeasureActivity(activities, fixtures::kQ1);
  EXPECT_DOUBLE_EQ(rates.weeks, 90.0 / 7.0);
  EXPECT_DOUBLE_EQ(rates.calls_per_week, 0.7);
}

TEST(ActivityRatesTest, ARepWithNoActivitiesHasKnownRatesOfZero) {
  ActivityRates rates = MeasureActivity({}, kTwoWeeks);
  EXPECT_EQ(rates.calls, 0);
  EXPECT_THAT(rates.activity_ids, IsEmpty());
  EXPECT_DOUBLE_EQ(rates.weeks, 2);
  EXPECT_DOUBLE_EQ(rates.calls_per_week, 0);
  EXPECT_DOUBLE_EQ(rates.meetings_per_week, 0);
  EXPECT_DOUBLE_EQ(rates.emails_per_week, 0);
}

TEST(ActivityRatesTest, ARepWithEmailsButNoCallsHasACallRateOfZero) {
  std::vector<model::Activity> activities = {Activity("e1", kEmail, "2026-01-02T09:00:00Z")};
  ActivityRates rates = MeasureActivity(activities, kTwoWeeks);
  EXPECT_DOUBLE_EQ(rates.calls_per_week, 0);
  EXPECT_DOUBLE_EQ(rates.emails_per_week, 0.5);  // 1 / 2
}

TEST(ActivityRatesTest, AOneDayPeriodIsOneSeventhOfAWeek) {
  // 2026-01-07 alone: 1 day = 1 / 7 week; 1 meeting / (1 / 7) = 7 per week.
  std::vector<model::Activity> activities = {Activity("m1", kMeeting, "2026-01-07T10:00:00Z")};
  ActivityRates rates = MeasureActivity(activities, Period{Day(2026, 1, 7), Day(2026, 1, 7)});
  EXPECT_DOUBLE_EQ(rates.meetings_per_week, 7);
}

}  // namespace
}  // namespace sc::metrics
