#include "analysis/energy.h"

#include <gtest/gtest.h>

#include "analysis/measure_test_util.h"

namespace sc::analysis {
namespace {

TEST(EnergyTest, PaceIsFullInTheConversationalRangeAndFallsOffLinearly) {
  EXPECT_DOUBLE_EQ(PaceScore(150), 1);
  EXPECT_DOUBLE_EQ(PaceScore(140), 1);
  EXPECT_DOUBLE_EQ(PaceScore(190), 1);
  EXPECT_DOUBLE_EQ(PaceScore(115), 0.5);
  EXPECT_DOUBLE_EQ(PaceScore(215), 0.5);
  EXPECT_DOUBLE_EQ(PaceScore(90), 0);
  EXPECT_DOUBLE_EQ(PaceScore(260), 0);
}

TEST(EnergyTest, WeighsPaceAffectAndSteadiness) {
  // Three rep turns of 10 words in 4 s (150 wpm, one per third of a 30 s call): pace 1,
  // steadiness 1. One of the three is upbeat (0.7419 and '!'): affect (1/3) / 0.5 = 2/3.
  // Energy = 0.4 * 1 + 0.4 * 2/3 + 0.2 * 1.
  TestCall call({{kRep, 0, 4, "Thanks, this is really helpful! We can start on Monday."},
                 {kCustomer, 4.5, 9.5, "Sounds fine to me, let's see the plan."},
                 {kRep, 10, 14, "We will review the numbers with the team next week."},
                 {kCustomer, 14.5, 19.5, "Okay, and what about the pipeline then?"},
                 {kRep, 20, 24, "The report covers the last quarter and the current pipeline."},
                 {kCustomer, 24.5, 30, "Right, that covers what we need for now."}});
  InteractionMeasures interaction = MeasureInteraction(call.facts().utterances);
  ASSERT_TRUE(interaction.wpm.has_value());
  EXPECT_DOUBLE_EQ(*interaction.wpm, 150);
  std::optional<double> energy = EstimateEnergy(call.facts(), interaction);
  ASSERT_TRUE(energy.has_value());
  EXPECT_NEAR(*energy, 0.4 + 0.4 * 2.0 / 3.0 + 0.2, 1e-9);
}

TEST(EnergyTest, UnknownWithoutTimedRepSpeech) {
  TestCall call({{kRep, 0, 0, "Thanks, this is really helpful!"}});
  EXPECT_FALSE(EstimateEnergy(call.facts(), MeasureInteraction(call.facts().utterances)));
}

}  // namespace
}  // namespace sc::analysis
