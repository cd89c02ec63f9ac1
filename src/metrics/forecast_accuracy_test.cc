// Forecast accuracy on hand-made forecasts and deals; every accuracy is worked out in the
// comments as 1 - |forecast - actual| / actual.
#include "metrics/forecast_accuracy.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "metrics/test_records.h"

namespace sc::metrics {
namespace {

using fixtures::Day;
using fixtures::Forecast;
using fixtures::kQ1;
using fixtures::Lost;
using fixtures::Won;
using ::testing::DoubleEq;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Optional;

// The first half of 2026, reporting period of the tests below.
const Period kH1{Day(2026, 1, 1), Day(2026, 6, 30)};

//   Q1 2026: Q1a 30,000 (won 2026-01-01, the quarter's first day) + Q1b 20,000 (2026-03-31,
//            its last) = 50,000 won; Q1c lost.
//   Q2 2026: Q2a 40,000 won.
//   Q3 2026: Q3a 70,000 won, after the reporting period.
std::vector<model::Deal> Deals() {
  return {
      Won("Q1a", 30'000, Day(2025, 12, 1), Day(2026, 1, 1)),
      Won("Q1b", 20'000, Day(2026, 1, 1), Day(2026, 3, 31)),
      Lost("Q1c", 90'000, Day(2026, 1, 1), Day(2026, 2, 1)),
      Won("Q2a", 40'000, Day(2026, 4, 1), Day(2026, 5, 1)),
      Won("Q3a", 70'000, Day(2026, 7, 1), Day(2026, 7, 2)),
  };
}

TEST(ForecastAccuracyTest, MeanOfTheForecastsWhosePeriodEndedInTheReportingPeriod) {
  std::vector<model::Forecast> forecasts = {
      Forecast(Day(2025, 10, 1), Day(2025, 12, 31), 10'000),  // ended before H1: not checked
      Forecast(Day(2026, 1, 1), Day(2026, 3, 31), 40'000),
      Forecast(Day(2026, 4, 1), Day(2026, 6, 30), 60'000),  // ends on H1's last day
      Forecast(Day(2026, 7, 1), Day(2026, 9, 30), 70'000),  // still running: not checked
  };
  ForecastAccuracy accuracy = MeasureForecastAccuracy(Deals(), forecasts, kH1);
  ASSERT_EQ(accuracy.checks.size(), 2u);

  // Q1: forecast 40,000, actual 50,000: 1 - 10,000 / 50,000 = 0.8 (20% under).
  const ForecastCheck& q1 = accuracy.checks[0];
  EXPECT_EQ(q1.forecast_period, kQ1);
  EXPECT_DOUBLE_EQ(q1.forecast, 40'000);
  EXPECT_DOUBLE_EQ(q1.actual, 50'000);
  EXPECT_THAT(q1.accuracy, Optional(DoubleEq(0.8)));
  EXPECT_THAT(q1.deal_ids, ElementsAre("Q1a", "Q1b"));

  // Q2: forecast 60,000, actual 40,000: 1 - 20,000 / 40,000 = 0.5 (50% over).
  const ForecastCheck& q2 = accuracy.checks[1];
  EXPECT_DOUBLE_EQ(q2.actual, 40'000);
  EXPECT_THAT(q2.accuracy, Optional(DoubleEq(0.5)));
  EXPECT_THAT(q2.deal_ids, ElementsAre("Q2a"));

  EXPECT_THAT(accuracy.value, Optional(DoubleEq(0.65)));  // (0.8 + 0.5) / 2
}

TEST(ForecastAccuracyTest, AnExactForecastIsOneAndAForecastOverTwiceTheActualIsNegative) {
  std::vector<model::Forecast> exact = {Forecast(Day(2026, 1, 1), Day(2026, 3, 31), 50'000)};
  EXPECT_THAT(MeasureForecastAccuracy(Deals(), exact, kQ1).value, Optional(DoubleEq(1.0)));

  // 125,000 against 50,000: 1 - 75,000 / 50,000 = -0.5.
  std::vector<model::Forecast> over = {Forecast(Day(2026, 1, 1), Day(2026, 3, 31), 125'000)};
  EXPECT_THAT(MeasureForecastAccuracy(Deals(), over, kQ1).value, Optional(DoubleEq(-0.5)));
}

TEST(ForecastAccuracyTest, AZeroActualHasNoAccuracyRatherThanInfinity) {
  // February 2026: nothing won, so |10,000 - 0| / 0 would be infinite.
  std::vector<model::Forecast> forecasts = {Forecast(Day(2026, 2, 1), Day(2026, 2, 28), 10'000)};
  ForecastAccuracy accuracy = MeasureForecastAccuracy(Deals(), forecasts, kQ1);
  ASSERT_EQ(accuracy.checks.size(), 1u);
  EXPECT_DOUBLE_EQ(accuracy.checks[0].actual, 0);
  EXPECT_EQ(accuracy.checks[0].accuracy, std::nullopt);
  EXPECT_EQ(accuracy.value, std::nullopt);

  // A zero forecast for a zero actual is no better: still nothing to be accurate about.
  forecasts[0].amount = 0;
  EXPECT_EQ(MeasureForecastAccuracy(Deals(), forecasts, kQ1).value, std::nullopt);
}

TEST(ForecastAccuracyTest, AZeroActualIsLeftOutOfTheMeanOfTheOthers) {
  std::vector<model::Forecast> forecasts = {
      Forecast(Day(2026, 2, 1), Day(2026, 2, 28), 10'000),  // actual 0: no accuracy
      Forecast(Day(2026, 1, 1), Day(2026, 3, 31), 40'000),  // 0.8, as above
  };
  ForecastAccuracy accuracy = MeasureForecastAccuracy(Deals(), forecasts, kQ1);
  EXPECT_EQ(accuracy.checks.size(), 2u);  // both listed, so a report can say why
  EXPECT_THAT(accuracy.value, Optional(DoubleEq(0.8)));
  ASSERT_TRUE(accuracy.value.has_value());
  EXPECT_TRUE(std::isfinite(*accuracy.value));
}

TEST(ForecastAccuracyTest, NoForecastsMeansNoAccuracy) {
  ForecastAccuracy accuracy = MeasureForecastAccuracy(Deals(), {}, kH1);
  EXPECT_EQ(accuracy.value, std::nullopt);
  EXPECT_THAT(accuracy.checks, IsEmpty());
}

TEST(ForecastAccuracyTest, AForecastEndingOnTheReportingPeriodsFirstDayIsChecked) {
  // 2025-12-01 to 2026-01-01 ends on Q1's first day; Q1a (won 2026-01-01) is its actual:
  // 1 - |27,000 - 30,000| / 30,000 = 1 - 0.1 = 0.9.
  std::vector<model::Forecast> forecasts = {Forecast(Day(2025, 12, 1), Day(2026, 1, 1), 27'000)};
  ForecastAccuracy accuracy = MeasureForecastAccuracy(Deals(), forecasts, kQ1);
  ASSERT_EQ(accuracy.checks.size(), 1u);
  EXPECT_THAT(accuracy.checks[0].deal_ids, ElementsAre("Q1a"));
  EXPECT_THAT(accuracy.value, Optional(DoubleEq(0.9)));
}

}  // namespace
}  // namespace sc::metrics
