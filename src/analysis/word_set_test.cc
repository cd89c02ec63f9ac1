#include "analysis/word_set.h"

#include <filesystem>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace sc::analysis {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

WordSet ParseOrDie(std::string_view text) {
  Diagnostics diagnostics;
  Result<WordSet> set = WordSet::Parse(text, "words.txt", &diagnostics);
  EXPECT_TRUE(set.ok()) << diagnostics.FormatAll();
  return set.ok() ? std::move(set).value() : WordSet();
}

TEST(WordSetTest, ReadsOneWordPerLineSkippingCommentsAndBlankLines) {
  WordSet set = ParseOrDie("\xEF\xBB\xBF# fillers\nYeah\r\n\n  don\xE2\x80\x99t  \n\t#okay\nkinda");
  EXPECT_EQ(set.size(), 3u);
  EXPECT_TRUE(set.Contains("yeah"));   // stored in lower case
  EXPECT_TRUE(set.Contains("don't"));  // ’ stored as '
  EXPECT_TRUE(set.Contains("kinda"));  // a last line without a newline counts
  EXPECT_FALSE(set.Contains("Yeah"));  // lookups are exact; callers lower-case
  EXPECT_FALSE(set.Contains("okay"));  // a comment, even when indented
  EXPECT_FALSE(set.Contains("# fillers"));
}

TEST(WordSetTest, AnEmptyListIsValid) {
  EXPECT_EQ(ParseOrDie("").size(), 0u);
  EXPECT_EQ(ParseOrDie("# nothing is a stop word\n\n").size(), 0u);
}

TEST(WordSetTest, ReportsAPhraseWithItsLocationAndHint) {
  Diagnostics diagnostics;
  Result<WordSet> set = WordSet::Parse("yeah\n  thank you\n", "stop.txt", &diagnostics);
  EXPECT_EQ(set.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(set.status().message(), "stop.txt: 1 malformed line in the word list");
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].Format(),
            "stop.txt:2:9: \"thank you\" is more than one word\n"
            "    thank you\n"
            "          ^\n"
            "  hint: write one word per line, letters and apostrophes only (\"don't\"); text is "
            "split into words at every other character, so anything else could never match");
}

struct BadLine {
  std::string name;
  std::string line;
  std::size_t column;
  std::string message;
  std::string hint;  // a fragment of the hint
};

TEST(WordSetTest, ReportsEveryKindOfBadLine) {
  const BadLine cases[] = {
      {.name = "two words",
       .line = "sort of",
       .column = 6,
       .message = "\"sort of\" is more than one word",
       .hint = "one word per line"},
      {.name = "two words apart by a tab and spaces",
       .line = "  kind\t  of",
       .column = 10,
       .message = "\"kind\t  of\" is more than one word",
       .hint = "one word per line"},
      {.name = "a trailing comment",
       .line = "yeah # filler",
       .column = 6,
       .message = "\"yeah # filler\" is more than one word",
       .hint = "one word per line"},
      {.name = "a hyphen",
       .line = "follow-up",
       .column = 7,
       .message = "\"follow-up\" holds '-', which is not part of a word",
       .hint = "letters and apostrophes only"},
      {.name = "a digit",
       .line = " q3",
       .column = 3,
       .message = "\"q3\" holds '3', which is not part of a word",
       .hint = "letters and apostrophes only"},
      {.name = "a letter outside ASCII",
       .line = "caf\xC3\xA9",
       .column = 4,
       .message = "\"caf\xC3\xA9\" holds '\xC3\xA9', which is not part of a word",
       .hint = "could never match"},
      {.name = "invalid UTF-8",
       .line = "caf\xE9",
       .column = 4,
       .message = "invalid UTF-8 byte 0xE9 in the word list",
       .hint = "save the file as UTF-8"},
  };
  for (const BadLine& c : cases) {
    SCOPED_TRACE(c.name);
    Diagnostics diagnostics;
    Result<WordSet> set = WordSet::Parse("okay\n" + c.line + "\r\n", "stop.txt", &diagnostics);
    EXPECT_EQ(set.status().code(), StatusCode::kInvalidArgument);
    EXPECT_THAT(set.status().message(), HasSubstr("1 malformed line"));
    ASSERT_EQ(diagnostics.size(), 1u);
    EXPECT_EQ(diagnostics[0].source, "stop.txt");
    EXPECT_EQ(diagnostics[0].line, 2u);
    EXPECT_EQ(diagnostics[0].column, c.column);
    EXPECT_EQ(diagnostics[0].message, c.message);
    EXPECT_EQ(diagnostics[0].source_line, c.line);  // without the CR
    EXPECT_THAT(diagnostics[0].hint, HasSubstr(c.hint));
  }
}

