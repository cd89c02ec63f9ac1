#include "analysis/vader.h"

#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "analysis/vader_text.h"

namespace sc::analysis {
namespace {

using ::testing::ElementsAre;
using ::testing::ElementsAreArray;

const SentimentLexicon& VaderLexicon() {
  static const SentimentLexicon* lexicon = [] {
    Diagnostics diagnostics;
    Result<SentimentLexicon> loaded = SentimentLexicon::Load(SC_VADER_LEXICON, &diagnostics);
    SC_CHECK(loaded.ok());
    return new SentimentLexicon(std::move(loaded).value());
  }();
  return *lexicon;
}

SentimentLexicon TinyLexicon() {
  Diagnostics diagnostics;
  return SentimentLexicon::Parse("good\t1.9\nbad\t-2.5\ngreat\t3.1\n", "tiny.txt", &diagnostics)
      .value();
}

// Hand-computed on a three-word lexicon (good 1.9, bad -2.5, great 3.1), with
// compound = sum / sqrt(sum^2 + 15) and the shares counting each neutral word 1 and each
// sentiment word |valence| + 1.
TEST(VaderAnalyzerTest, HandComputedScoresOnATinyLexicon) {
  SentimentLexicon lexicon = TinyLexicon();
  VaderAnalyzer analyzer(lexicon);
  // 1.9 / sqrt(1.9^2 + 15) = 0.44043
  EXPECT_EQ(analyzer.Score("good"), (SentimentScores{0, 0, 1, 0.4404}));
  // Negation: 1.9 * -0.74 = -1.406 -> -0.34124; shares 2.406 / 3.406 and 1 / 3.406.
  EXPECT_EQ(analyzer.Score("not good"), (SentimentScores{0.706, 0.294, 0, -0.3412}));
  // Booster: 1.9 + 0.293 = 2.193 -> 0.49273; shares 3.193 / 4.193 and 1 / 4.193.
  EXPECT_EQ(analyzer.Score("very good"), (SentimentScores{0, 0.238, 0.762, 0.4927}));
  // A booster two words back counts 0.95: 1.9 + 0.293 * 0.95 = 2.17835 -> 0.49023.
  EXPECT_EQ(analyzer.Score("very dull good").compound, 0.4902);
  // Exclamation: 1.9 + 0.292 = 2.192 -> 0.49255.
  EXPECT_EQ(analyzer.Score("good!").compound, 0.4926);
  // "but": 1.9 * 0.5 + -2.5 * 1.5 = -2.8 -> -0.58588.
  EXPECT_EQ(analyzer.Score("good but bad").compound, -0.5859);
  // ALL CAPS among lower-case words: 1.9 + 0.733 = 2.633 -> 0.56222.
  EXPECT_EQ(analyzer.Score("GOOD day").compound, 0.5622);
  // ...but not when every word is in capitals.
  EXPECT_EQ(analyzer.Score("GOOD DAY").compound, 0.4404);
}

// Expected values printed by the reference, npm vader-sentiment 1.1.3:
//   node -e "console.log(require('vader-sentiment').SentimentIntensityAnalyzer
//            .polarity_scores('The product is good.'))"
struct ReferenceCase {
  std::string_view text;
  SentimentScores expected;
};

TEST(VaderAnalyzerTest, MatchesTheReferenceOnCharacteristicSentences) {
  const ReferenceCase cases[] = {
      {"The product is good.", {0, 0.508, 0.492, 0.4404}},
      {"The product is not good.", {0.376, 0.624, 0, -0.3412}},
      {"The product is extremely good.", {0, 0.556, 0.444, 0.4927}},
      {"The product is kind of good.", {0, 0.657, 0.343, 0.3832}},
      {"The product is GOOD.", {0, 0.452, 0.548, 0.5622}},
      {"The product is good!", {0, 0.484, 0.516, 0.4926}},
      {"The product is good, but the price is high.", {0, 0.804, 0.196, 0.2382}},
      {"The price is high, but the product is good.", {0, 0.675, 0.325, 0.5927}},
      {"isn't really great", {0.637, 0.363, 0, -0.544}},
      {"This is the least useful demo.", {0.325, 0.675, 0, -0.3412}},
      {"At least it is useful.", {0, 0.58, 0.42, 0.4404}},
      {"I have never been so happy.", {0, 0.458, 0.542, 0.6948}},
      {"The demo was the bomb.", {0, 0.5, 0.5, 0.6124}},
      {"Great call :)", {0, 0.123, 0.877, 0.7964}},
      {"Bad call :(", {0.865, 0.135, 0, -0.7506}},
      {"Is it good??", {0, 0.38, 0.62, 0.504}},
      {"without a doubt the best", {0.45, 0.267, 0.282, -0.3089}},
      {"Not bad, BUT expensive", {0.429, 0.571, 0, -0.3071}},
  };
  VaderAnalyzer analyzer(VaderLexicon());
  for (const ReferenceCase& c : cases) {
    EXPECT_EQ(analyzer.Score(c.text), c.expected) << c.text;
  }
}

TEST(VaderAnalyzerTest, KeepsTheReferencesQuirks) {
  const ReferenceCase cases[] = {
      // Four or more "!" (or "?") are not a PUNC_LIST entry, so the word keeps them and is no
      // longer found in the lexicon.
      {"The product is good!!!!!!", {0, 1, 0, 0}},
      {"Is it good????", {0, 1, 0, 0}},
      // "But" with a capital is not a contrast; "not" negates "bad".
      {"not bad But expensive", {0, 0.513, 0.487, 0.431}},
      // One-letter words are dropped; a text without words scores all zeros.
      {"", {0, 0, 0, 0}},
      {"I", {0, 0, 0, 0}},
      {"hm", {0, 1, 0, 0}},
      // A lone word in capitals gets no emphasis: there is no differential.
      {"GOOD", {0, 0, 1, 0.4404}},
  };
  VaderAnalyzer analyzer(VaderLexicon());
  for (const ReferenceCase& c : cases) {
    EXPECT_EQ(analyzer.Score(c.text), c.expected) << c.text;
  }
}

TEST(VaderAnalyzerTest, ScoresTheSameFromManyThreads) {
  VaderAnalyzer analyzer(VaderLexicon());
  const std::vector<std::string> texts = {"The product is good.", "Not bad, BUT expensive",
                                          "I have never been so happy.", "Bad call :("};
  std::vector<SentimentScores> expected;
  for (const std::string& text : texts) expected.push_back(analyzer.Score(text));
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (std::size_t thread_index = 0; thread_index < mismatches.size(); ++thread_index) {
    threads.emplace_back([&, thread_index] {
      for (int round = 0; round < 500; ++round) {
        for (std::size_t text_index = 0; text_index < texts.size(); ++text_index) {
          if (!(analyzer.Score(texts[text_index]) == expected[text_index])) {
            ++mismatches[thread_index];
          }
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_THAT(mismatches, ElementsAre(0, 0, 0, 0));
}

std::vector<std::string> Split(std::string_view text) {
  std::vector<std::string_view> words;
  vader::SplitWordsAndEmoticons(text, &words);
  return std::vector<std::string>(words.begin(), words.end());
}

TEST(VaderTextTest, SplitsLikeTheReference) {
  struct Case {
    std::string_view text;
    std::vector<std::string> words;
  };
  const Case cases[] = {
      {"The product is good.", {"The", "product", "is", "good"}},
      {"I love it :) !!!", {"love", "it", ":)", "!!!"}},
      {"wow!!! really?!? ok...", {"wow", "really", "ok..."}},
      {"!!!great (fine) \"nice\"", {"great", "(fine)", "\"nice\""}},
      {"don't. can't isn't,", {"don't.", "can't", "isn't,"}},
      {"a, b. x! ab!", {"a,", "b.", "x!", "ab"}},
      {"good!!!! fine!?!?", {"good!!!!", "fine"}},
      {"tab\tnew\nline\r\nend", {"tab", "new", "line", "end"}},
      // JavaScript's \s covers these: NBSP, ideographic space, BOM, line separator.
      {"one\u00A0two\u3000three\uFEFFfour\u2028five", {"one", "two", "three", "four", "five"}},
      // ...but not NEL (U+0085).
      {"one\u0085two", {"one\u0085two"}},
      // One BMP character is one code unit and is dropped; an emoji is two and is kept.
      {"\u00E9 \U0001F600 ok", {"\U0001F600", "ok"}},
      {"   ", {}},
  };
  for (const Case& c : cases) {
    EXPECT_THAT(Split(c.text), ElementsAreArray(c.words)) << c.text;
  }
}

TEST(VaderTextTest, AllCapsLikePythonIsUpper) {
  EXPECT_TRUE(vader::IsAllCaps("GREAT"));
  EXPECT_TRUE(vader::IsAllCaps("A+"));
  EXPECT_TRUE(vader::IsAllCaps(":)WORD"));
  EXPECT_FALSE(vader::IsAllCaps("Great"));
  EXPECT_FALSE(vader::IsAllCaps(":)"));
  EXPECT_FALSE(vader::IsAllCaps(""));
}

TEST(VaderTextTest, LowercasesAsciiAndTheKelvinSign) {
  std::string out;
  EXPECT_EQ(vader::AppendLowercase("GrEaT", &out), 5u);
  EXPECT_EQ(vader::AppendLowercase("\u212Aind \u00C9", &out), 7u);  // 3 bytes become 1
  EXPECT_EQ(out, "greatkind \u00C9");
}

TEST(VaderTextTest, RoundsLikeJavaScriptToFixed) {
  EXPECT_EQ(vader::RoundLikeToFixed(0.03125, 4), 0.0313);  // an exact tie rounds up
  EXPECT_EQ(vader::RoundLikeToFixed(-0.03125, 4), -0.0313);
  EXPECT_EQ(vader::RoundLikeToFixed(0.15625, 4), 0.1563);
  EXPECT_EQ(vader::RoundLikeToFixed(0.0625, 3), 0.063);
  EXPECT_EQ(vader::RoundLikeToFixed(1.0005, 3), 1.0);      // 1.0005 is 1.000499999...
  EXPECT_EQ(vader::RoundLikeToFixed(0.00005, 4), 0.0001);  // 0.00005 is 0.0000500000000...02
  EXPECT_EQ(vader::RoundLikeToFixed(0.000025, 4), 0.0);
  EXPECT_EQ(vader::RoundLikeToFixed(0.44043357076016854, 4), 0.4404);
  EXPECT_EQ(vader::RoundLikeToFixed(1.0, 4), 1.0);
}

}  // namespace
}  // namespace sc::analysis
