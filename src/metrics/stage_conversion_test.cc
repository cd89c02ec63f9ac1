// Stage conversion on hand-made deals; which steps each deal reached is worked out below.
#include "metrics/stage_conversion.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
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

// Default stages: 1 Prospecting, 2 Qualification, 3 Discovery, 4 Demo, 5 Proposal,
// 6 Negotiation; steps 0..4 go from stage i + 1 to stage i + 2.
//   A  won                          reached all 6     advanced on steps 0..4
//   B  lost in "Demo"               reached 1..4      advanced on 0..2, reached step 3
//   C  open in "discovery" (case)   reached 1..3      advanced on 0..1, reached step 2
//   D  open in "Prospecting"        reached 1         reached step 0
//   E  lost in "Closed Lost"        not on the list   unplaced
//   F  open in "Demo", created 2025-12-31, before Q1: not counted
std::vector<model::Deal> Q1Deals() {
  return {
      Won("A", 1'000, Day(2026, 1, 1), Day(2026, 2, 1)),
      Lost("B", 1'000, Day(2026, 1, 5), Day(2026, 2, 1), "Demo"),
      Open("C", 1'000, Day(2026, 2, 1), "discovery"),
      Open("D", 1'000, Day(2026, 3, 31), "Prospecting"),
      Lost("E", 1'000, Day(2026, 3, 1), Day(2026, 3, 2), "Closed Lost"),
      Open("F", 1'000, Day(2025, 12, 31), "Demo"),
  };
}

TEST(StageConversionTest, EachStepIsTheShareOfDealsThatReachedTheNextStage) {
  StageConversion conversion = MeasureStageConversion(Q1Deals(), kQ1);
  ASSERT_EQ(conversion.steps.size(), 5u);

  const StageStep& prospecting = conversion.steps[0];
  EXPECT_EQ(prospecting.from, "Prospecting");
  EXPECT_EQ(prospecting.to, "Qualification");
  EXPECT_THAT(prospecting.reached_ids, ElementsAre("A", "B", "C", "D"));
  EXPECT_THAT(prospecting.advanced_ids, ElementsAre("A", "B", "C"));
  EXPECT_THAT(prospecting.rate, Optional(DoubleEq(0.75)));  // 3 / 4

  EXPECT_THAT(conversion.steps[1].reached_ids, ElementsAre("A", "B", "C"));
  EXPECT_THAT(conversion.steps[1].rate, Optional(DoubleEq(1.0)));  // 3 / 3

  EXPECT_EQ(conversion.steps[2].from, "Discovery");
  EXPECT_THAT(conversion.steps[2].advanced_ids, ElementsAre("A", "B"));
  EXPECT_THAT(conversion.steps[2].rate, Optional(DoubleEq(2.0 / 3.0)));  // A, B of A, B, C

  EXPECT_THAT(conversion.steps[3].rate, Optional(DoubleEq(0.5)));  // A of A, B

  EXPECT_EQ(conversion.steps[4].to, "Negotiation");
  EXPECT_THAT(conversion.steps[4].rate, Optional(DoubleEq(1.0)));  // A of A

  EXPECT_THAT(conversion.unplaced_ids, ElementsAre("E"));
}

TEST(StageConversionTest, AStepNoDealReachedHasNoRate) {
  // Only D, still prospecting: step 0 is 0 / 1, later steps were reached by no deal.
  std::vector<model::Deal> deals = {Open("D", 1'000, Day(2026, 3, 31), "Prospecting")};
  StageConversion conversion = MeasureStageConversion(deals, kQ1);
  ASSERT_EQ(conversion.steps.size(), 5u);
  EXPECT_THAT(conversion.steps[0].rate, Optional(DoubleEq(0)));
  for (std::size_t i = 1; i < conversion.steps.size(); ++i) {
    EXPECT_EQ(conversion.steps[i].rate, std::nullopt) << i;
  }
}

TEST(StageConversionTest, AnEmptyPeriodHasStepsWithoutRates) {
  StageConversion conversion = MeasureStageConversion({}, kQ1);
  ASSERT_EQ(conversion.steps.size(), 5u);
  for (const StageStep& step : conversion.steps) {
    EXPECT_EQ(step.rate, std::nullopt) << step.from;
    EXPECT_THAT(step.reached_ids, IsEmpty());
  }
  EXPECT_THAT(conversion.unplaced_ids, IsEmpty());
}

TEST(StageConversionTest, TakesTheStagesItIsGiven) {
  std::vector<std::string> stages = {"Lead", "Trial", "Contract"};
  std::vector<model::Deal> deals = {Open("T1", 1'000, Day(2026, 1, 1), "trial"),
                                    Open("L1", 1'000, Day(2026, 1, 1), "Lead"),
                                    Open("D1", 1'000, Day(2026, 1, 1), "Demo")};
  StageConversion conversion = MeasureStageConversion(deals, kQ1, stages);
  ASSERT_EQ(conversion.steps.size(), 2u);
  EXPECT_THAT(conversion.steps[0].rate, Optional(DoubleEq(0.5)));  // T1 of T1, L1
  EXPECT_THAT(conversion.steps[1].rate, Optional(DoubleEq(0)));    // none of T1
  EXPECT_THAT(conversion.unplaced_ids, ElementsAre("D1"));         // "Demo" is not a stage

  std::vector<std::string> one_stage = {"Lead"};
  EXPECT_THAT(MeasureStageConversion(deals, kQ1, one_stage).steps, IsEmpty());
}

}  // namespace
}  // namespace sc::metrics
