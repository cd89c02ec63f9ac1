#include "scoring/target_curve.h"

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "scoring/levels.h"

namespace sc::scoring {
namespace {

TEST(TargetCurveTest, InterpolatesBetweenPointsAndHoldsBeyondTheEnds) {
  TargetCurve curve = *TargetCurve::FromPoints({{0.3, 70}, {0.43, 100}, {0.5, 95}, {0.75, 20}});
  EXPECT_DOUBLE_EQ(curve.Score(0.1), 70);    // before the first point
  EXPECT_DOUBLE_EQ(curve.Score(0.43), 100);  // on a point
  EXPECT_DOUBLE_EQ(curve.Score(0.6), 65);    // 95 + (20 - 95) * (0.1 / 0.25)
  EXPECT_DOUBLE_EQ(curve.Score(2), 20);      // after the last point
}

TEST(TargetCurveTest, ValueForFindsTheFirstValueReachingAScore) {
  TargetCurve rising = *TargetCurve::FromPoints({{2, 15}, {6, 40}, {12, 75}});
  EXPECT_DOUBLE_EQ(*rising.ValueFor(75), 12);
  EXPECT_DOUBLE_EQ(*rising.ValueFor(40), 6);
  EXPECT_DOUBLE_EQ(*rising.ValueFor(57.5), 9);  // 6 + 6 * (17.5 / 35)
  EXPECT_DOUBLE_EQ(*rising.ValueFor(10), 2);    // already reached at the first point
  EXPECT_EQ(rising.ValueFor(80), std::nullopt);
}

TEST(TargetCurveTest, RejectsCurvesThatCannotMapAMeasure) {
  double nan = std::numeric_limits<double>::quiet_NaN();
  struct Case {
    std::vector<CurvePoint> points;
    std::string message;
  };
  for (const Case& c : std::vector<Case>{
           {{{1, 50}}, "a target curve needs at least two points"},
           {{{1, 50}, {1, 60}},
            "point 2 has value 1, not above the previous point's 1: values must increase"},
           {{{2, 50}, {1, 60}},
            "point 2 has value 1, not above the previous point's 2: values must increase"},
           {{{1, 50}, {2, 101}}, "point 2 scores 101, outside 0..100"},
           {{{1, -1}, {2, 10}}, "point 1 scores -1, outside 0..100"},
           {{{nan, 1}, {2, 10}}, "point 1 of the curve is not a number"},
       }) {
    Result<TargetCurve> curve = TargetCurve::FromPoints(c.points);
    ASSERT_FALSE(curve.ok());
    EXPECT_EQ(curve.status().message(), c.message);
  }
}

TEST(LevelsTest, BandsFollowTheSeedAndRoundAsReportsShow) {
  LevelBands bands;
  EXPECT_EQ(LevelOf(100, bands), Level::kExpert);
  EXPECT_EQ(LevelOf(90, bands), Level::kExpert);
  EXPECT_EQ(LevelOf(89.4, bands), Level::kProficient);
  EXPECT_EQ(LevelOf(74.6, bands), Level::kProficient);  // shown as 75
  EXPECT_EQ(LevelOf(74.4, bands), Level::kDeveloping);
  EXPECT_EQ(LevelOf(60, bands), Level::kDeveloping);
  EXPECT_EQ(LevelOf(59, bands), Level::kNeedsCoaching);
  EXPECT_EQ(LevelOf(40, bands), Level::kNeedsCoaching);
  EXPECT_EQ(LevelOf(39.4, bands), Level::kCritical);
  EXPECT_EQ(LevelOf(0, bands), Level::kCritical);
  EXPECT_EQ(LevelName(Level::kNeedsCoaching), "Needs Coaching");
}

TEST(LevelsTest, ScoreTrendMovesByPointsNotPercent) {
  EXPECT_EQ(ScoreTrend(60, std::nullopt, 3), metrics::Trend::kNew);
  EXPECT_EQ(ScoreTrend(64, 60, 3), metrics::Trend::kUp);    // +4
  EXPECT_EQ(ScoreTrend(63, 60, 3), metrics::Trend::kFlat);  // +3 is not above 3
  EXPECT_EQ(ScoreTrend(57, 60, 3), metrics::Trend::kFlat);
  EXPECT_EQ(ScoreTrend(56, 60, 3), metrics::Trend::kDown);
}

}  // namespace
}  // namespace sc::scoring
