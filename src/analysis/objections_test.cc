// Objections on hand-labelled calls; the expected types, responses and outcomes are worked
// out in the comments from the utterance times and the shipped trackers.
#include "analysis/objections.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "analysis/measure_test_util.h"

namespace sc::analysis {
namespace {

using model::Objection;
using model::ObjectionResponse;
using ::testing::ElementsAre;

// 0 rep states the price; 1 the customer objects (price: "more than we budgeted");
// 2 the rep acknowledges ("that's fair") and asks; 3 the customer answers warmly.
TEST(FindObjectionsTest, AnAcknowledgedAndClarifiedObjectionIsHandledAndResolved) {
  TestCall call({
      {kRep, 0, 10, "The platform is twelve thousand a year for your team of twenty."},
      {kCustomer, 10.5, 15, "Honestly that's more than we budgeted for this year."},
      {kRep, 16.5, 26, "That's fair. What budget did you have in mind?"},
      {kCustomer, 26.5, 32, "Around ten thousand would be great."},
  });
  EXPECT_THAT(FindObjections(call.facts()),
              ElementsAre(Objection{.type = "price",
                                    .at_s = 10.5,
                                    .text = "Honestly that's more than we budgeted for this year.",
                                    .utterance = 1,
                                    .handled = true,
                                    .resolved = true,
                                    .response = ObjectionResponse{.acknowledged = true,
                                                                  .clarifying_question = true,
                                                                  .value = false,
                                                                  .reply_s = 26 - 16.5,
                                                                  .pause_s = 16.5 - 15}}));
}

// The customer's authority objection comes last and the rep only says "Sure." (a
// backchannel, so the rep never takes the floor): no reply.
TEST(FindObjectionsTest, AnObjectionNeverAnsweredIsNeitherHandledNorResolved) {
  TestCall call({
      {kRep, 0, 8, "So the next step would be the order form."},
      {kCustomer, 8.5, 14, "I'll need to run it by our CFO first."},
      {kRep, 14.2, 14.8, "Sure."},
      {kCustomer, 15, 18, "She is back on Monday."},
  });
  EXPECT_THAT(FindObjections(call.facts()),
              ElementsAre(Objection{.type = "authority",
                                    .at_s = 8.5,
                                    .text = "I'll need to run it by our CFO first.",
                                    .utterance = 1,
                                    .handled = false,
                                    .resolved = false,
                                    .response = std::nullopt}));
}

// 1 and 3 are one 90 s reply (6.3-96.3): the customer's "Mm-hm." (2) does not take the floor.
// It acknowledges ("I understand") and carries value ("saves", "hours a week", "reduces") but
// asks nothing, and at 90 s it is a defensive monologue, so not handled. The customer's
// reaction, 2 and 4 ("Mm-hm." 0, "Okay, send me the case study." positive), is not negative
// and need is not raised again, so it is resolved.
TEST(FindObjectionsTest, ADefensiveMonologueIsNotHandledAndBackchannelsDoNotEndIt) {
  TestCall call({
      {kCustomer, 0, 6, "We already have a tool for this."},
      {kRep, 6.3, 50,
       "I understand. But our platform saves each rep five hours a week on reporting, and the "
       "forecast module is built on the activity data your current tool never sees."},
      {kCustomer, 50, 50.6, "Mm-hm."},
      {kRep, 51, 96.3,
       "And the coaching side reduces ramp time for new hires by a third, it is the same data "
       "and the same screen, so there is nothing for your managers to learn twice."},
      {kCustomer, 97, 101, "Okay, send me the case study."},
  });
  EXPECT_THAT(FindObjections(call.facts()),
              ElementsAre(Objection{.type = "need",
                                    .at_s = 0,
                                    .text = "We already have a tool for this.",
                                    .utterance = 0,
                                    .handled = false,
                                    .resolved = true,
                                    .response = ObjectionResponse{.acknowledged = true,
                                                                  .clarifying_question = false,
                                                                  .value = true,
                                                                  .reply_s = 96.3 - 6.3,
                                                                  .pause_s = 6.3 - 6}}));
}

// Price is raised in 1 and again in 3 (a new customer turn: the rep took the floor in 2). Both
// replies acknowledge and ask; the first is not resolved because price comes back. The first
// reply asked, so the rep's answer after the customer's clarification (4, "saves ... ten hours
// a week") is part of its response and brings value.
TEST(FindObjectionsTest, AnObjectionRaisedAgainIsNotResolved) {
  TestCall call({
      {kRep, 0, 8, "The annual plan is eighteen thousand."},
      {kCustomer, 8.5, 12, "That's too expensive for us."},
      {kRep, 12.4, 20, "I hear you. Which part of the budget would this come from?"},
      {kCustomer, 20.5, 27, "Marketing, and it's still too expensive."},
      {kRep, 27.5, 35,
       "That makes sense. If it saves your team ten hours a week, does the cost look different?"},
      {kCustomer, 35.5, 40, "Maybe. Send me the numbers."},
  });
  EXPECT_THAT(FindObjections(call.facts()),
              ElementsAre(Objection{.type = "price",
                                    .at_s = 8.5,
                                    .text = "That's too expensive for us.",
                                    .utterance = 1,
                                    .handled = true,
                                    .resolved = false,
                                    .response = ObjectionResponse{.acknowledged = true,
                                                                  .clarifying_question = true,
                                                                  .value = true,
                                                                  .reply_s = 20 - 12.4,
                                                                  .pause_s = 12.4 - 12}},
                          // Resolved: "Maybe. Send me the numbers." scores 0, neutral.
                          Objection{.type = "price",
                                    .at_s = 20.5,
                                    .text = "Marketing, and it's still too expensive.",
                                    .utterance = 3,
                                    .handled = true,
                                    .resolved = true,
                                    .response = ObjectionResponse{.acknowledged = true,
                                                                  .clarifying_question = true,
                                                                  .value = true,
                                                                  .reply_s = 35 - 27.5,
                                                                  .pause_s = 27.5 - 27}}));
}

// 0-2 are one customer turn: the rep's "Mm-hm." (1) does not take the floor, so the second
// "we're using" is the same competitor objection. Utterance 2 adds price ("budget is tight")
// and timing ("next quarter"), in that order. All three share the reply in 3 (13-20), after a
// pause from the end of 2 (12), not of 0.
TEST(FindObjectionsTest, OneObjectionPerTypePerCustomerTurn) {
  TestCall call({
      {kCustomer, 0, 5, "We're also looking at Gong."},
      {kRep, 5.2, 5.8, "Mm-hm."},
      {kCustomer, 6, 12,
       "And honestly we're using it for everything. Also budget is tight until next quarter."},
      {kRep, 13, 20,
       "I totally understand. What would need to be true to revisit this in the new year?"},
      {kCustomer, 20.5, 25, "Fair enough, a clear business case would help."},
  });
  const ObjectionResponse reply{.acknowledged = true,
                                .clarifying_question = true,
                                .value = false,
                                .reply_s = 20 - 13,
                                .pause_s = 13 - 12};
  const std::string second_sentence = "Also budget is tight until next quarter.";
  EXPECT_THAT(FindObjections(call.facts()), ElementsAre(Objection{.type = "competitor",
                                                                  .at_s = 0,
                                                                  .text = "We're also looking at Gong.",
                                                                  .utterance = 0,
                                                                  .handled = true,
                                                                  .resolved = true,
                                                                  .response = reply},
                                                        Objection{.type = "price",
                                                                  .at_s = 6,
                                                                  .text = second_sentence,
                                                                  .utterance = 2,
                                                                  .handled = true,
                                                                  .resolved = true,
                                                                  .response = reply},
                                                        Objection{.type = "timing",
                                                                  .at_s = 6,
                                                                  .text = second_sentence,
                                                                  .utterance = 2,
                                                                  .handled = true,
                                                                  .resolved = true,
                                                                  .response = reply}));
}

// The rep's backchannel "I hear you." (2) comes before the customer finishes; it counts as the
// acknowledgement of the reply that starts in 4. The pause runs from the end of 3.
TEST(FindObjectionsTest, AnAcknowledgementBeforeTheReplyCounts) {
  TestCall call({
      {kRep, 0, 6, "Implementation takes about six weeks."},
      {kCustomer, 6.5, 10, "Six weeks is a lot, we're too busy this quarter."},
      {kRep, 10.2, 10.9, "I hear you."},
      {kCustomer, 11, 13, "The team is stretched."},
      {kRep, 15, 24, "Which weeks are the worst for your team?"},
      {kCustomer, 24.5, 28, "Late March, around our kickoff."},
  });
  std::vector<Objection> objections = FindObjections(call.facts());
  ASSERT_EQ(objections.size(), 1u);
  EXPECT_EQ(objections[0].type, "timing");
  EXPECT_TRUE(objections[0].handled);
  EXPECT_EQ(objections[0].response, (ObjectionResponse{.acknowledged = true,
                                                       .clarifying_question = true,
                                                       .value = false,
                                                       .reply_s = 24 - 15,
                                                       .pause_s = 15 - 13}));
}

// A reply the customer meets with a negative turn is not resolved, however well it was put.
TEST(FindObjectionsTest, ANegativeReactionIsNotResolved) {
  TestCall call({
      {kCustomer, 0, 5, "I'm skeptical this works for a team our size."},
      {kRep, 5.5, 14, "That's a fair concern. What size of team worries you?"},
      {kCustomer, 14.5, 20, "Honestly, the last vendor was a terrible, painful disaster."},
  });
  std::vector<Objection> objections = FindObjections(call.facts());
  ASSERT_EQ(objections.size(), 1u);
  EXPECT_EQ(objections[0].type, "trust");
  EXPECT_TRUE(objections[0].handled);
  EXPECT_FALSE(objections[0].resolved);
}

TEST(FindObjectionsTest, RepWordsAreNeverObjections) {
  TestCall call({{kRep, 0, 5, "Most teams tell us it is too expensive until they see the ROI."},
                 {kCustomer, 5.5, 8, "That makes sense to me."}});
  EXPECT_TRUE(FindObjections(call.facts()).empty());
}

}  // namespace
}  // namespace sc::analysis
