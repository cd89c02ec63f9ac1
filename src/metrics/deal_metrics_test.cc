// Deal metrics on hand-made deals; every expected value is worked out in the comments from the
// amounts and dates of the deals.
#include "metrics/deal_metrics.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <vector>

#include "metrics/test_records.h"

namespace sc::metrics {
namespace {

using fixtures::Day;
using fixtures::kQ1;
using fixtures::Lost;
using fixtures::Open;
using fixtures::Won;
using ::testing::DoubleEq;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Optional;

// Q1 2026 is 2026-01-01 to 2026-03-31, both ends included.
//   W1  won  10,000  created 2025-12-02  closed 2026-01-01  first day of Q1: in, cycle 30 days
//   W2  won  20,000  created 2026-02-01  closed 2026-03-31  last day of Q1: in, cycle 58 days
//   L1  lost  5,000  created 2026-01-10  closed 2026-02-15  in
//   L2  lost  7,000  created 2025-11-01  closed 2025-12-31  the day before Q1: out
//   W3  won  50,000  created 2026-03-01  closed 2026-04-01  the day after Q1: out
//   O1  open  8,000  created 2026-03-15                     never closed
//   W4  won   1,000  created 2026-01-05  no close date      cannot be placed: out
std::vector<model::Deal> Q1Deals() {
  model::Deal w4 = Won("W4", 1'000, Day(2026, 1, 5), Day(2026, 1, 6));
  w4.closed_at.reset();
  return {
      Won("W1", 10'000, Day(2025, 12, 2), Day(2026, 1, 1)),
      Won("W2", 20'000, Day(2026, 2, 1), Day(2026, 3, 31)),
      Lost("L1", 5'000, Day(2026, 1, 10), Day(2026, 2, 15)),
      Lost("L2", 7'000, Day(2025, 11, 1), Day(2025, 12, 31)),
      Won("W3", 50'000, Day(2026, 3, 1), Day(2026, 4, 1)),
      Open("O1", 8'000, Day(2026, 3, 15)),
      w4,
  };
}

TEST(DealMetricsTest, ClosedInIncludesBothEndsOfThePeriod) {
  std::vector<model::Deal> deals = Q1Deals();
  EXPECT_TRUE(ClosedIn(deals[0], kQ1));   // W1 on 2026-01-01
  EXPECT_TRUE(ClosedIn(deals[1], kQ1));   // W2 on 2026-03-31
  EXPECT_FALSE(ClosedIn(deals[3], kQ1));  // L2 on 2025-12-31
  EXPECT_FALSE(ClosedIn(deals[4], kQ1));  // W3 on 2026-04-01
  EXPECT_FALSE(ClosedIn(deals[5], kQ1));  // O1 is open
  EXPECT_FALSE(ClosedIn(deals[6], kQ1));  // W4 has no close date
  EXPECT_TRUE(WonIn(deals[0], kQ1));
  EXPECT_FALSE(WonIn(deals[2], kQ1));  // L1 is lost
}

TEST(DealMetricsTest, WinRateIsWonOverWonAndLostClosedInThePeriod) {
  DealMetric win_rate = WinRate(Q1Deals(), kQ1);
  // Closed in Q1: W1, W2 won, L1 lost -> 2 / 3.
  EXPECT_THAT(win_rate.value, Optional(DoubleEq(2.0 / 3.0)));
  EXPECT_THAT(win_rate.deal_ids, ElementsAre("W1", "W2", "L1"));
}

TEST(DealMetricsTest, AverageDealSizeIsTheMeanAmountOfTheWonDeals) {
  DealMetric size = AverageDealSize(Q1Deals(), kQ1);
  // Won in Q1: W1 10,000 and W2 20,000 -> (10,000 + 20,000) / 2 = 15,000.
  EXPECT_THAT(size.value, Optional(DoubleEq(15'000)));
  EXPECT_THAT(size.deal_ids, ElementsAre("W1", "W2"));
}

TEST(DealMetricsTest, SalesCycleIsTheMeanDaysFromCreatedToClosedOfTheWonDeals) {
  DealMetric cycle = SalesCycleDays(Q1Deals(), kQ1);
  // W1: 2025-12-02 -> 2026-01-01 = 29 days left in December + 1 = 30.
  // W2: 2026-02-01 -> 2026-03-31 = 28 days of February + 30 = 58.
  // (30 + 58) / 2 = 44. L1, lost after 36 days, does not count.
  EXPECT_THAT(cycle.value, Optional(DoubleEq(44)));
  EXPECT_THAT(cycle.deal_ids, ElementsAre("W1", "W2"));
}

TEST(DealMetricsTest, SalesCycleOfADealWonOnTheDayItWasCreatedIsZero) {
  std::vector<model::Deal> deals = {Won("W", 500, Day(2026, 2, 2), Day(2026, 2, 2))};
  EXPECT_THAT(SalesCycleDays(deals, kQ1).value, Optional(DoubleEq(0)));
}

TEST(DealMetricsTest, PipelineGenerationSumsTheDealsCreatedInThePeriodWhateverTheirStatus) {
  DealMetric pipeline = PipelineGeneration(Q1Deals(), kQ1);
  // Created in Q1: W2 20,000 + L1 5,000 + W3 50,000 + O1 8,000 + W4 1,000 = 84,000.
  // W1 (created 2025-12-02) and L2 (2025-11-01) were created before.
  EXPECT_THAT(pipeline.value, Optional(DoubleEq(84'000)));
  EXPECT_THAT(pipeline.deal_ids, ElementsAre("W2", "L1", "W3", "O1", "W4"));
}

TEST(DealMetricsTest, PipelineGenerationCountsDealsCreatedOnTheBoundaries) {
  std::vector<model::Deal> deals = {
      Open("first", 1'000, Day(2026, 1, 1)), Open("last", 2'000, Day(2026, 3, 31)),
      Open("before", 4'000, Day(2025, 12, 31)), Open("after", 8'000, Day(2026, 4, 1))};
  DealMetric pipeline = PipelineGeneration(deals, kQ1);
  EXPECT_THAT(pipeline.value, Optional(DoubleEq(3'000)));  // 1,000 + 2,000
  EXPECT_THAT(pipeline.deal_ids, ElementsAre("first", "last"));
}

TEST(DealMetricsTest, WonAmountSumsTheWonDeals) {
  DealMetric won = WonAmount(Q1Deals(), kQ1);
  EXPECT_THAT(won.value, Optional(DoubleEq(30'000)));  // W1 10,000 + W2 20,000
  EXPECT_THAT(won.deal_ids, ElementsAre("W1", "W2"));
}

TEST(DealMetricsTest, AnEmptyPeriodHasNoMeansAndZeroSums) {
  // Q1 2025: none of the deals was created or closed in it.
  Period q1_2025{Day(2025, 1, 1), Day(2025, 3, 31)};
  std::vector<model::Deal> deals = Q1Deals();
  EXPECT_EQ(WinRate(deals, q1_2025).value, std::nullopt);
  EXPECT_EQ(AverageDealSize(deals, q1_2025).value, std::nullopt);
  EXPECT_EQ(SalesCycleDays(deals, q1_2025).value, std::nullopt);
  EXPECT_THAT(PipelineGeneration(deals, q1_2025).value, Optional(DoubleEq(0)));
  EXPECT_THAT(PipelineGeneration(deals, q1_2025).deal_ids, IsEmpty());
  EXPECT_THAT(WonAmount(deals, q1_2025).value, Optional(DoubleEq(0)));
  // And no deals at all.
  EXPECT_EQ(WinRate({}, kQ1), DealMetric{});
  EXPECT_THAT(PipelineGeneration({}, kQ1).value, Optional(DoubleEq(0)));
}

TEST(DealMetricsTest, ARepWithNoClosedDealsHasNoWinRateRatherThanZero) {
  std::vector<model::Deal> deals = {Open("O1", 8'000, Day(2026, 1, 15)),
                                    Open("O2", 3'000, Day(2026, 2, 15))};
  EXPECT_EQ(WinRate(deals, kQ1).value, std::nullopt);
  EXPECT_EQ(AverageDealSize(deals, kQ1).value, std::nullopt);
  EXPECT_EQ(SalesCycleDays(deals, kQ1).value, std::nullopt);
  EXPECT_THAT(PipelineGeneration(deals, kQ1).value, Optional(DoubleEq(11'000)));  // 8k + 3k
}

TEST(DealMetricsTest, ARepWhoOnlyLostHasAKnownWinRateOfZeroAndNoDealSize) {
  std::vector<model::Deal> deals = {Lost("L1", 8'000, Day(2026, 1, 5), Day(2026, 1, 20)),
                                    Lost("L2", 3'000, Day(2026, 1, 6), Day(2026, 2, 20))};
  EXPECT_THAT(WinRate(deals, kQ1).value, Optional(DoubleEq(0)));  // 0 won / 2 closed
  EXPECT_THAT(WinRate(deals, kQ1).deal_ids, ElementsAre("L1", "L2"));
  EXPECT_EQ(AverageDealSize(deals, kQ1).value, std::nullopt);
  EXPECT_EQ(SalesCycleDays(deals, kQ1).value, std::nullopt);
}

}  // namespace
}  // namespace sc::metrics
