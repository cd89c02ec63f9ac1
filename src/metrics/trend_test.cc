// Trend arrows; each case states the change and the bound it is compared with,
// bound = threshold * |previous|.
#include "metrics/trend.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace sc::metrics {
namespace {

using ::testing::Optional;

TEST(TrendTest, NoCurrentValueMeansNoArrow) {
  EXPECT_EQ(TrendOf(std::nullopt, 0.4), std::nullopt);
  EXPECT_EQ(TrendOf(std::nullopt, std::nullopt), std::nullopt);
}

TEST(TrendTest, NoPreviousValueIsNew) {
  EXPECT_THAT(TrendOf(0.4, std::nullopt), Optional(Trend::kNew));
}

TEST(TrendTest, ComparesTheRelativeChangeWithTheDefaultFivePercent) {
  EXPECT_THAT(TrendOf(0.30, 0.25), Optional(Trend::kUp));    // +0.05 > 0.0125: +20%
  EXPECT_THAT(TrendOf(0.25, 0.30), Optional(Trend::kDown));  // -0.05 < -0.015: -16.7%
  EXPECT_THAT(TrendOf(104, 100), Optional(Trend::kFlat));    // +4 within 5: +4%
  EXPECT_THAT(TrendOf(96, 100), Optional(Trend::kFlat));     // -4 within 5: -4%
  EXPECT_THAT(TrendOf(106, 100), Optional(Trend::kUp));      // +6 > 5: +6%
  EXPECT_THAT(TrendOf(94, 100), Optional(Trend::kDown));     // -6 < -5: -6%
  EXPECT_THAT(TrendOf(0.5, 0.5), Optional(Trend::kFlat));
}

TEST(TrendTest, AChangeOfExactlyTheThresholdIsFlat) {
  // threshold 0.25 and previous 40: bound 10, all exact in binary.
  EXPECT_THAT(TrendOf(50, 40, 0.25), Optional(Trend::kFlat));    // +10, not above 10
  EXPECT_THAT(TrendOf(50.5, 40, 0.25), Optional(Trend::kUp));    // +10.5
  EXPECT_THAT(TrendOf(30, 40, 0.25), Optional(Trend::kFlat));    // -10, not below -10
  EXPECT_THAT(TrendOf(29.5, 40, 0.25), Optional(Trend::kDown));  // -10.5
}

TEST(TrendTest, AZeroThresholdMakesAnyChangeAnArrow) {
  EXPECT_THAT(TrendOf(100.5, 100, 0), Optional(Trend::kUp));
  EXPECT_THAT(TrendOf(100, 100, 0), Optional(Trend::kFlat));
}

TEST(TrendTest, FromZeroOnlyTheDirectionCounts) {
  // bound = threshold * |0| = 0.
  EXPECT_THAT(TrendOf(0.01, 0), Optional(Trend::kUp));
  EXPECT_THAT(TrendOf(-1, 0), Optional(Trend::kDown));
  EXPECT_THAT(TrendOf(0, 0), Optional(Trend::kFlat));
}

TEST(TrendTest, ANegativePreviousValueUsesItsMagnitude) {
  // Forecast accuracy can be below 0: from -0.5 to -0.2 is +0.3 > 0.05 * 0.5 = 0.025.
  EXPECT_THAT(TrendOf(-0.2, -0.5), Optional(Trend::kUp));
  EXPECT_THAT(TrendOf(-0.8, -0.5), Optional(Trend::kDown));   // -0.3 < -0.025
  EXPECT_THAT(TrendOf(-0.51, -0.5), Optional(Trend::kFlat));  // -0.01 within 0.025
}

TEST(TrendTest, TheArrowGivesTheDirectionOfTheNumberNotWhetherItIsBetter) {
  // A sales cycle that grew from 40 to 50 days is worse, and still "up": +10 > 2.
  EXPECT_THAT(TrendOf(50, 40), Optional(Trend::kUp));
  // One that shrank from 40 to 30 days is better, and "down": -10 < -2.
  EXPECT_THAT(TrendOf(30, 40), Optional(Trend::kDown));
}

TEST(TrendTest, NamesAreTheReportJsonValues) {
  EXPECT_EQ(TrendName(Trend::kUp), "up");
  EXPECT_EQ(TrendName(Trend::kDown), "down");
  EXPECT_EQ(TrendName(Trend::kFlat), "flat");
  EXPECT_EQ(TrendName(Trend::kNew), "new");
}

}  // namespace
}  // namespace sc::metrics
