// Quota attainment on hand-made quotas and deals; the proration is worked out in the comments.
#include "metrics/quota_attainment.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <vector>

#include "metrics/test_records.h"

namespace sc::metrics {
namespace {

using fixtures::Day;
using fixtures::kQ1;
using fixtures::Lost;
using fixtures::Quota;
using fixtures::Won;
using ::testing::DoubleEq;
using ::testing::ElementsAre;
using ::testing::Optional;

// Q1 2026 has 31 + 28 + 31 = 90 days; Q2 2026 has 30 + 31 + 30 = 91.
const model::Quota kQ1Quota = Quota(Day(2026, 1, 1), Day(2026, 3, 31), 90'000);
const model::Quota kQ2Quota = Quota(Day(2026, 4, 1), Day(2026, 6, 30), 91'000);

TEST(QuotaAttainmentTest, WonAmountOverTheQuotaOfTheSamePeriod) {
  std::vector<model::Deal> deals = {
      Won("W1", 30'000, Day(2025, 12, 1), Day(2026, 1, 1)),  // first day of Q1
      Won("W2", 15'000, Day(2026, 2, 1), Day(2026, 3, 31)),  // last day of Q1
      Lost("L1", 50'000, Day(2026, 1, 1), Day(2026, 2, 1)),  // lost: not won amount
      Won("W3", 99'000, Day(2026, 3, 1), Day(2026, 4, 1)),   // Q2
  };
  std::vector<model::Quota> quotas = {kQ1Quota, kQ2Quota};
  QuotaAttainment attainment = MeasureQuotaAttainment(deals, quotas, kQ1);
  EXPECT_DOUBLE_EQ(attainment.won_amount, 45'000);            // 30,000 + 15,000
  EXPECT_THAT(attainment.quota, Optional(DoubleEq(90'000)));  // Q1's whole quota
  EXPECT_THAT(attainment.value, Optional(DoubleEq(0.5)));     // 45,000 / 90,000
  EXPECT_THAT(attainment.deal_ids, ElementsAre("W1", "W2"));
}

TEST(QuotaAttainmentTest, AQuotaCountsInProportionToTheDaysItOverlapsThePeriod) {
  // 2026-01-01 to 2026-01-30 is 30 of Q1's 90 days: 90,000 * 30 / 90 = 30,000.
  Period january{Day(2026, 1, 1), Day(2026, 1, 30)};
  std::vector<model::Quota> quotas = {kQ1Quota, kQ2Quota};
  EXPECT_THAT(ProratedQuota(quotas, january), Optional(DoubleEq(30'000)));

  std::vector<model::Deal> deals = {Won("W1", 12'000, Day(2026, 1, 2), Day(2026, 1, 30))};
  EXPECT_THAT(MeasureQuotaAttainment(deals, quotas, january).value,
              Optional(DoubleEq(0.4)));  // 12,000 / 30,000
}

TEST(QuotaAttainmentTest, APeriodAcrossTwoQuartersTakesItsShareOfEach) {
  // 2026-03-22 to 2026-04-10: 10 days of Q1 (22..31 March) and 10 of Q2 (1..10 April).
  // 90,000 * 10 / 90 + 91,000 * 10 / 91 = 10,000 + 10,000 = 20,000.
  Period spanning{Day(2026, 3, 22), Day(2026, 4, 10)};
  std::vector<model::Quota> quotas = {kQ1Quota, kQ2Quota};
  EXPECT_THAT(ProratedQuota(quotas, spanning), Optional(DoubleEq(20'000)));

  std::vector<model::Deal> deals = {Won("W1", 5'000, Day(2026, 3, 1), Day(2026, 3, 31)),
                                    Won("W2", 20'000, Day(2026, 3, 1), Day(2026, 4, 1))};
  // (5,000 + 20,000) / 20,000 = 1.25: above quota is above 1.
  EXPECT_THAT(MeasureQuotaAttainment(deals, quotas, spanning).value, Optional(DoubleEq(1.25)));
}

TEST(QuotaAttainmentTest, AQuotaOverlappingOnlyTheLastDayCountsOneDay) {
  // 2026-03-31 to 2026-04-01 overlaps Q1 on its last day only: 90,000 * 1 / 90 = 1,000, and
  // Q2 on its first: 91,000 * 1 / 91 = 1,000.
  Period two_days{Day(2026, 3, 31), Day(2026, 4, 1)};
  std::vector<model::Quota> quotas = {kQ1Quota, kQ2Quota};
  EXPECT_THAT(ProratedQuota(quotas, two_days), Optional(DoubleEq(2'000)));
}

TEST(QuotaAttainmentTest, NoQuotaMeansNoAttainmentButTheWonAmountIsKnown) {
  std::vector<model::Deal> deals = {Won("W1", 30'000, Day(2026, 1, 1), Day(2026, 1, 10))};
  QuotaAttainment attainment = MeasureQuotaAttainment(deals, {}, kQ1);
  EXPECT_EQ(attainment.value, std::nullopt);
  EXPECT_EQ(attainment.quota, std::nullopt);
  EXPECT_DOUBLE_EQ(attainment.won_amount, 30'000);
  EXPECT_THAT(attainment.deal_ids, ElementsAre("W1"));

  // A quota for another period does not overlap Q1.
  std::vector<model::Quota> q2_only = {kQ2Quota};
  EXPECT_EQ(MeasureQuotaAttainment(deals, q2_only, kQ1).value, std::nullopt);
}

TEST(QuotaAttainmentTest, AZeroQuotaGivesNoAttainmentRatherThanInfinity) {
  std::vector<model::Deal> deals = {Won("W1", 30'000, Day(2026, 1, 1), Day(2026, 1, 10))};
  std::vector<model::Quota> quotas = {Quota(Day(2026, 1, 1), Day(2026, 3, 31), 0)};
  QuotaAttainment attainment = MeasureQuotaAttainment(deals, quotas, kQ1);
  EXPECT_THAT(attainment.quota, Optional(DoubleEq(0)));
  EXPECT_EQ(attainment.value, std::nullopt);
}

TEST(QuotaAttainmentTest, NothingWonAgainstAQuotaIsAKnownZero) {
  std::vector<model::Deal> deals = {Lost("L1", 30'000, Day(2026, 1, 1), Day(2026, 1, 10))};
  std::vector<model::Quota> quotas = {kQ1Quota};
  QuotaAttainment attainment = MeasureQuotaAttainment(deals, quotas, kQ1);
  EXPECT_THAT(attainment.value, Optional(DoubleEq(0)));  // 0 / 90,000
  EXPECT_TRUE(attainment.deal_ids.empty());
}

TEST(QuotaAttainmentTest, AQuotaEndingBeforeItStartsIsIgnored) {
  std::vector<model::Quota> quotas = {Quota(Day(2026, 3, 31), Day(2026, 1, 1), 90'000)};
  EXPECT_EQ(ProratedQuota(quotas, kQ1), std::nullopt);
}

}  // namespace
}  // namespace sc::metrics
