// The quarterly trend on one hand-made rep; each quarter's numbers are worked out below.
#include "metrics/quarterly_trend.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "metrics/test_records.h"

namespace sc::metrics {
namespace {

using fixtures::Day;
using fixtures::Lost;
using fixtures::Quota;
using fixtures::Won;
using ::testing::DoubleEq;
using ::testing::ElementsAre;
using ::testing::Eq;
using ::testing::Optional;

// As of 2026-05-15, the last four quarters are Q3 2025, Q4 2025, Q1 2026 and Q2 2026 to date
// (2026-04-01 to 2026-05-15: 30 + 15 = 45 days).
const Date kAsOf = Day(2026, 5, 15);

//   Q3 2025  A won 10,000 (created 07-01, closed 07-31: 30 days), B lost on 09-30, the last
//            day; quota 100,000.
//            win rate 1/2 = 0.5, size 10,000, cycle 30, attainment 10,000 / 100,000 = 0.1
//   Q4 2025  nothing closed; quota 100,000.
//            no win rate, size or cycle; attainment 0 / 100,000 = 0
//   Q1 2026  C won 30,000 (created 2025-12-01, closed 01-01: 31 days), D won 50,000 (created
//            03-01, closed 03-31: 30 days); quota 100,000.
//            win rate 2/2 = 1, size (30,000 + 50,000) / 2 = 40,000, cycle (31 + 30) / 2 =
//            30.5, attainment 80,000 / 100,000 = 0.8
//   Q2 2026  E won 45,000 (created 04-01, closed 05-15, the as-of date: 30 + 14 = 44 days),
//            F lost on 04-01, G won 99,000 on 05-16 (after the as-of date: not counted);
//            quota 91,000 for the 91-day quarter, 45 days so far: 91,000 * 45 / 91 = 45,000.
//            win rate 1/2 = 0.5, size 45,000, cycle 44, attainment 45,000 / 45,000 = 1
RepRecords Records() {
  RepRecords records{.rep_id = "R1"};
  records.deals = {
      Won("A", 10'000, Day(2025, 7, 1), Day(2025, 7, 31)),
      Lost("B", 5'000, Day(2025, 7, 1), Day(2025, 9, 30)),
      Won("C", 30'000, Day(2025, 12, 1), Day(2026, 1, 1)),
      Won("D", 50'000, Day(2026, 3, 1), Day(2026, 3, 31)),
      Won("E", 45'000, Day(2026, 4, 1), Day(2026, 5, 15)),
      Lost("F", 5'000, Day(2026, 3, 1), Day(2026, 4, 1)),
      Won("G", 99'000, Day(2026, 4, 1), Day(2026, 5, 16)),
  };
  records.quotas = {Quota(Day(2025, 7, 1), Day(2025, 9, 30), 100'000),
                    Quota(Day(2025, 10, 1), Day(2025, 12, 31), 100'000),
                    Quota(Day(2026, 1, 1), Day(2026, 3, 31), 100'000),
                    Quota(Day(2026, 4, 1), Day(2026, 6, 30), 91'000)};
  return records;
}

TEST(QuarterlyTrendTest, FourQuartersOldestFirstEndingWithTheQuarterToDate) {
  QuarterlyTrend trend = MeasureQuarterlyTrend(Records(), kAsOf);
  ASSERT_EQ(trend.quarters.size(), 4u);
  EXPECT_EQ(trend.quarters[0].period, (Period{Day(2025, 7, 1), Day(2025, 9, 30)}));
  EXPECT_EQ(trend.quarters[1].period, (Period{Day(2025, 10, 1), Day(2025, 12, 31)}));
  EXPECT_EQ(trend.quarters[2].period, (Period{Day(2026, 1, 1), Day(2026, 3, 31)}));
  EXPECT_EQ(trend.quarters[3].period, (Period{Day(2026, 4, 1), kAsOf}));
}

TEST(QuarterlyTrendTest, SeriesOfThePerformanceMetrics) {
  QuarterlyTrend trend = MeasureQuarterlyTrend(Records(), kAsOf);
  EXPECT_THAT(trend.Series(MetricId::kWinRate),
              ElementsAre(Optional(DoubleEq(0.5)), Eq(std::nullopt), Optional(DoubleEq(1.0)),
                          Optional(DoubleEq(0.5))));
  EXPECT_THAT(trend.Series(MetricId::kAvgDealSize),
              ElementsAre(Optional(DoubleEq(10'000)), Eq(std::nullopt), Optional(DoubleEq(40'000)),
                          Optional(DoubleEq(45'000))));
  EXPECT_THAT(trend.Series(MetricId::kSalesCycleDays),
              ElementsAre(Optional(DoubleEq(30)), Eq(std::nullopt), Optional(DoubleEq(30.5)),
                          Optional(DoubleEq(44))));
  EXPECT_THAT(trend.Series(MetricId::kQuotaAttainment),
              ElementsAre(Optional(DoubleEq(0.1)), Optional(DoubleEq(0)), Optional(DoubleEq(0.8)),
                          Optional(DoubleEq(1.0))));
}

TEST(QuarterlyTrendTest, EachQuarterCarriesItsEvidence) {
  QuarterlyTrend trend = MeasureQuarterlyTrend(Records(), kAsOf);
  EXPECT_THAT(trend.quarters[0].win_rate.deal_ids, ElementsAre("A", "B"));
  EXPECT_TRUE(trend.quarters[1].win_rate.deal_ids.empty());
  EXPECT_THAT(trend.quarters[2].avg_deal_size.deal_ids, ElementsAre("C", "D"));
  // G, won the day after the as-of date, is in no quarter.
  EXPECT_THAT(trend.quarters[3].win_rate.deal_ids, ElementsAre("E", "F"));
  EXPECT_THAT(trend.quarters[3].quota_attainment.quota, Optional(DoubleEq(45'000)));
}

TEST(QuarterlyTrendTest, TakesTheNumberOfQuarters) {
  QuarterlyTrend one = MeasureQuarterlyTrend(Records(), kAsOf, 1);
  ASSERT_EQ(one.quarters.size(), 1u);
  EXPECT_EQ(one.quarters[0].period, (Period{Day(2026, 4, 1), kAsOf}));

  // Six quarters reach back across a year: Q1 2025 to Q2 2026 to date.
  QuarterlyTrend six = MeasureQuarterlyTrend(Records(), kAsOf, 6);
  ASSERT_EQ(six.quarters.size(), 6u);
  EXPECT_EQ(six.quarters[0].period, (Period{Day(2025, 1, 1), Day(2025, 3, 31)}));
  EXPECT_EQ(six.quarters[1].period, (Period{Day(2025, 4, 1), Day(2025, 6, 30)}));
  // No deals and no quota then.
  EXPECT_EQ(six.Series(MetricId::kQuotaAttainment)[0], std::nullopt);
}

TEST(QuarterlyTrendTest, AnAsOfDateOnAQuartersLastDayEndsWithTheWholeQuarter) {
  QuarterlyTrend trend = MeasureQuarterlyTrend(Records(), Day(2026, 3, 31));
  ASSERT_EQ(trend.quarters.size(), 4u);
  EXPECT_EQ(trend.quarters[3].period, (Period{Day(2026, 1, 1), Day(2026, 3, 31)}));
  EXPECT_EQ(trend.quarters[0].period, (Period{Day(2025, 4, 1), Day(2025, 6, 30)}));
  // Q1 2026 whole: 0.8, as above.
  EXPECT_THAT(trend.Series(MetricId::kQuotaAttainment)[3], Optional(DoubleEq(0.8)));
}

TEST(QuarterlyTrendTest, AnAsOfDateOnAQuartersFirstDayEndsWithThatOneDay) {
  // 2026-04-01 alone: F lost that day, nothing won. Quota 91,000 * 1 / 91 = 1,000.
  QuarterlyTrend trend = MeasureQuarterlyTrend(Records(), Day(2026, 4, 1));
  EXPECT_EQ(trend.quarters[3].period, (Period{Day(2026, 4, 1), Day(2026, 4, 1)}));
  EXPECT_THAT(trend.Series(MetricId::kWinRate)[3], Optional(DoubleEq(0)));  // 0 of 1
  EXPECT_THAT(trend.quarters[3].quota_attainment.quota, Optional(DoubleEq(1'000)));
  EXPECT_THAT(trend.Series(MetricId::kQuotaAttainment)[3], Optional(DoubleEq(0)));
  EXPECT_THAT(trend.quarters[2].period, (Period{Day(2026, 1, 1), Day(2026, 3, 31)}));
}

TEST(QuarterlyTrendTest, ARepWithNoRecordsHasUnknownPerformanceInEveryQuarter) {
  QuarterlyTrend trend = MeasureQuarterlyTrend(RepRecords{.rep_id = "new"}, kAsOf);
  for (MetricId id : kPerformanceMetrics) {
    EXPECT_THAT(trend.Series(id),
                ElementsAre(Eq(std::nullopt), Eq(std::nullopt), Eq(std::nullopt), Eq(std::nullopt)))
        << MetricName(id);
  }
}

}  // namespace
}  // namespace sc::metrics
