// Interaction measures on hand-labelled calls; every expected value is worked out in the
// comments from the utterance times and word counts.
#include "analysis/interaction.h"

#include <gtest/gtest.h>

namespace sc::analysis {
namespace {

using model::SpeakerRole;
using model::Utterance;

constexpr SpeakerRole kRep = SpeakerRole::kRep;
constexpr SpeakerRole kCustomer = SpeakerRole::kCustomer;

// Index: role, start-end, words.
//   0 rep   0.0- 3.0  7   "Thanks for making the time today, Priya."
//   1 cust  3.5- 6.0  8
//   2 rep   7.0-11.0 10
//   3 cust 11.2-11.6  1   backchannel (0.4 s): does not break the rep's stretch
//   4 rep  11.8-15.0 11
//   5 cust 16.5-25.5 14
//   6 cust 25.8-28.8  7
//   7 rep  29.0-30.0  3   backchannel (3 words): does not break the customer's story
//   8 other 30.0-31.0     a third party, left out
//   9 rep  31.5-36.5 14
std::vector<Utterance> DiscoveryExcerpt() {
  return {
      {"Dana", kRep, 0.0, 3.0, "Thanks for making the time today, Priya."},
      {"Priya", kCustomer, 3.5, 6.0, "Of course, happy to be here with you."},
      {"Dana", kRep, 7.0, 11.0, "So tell me how your team runs its forecast today."},
      {"Priya", kCustomer, 11.2, 11.6, "Mm-hm."},
      {"Dana", kRep, 11.8, 15.0, "And what happens when a deal slips late in the quarter?"},
      {"Priya", kCustomer, 16.5, 25.5,
       "Honestly it is chaos, we rebuild the spreadsheet every Monday and nobody trusts it."},
      {"Priya", kCustomer, 25.8, 28.8, "Last quarter we missed by twenty percent."},
      {"Dana", kRep, 29.0, 30.0, "That makes sense."},
      {"Assistant", SpeakerRole::kOther, 30.0, 31.0, "Sorry, joining late."},
      {"Dana", kRep, 31.5, 36.5,
       "What would it mean for you if the forecast were right within five percent?"},
  };
}

TEST(InteractionTest, TalkTimeAndRatioCountBothSidesOnly) {
  InteractionMeasures m = MeasureInteraction(DiscoveryExcerpt());
  EXPECT_DOUBLE_EQ(m.rep_talk_s, 3.0 + 4.0 + 3.2 + 1.0 + 5.0);       // 16.2
  EXPECT_DOUBLE_EQ(m.customer_talk_s, 2.5 + 0.4 + 9.0 + 3.0);        // 14.9
  EXPECT_EQ(m.rep_words, 7u + 10u + 11u + 3u + 14u);                 // 45
  EXPECT_EQ(m.customer_words, 8u + 1u + 14u + 7u);                   // 30
  ASSERT_TRUE(m.talk_ratio.has_value());
  EXPECT_NEAR(*m.talk_ratio, 16.2 / 31.1, 1e-12);
  EXPECT_FALSE(m.talk_ratio_from_words);
  ASSERT_TRUE(m.wpm.has_value());
  EXPECT_NEAR(*m.wpm, 45 / (16.2 / 60), 1e-9);  // 166.67 words per minute
}

TEST(InteractionTest, BackchannelsDoNotBreakMonologuesOrStories) {
  InteractionMeasures m = MeasureInteraction(DiscoveryExcerpt());
  ASSERT_TRUE(m.longest_monologue.has_value());
  EXPECT_DOUBLE_EQ(m.longest_monologue->start_s, 7.0);  // utterances 2-4 across the "Mm-hm."
  EXPECT_DOUBLE_EQ(m.longest_monologue->end_s, 15.0);
  EXPECT_EQ(m.longest_monologue->first_utterance, 2u);
  EXPECT_EQ(m.longest_monologue->last_utterance, 4u);
  ASSERT_TRUE(m.longest_customer_story.has_value());
  EXPECT_NEAR(m.longest_customer_story->seconds(), 28.8 - 16.5, 1e-12);  // 5-6, past "That
  EXPECT_EQ(m.longest_customer_story->first_utterance, 5u);               // makes sense."
  EXPECT_EQ(m.longest_customer_story->last_utterance, 6u);
}

TEST(InteractionTest, InteractivityCountsChangesOfTheFloorPerMinute) {
  // Floor changes: 0->1, 1->2, 4->5, 6->9 = 4, over 0.0-36.5 s.
  InteractionMeasures m = MeasureInteraction(DiscoveryExcerpt());
  ASSERT_TRUE(m.interactivity.has_value());
  EXPECT_NEAR(*m.interactivity, 4 / (36.5 / 60), 1e-9);
}

TEST(InteractionTest, PatienceIsTheMedianPauseBeforeTheRepReplies) {
  // Rep replies: 2 after 1 (7.0 - 6.0 = 1.0) and 9 after 6 (31.5 - 28.8 = 2.7).
  InteractionMeasures m = MeasureInteraction(DiscoveryExcerpt());
  EXPECT_EQ(m.rep_replies, 2u);
  ASSERT_TRUE(m.patience_s.has_value());
  EXPECT_NEAR(*m.patience_s, (1.0 + 2.7) / 2, 1e-12);
}

TEST(InteractionTest, AnInterruptionIsAZeroPause) {
  std::vector<Utterance> call = {
      {"Priya", kCustomer, 0.0, 6.0, "We looked at three vendors last year already."},
      {"Dana", kRep, 5.5, 9.0, "Right, and which one did you end up choosing then?"},
      {"Priya", kCustomer, 9.3, 12.0, "None of them, the price was far too high."},
      {"Dana", kRep, 12.5, 14.0, "What price would have made sense for you?"},
      {"Priya", kCustomer, 14.6, 18.0, "Something under fifty thousand a year, honestly."},
      {"Dana", kRep, 19.0, 22.0, "Understood, that helps me a lot, thank you."},
  };
  InteractionMeasures m = MeasureInteraction(call);
  EXPECT_EQ(m.rep_replies, 3u);
  ASSERT_TRUE(m.patience_s.has_value());
  EXPECT_DOUBLE_EQ(*m.patience_s, 0.5);  // pauses 0 (overlap), 0.5, 1.0
}

TEST(InteractionTest, WithoutTimesOnlyTheWordShareIsMeasured) {
  std::vector<Utterance> call = {
      {"Dana", kRep, 0, 0, "How do you forecast today across the regions?"},  // 8 words
      {"Priya", kCustomer, 0, 0, "In a spreadsheet, sadly."},                   // 4 words
  };
  InteractionMeasures m = MeasureInteraction(call);
  ASSERT_TRUE(m.talk_ratio.has_value());
  EXPECT_TRUE(m.talk_ratio_from_words);
  EXPECT_DOUBLE_EQ(*m.talk_ratio, 8.0 / 12.0);
  EXPECT_FALSE(m.longest_monologue.has_value());
  EXPECT_FALSE(m.interactivity.has_value());
  EXPECT_FALSE(m.patience_s.has_value());
  EXPECT_FALSE(m.wpm.has_value());
}

TEST(InteractionTest, AnEmptyOrOneSidedCallHasNoSharedMeasures) {
  InteractionMeasures empty = MeasureInteraction({});
  EXPECT_FALSE(empty.talk_ratio.has_value());
  EXPECT_FALSE(empty.longest_monologue.has_value());
  EXPECT_FALSE(empty.patience_s.has_value());

  std::vector<Utterance> voicemail = {
      {"Dana", kRep, 0, 20, "Hi Priya, it is Dana from Northwind, calling about the forecast."}};
  InteractionMeasures m = MeasureInteraction(voicemail);
  EXPECT_DOUBLE_EQ(*m.talk_ratio, 1.0);
  EXPECT_DOUBLE_EQ(m.longest_monologue->seconds(), 20);
  EXPECT_FALSE(m.longest_customer_story.has_value());
  EXPECT_FALSE(m.patience_s.has_value());
  EXPECT_DOUBLE_EQ(*m.interactivity, 0.0);
}

TEST(InteractionTest, CountsWordsAsPeopleDo) {
  EXPECT_EQ(CountWords(""), 0u);
  EXPECT_EQ(CountWords("  Mm-hm.  "), 1u);
  EXPECT_EQ(CountWords("We're at 20% -- maybe... "), 4u);  // "--" and "..." alone are not
  EXPECT_EQ(CountWords("Ça\tmarche\nbien"), 3u);
}

TEST(InteractionTest, BackchannelsAreShortInTimeOrWords) {
  EXPECT_TRUE(IsBackchannel({"P", kCustomer, 0, 0.9, "Yes that is exactly what we need"}));
  EXPECT_TRUE(IsBackchannel({"P", kCustomer, 0, 4.0, "Okay, got it."}));
  EXPECT_FALSE(IsBackchannel({"P", kCustomer, 0, 1.5, "Okay, that makes sense."}));
}

}  // namespace
}  // namespace sc::analysis
