#include "ingest/text_transcript_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "ingest/transcript_test_util.h"

namespace sc::ingest {
namespace {

using ::testing::ElementsAre;

Result<model::Call> Read(std::string_view text, Diagnostics* diagnostics) {
  return ReadTextTranscript(text, "call-7.txt", diagnostics);
}

TEST(ReadTextTranscriptTest, StampedLinesEndWhereTheNextTurnStarts) {
  constexpr std::string_view kText =
      "[00:00:05] Dana Reyes: Thanks for taking the time today.\n"
      "\n"
      "[00:12] Marcus Lee: Happy to. We have about thirty minutes.\n"
      "(00:00:20.5) Dana Reyes: Great, let me show you the dashboard\n"
      "  that your managers would see.\n"
      "[00:31] (laughs) that works\n";
  Diagnostics diagnostics;
  Result<model::Call> call = Read(kText, &diagnostics);
  ASSERT_TRUE(call.ok()) << diagnostics.FormatAll();
  EXPECT_TRUE(diagnostics.empty());
  // The last line has a stamp but no name: a new turn by the same speaker. It is the last
  // turn, so its 3 words last 3 x 0.4 s.
  EXPECT_THAT(
      call->utterances,
      ElementsAre(UtteranceIs("Dana Reyes", 5, 12, "Thanks for taking the time today."),
                  UtteranceIs("Marcus Lee", 12, 20.5, "Happy to. We have about thirty minutes."),
                  UtteranceIs("Dana Reyes", 20.5, 31,
                              "Great, let me show you the dashboard that your managers "
                              "would see."),
                  UtteranceIs("Dana Reyes", 31, 32.2, "(laughs) that works")));
}

TEST(ReadTextTranscriptTest, WithoutStampsTimesAreEstimatedAt150WordsPerMinute) {
  constexpr std::string_view kText =
      "Dana Reyes: Thanks for joining us today, Marcus.\n"  // 6 words: 2.4 s
      "Marcus Lee: Glad to be here.\n"                      // 4 words: 1.6 s
      "Dana Reyes: So tell me\n"                            // 7 words with the next line
      "about your current process.\n";
  Diagnostics diagnostics;
  Result<model::Call> call = Read(kText, &diagnostics);
  ASSERT_TRUE(call.ok()) << diagnostics.FormatAll();
  EXPECT_THAT(
      call->utterances,
      ElementsAre(UtteranceIs("Dana Reyes", 0, 2.4, "Thanks for joining us today, Marcus."),
                  UtteranceIs("Marcus Lee", 2.9, 4.5, "Glad to be here."),
                  UtteranceIs("Dana Reyes", 5.0, 7.8, "So tell me about your current process.")));
}

class ReadTextTranscriptBrokenTest : public ::testing::TestWithParam<BrokenCase> {};

TEST_P(ReadTextTranscriptBrokenTest, RejectsWithLocatedDiagnostic) {
  Diagnostics diagnostics;
  Result<model::Call> call = Read(GetParam().input, &diagnostics);
  ExpectRejected(call, diagnostics, "call-7.txt", GetParam());
}

const BrokenCase kBrokenCases[] = {
    {"SpeechBeforeAnySpeaker", "Weekly sync with Acme\nDana: Hi\n", 1, 1,
     "'Weekly sync with Acme' does not name a speaker", "'Dana Reyes: Thanks for joining'"},
    {"StampWithoutSpeakerFirst", "  [00:01] hello\n", 1, 3,
     "'[00:01] hello' does not name a speaker", "speaker's name and a colon"},
    {"BadStamp", "Dana: Hi\n  [12:345] Ben: Hello\n", 2, 3, "'[12:345]' is not a time stamp",
     "[hh:mm:ss] or [mm:ss]"},
    {"MinutesOutOfRange", "(00:75:00) Dana: Hi\n", 1, 1, "'(00:75:00)' is not a time stamp",
     "such as [00:01:02]"},
    {"NoSpeech", "Dana:\nBen:   \n", 0, 0, "the transcript holds no speech", "one turn per line"},
    {"EmptyFile", " \t\n", 0, 0, "the file is empty", "one turn per line"},
    {"InvalidUtf8", "Dana: Hi\nBen: Ol\xE1\n", 2, 8, "byte 0xE1 is not valid UTF-8",
     "save the transcript as UTF-8"},
};

INSTANTIATE_TEST_SUITE_P(Cases, ReadTextTranscriptBrokenTest, ::testing::ValuesIn(kBrokenCases),
                         CaseName<BrokenCase>);

}  // namespace
}  // namespace sc::ingest
