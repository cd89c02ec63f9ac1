// Questions on hand-labelled sentences and a hand-labelled discovery call; the expected types,
// follow-ups and counts are worked out in the comments.
#include "analysis/questions.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "analysis/measure_test_util.h"

namespace sc::analysis {
namespace {

using ::testing::ElementsAre;

// The type of every sentence of `text`, said by `role`.
std::vector<QuestionType> TypesOf(std::string text, model::SpeakerRole role = kRep) {
  TestCall call({{role, 0, 5, std::move(text)}});
  std::vector<QuestionType> types;
  for (std::size_t s = 0; s < call.facts().facts[0].sentences.size(); ++s) {
    types.push_back(ClassifyQuestion(call.facts(), 0, s));
  }
  return types;
}

struct Labelled {
  std::string text;
  QuestionType type;
};

constexpr QuestionType kOpen = QuestionType::kOpen;
constexpr QuestionType kClosed = QuestionType::kClosed;
constexpr QuestionType kNone = QuestionType::kNone;

TEST(ClassifyQuestionTest, LabelledSentences) {
  const Labelled cases[] = {
      // The longer cue wins at the same place.
      {"How many reps are on the team?", kClosed},
      {"How do you forecast today?", kOpen},
      {"How long have you been on Salesforce?", kClosed},
      // Interrogative form without a '?'.
      {"Tell me about your forecast process.", kOpen},
      {"Walk me through the last deal you lost.", kOpen},
      {"Do you use Gong", kClosed},
      {"Are we the only vendor in the running", kClosed},
      {"Why did you switch vendors", kOpen},
      // A '?' with no cue is closed.
      {"You're on Salesforce?", kClosed},
      {"So the legal review adds a week?", kClosed},
      // Lead-ins before the cue.
      {"So, what does your team use today", kOpen},
      {"Okay, so how many people sit in RevOps", kClosed},
      {"Um, which CRM is the source of truth", kClosed},
      // A cue followed by a subject opens a statement.
      {"What we found is that most teams forecast weekly.", kNone},
      {"When you think about it, the spreadsheet is the problem.", kNone},
      {"How that works is simple.", kNone},
      // A cue that opens no sentence asks nothing.
      {"Customers tell me it's slow.", kNone},
      {"The pipeline review happens every Monday.", kNone},
      // A request wrapping an open cue is open; a plain request is closed.
      {"Can you walk me through how deals get approved?", kOpen},
      {"Could you tell me more about that", kOpen},
      {"Can you send me the deck?", kClosed},
      // The cue opening a clause decides, before earlier cues inside a clause.
      {"We covered what you need, is that right?", kClosed},
      {"Given all that, how would you prioritise?", kOpen},
      {"You're using it for what?", kOpen},
      {"What's your timeline for this?", kOpen},
  };
  for (const Labelled& c : cases) {
    EXPECT_THAT(TypesOf(c.text), ElementsAre(c.type)) << c.text;
  }
}

TEST(ClassifyQuestionTest, EachSentenceOfAnUtteranceHasItsOwnType) {
  EXPECT_THAT(TypesOf("Great. And how long have you been on Salesforce? Tell me why you chose it."),
              ElementsAre(kNone, kClosed, kOpen));
}

TEST(ClassifyQuestionTest, CustomersAskTooWithTheSameCues) {
  EXPECT_THAT(TypesOf("Does it integrate with HubSpot? How long does setup take?", kCustomer),
              ElementsAre(kClosed, kClosed));
}

TEST(ClassifyQuestionTest, NamesTheTypes) {
  EXPECT_EQ(QuestionTypeName(kNone), "none");
  EXPECT_EQ(QuestionTypeName(kOpen), "open");
  EXPECT_EQ(QuestionTypeName(kClosed), "closed");
}

// Index: role, start-end (s), text; questions as "sentence: type, follow-up (reused stem)".
//   0 rep    0.0- 6.0  s1: open, no follow-up (no customer turn yet)
//   1 cust   6.5-14.0  stems: busy spend hour week report pipelin forecast call painful
//   2 rep   14.5-20.0  s0 "Painful how?": open (the only cue, "how", is not at the start),
//                      follow-up (painful); s1: closed ("which"), follow-up (reports: report)
//   3 cust  20.5-31.0  stems: rep read deal updat spreadsheet hand
//   4 rep   31.5-33.0  "Got it.": no question
//   5 rep   33.2-38.0  closed ("how many"), follow-up (reps: rep) over the rep's own "Got it."
//   6 cust  38.5-44.0  no stems: honestly, think, kind, like and it are stop words or short
//   7 rep   44.5-50.0  open, no follow-up: "think" and "like" are reused but carry no content
//   8 cust  50.5-56.0  two customer questions
//   9 rep   56.5-62.0  s0: no question; s1 "Tell me about...": open, no follow-up
//  10 cust  62.5-70.0  stems: legal review contract fifty thousand
//  11 rep   70.5-75.0  closed ('?', no cue), follow-up (legal, review)
std::vector<Line> DiscoveryCall() {
  return {
      {kRep, 0.0, 6.0, "Thanks for the time today, Priya. How is the quarter going so far?"},
      {kCustomer, 6.5, 14.0,
       "Busy. We spend hours every week reporting on pipeline, and the forecast call is painful."},
      {kRep, 14.5, 20.0, "Painful how? Which reports take the longest?"},
      {kCustomer, 20.5, 31.0,
       "Every rep reads out their deals and we update a spreadsheet by hand."},
      {kRep, 31.5, 33.0, "Got it."},
      {kRep, 33.2, 38.0, "How many reps join that call?"},
      {kCustomer, 38.5, 44.0, "Honestly, I think they kind of like it."},
      {kRep, 44.5, 50.0, "What do you think they like about it?"},
      {kCustomer, 50.5, 56.0, "Does it integrate with HubSpot? How long does setup take?"},
      {kRep, 56.5, 62.0, "It does, setup takes about a week. Tell me about your approval process."},
      {kCustomer, 62.5, 70.0, "Legal reviews every contract over fifty thousand."},
      {kRep, 70.5, 75.0, "So the legal review adds a week?"},
  };
}

TEST(AnalyzeQuestionsTest, CountsTheRepsQuestionsByTypeAndFollowUp) {
  TestCall call(DiscoveryCall());
  QuestionAnalysis analysis = AnalyzeQuestions(call.facts(), ShippedStopwords());
  const model::QuestionCounts& counts = analysis.counts;
  EXPECT_EQ(counts.rep, 7u);        // utterances 0, 2 (two), 5, 7, 9, 11
  EXPECT_EQ(counts.open, 4u);       // 0, 2 s0, 7, 9 s1
  EXPECT_EQ(counts.closed, 3u);     // 2 s1, 5, 11
  EXPECT_EQ(counts.follow_up, 4u);  // 2 s0, 2 s1, 5, 11
  EXPECT_EQ(counts.customer, 2u);   // both in 8
  // Slices of 15 s: questions start in 0 (0.0, 14.5), 2 (33.2, 44.5), 3 (56.5) and 4 (70.5).
  ASSERT_TRUE(counts.spread.has_value());
  EXPECT_DOUBLE_EQ(*counts.spread, 4.0 / 5.0);
}

TEST(AnalyzeQuestionsTest, ListsEachRepQuestionInCallOrder) {
  TestCall call(DiscoveryCall());
  QuestionAnalysis analysis = AnalyzeQuestions(call.facts(), ShippedStopwords());
  struct Expected {
    std::size_t utterance, sentence;
    QuestionType type;
    bool follow_up;
  };
  const Expected expected[] = {{0, 1, kOpen, false},  {2, 0, kOpen, true},  {2, 1, kClosed, true},
                               {5, 0, kClosed, true}, {7, 0, kOpen, false}, {9, 1, kOpen, false},
                               {11, 0, kClosed, true}};
  ASSERT_EQ(analysis.rep_questions.size(), std::size(expected));
  for (std::size_t index = 0; index < std::size(expected); ++index) {
    const AskedQuestion& question = analysis.rep_questions[index];
    SCOPED_TRACE(::testing::Message() << "question " << index);
    EXPECT_EQ(question.utterance, expected[index].utterance);
    EXPECT_EQ(question.sentence, expected[index].sentence);
    EXPECT_EQ(question.type, expected[index].type);
    EXPECT_EQ(question.follow_up, expected[index].follow_up);
  }
}

TEST(AnalyzeQuestionsTest, AShortAnswerIsStillTheCustomersTurn) {
  // "Salesforce." is a backchannel by length, but it is what the rep follows up on.
  TestCall call({{kRep, 0, 3, "Which CRM are you on?"},
                 {kCustomer, 3.5, 4.2, "Salesforce."},
                 {kRep, 5, 9, "How long have you been on Salesforce?"}});
  QuestionAnalysis analysis = AnalyzeQuestions(call.facts(), ShippedStopwords());
  EXPECT_EQ(analysis.counts.rep, 2u);
  EXPECT_EQ(analysis.counts.closed, 2u);
  EXPECT_EQ(analysis.counts.follow_up, 1u);
  ASSERT_EQ(analysis.rep_questions.size(), 2u);
  EXPECT_TRUE(analysis.rep_questions[1].follow_up);
}

TEST(AnalyzeQuestionsTest, OnlyTheCustomersLastTurnCounts) {
  // The rep's question reuses "forecast" from the customer's first turn, not their last.
  TestCall call({{kCustomer, 0, 5, "Our forecast is always late."},
                 {kRep, 5.5, 8, "I see, that must hurt."},
                 {kCustomer, 8.5, 12, "It does, the board notices."},
                 {kRep, 12.5, 16, "Who builds the forecast?"}});
  QuestionAnalysis analysis = AnalyzeQuestions(call.facts(), ShippedStopwords());
  EXPECT_EQ(analysis.counts.rep, 1u);
  EXPECT_EQ(analysis.counts.follow_up, 0u);
}

TEST(AnalyzeQuestionsTest, ACallWithoutRepQuestionsHasNoSpread) {
  TestCall call(
      {{kRep, 0, 5, "Here is the agenda for today."}, {kCustomer, 5, 9, "What will it cost?"}});
  QuestionAnalysis analysis = AnalyzeQuestions(call.facts(), ShippedStopwords());
  EXPECT_EQ(analysis.counts.rep, 0u);
  EXPECT_EQ(analysis.counts.customer, 1u);
  EXPECT_FALSE(analysis.counts.spread.has_value());
  EXPECT_TRUE(analysis.rep_questions.empty());
}

}  // namespace
}  // namespace sc::analysis
