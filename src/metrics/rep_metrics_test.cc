// MeasureRep gathers every metric of one rep; ValueOf reads each as a number. The values are
// worked out in the comments from the records.
#include "metrics/rep_metrics.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "metrics/test_records.h"

namespace sc::metrics {
namespace {

using fixtures::Activity;
using fixtures::Day;
using fixtures::Forecast;
using fixtures::kQ1;
using fixtures::Lost;
using fixtures::Open;
using fixtures::Quota;
using fixtures::Won;
using ::testing::DoubleEq;
using ::testing::ElementsAre;
using ::testing::Optional;

// In Q1 2026 (90 days = 90 / 7 weeks):
//   W1 won 40,000, created 2026-01-01, closed 2026-01-31 (30 days)
//   W2 won 20,000, created 2026-02-01, closed 2026-03-13 (28 + 12 = 40 days)
//   L1 lost 30,000 in "Demo", created 2026-01-15, closed 2026-02-15
//   O1 open 10,000 in "Proposal", created 2026-03-01
//   quota 120,000 for Q1; forecast 50,000 for Q1
//   9 calls and 18 emails, no meetings
RepRecords Records() {
  RepRecords records{.rep_id = "R1"};
  records.deals = {Won("W1", 40'000, Day(2026, 1, 1), Day(2026, 1, 31)),
                   Won("W2", 20'000, Day(2026, 2, 1), Day(2026, 3, 13)),
                   Lost("L1", 30'000, Day(2026, 1, 15), Day(2026, 2, 15), "Demo"),
                   Open("O1", 10'000, Day(2026, 3, 1), "Proposal")};
  records.quotas = {Quota(Day(2026, 1, 1), Day(2026, 3, 31), 120'000)};
  records.forecasts = {Forecast(Day(2026, 1, 1), Day(2026, 3, 31), 50'000)};
  for (int i = 0; i < 9; ++i) {
    records.activities.push_back(Activity(std::string("c").append(std::to_string(i)),
                                          model::ActivityType::kCall, "2026-02-02T10:00:00Z"));
  }
  for (int i = 0; i < 18; ++i) {
    records.activities.push_back(Activity(std::string("e").append(std::to_string(i)),
                                          model::ActivityType::kEmail, "2026-03-02T10:00:00Z"));
  }
  return records;
}

TEST(RepMetricsTest, MeasuresEveryMetricOverThePeriod) {
  RepMetrics metrics = MeasureRep(Records(), kQ1);
  EXPECT_EQ(metrics.period, kQ1);
  // 2 won of 3 closed.
  EXPECT_THAT(ValueOf(metrics, MetricId::kWinRate), Optional(DoubleEq(2.0 / 3.0)));
  EXPECT_THAT(metrics.win_rate.deal_ids, ElementsAre("W1", "W2", "L1"));
  // (40,000 + 20,000) / 2.
  EXPECT_THAT(ValueOf(metrics, MetricId::kAvgDealSize), Optional(DoubleEq(30'000)));
  // (30 + 40) / 2.
  EXPECT_THAT(ValueOf(metrics, MetricId::kSalesCycleDays), Optional(DoubleEq(35)));
  // 60,000 won / 120,000.
  EXPECT_THAT(ValueOf(metrics, MetricId::kQuotaAttainment), Optional(DoubleEq(0.5)));
  // All four were created in Q1: 40,000 + 20,000 + 30,000 + 10,000.
  EXPECT_THAT(ValueOf(metrics, MetricId::kPipelineGeneration), Optional(DoubleEq(100'000)));
  // 1 - |50,000 - 60,000| / 60,000 = 1 - 1/6 = 5/6.
  EXPECT_THAT(ValueOf(metrics, MetricId::kForecastAccuracy), Optional(DoubleEq(5.0 / 6.0)));
  // 9 / (90 / 7) = 0.7; 18 / (90 / 7) = 1.4; no meetings is a known 0.
  EXPECT_THAT(ValueOf(metrics, MetricId::kCallsPerWeek), Optional(DoubleEq(0.7)));
  EXPECT_THAT(ValueOf(metrics, MetricId::kEmailsPerWeek), Optional(DoubleEq(1.4)));
  EXPECT_THAT(ValueOf(metrics, MetricId::kMeetingsPerWeek), Optional(DoubleEq(0)));
  // Prospecting -> Qualification: W1, W2, L1 (Demo), O1 (Proposal) all went past it: 4 / 4.
  // Demo -> Proposal: W1, W2, O1 of W1, W2, L1, O1: 3 / 4.
  ASSERT_EQ(metrics.stage_conversion.steps.size(), 5u);
  EXPECT_THAT(metrics.stage_conversion.steps[0].rate, Optional(DoubleEq(1.0)));
  EXPECT_THAT(metrics.stage_conversion.steps[3].rate, Optional(DoubleEq(0.75)));
}

TEST(RepMetricsTest, AnEmptyPeriodKnowsOnlySumsAndRates) {
  // Q1 2025: before every record. Nothing closed, no quota, no forecast.
  RepMetrics metrics = MeasureRep(Records(), Period{Day(2025, 1, 1), Day(2025, 3, 31)});
  EXPECT_EQ(ValueOf(metrics, MetricId::kWinRate), std::nullopt);
  EXPECT_EQ(ValueOf(metrics, MetricId::kAvgDealSize), std::nullopt);
  EXPECT_EQ(ValueOf(metrics, MetricId::kSalesCycleDays), std::nullopt);
  EXPECT_EQ(ValueOf(metrics, MetricId::kQuotaAttainment), std::nullopt);
  EXPECT_EQ(ValueOf(metrics, MetricId::kForecastAccuracy), std::nullopt);
  EXPECT_THAT(ValueOf(metrics, MetricId::kPipelineGeneration), Optional(DoubleEq(0)));
  EXPECT_THAT(ValueOf(metrics, MetricId::kCallsPerWeek), Optional(DoubleEq(0)));
}

TEST(RepMetricsTest, ARepWithNoRecordsHasNoWinRateButKnownActivityRates) {
  RepMetrics metrics = MeasureRep(RepRecords{.rep_id = "new"}, kQ1);
  EXPECT_EQ(ValueOf(metrics, MetricId::kWinRate), std::nullopt);
  EXPECT_THAT(ValueOf(metrics, MetricId::kCallsPerWeek), Optional(DoubleEq(0)));
  EXPECT_THAT(ValueOf(metrics, MetricId::kMeetingsPerWeek), Optional(DoubleEq(0)));
  EXPECT_THAT(ValueOf(metrics, MetricId::kEmailsPerWeek), Optional(DoubleEq(0)));
}

TEST(RepMetricsTest, EveryMetricHasItsOwnReportKey) {
  std::set<std::string_view> names;
  for (MetricId id : kAllMetrics) names.insert(MetricName(id));
  EXPECT_EQ(names.size(), kAllMetrics.size());
  EXPECT_EQ(MetricName(MetricId::kWinRate), "win_rate");
  EXPECT_EQ(MetricName(MetricId::kAvgDealSize), "avg_deal_size");
  EXPECT_EQ(MetricName(MetricId::kSalesCycleDays), "sales_cycle_days");
  EXPECT_EQ(MetricName(MetricId::kQuotaAttainment), "quota_attainment");
  EXPECT_EQ(MetricName(MetricId::kCallsPerWeek), "calls_per_week");
}

}  // namespace
}  // namespace sc::metrics