TEST(WordSetTest, CountsAllBadLinesButReportsAtMostTwenty) {
  std::string text;
  for (int line = 0; line < 25; ++line) text += "0,1,2\n";
  Diagnostics diagnostics;
  Result<WordSet> set = WordSet::Parse(text, "data.csv", &diagnostics);
  EXPECT_EQ(set.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(set.status().message(), "data.csv: 25 malformed lines in the word list");
  EXPECT_EQ(diagnostics.size(), 20u);
}

TEST(WordSetTest, MissingFileIsNotFound) {
  Diagnostics diagnostics;
  Result<WordSet> set = WordSet::Load("/nonexistent/stopwords.txt", &diagnostics);
  EXPECT_EQ(set.status().code(), StatusCode::kNotFound);
  EXPECT_THAT(set.status().message(), HasSubstr("/nonexistent/stopwords.txt"));
  EXPECT_TRUE(diagnostics.empty());
}

TEST(WordSetTest, LoadsTheShippedStopWords) {
  Diagnostics diagnostics;
  Result<WordSet> set = WordSet::Load(
      std::filesystem::path(SC_DATA_DIR) / "words" / "stopwords.en.txt", &diagnostics);
  ASSERT_TRUE(set.ok()) << set.status().ToString() << "\n" << diagnostics.FormatAll();
  EXPECT_GT(set->size(), 400u);
  for (std::string_view word :
       {"the", "and", "yeah", "okay", "really", "just", "thing", "stuff", "kind", "sort", "know",
        "mean", "think", "like", "well", "um", "uh", "gonna", "don't"}) {
    EXPECT_TRUE(set->Contains(word)) << word;
  }
  for (std::string_view word : {"pipeline", "forecast", "budget", "integration", "legal"}) {
    EXPECT_FALSE(set->Contains(word)) << word;
  }
}

TEST(SplitWordsTest, KeepsLettersAndInnerApostrophes) {
  const std::string text = "Don\xE2\x80\x99t 'follow-up' on customers' Q3 plans.";
  std::vector<Word> words = SplitWords(text);
  std::vector<std::string> lower;
  for (const Word& word : words) lower.push_back(word.lower);
  EXPECT_THAT(lower, ElementsAre("don't", "follow", "up", "on", "customers", "q", "plans"));
  EXPECT_EQ(words[0].begin, 0u);
  EXPECT_EQ(words[0].end, 7u);  // the ’ is three bytes
  EXPECT_EQ(text.substr(words[1].begin, words[1].end - words[1].begin), "follow");
  EXPECT_EQ(text.substr(words[4].begin, words[4].end - words[4].begin), "customers");
  EXPECT_THAT(SplitWords(" -- 42, ... "), IsEmpty());
}

TEST(ContentWordsTest, StemsPluralsAndVerbFormsAlike) {
  const WordSet none;
  struct Case {
    std::string word;
    std::string stem;
  };
  const Case cases[] = {
      {"integrations", "integration"},
      {"integration", "integration"},
      {"pricing", "pric"},
      {"priced", "pric"},
      {"prices", "pric"},
      {"price", "pric"},
      {"companies", "company"},
      {"processes", "process"},
      {"process", "process"},
      {"boxes", "box"},
      {"pitches", "pitch"},
      {"planning", "plan"},
      {"planned", "plan"},
      {"plans", "plan"},
      {"staffing", "staff"},
      {"billing", "bill"},
      {"needed", "need"},
      {"meetings", "meet"},
      {"tried", "try"},
      {"tries", "try"},
      {"status", "status"},
      {"analysis", "analysis"},
      {"adding", "add"},
      {"uses", "use"},
      {"customer's", "customer"},
      {"customers'", "customer"},
      {"CRM\xE2\x80\x99s", "crm"},
      {"ROI", "roi"},
      {"bring", "bring"},
      {"red", "red"},
  };
  for (const Case& c : cases) {
    EXPECT_THAT(ContentWords(c.word, none), ElementsAre(c.stem)) << c.word;
  }
}

TEST(ContentWordsTest, LeavesOutShortWordsContractionsAndStopWords) {
  const WordSet none;
  EXPECT_THAT(ContentWords("HR, IT, ok", none), IsEmpty());
  EXPECT_THAT(ContentWords("We're ready, it'll work, y'all", none), ElementsAre("ready", "work"));

  const WordSet stopwords = ParseOrDie("thing\nlike\njust\n");
  EXPECT_TRUE(stopwords.ContainsStem("lik"));
  // "Things", "likes" and "liking" share the stems of listed words.
  EXPECT_THAT(ContentWords("Things just like pipelines, likes liking", stopwords),
              ElementsAre("pipelin"));
}

TEST(ContentWordsTest, ConversationalWordsCarryNoContent) {
  Diagnostics diagnostics;
  Result<WordSet> stopwords = WordSet::Load(
      std::filesystem::path(SC_DATA_DIR) / "words" / "stopwords.en.txt", &diagnostics);
  ASSERT_TRUE(stopwords.ok());
  EXPECT_THAT(ContentWords("Yeah, I think we're kind of like, really just using spreadsheets "
                           "and stuff, you know, gonna fix it.",
                           *stopwords),
              ElementsAre("spreadsheet", "fix"));
  EXPECT_THAT(ContentWords("Okay, so what does the customer's forecasting look like?", *stopwords),
              ElementsAre("customer", "forecast"));
}

}  // namespace
}  // namespace sc::analysis
