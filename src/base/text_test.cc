#include "base/text.h"

#include <gtest/gtest.h>

namespace sc {
namespace {

TEST(TextTest, TrimsAndFoldsAsciiCase) {
  EXPECT_EQ(Trim("  a b \r\n"), "a b");
  EXPECT_EQ(Trim(" \t "), "");
  EXPECT_EQ(AsciiLower("Closed WON é"), "closed won é");
  EXPECT_TRUE(EqualsIgnoreCase("Stage", "STAGE"));
  EXPECT_FALSE(EqualsIgnoreCase("Stage", "Stages"));
}

TEST(TextTest, SplitKeepsEmptyParts) {
  EXPECT_EQ(Split("a,,b", ',').size(), 3u);
  EXPECT_EQ(Split("", ',').size(), 1u);
}

TEST(TextTest, FindsTheFirstInvalidUtf8Byte) {
  EXPECT_EQ(FindInvalidUtf8("plain ascii"), std::nullopt);
  EXPECT_EQ(FindInvalidUtf8("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x93\x9E"), std::nullopt);
  EXPECT_EQ(FindInvalidUtf8("caf\xE9!"), 3u);               // Latin-1 é
  EXPECT_EQ(FindInvalidUtf8("ab\xC3"), 2u);                 // truncated sequence
  EXPECT_EQ(FindInvalidUtf8("\xC0\xAF"), 0u);               // overlong '/'
  EXPECT_EQ(FindInvalidUtf8("x\xED\xA0\x80"), 1u);          // UTF-16 surrogate
  EXPECT_EQ(FindInvalidUtf8("\xF4\x90\x80\x80"), 0u);       // above U+10FFFF
}

TEST(TextTest, CsvEscapeQuotesOnlyWhenNeeded) {
  EXPECT_EQ(CsvEscape("Acme"), "Acme");
  EXPECT_EQ(CsvEscape("Acme, Inc."), "\"Acme, Inc.\"");
  EXPECT_EQ(CsvEscape("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(CsvEscape("a;b", ';'), "\"a;b\"");
  EXPECT_EQ(CsvEscape("two\nlines"), "\"two\nlines\"");
}

TEST(TextTest, LineOfFindsOneBasedLinesWithoutTheirEndings) {
  EXPECT_EQ(LineOf("a\r\nbb\nccc", 1), "a");
  EXPECT_EQ(LineOf("a\r\nbb\nccc", 2), "bb");
  EXPECT_EQ(LineOf("a\r\nbb\nccc", 3), "ccc");
  EXPECT_EQ(LineOf("a\r\nbb\nccc", 4), "");
  EXPECT_EQ(LineOf("", 1), "");
}

TEST(PercentEncodeTest, KeepsUnreservedAndEncodesTheRest) {
  EXPECT_EQ(PercentEncode("R-001_a.b~c"), "R-001_a.b~c");
  EXPECT_EQ(PercentEncode("a b/c&d\"<>"), "a%20b%2Fc%26d%22%3C%3E");
  EXPECT_EQ(PercentEncode("é"), "%C3%A9");
  EXPECT_EQ(PercentEncode(""), "");
}

TEST(FillPlaceholdersTest, ReplacesEveryOccurrenceAndKeepsTheRest) {
  EXPECT_EQ(FillPlaceholders("/{a}/{b}?x={a}&{c}", {{"{a}", "1"}, {"{b}", "two"}}),
            "/1/two?x=1&{c}");
  EXPECT_EQ(FillPlaceholders("", {{"{a}", "1"}}), "");
  EXPECT_EQ(FillPlaceholders("{a}", {}), "{a}");
}

}  // namespace
}  // namespace sc
