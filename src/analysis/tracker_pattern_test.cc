#include "analysis/tracker_pattern.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace sc::analysis {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Optional;

constexpr std::string_view kEitherApostrophe = "(?:'|\\xE2\\x80\\x99)";

TEST(LiteralVariantsTest, PlainWordsAreOneVariant) {
  EXPECT_THAT(LiteralVariants("um"), ElementsAre("um"));
  EXPECT_THAT(LiteralVariants("people.ai"), ElementsAre("people.ai"));
  EXPECT_THAT(LiteralVariants("$5"), ElementsAre("$5"));
}

TEST(LiteralVariantsTest, CollapsesAndTrimsWhiteSpace) {
  EXPECT_THAT(LiteralVariants("  you \t\n know "), ElementsAre("you know"));
}

TEST(LiteralVariantsTest, OneVariantPerApostropheForm) {
  EXPECT_THAT(LiteralVariants("i'll"), ElementsAre("i'll", "i\xE2\x80\x99ll"));
  EXPECT_THAT(LiteralVariants("I\xE2\x80\x99ll"), ElementsAre("I'll", "I\xE2\x80\x99ll"));
  EXPECT_THAT(LiteralVariants("can't won't"),
              ElementsAre("can't won't", "can\xE2\x80\x99t won't", "can't won\xE2\x80\x99t",
                          "can\xE2\x80\x99t won\xE2\x80\x99t"));
}

TEST(LiteralProblemTest, AcceptsOrdinaryPhrases) {
  EXPECT_EQ(LiteralProblem("don't have the budget"), std::nullopt);
  EXPECT_EQ(LiteralProblem("a'b'c'd"), std::nullopt);
}

TEST(LiteralProblemTest, RejectsEmptyAndApostropheHeavyPhrases) {
  EXPECT_THAT(LiteralProblem(" \t "), Optional(std::string("the phrase is empty")));
  EXPECT_THAT(LiteralProblem("a'b'c'd'e"),
              Optional(std::string("the phrase has more than 3 apostrophes")));
}

TEST(RegexPatternTest, ExpandsApostrophesOutsideClassesOnly) {
  EXPECT_EQ(RegexPattern("\\bi'm\\b"), "\\bi" + std::string(kEitherApostrophe) + "m\\b");
  EXPECT_EQ(RegexPattern("[a']x"), "[a']x");
  EXPECT_EQ(RegexPattern("[]']'"), "[]']" + std::string(kEitherApostrophe));
  EXPECT_EQ(RegexPattern("[[:alpha:]']'"), "[[:alpha:]']" + std::string(kEitherApostrophe));
  EXPECT_EQ(RegexPattern("a\\'b"), "a\\'b");
  EXPECT_EQ(RegexPattern("\\Qi'm\\E'"), "\\Qi'm\\E" + std::string(kEitherApostrophe));
  EXPECT_EQ(RegexPattern("\\d+\\s?%"), "\\d+\\s?%");
}

TEST(RegexProblemTest, AcceptsAGoodRegex) {
  EXPECT_EQ(RegexProblem("\\b\\d+\\s?%"), std::nullopt);
  EXPECT_EQ(RegexProblem("\\bi'?m\\s+like\\b"), std::nullopt);
}

TEST(RegexProblemTest, GivesHyperscansMessage) {
  EXPECT_THAT(RegexProblem("(abc"),
              Optional(std::string("Missing close parenthesis for group started at index 0.")));
  EXPECT_THAT(RegexProblem("a(?=b)"),
              Optional(std::string("Zero-width assertions are not supported.")));
  EXPECT_THAT(RegexProblem("(a)\\1"), Optional(std::string("Back-references are unsupported.")));
}

TEST(RegexProblemTest, RejectsEmptyMatches) {
  EXPECT_THAT(RegexProblem("a*"), Optional(std::string("the regex matches the empty string")));
}

TEST(RegexProblemTest, RejectsNonAscii) {
  EXPECT_THAT(RegexProblem("i[\xE2\x80\x99']m"), Optional(HasSubstr("non-ASCII")));
}

TEST(NormalizeWordTest, LowerCasesAndStraightensApostrophes) {
  EXPECT_EQ(NormalizeWord("I\xE2\x80\x99"
                          "D"),
            "i'd");
  EXPECT_EQ(NormalizeWord("Would"), "would");
}

TEST(PrecedingWordTest, FindsTheWordBeforeAnOffset) {
  const std::string text = "We would  like it";
  EXPECT_EQ(PrecedingWord(text, text.find("like")), "would");
  EXPECT_EQ(PrecedingWord(text, text.find("would")), "we");
  EXPECT_EQ(PrecedingWord(text, 0), "");
}

TEST(PrecedingWordTest, KeepsApostrophesOfEitherKind) {
  const std::string curly =
      "so I\xE2\x80\x99"
      "d like";
  EXPECT_EQ(PrecedingWord(curly, curly.find("like")), "i'd");
  const std::string straight = "We'D like";
  EXPECT_EQ(PrecedingWord(straight, straight.find("like")), "we'd");
}

TEST(PrecedingWordTest, PunctuationMeansNoWord) {
  const std::string text = "it was, like, fine";
  EXPECT_EQ(PrecedingWord(text, text.find("like")), "");
}

}  // namespace
}  // namespace sc::analysis
