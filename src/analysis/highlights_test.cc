#include "analysis/highlights.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "analysis/measure_test_util.h"
#include "analysis/next_steps.h"
#include "analysis/objections.h"

namespace sc::analysis {
namespace {

using model::Highlight;
using model::HighlightKind;
using testing::HasSubstr;

std::vector<Highlight> HighlightsOf(const TestCall& call) {
  const CallFacts& facts = call.facts();
  InteractionMeasures interaction = MeasureInteraction(facts.utterances);
  QuestionAnalysis questions = AnalyzeQuestions(facts, ShippedStopwords());
  std::vector<model::Objection> objections = FindObjections(facts);
  model::NextStep next = FindNextStep(facts);
  return FindHighlights({facts, interaction, questions, objections, next});
}

// "kind skill/component @at_s", for comparing lists at a glance.
std::vector<std::string> Summary(const std::vector<Highlight>& highlights) {
  std::vector<std::string> out;
  for (const Highlight& h : highlights) {
    out.push_back(std::string(model::HighlightKindName(h.kind)) + " " + h.skill + "/" +
                  h.component + " @" + std::to_string(static_cast<int>(h.at_s)));
  }
  return out;
}

TEST(HighlightsTest, FindsTheStrengthsOfAGoodCall) {
  TestCall call({{kRep, 0, 5, "Thanks for joining. What made you take this call?"},
                 {kCustomer, 6, 20, "Our onboarding is slow and new reps struggle to ramp."},
                 {kRep, 21, 26, "Why do new reps struggle to ramp today?"},
                 {kCustomer, 27, 35, "It is too expensive to fix, honestly."},
                 {kRep, 36, 50,
                  "I understand. What would faster ramp be worth to you? Teams cut ramp time by "
                  "30%."},
                 {kCustomer, 51, 55, "That would help a lot."},
                 {kRep, 56, 70, "How does that sound so far? I'll send the proposal by Friday at 2pm."},
                 {kCustomer, 71, 75, "Friday works."}});
  std::vector<Highlight> highlights = HighlightsOf(call);
  EXPECT_THAT(Summary(highlights),
              testing::ElementsAre("strength discovery/question_quality @21",
                                   "strength presentation/value_articulation @36",
                                   "strength objection_handling/response_quality @36",
                                   "strength negotiation/value_defense @36",
                                   "strength closing/trial_close @56",
                                   "strength closing/next_steps @56"));
  EXPECT_EQ(highlights[0].quote, "Why do new reps struggle to ramp today?");
  EXPECT_THAT(highlights[0].note, HasSubstr("builds on what the customer just said"));
  EXPECT_EQ(highlights[0].end_s, 26);
  EXPECT_EQ(highlights[1].quote, "Teams cut ramp time by 30%.");
  EXPECT_EQ(highlights[2].quote,
            "I understand. What would faster ramp be worth to you? Teams cut ramp time by 30%.");
  EXPECT_THAT(highlights[2].note, HasSubstr("Handled the price objection: acknowledged it first"));
  EXPECT_EQ(highlights[4].quote, "How does that sound so far?");  // the trial close alone
  EXPECT_EQ(highlights[5].quote, "I'll send the proposal by Friday at 2pm.");
}

TEST(HighlightsTest, FindsTheImprovementsOfAWeakCall) {
  // After a minute of greetings (questions then are rapport, not discovery).
  TestCall call({{kRep, 0, 50, "Hi Sam, can you hear me okay? Did you have a good weekend?"},
                 {kCustomer, 51, 59, "I can, and yes, it was a nice break."},
                 {kRep, 60, 70, "Do you use a CRM? Is it Salesforce? Are you happy with it?"},
                 {kCustomer, 71, 75, "Yes. It is too expensive though."},
                 {kRep, 76, 260,
                  "We can knock off a bit. Our platform has a dashboard and integrations."},
                 {kCustomer, 261, 270, "Okay, we will think about it."},
                 {kRep, 271, 275, "Thanks for your time today."}});
  std::vector<Highlight> highlights = HighlightsOf(call);
  EXPECT_THAT(Summary(highlights),
              testing::ElementsAre("improvement discovery/question_quality @60",
                                   "improvement presentation/value_articulation @76",
                                   "improvement presentation/engagement @76",
                                   "improvement objection_handling/response_quality @76",
                                   "improvement negotiation/discount_management @76",
                                   "improvement closing/next_steps @271"));
  EXPECT_EQ(highlights[0].quote, "Do you use a CRM? Is it Salesforce? Are you happy with it?");
  EXPECT_THAT(highlights[0].note, HasSubstr("3 closed questions in a row"));
  EXPECT_EQ(highlights[1].quote, "Our platform has a dashboard and integrations.");
  EXPECT_THAT(highlights[2].note, HasSubstr("Talked for 3 min 4 s without a check-in"));
  EXPECT_THAT(highlights[3].note,
              HasSubstr("(\"It is too expensive though.\"): acknowledge the concern"));
  EXPECT_EQ(highlights[5].quote, "Thanks for your time today.");
  EXPECT_EQ(highlights[5].note, "The call ended without an agreed next step.");
}

TEST(HighlightsTest, NothingToShowInAnEmptyCall) {
  TestCall call({});
  EXPECT_TRUE(HighlightsOf(call).empty());
}

TEST(HighlightsTest, FormatsDurations) {
  EXPECT_EQ(FormatDuration(45.2), "45 s");
  EXPECT_EQ(FormatDuration(120), "2 min");
  EXPECT_EQ(FormatDuration(184), "3 min 4 s");
}

}  // namespace
}  // namespace sc::analysis
