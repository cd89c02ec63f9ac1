// Next steps on hand-labelled call endings. Every call here runs from 0 to 90 s, so its last
// third starts at 60 s.
#include "analysis/next_steps.h"

#include <gtest/gtest.h>

#include "analysis/measure_test_util.h"

namespace sc::analysis {
namespace {

using model::NextStep;

// `ending` after 0-59 s of discovery with no next-step language.
std::vector<Line> AfterDiscovery(std::vector<Line> ending) {
  std::vector<Line> call = {
      {kRep, 0, 20, "Thanks for joining, let's start with how your team forecasts."},
      {kCustomer, 20.5, 40, "We use a spreadsheet and it is always out of date."},
      {kRep, 40.5, 59, "That matches what other revenue teams tell us."},
  };
  call.insert(call.end(), ending.begin(), ending.end());
  return call;
}

TEST(FindNextStepTest, OwnerAndTimeInTheOtherSidesNextUtteranceMakeItSpecific) {
  // 3 proposes the step with neither owner nor time; the customer's answer (4) names both
  // ("I'll", "Thursday", "at 10"). The rep's "Great." (5) adds nothing.
  TestCall call(
      AfterDiscovery({{kRep, 62, 70, "Shall we schedule a follow-up to go through pricing?"},
                      {kCustomer, 71, 78, "Sure, I'll be free Thursday at 10."},
                      {kRep, 89, 90, "Great."}}));
  const NextStep expected{.present = true,
                          .specific = true,
                          .text = "Shall we schedule a follow-up to go through pricing?",
                          .at_s = 62,
                          .utterance = 3};
  EXPECT_EQ(FindNextStep(call.facts()), expected);
}

TEST(FindNextStepTest, AVagueNextStepIsPresentButNotSpecific) {
  // "let's" is an owner, but "after the holidays" names no time, and neither does the answer.
  TestCall call(
      AfterDiscovery({{kRep, 65, 75, "Thanks, Priya. Let's touch base after the holidays."},
                      {kCustomer, 76, 90, "Sounds good, talk then."}}));
  const NextStep expected{.present = true,
                          .specific = false,
                          .text = "Let's touch base after the holidays.",
                          .at_s = 65,
                          .utterance = 3};
  EXPECT_EQ(FindNextStep(call.facts()), expected);
}

TEST(FindNextStepTest, ANextStepInTheFirstThirdDoesNotCount) {
  // 0 is specific ("I'll", "send you", "Friday") but starts in the first third: an agenda.
  TestCall call({{kRep, 0, 20, "Before we dive in, I'll send you the recording on Friday."},
                 {kCustomer, 20.5, 40, "Great, our main problem is the forecast."},
                 {kRep, 40.5, 60, "Understood, that is common for teams your size."},
                 {kCustomer, 61, 90, "It takes our managers a full day every week."}});
  const NextStep expected{.present = false, .specific = false, .text = "", .at_s = 0};
  EXPECT_EQ(FindNextStep(call.facts()), expected);
}

TEST(FindNextStepTest, TheLastSpecificStepWinsOverALaterVagueOne) {
  TestCall call(AfterDiscovery({{kRep, 61, 70, "I'll send the proposal by Friday."},
                                {kCustomer, 71, 74, "Perfect."},
                                {kRep, 75, 90, "And let's touch base after that."}}));
  const NextStep expected{
      .present = true,
      .specific = true,
      .text = "I'll send the proposal by Friday.",
      .at_s = 61,
      .utterance = 3};
  EXPECT_EQ(FindNextStep(call.facts()), expected);
}

TEST(FindNextStepTest, OnlyTheRestOfTheUtteranceCounts) {
  // In 3 the time comes before the step's sentence, so it does not count; in 4 it follows.
  TestCall before(AfterDiscovery({{kRep, 62, 75, "Tuesday is my busy day. Let's set up a call."},
                                  {kCustomer, 76, 90, "Sounds good to me."}}));
  NextStep step = FindNextStep(before.facts());
  EXPECT_TRUE(step.present);
  EXPECT_FALSE(step.specific);
  EXPECT_EQ(step.text, "Let's set up a call.");

  TestCall after(AfterDiscovery({{kRep, 62, 75, "Let's set up a call. How about Wednesday at 2pm?"},
                                 {kCustomer, 76, 90, "Sounds good to me."}}));
  step = FindNextStep(after.facts());
  EXPECT_TRUE(step.specific);
  EXPECT_EQ(step.text, "Let's set up a call.");  // the step's own sentence
}

TEST(FindNextStepTest, TheCustomerMayProposeIt) {
  TestCall call(AfterDiscovery({{kRep, 61, 70, "So where do we go from here?"},
                                {kCustomer, 71, 80, "Could you send over the contract on Monday?"},
                                {kRep, 81, 90, "Absolutely, it will be in your inbox."}}));
  // "could you send" names the owner, "Monday" the time.
  const NextStep expected{.present = true,
                          .specific = true,
                          .text = "Could you send over the contract on Monday?",
                          .at_s = 71,
                          .utterance = 4};
  EXPECT_EQ(FindNextStep(call.facts()), expected);
}

TEST(FindNextStepTest, ACallWithoutUtterancesHasNone) {
  TestCall call(std::vector<Line>{});
  EXPECT_EQ(FindNextStep(call.facts()), NextStep());
}

}  // namespace
}  // namespace sc::analysis
