#include "sample/dialogue.h"

#include <gtest/gtest.h>

#include "sample/test_support.h"

namespace sc::sample {
namespace {

using testing::CountPhrase;

Voice RepVoice(double fillers_per_minute) {
  return Voice{.name = "Dana Reyes",
               .role = model::SpeakerRole::kRep,
               .words_per_minute = 150,
               .fillers_per_minute = fillers_per_minute};
}

Voice CustomerVoice() {
  return Voice{
      .name = "Priya Shah", .role = model::SpeakerRole::kCustomer, .words_per_minute = 160};
}

int CountFillers(std::string_view text) {
  int count = 0;
  // CountPhrase ignores case, so each filler is listed once.
  for (std::string_view filler :
       {"um,", "uh,", "you know,", "i mean,", "basically,", " like,", "sort of", "kind of"}) {
    count += CountPhrase(text, filler);
  }
  return count;
}

TEST(CountWordsTest, CountsRunsOfNonSpace) {
  EXPECT_EQ(CountWords(""), 0);
  EXPECT_EQ(CountWords("one"), 1);
  EXPECT_EQ(CountWords("  two   words "), 2);
}

TEST(InsertFillerTest, KeepsTheSentenceAndAddsTheFiller) {
  Rng rng(1);
  for (std::string_view filler :
       {"um", "uh", "you know", "like", "basically", "I mean", "sort of", "kind of"}) {
    for (int attempt = 0; attempt < 20; ++attempt) {
      std::string sentence = "We rebuild the same workbook every week.";
      InsertFiller(sentence, filler, rng);
      EXPECT_NE(sentence, "We rebuild the same workbook every week.");
      EXPECT_NE(sentence.find("rebuild the same workbook every week."), std::string::npos)
          << sentence;
      EXPECT_GT(CountWords(sentence), 7) << sentence;
    }
  }
}

TEST(InsertFillerTest, LowerCasesCommonOpenersButNotNames) {
  Rng rng(2);
  for (int attempt = 0; attempt < 20; ++attempt) {
    std::string common = "Honestly the data is messy.";
    InsertFiller(common, "um", rng);
    EXPECT_EQ(common, "Um, honestly the data is messy.");
    std::string name = "Northwind was founded in 2016.";
    InsertFiller(name, "uh", rng);
    EXPECT_EQ(name, "Uh, Northwind was founded in 2016.");
  }
}

TEST(InsertFillerTest, NeverStuttersTheFirstWord) {
  Rng rng(3);
  for (int attempt = 0; attempt < 50; ++attempt) {
    std::string sentence = "You can set up alerts on any filter.";
    InsertFiller(sentence, "you know", rng);
    EXPECT_EQ(sentence.find("You, you know"), std::string::npos) << sentence;
  }
}

TEST(InsertFillerTest, LikeAsFillerIsSetOffByCommas) {
  Rng rng(4);
  std::string sentence = "It's a lot of manual work.";
  InsertFiller(sentence, "like", rng);
  EXPECT_EQ(sentence, "It's, like, a lot of manual work.");
}

TEST(DialogueTest, UtterancesAreTimedInOrder) {
  Rng rng(5);
  Dialogue dialogue({RepVoice(2), CustomerVoice()}, &rng);
  dialogue.Say(0, {Plain("Thanks for making the time today.")}, 0.8);
  dialogue.Say(1, {Plain("Of course.")}, 0.5);
  dialogue.Say(0, {Exact("What's the hardest part of your quarter right now?")}, 1.2);
  std::vector<model::Utterance> utterances = dialogue.TakeUtterances();
  ASSERT_EQ(utterances.size(), 3u);
  double previous_end = 0;
  for (const model::Utterance& utterance : utterances) {
    EXPECT_GT(utterance.end_s, utterance.start_s);
    EXPECT_GE(utterance.start_s, previous_end);
    previous_end = utterance.end_s;
  }
  EXPECT_NEAR(utterances[2].start_s - utterances[1].end_s, 1.2, 1e-9);
  EXPECT_EQ(utterances[2].text, "What's the hardest part of your quarter right now?");
  EXPECT_EQ(utterances[1].role, model::SpeakerRole::kCustomer);
}

TEST(DialogueTest, DurationFollowsTheSpeechRate) {
  Rng rng(6);
  Dialogue dialogue({RepVoice(0), CustomerVoice()}, &rng);
  std::string thirty_words;
  for (int word = 0; word < 30; ++word) thirty_words += "word ";
  thirty_words += "end.";
  dialogue.Say(0, {Plain(thirty_words)}, 0.5);
  std::vector<model::Utterance> utterances = dialogue.TakeUtterances();
  ASSERT_EQ(utterances.size(), 1u);
  // 31 words at 150 wpm: 12.4 s, give or take the 4% jitter.
  EXPECT_NEAR(utterances[0].end_s - utterances[0].start_s, 12.4, 0.6);
}

TEST(DialogueTest, LongTurnsSplitAndBackchannelsStayShort) {
  Rng rng(7);
  Dialogue dialogue({RepVoice(0), CustomerVoice()}, &rng);
  std::vector<Sentence> sentences;
  for (int index = 0; index < 40; ++index) {
    sentences.push_back(Plain("Pulse rolls up every commit automatically for the team."));
  }
  dialogue.Monologue(0, sentences, 0.5, 1, 1.0);
  std::vector<model::Utterance> utterances = dialogue.TakeUtterances();
  int backchannels = 0;
  for (const model::Utterance& utterance : utterances) {
    if (utterance.role == model::SpeakerRole::kCustomer) {
      ++backchannels;
      EXPECT_LE(utterance.end_s - utterance.start_s, 1.0);
      EXPECT_LE(CountWords(utterance.text), 2);
    } else {
      EXPECT_LE(CountWords(utterance.text), kMaxUtteranceWords);
    }
  }
  EXPECT_GT(backchannels, 3);
  EXPECT_EQ(utterances.back().role, model::SpeakerRole::kRep);
}

TEST(DialogueTest, FillersFollowTheVoiceRateAndSkipExactSentences) {
  Rng rng(8);
  Dialogue dialogue({RepVoice(4), CustomerVoice()}, &rng);
  double minutes = 0;
  for (int turn = 0; turn < 200; ++turn) {
    dialogue.Say(0,
                 {Plain("We rebuild the same report for the managers every single week."),
                  Exact("How does that sound so far?")},
                 0.5);
  }
  std::vector<model::Utterance> utterances = dialogue.TakeUtterances();
  int fillers = 0;
  for (const model::Utterance& utterance : utterances) {
    minutes += (utterance.end_s - utterance.start_s) / 60;
    fillers += CountFillers(utterance.text);
    EXPECT_NE(utterance.text.find("How does that sound so far?"), std::string::npos);
  }
  EXPECT_NEAR(fillers / minutes, 4, 0.6);
}

}  // namespace
}  // namespace sc::sample
