#include "analysis/sentiment_lexicon.h"

#include <filesystem>
#include <string>

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace sc::analysis {
namespace {

using ::testing::HasSubstr;
using ::testing::Optional;

MATCHER_P2(StatusIs, code, message_matcher, "") {
  if (arg.ok()) {
    *result_listener << "which is ok";
    return false;
  }
  return arg.error().code() == code &&
         ::testing::ExplainMatchResult(message_matcher, arg.error().message(), result_listener);
}

TEST(SentimentLexiconTest, ParsesTokensAndMeans) {
  Diagnostics diagnostics;
  Result<SentimentLexicon> lexicon = SentimentLexicon::Parse(
      "good\t1.9\t0.9434\t[2, 1, 2, 3, 2, 2, 2, 1, 2, 2]\n"
      ":(\t-1.9\t1.13578\t[-2, -3, -2, 0, -1, -1, -2, -3, -1, -4]\n"
      "can't stand\t-2.0\t0.63246\t[-2, -2, -1, -3, -2, -2, -2, -2, -2, -2]\n",
      "lexicon.txt", &diagnostics);
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().ToString();
  EXPECT_TRUE(diagnostics.empty());
  EXPECT_EQ(lexicon->size(), 3u);
  EXPECT_THAT(lexicon->Valence("good"), Optional(1.9));
  EXPECT_THAT(lexicon->Valence(":("), Optional(-1.9));
  EXPECT_THAT(lexicon->Valence("can't stand"), Optional(-2.0));
  EXPECT_EQ(lexicon->Valence("Good"), std::nullopt);  // lookups are exact; callers lower-case
  EXPECT_EQ(lexicon->Valence("bad"), std::nullopt);
}

TEST(SentimentLexiconTest, AcceptsTwoColumnsCrlfBlankLinesAndByteOrderMark) {
  Diagnostics diagnostics;
  Result<SentimentLexicon> lexicon = SentimentLexicon::Parse(
      "\xEF\xBB\xBFgood\t1.9\r\n\r\n  \nbad\t -2.5 \r\n", "custom.tsv", &diagnostics);
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().ToString();
  EXPECT_EQ(lexicon->size(), 2u);
  EXPECT_THAT(lexicon->Valence("good"), Optional(1.9));
  EXPECT_THAT(lexicon->Valence("bad"), Optional(-2.5));
}

TEST(SentimentLexiconTest, LaterDuplicateWinsLikeTheReference) {
  Diagnostics diagnostics;
  Result<SentimentLexicon> lexicon =
      SentimentLexicon::Parse("lol\t1.8\nok\t0.9\nlol\t2.9\n", "lexicon.txt", &diagnostics);
  ASSERT_TRUE(lexicon.ok());
  EXPECT_EQ(lexicon->size(), 2u);
  EXPECT_THAT(lexicon->Valence("lol"), Optional(2.9));
}

TEST(SentimentLexiconTest, ReportsANonNumberValenceWithItsLocation) {
  Diagnostics diagnostics;
  Result<SentimentLexicon> lexicon = SentimentLexicon::Parse(
      "good\t1.9\t0.9\t[2]\nawesome\tvery\t0.5\t[3]\n", "my_lexicon.txt", &diagnostics);
  EXPECT_THAT(lexicon, StatusIs(StatusCode::kInvalidArgument,
                                "my_lexicon.txt: 1 malformed line in the sentiment lexicon"));
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].Format(),
            "my_lexicon.txt:2:9: the valence \"very\" of token \"awesome\" is not a number\n"
            "  awesome\tvery\t0.5\t[3]\n"
            "          ^\n"
            "  hint: each line is token<TAB>mean valence<TAB>standard deviation<TAB>ratings, "
            "with the mean a decimal number such as -1.5 (see docs/sentiment.md)");
}

