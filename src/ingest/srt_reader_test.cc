#include "ingest/srt_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "ingest/transcript_test_util.h"

namespace sc::ingest {
namespace {

using ::testing::ElementsAre;

Result<model::Call> Read(std::string_view text, Diagnostics* diagnostics) {
  return ReadSrt(text, "call-7.srt", diagnostics);
}

TEST(ReadSrtTest, NumberedBlocksWithSpeakerPrefixes) {
  constexpr std::string_view kSrt =
      "1\n"
      "00:00:00,500 --> 00:00:04,000\n"
      "Dana Reyes: Thanks for joining, Marcus.\n"
      "\n"
      "2\n"
      "00:00:04,300 --> 00:00:08,250\n"
      "How is the quarter going\n"
      "for your team?\n"
      "\n"
      "3\n"
      "00:00:09,400 --> 00:00:13,000\n"
      "Marcus Lee: <i>Honestly</i>, <font color=\"#ffffff\">tough.</font>\n"
      "\n"
      "4\n"
      "00:00:12,500 --> 00:00:14,000\n"
      "Dana Reyes: I hear that a lot.\n";
  Diagnostics diagnostics;
  Result<model::Call> call = Read(kSrt, &diagnostics);
  ASSERT_TRUE(call.ok()) << diagnostics.FormatAll();
  EXPECT_TRUE(diagnostics.empty());
  // Cue 2 has no prefix and continues Dana's turn; cue 4 overlaps Marcus and is kept apart.
  EXPECT_THAT(call->utterances,
              ElementsAre(UtteranceIs("Dana Reyes", 0.5, 8.25,
                                      "Thanks for joining, Marcus. How is the quarter going for "
                                      "your team?"),
                          UtteranceIs("Marcus Lee", 9.4, 13.0, "Honestly, tough."),
                          UtteranceIs("Dana Reyes", 12.5, 14.0, "I hear that a lot.")));
}

TEST(ReadSrtTest, CueBeforeAnyPrefixIsUnknownAndDotSeparatorAccepted) {
  Diagnostics diagnostics;
  Result<model::Call> call = Read(
      "\xEF\xBB\xBF"
      "1\r\n00:00:01.000 --> 00:00:02.000\r\nHello?\r\n\r\n"
      "2\r\n00:00:03,000 --> 00:00:02,000\r\nAna: Hi there\r\n",
      &diagnostics);
  ASSERT_TRUE(call.ok()) << diagnostics.FormatAll();
  EXPECT_THAT(call->utterances, ElementsAre(UtteranceIs("Unknown", 1.0, 2.0, "Hello?"),
                                            UtteranceIs("Ana", 3.0, 3.0, "Hi there")));
}

class ReadSrtBrokenTest : public ::testing::TestWithParam<BrokenCase> {};

TEST_P(ReadSrtBrokenTest, RejectsWithLocatedDiagnostic) {
  Diagnostics diagnostics;
  Result<model::Call> call = Read(GetParam().input, &diagnostics);
  ExpectRejected(call, diagnostics, "call-7.srt", GetParam());
}

const BrokenCase kBrokenCases[] = {
    {"ShortFraction", "1\n00:00:01,5 --> 00:00:04,000\nAna: Hi\n", 2, 1,
     "'00:00:01,5 --> 00:00:04,000' is not a cue timing",
     "write cue timings as 00:00:01,500 --> 00:00:04,000"},
    {"BadEnd", "1\n00:00:01,000 --> 4\nAna: Hi\n", 2, 18,
     "'00:00:01,000 --> 4' is not a cue timing", "such as 00:00:01,500 --> 00:00:04,000"},
    {"NumberWithoutTiming", "1\nAna: Hi\n", 2, 1, "'Ana: Hi' is not a cue timing",
     "hh:mm:ss,ttt --> hh:mm:ss,ttt"},
    {"SecondBlockBroken",
     "1\n00:00:01,000 --> 00:00:02,000\nAna: Hi\n\n2\n00:00:03,000 -> 00:00:04,000\nBen: Yo\n", 6,
     1, "'00:00:03,000 -> 00:00:04,000' is not a cue timing", "hh:mm:ss,ttt"},
    {"NoSpeech", "1\n00:00:01,000 --> 00:00:02,000\n<i></i>\n", 0, 0,
     "the transcript holds no speech", "every cue is empty"},
    {"EmptyFile", "\n\n", 0, 0, "the file is empty", "export the captions again"},
    {"InvalidUtf8", "1\n00:00:01,000 --> 00:00:02,000\nAna: \xC3\x28\n", 3, 6,
     "byte 0xC3 is not valid UTF-8", "save the transcript as UTF-8"},
};

INSTANTIATE_TEST_SUITE_P(Cases, ReadSrtBrokenTest, ::testing::ValuesIn(kBrokenCases),
                         CaseName<BrokenCase>);

}  // namespace
}  // namespace sc::ingest
