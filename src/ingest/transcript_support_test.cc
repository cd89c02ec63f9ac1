#include "ingest/transcript_support.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "ingest/transcript_test_util.h"

namespace sc::ingest {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(SplitLinesTest, HandlesEveryLineEnd) {
  std::vector<TextLine> lines = SplitLines("a\r\nb\rc\n\nd");
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[0].content, "a");
  EXPECT_EQ(lines[1].content, "b");
  EXPECT_EQ(lines[1].offset, 3u);
  EXPECT_EQ(lines[2].content, "c");
  EXPECT_EQ(lines[3].content, "");
  EXPECT_EQ(lines[4].content, "d");
  EXPECT_EQ(lines[4].offset, 8u);
  EXPECT_EQ(SplitLines("x\n").size(), 1u);
  EXPECT_THAT(SplitLines(""), IsEmpty());
}

TEST(SplitBlocksTest, BlankLinesSeparateBlocks) {
  std::vector<TextLine> lines = SplitLines("skip\n\na\nb\n  \n\nc\n");
  std::vector<std::vector<TextLine>> blocks = SplitBlocks(lines, 1);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].size(), 2u);
  EXPECT_EQ(blocks[1][0].content, "c");
}

TEST(SplitSpeakerPrefixTest, AcceptsNames) {
  std::optional<SpeakerPrefix> prefix = SplitSpeakerPrefix("  Reyes, Dana (Acme):  Hi: there");
  ASSERT_TRUE(prefix.has_value());
  EXPECT_EQ(prefix->name, "Reyes, Dana (Acme)");
  EXPECT_EQ(prefix->rest, "Hi: there");
  EXPECT_EQ(SplitSpeakerPrefix("Jos\xC3\xA9:")->name, "Jos\xC3\xA9");
  EXPECT_EQ(SplitSpeakerPrefix("Speaker 1: ok")->name, "Speaker 1");
}

TEST(SplitSpeakerPrefixTest, RejectsSentencesTimesAndLinks) {
  EXPECT_EQ(SplitSpeakerPrefix("we met at 10:30 today"), std::nullopt);
  EXPECT_EQ(SplitSpeakerPrefix("see https://example.com"), std::nullopt);
  EXPECT_EQ(SplitSpeakerPrefix("So here is what we found out: a lot"), std::nullopt);
  EXPECT_EQ(SplitSpeakerPrefix("Really? yes: no"), std::nullopt);
  EXPECT_EQ(SplitSpeakerPrefix("123: go"), std::nullopt);
  EXPECT_EQ(SplitSpeakerPrefix(": nobody"), std::nullopt);
  EXPECT_EQ(SplitSpeakerPrefix(std::string(65, 'a') + ": long"), std::nullopt);
}

TEST(TextHelpersTest, CountWordsAndCollapse) {
  EXPECT_EQ(CountWords("  one two\tthree\n"), 3u);
  EXPECT_EQ(CountWords(""), 0u);
  EXPECT_EQ(CollapseWhitespace("  a \t b\r\n c  "), "a b c");
  for (std::string_view text : {"a b c", "", "x"}) {
    EXPECT_TRUE(IsCollapsed(text)) << text;
    EXPECT_EQ(CollapseWhitespace(text), text);
  }
  for (std::string_view text : {" a", "a ", "a  b", "a\tb", "a\nb", " "}) {
    EXPECT_FALSE(IsCollapsed(text)) << text;
  }
  EXPECT_TRUE(StartsWithWord("NOTE", "NOTE"));
  EXPECT_TRUE(StartsWithWord("NOTE\tx", "NOTE"));
  EXPECT_FALSE(StartsWithWord("NOTES", "NOTE"));
  EXPECT_EQ(StripUtf8Bom("\xEF\xBB\xBFx"), "x");
}

TEST(ProblemListTest, LocatesOffsetsAndSortsByPosition) {
  constexpr std::string_view kText = "first\r\nsecond line\nthird";
  ProblemList problems(kText, "f.txt");
  problems.AddAt(20, "late", "h1");  // the 'h' of "third"
  problems.AddAt(14, "early", "h2");
  problems.AddForFile("whole", "h3");
  Diagnostics diagnostics;
  Status status = problems.Flush(&diagnostics);
  EXPECT_EQ(status.message(), "f.txt: 3 errors");
  ASSERT_EQ(diagnostics.size(), 3u);
  EXPECT_THAT(diagnostics[0], DiagnosticIs("f.txt", 0, 0, "whole", "h3"));
  EXPECT_THAT(diagnostics[1], DiagnosticIs("f.txt", 2, 8, "early", "h2"));
  EXPECT_EQ(diagnostics[1].source_line, "second line");
  EXPECT_THAT(diagnostics[2], DiagnosticIs("f.txt", 3, 2, "late", "h1"));
}

TEST(ProblemListTest, KeepsOnlyTheFirstProblems) {
  ProblemList problems("x", "f.txt");
  for (std::size_t i = 0; i < ProblemList::kMaxProblems + 3; ++i) problems.AddAt(0, "bad", "");
  EXPECT_TRUE(problems.full());
  Diagnostics diagnostics;
  EXPECT_EQ(problems.Flush(&diagnostics).message(), "f.txt: 53 errors");
  ASSERT_EQ(diagnostics.size(), ProblemList::kMaxProblems + 1);
  EXPECT_EQ(diagnostics[ProblemList::kMaxProblems].message, "3 more problems are not shown");
}

TEST(FinishCallTest, NormalizesSortsAndMerges) {
  model::Call call;
  call.utterances = {{.speaker = " Ana ", .start_s = 5, .end_s = 4, .text = " late\n cue "},
                     {.speaker = "Ana", .start_s = 0, .end_s = 2, .text = "first"},
                     {.speaker = "", .start_s = 1, .end_s = 3, .text = "who?"},
                     {.speaker = "Ana", .start_s = 5.5, .end_s = 6, .text = "more"},
                     {.speaker = "Ben", .start_s = 7, .end_s = 8, .text = "  "}};
  ProblemList problems("", "f.vtt");
  Diagnostics diagnostics;
  Result<model::Call> finished = FinishCall(call, problems, {.merge_gap_s = 1.0}, &diagnostics);
  ASSERT_TRUE(finished.ok());
  EXPECT_THAT(finished->utterances,
              ElementsAre(UtteranceIs("Ana", 0, 2, "first"), UtteranceIs("Unknown", 1, 3, "who?"),
                          UtteranceIs("Ana", 5, 6, "late cue more")));
}

}  // namespace
}  // namespace sc::ingest