TEST(SentimentLexiconTest, ReportsEveryKindOfBadLine) {
  struct Case {
    std::string name;
    std::string line;
    std::size_t column;
    std::string message;
  };
  const Case cases[] = {
      {.name = "no tab",
       .line = "great 3.1",
       .column = 10,
       .message = "expected a tab after the token \"great 3.1\""},
      {.name = "empty token",
       .line = "\t1.0",
       .column = 1,
       .message = "the token before the first tab is empty"},
      {.name = "empty mean",
       .line = "great\t\t0.5",
       .column = 7,
       .message = "the valence \"\" of token \"great\" is not a number"},
      {.name = "trailing junk",
       .line = "great\t3.1x",
       .column = 7,
       .message = "the valence \"3.1x\" of token \"great\" is not a number"},
      {.name = "not finite",
       .line = "great\tinf",
       .column = 7,
       .message = "the valence \"inf\" of token \"great\" is not a number"},
      {.name = "comma decimal",
       .line = "great\t  3,1",
       .column = 9,
       .message = "the valence \"3,1\" of token \"great\" is not a number"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    Diagnostics diagnostics;
    Result<SentimentLexicon> lexicon =
        SentimentLexicon::Parse("good\t1.9\n" + c.line + "\n", "lex.txt", &diagnostics);
    EXPECT_THAT(lexicon, StatusIs(StatusCode::kInvalidArgument, HasSubstr("1 malformed line")));
    ASSERT_EQ(diagnostics.size(), 1u);
    EXPECT_EQ(diagnostics[0].source, "lex.txt");
    EXPECT_EQ(diagnostics[0].line, 2u);
    EXPECT_EQ(diagnostics[0].column, c.column);
    EXPECT_EQ(diagnostics[0].message, c.message);
    EXPECT_EQ(diagnostics[0].source_line, c.line);
    EXPECT_THAT(diagnostics[0].hint, HasSubstr("token<TAB>mean valence"));
  }
}

TEST(SentimentLexiconTest, CountsAllBadLinesButReportsAtMostTwenty) {
  std::string text;
  for (int line = 0; line < 25; ++line) text += "not a lexicon line\n";
  Diagnostics diagnostics;
  Result<SentimentLexicon> lexicon = SentimentLexicon::Parse(text, "data.bin", &diagnostics);
  EXPECT_THAT(lexicon, StatusIs(StatusCode::kInvalidArgument,
                                "data.bin: 25 malformed lines in the sentiment lexicon"));
  EXPECT_EQ(diagnostics.size(), 20u);
}

TEST(SentimentLexiconTest, RejectsAnEmptyFile) {
  for (std::string_view text : {"", "\n\n", "\xEF\xBB\xBF"}) {
    Diagnostics diagnostics;
    Result<SentimentLexicon> lexicon = SentimentLexicon::Parse(text, "empty.txt", &diagnostics);
    EXPECT_THAT(lexicon, StatusIs(StatusCode::kInvalidArgument,
                                  "empty.txt: the sentiment lexicon has no entries"));
    ASSERT_EQ(diagnostics.size(), 1u);
    EXPECT_EQ(diagnostics[0].line, 0u);
    EXPECT_THAT(diagnostics[0].Format(), HasSubstr("empty.txt: the sentiment lexicon has no"));
  }
}

TEST(SentimentLexiconTest, MissingFileIsNotFound) {
  Diagnostics diagnostics;
  Result<SentimentLexicon> lexicon =
      SentimentLexicon::Load("/nonexistent/vader_lexicon.txt", &diagnostics);
  EXPECT_THAT(lexicon,
              StatusIs(StatusCode::kNotFound, HasSubstr("/nonexistent/vader_lexicon.txt")));
  EXPECT_TRUE(diagnostics.empty());
}

TEST(SentimentLexiconTest, LoadsTheShippedVaderLexicon) {
  Diagnostics diagnostics;
  Result<SentimentLexicon> lexicon = SentimentLexicon::Load(SC_VADER_LEXICON, &diagnostics);
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().ToString() << "\n" << diagnostics.FormatAll();
  // 7,517 lines, 14 of them repeating an earlier token (":-p", "lol", "ok", ...); the later
  // line wins, as in the reference's lexicon object.
  EXPECT_EQ(lexicon->size(), 7503u);
  EXPECT_THAT(lexicon->Valence("good"), Optional(1.9));
  EXPECT_THAT(lexicon->Valence("lol"), Optional(1.8));
  EXPECT_THAT(lexicon->Valence("ok"), Optional(1.2));
  EXPECT_THAT(lexicon->Valence(":)"), Optional(2.0));
}

TEST(WordTableTest, FindsInsertedKeysAndReplacesValues) {
  WordTable<double> table;
  EXPECT_EQ(table.Find("good"), nullptr);
  table.InsertOrAssign("good", 1.9);
  table.InsertOrAssign(":)", 2.0);
  table.InsertOrAssign("good", 2.5);
  EXPECT_EQ(table.size(), 2u);
  ASSERT_NE(table.Find("good"), nullptr);
  EXPECT_EQ(*table.Find("good"), 2.5);
  EXPECT_EQ(*table.Find(":)"), 2.0);
  EXPECT_EQ(table.Find("goo"), nullptr);
  EXPECT_EQ(table.Find("goods"), nullptr);
  EXPECT_EQ(table.Find(""), nullptr);
}

TEST(WordTableTest, KeepsEveryKeyAcrossGrowth) {
  WordTable<int> table;
  for (int key = 0; key < 5000; ++key) table.InsertOrAssign(fmt::format("w{}", key), key);
  EXPECT_EQ(table.size(), 5000u);
  for (int key = 0; key < 5000; ++key) {
    const int* value = table.Find(fmt::format("w{}", key));
    ASSERT_NE(value, nullptr) << key;
    EXPECT_EQ(*value, key);
  }
  EXPECT_EQ(table.Find("w5000"), nullptr);
}

}  // namespace
}  // namespace sc::analysis
