#include "analysis/sentences.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace sc::analysis {
namespace {

std::vector<std::string> Sentences(std::string_view text) {
  std::vector<std::string> out;
  for (TextSpan s : SplitSentences(text)) out.emplace_back(Slice(text, s));
  return out;
}

using Strings = std::vector<std::string>;

TEST(SentencesTest, SplitsAtEndPunctuationFollowedBySpace) {
  EXPECT_EQ(Sentences("We use Gong. How does it work? Great!"),
            (Strings{"We use Gong.", "How does it work?", "Great!"}));
}

TEST(SentencesTest, TextWithoutEndPunctuationIsOneSentence) {
  EXPECT_EQ(Sentences("  so yeah we we kind of do that  "), (Strings{"so yeah we we kind of do that"}));
  EXPECT_TRUE(Sentences("").empty());
  EXPECT_TRUE(Sentences("   ").empty());
}

TEST(SentencesTest, KeepsNumbersDomainsInitialsAndAbbreviationsTogether) {
  EXPECT_EQ(Sentences("It went up 3.5 percent. We tried gong.io once."),
            (Strings{"It went up 3.5 percent.", "We tried gong.io once."}));
  EXPECT_EQ(Sentences("Talk to Mr. Smith and J. Doe. Then e.g. legal."),
            (Strings{"Talk to Mr. Smith and J. Doe.", "Then e.g. legal."}));
  EXPECT_EQ(Sentences("Tuesday at 9 a.m. works."), (Strings{"Tuesday at 9 a.m. works."}));
}

TEST(SentencesTest, RunsOfPunctuationAndClosingQuotesEndOneSentence) {
  EXPECT_EQ(Sentences("Really?! Wow... He said \"no.\" Fine."),
            (Strings{"Really?!", "Wow...", "He said \"no.\"", "Fine."}));
  EXPECT_EQ(Sentences("Well\xE2\x80\xA6 maybe."), (Strings{"Well\xE2\x80\xA6", "maybe."}));
}

TEST(SentencesTest, DetectsQuestionMarks) {
  EXPECT_TRUE(EndsWithQuestionMark("How?"));
  EXPECT_TRUE(EndsWithQuestionMark("He asked \"why?\" "));
  EXPECT_FALSE(EndsWithQuestionMark("Why not."));
  EXPECT_FALSE(EndsWithQuestionMark(""));
}

}  // namespace
}  // namespace sc::analysis
