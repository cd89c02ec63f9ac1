#include "sample/random.h"

#include <gtest/gtest.h>

#include <set>

namespace sc::sample {
namespace {

TEST(RngTest, SameSeedGivesSameSequence) {
  Rng first(42), second(42);
  for (int index = 0; index < 100; ++index) EXPECT_EQ(first.Next(), second.Next());
}

TEST(RngTest, DifferentSeedsDiffer) {
  Rng first(1), second(2);
  int equal = 0;
  for (int index = 0; index < 100; ++index) equal += first.Next() == second.Next() ? 1 : 0;
  EXPECT_EQ(equal, 0);
}

TEST(RngTest, KnownFirstValuesAreStable) {
  // Pins the engine: a change here changes every generated team.
  Rng rng(7);
  std::uint64_t first = rng.Next();
  Rng again(7);
  EXPECT_EQ(again.Next(), first);
  EXPECT_NE(first, 0u);
}

TEST(RngTest, UniformIntStaysInRangeAndCoversIt) {
  Rng rng(3);
  std::set<int> seen;
  for (int index = 0; index < 2000; ++index) {
    int value = rng.UniformInt(-2, 4);
    ASSERT_GE(value, -2);
    ASSERT_LE(value, 4);
    seen.insert(value);
  }
  EXPECT_EQ(seen.size(), 7u);
}

TEST(RngTest, UniformIsInUnitInterval) {
  Rng rng(5);
  double sum = 0;
  for (int index = 0; index < 10000; ++index) {
    double value = rng.Uniform();
    ASSERT_GE(value, 0.0);
    ASSERT_LT(value, 1.0);
    sum += value;
  }
  EXPECT_NEAR(sum / 10000, 0.5, 0.02);
}

TEST(RngTest, NormalishHasUnitSpreadAndBounds) {
  Rng rng(9);
  double sum = 0, squares = 0;
  for (int index = 0; index < 20000; ++index) {
    double value = rng.Normalish();
    ASSERT_LE(std::abs(value), 3.5);
    sum += value;
    squares += value * value;
  }
  EXPECT_NEAR(sum / 20000, 0, 0.05);
  EXPECT_NEAR(squares / 20000, 1, 0.08);
}

TEST(DeriveSeedTest, StreamsAreDistinct) {
  std::set<std::uint64_t> seeds;
  for (std::uint64_t purpose = 0; purpose < 20; ++purpose) {
    for (std::uint64_t index = 0; index < 50; ++index) seeds.insert(DeriveSeed(7, purpose, index));
  }
  EXPECT_EQ(seeds.size(), 1000u);
  EXPECT_NE(DeriveSeed(7, 1, 2), DeriveSeed(7, 2, 1));
}

TEST(RateSamplerTest, CountStaysWithinOneOfTheRate) {
  for (double rate : {0.0, 0.05, 0.3, 0.5, 0.77, 1.0}) {
    Rng rng(11);
    RateSampler sampler(rate, 0.5);
    int yes = 0;
    for (int draw = 1; draw <= 500; ++draw) {
      yes += sampler.Next(rng) ? 1 : 0;
      ASSERT_LE(std::abs(yes - rate * draw), 1.5) << "rate " << rate << " after " << draw;
    }
  }
}

TEST(CountSamplerTest, MeanMatchesAndNeverNegative) {
  Rng rng(13);
  CountSampler sampler(3.4, 0.5, 0.2);
  int total = 0;
  for (int draw = 0; draw < 1000; ++draw) {
    int value = sampler.Next(rng);
    ASSERT_GE(value, 0);
    total += value;
  }
  EXPECT_NEAR(total / 1000.0, 3.4, 0.02);
}

TEST(LevelMapTest, InterpolatesAndExtrapolates) {
  EXPECT_DOUBLE_EQ(LevelMap(30, 30, 3.5, 90, 13), 3.5);
  EXPECT_DOUBLE_EQ(LevelMap(90, 30, 3.5, 90, 13), 13);
  EXPECT_DOUBLE_EQ(LevelMap(60, 30, 3.5, 90, 13), 8.25);
  EXPECT_LT(LevelMap(0, 30, 3.5, 90, 13), 3.5);
  EXPECT_DOUBLE_EQ(Clamp(LevelMap(100, 30, 0.7, 90, 0.38), 0.3, 0.9), 0.3266666666666667);
}

}  // namespace
}  // namespace sc::sample
