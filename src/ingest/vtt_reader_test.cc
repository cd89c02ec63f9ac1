#include "ingest/vtt_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "ingest/transcript_test_util.h"

namespace sc::ingest {
namespace {

using ::testing::ElementsAre;

Result<model::Call> Read(std::string_view text, Diagnostics* diagnostics) {
  return ReadWebVtt(text, "call-7.vtt", diagnostics);
}

TEST(ReadWebVttTest, ZoomExportWithVoiceSpans) {
  constexpr std::string_view kZoom =
      "WEBVTT\n"
      "\n"
      "1\n"
      "00:00:00.000 --> 00:00:04.500\n"
      "<v Dana Reyes>Hi Marcus, thanks for taking the time today.</v>\n"
      "\n"
      "2\n"
      "00:00:04.800 --> 00:00:09.200\n"
      "<v Dana Reyes>I'd love to start with what prompted the call.</v>\n"
      "\n"
      "3\n"
      "00:00:09.900 --> 00:00:14.000 align:start position:10%\n"
      "<v.loud Marcus Lee>Sure. <c.yellow>Our</c> reps <00:00:11.000>spend &amp; <i>waste</i>\n"
      "hours&nbsp;on call notes.</v>\n"
      "\n"
      "4\n"
      "00:00:14.000 --> 00:00:16.000\n"
      "<v Marcus Lee>Yes.</v><v Dana Reyes>Got it, thank you.</v>\n";
  Diagnostics diagnostics;
  Result<model::Call> call = Read(kZoom, &diagnostics);
  ASSERT_TRUE(call.ok()) << diagnostics.FormatAll();
  EXPECT_TRUE(diagnostics.empty());
  EXPECT_EQ(call->id, "");
  // Cues 1 and 2 are 0.3 s apart and merge; cue 4's two spans share its 2 s by words (1:4),
  // and Marcus's part merges with cue 3, which ends where it starts.
  EXPECT_THAT(call->utterances,
              ElementsAre(UtteranceIs("Dana Reyes", 0.0, 9.2,
                                      "Hi Marcus, thanks for taking the time today. I'd love to "
                                      "start with what prompted the call."),
                          UtteranceIs("Marcus Lee", 9.9, 14.4,
                                      "Sure. Our reps spend & waste hours on call notes. Yes."),
                          UtteranceIs("Dana Reyes", 14.4, 16.0, "Got it, thank you.")));
}

TEST(ReadWebVttTest, TeamsExportWithPrefixesMultiLineCuesAndNoteBlock) {
  constexpr std::string_view kTeams =
      "WEBVTT - Teams export\n"
      "Kind: captions\n"
      "\n"
      "NOTE\n"
      "This transcript was generated automatically.\n"
      "00:00:00.000 --> 00:00:01.000 is not a cue inside a note\n"
      "\n"
      "00:00:01.250 --> 00:00:05.000\n"
      "Reyes, Dana: Good morning everyone,\n"
      "let's get started.\n"
      "\n"
      "00:05.400 --> 00:09.000\n"
      "Reyes, Dana: I'll send the deck afterwards.\n"
      "\n"
      "STYLE\n"
      "::cue { color: white }\n"
      "\n"
      "00:00:12.000 --> 00:00:15.500\n"
      "Priya Shah:   Works for me &lt;3\n";
  Diagnostics diagnostics;
  Result<model::Call> call = Read(kTeams, &diagnostics);
  ASSERT_TRUE(call.ok()) << diagnostics.FormatAll();
  EXPECT_THAT(call->utterances,
              ElementsAre(UtteranceIs("Reyes, Dana", 1.25, 9.0,
                                      "Good morning everyone, let's get started. I'll send the "
                                      "deck afterwards."),
                          UtteranceIs("Priya Shah", 12.0, 15.5, "Works for me <3")));
}

TEST(ReadWebVttTest, CueWithoutSpeakerIsUnknownWithUnknownRole) {
  Diagnostics diagnostics;
  Result<model::Call> call =
      Read("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n[inaudible] sounds good\n", &diagnostics);
  ASSERT_TRUE(call.ok()) << diagnostics.FormatAll();
  EXPECT_THAT(call->utterances,
              ElementsAre(UtteranceIs("Unknown", 1.0, 2.0, "[inaudible] sounds good",
                                      model::SpeakerRole::kUnknown)));
}

TEST(ReadWebVttTest, EndBeforeStartIsClampedNotReported) {
  Diagnostics diagnostics;
  Result<model::Call> call =
      Read("WEBVTT\n\n00:00:05.000 --> 00:00:04.000\n<v Ana>Late cue</v>\n", &diagnostics);
  ASSERT_TRUE(call.ok()) << diagnostics.FormatAll();
  EXPECT_TRUE(diagnostics.empty());
  EXPECT_THAT(call->utterances, ElementsAre(UtteranceIs("Ana", 5.0, 5.0, "Late cue")));
}

TEST(ReadWebVttTest, SortsByStartKeepsOverlapsAndSplitsTurnsAtLongGaps) {
  constexpr std::string_view kText =
      "\xEF\xBB\xBFWEBVTT\r\n\r\n"
      "00:00:10.000 --> 00:00:12.000\r\n<v Ana>Second turn</v>\r\n\r\n"
      "00:00:00.000 --> 00:00:03.000\r\n<v Ana>First turn</v>\r\n\r\n"
      "00:00:02.500 --> 00:00:04.000\r\n<v Ben>Overlapping</v>\r\n\r\n"
      "00:00:05.000 --> 00:00:06.000\r\n<v Ben>   </v>\r\n\r\n"
      "00:00:13.000 --> 00:00:14.000\r\n<v Ana>After a one second pause</v>\r\n";
  Diagnostics diagnostics;
  Result<model::Call> call = Read(kText, &diagnostics);
  ASSERT_TRUE(call.ok()) << diagnostics.FormatAll();
  EXPECT_THAT(call->utterances,
              ElementsAre(UtteranceIs("Ana", 0.0, 3.0, "First turn"),
                          UtteranceIs("Ben", 2.5, 4.0, "Overlapping"),
                          UtteranceIs("Ana", 10.0, 12.0, "Second turn"),
                          UtteranceIs("Ana", 13.0, 14.0, "After a one second pause")));
}

TEST(ReadWebVttTest, ReportsEveryBadTimingInFileOrder) {
  Diagnostics diagnostics;
  Result<model::Call> call = Read(
      "WEBVTT\n\n00:00:01.5 --> 00:00:02.000\nA: x\n\n00:00:03.000 --> 3s\nB: y\n", &diagnostics);
  ASSERT_FALSE(call.ok());
  EXPECT_EQ(call.status().message(), "call-7.vtt: 2 errors");
  ASSERT_EQ(diagnostics.size(), 2u);
  EXPECT_EQ(diagnostics[0].line, 3u);
  EXPECT_EQ(diagnostics[1].line, 6u);
  EXPECT_EQ(diagnostics[1].column, 18u);
}

class ReadWebVttBrokenTest : public ::testing::TestWithParam<BrokenCase> {};

TEST_P(ReadWebVttBrokenTest, RejectsWithLocatedDiagnostic) {
  Diagnostics diagnostics;
  Result<model::Call> call = Read(GetParam().input, &diagnostics);
  ExpectRejected(call, diagnostics, "call-7.vtt", GetParam());
}

const BrokenCase kBrokenCases[] = {
    {"MissingHeader", "1\n00:00:01.000 --> 00:00:02.000\nHi\n", 1, 1,
     "the file does not start with the WEBVTT header", "pass --format srt"},
    {"HeaderWordMustStandAlone", "WEBVTTX\n\n00:00:01.000 --> 00:00:02.000\nHi\n", 1, 1,
     "the file does not start with the WEBVTT header", "first line is WEBVTT"},
    {"ShortFraction", "WEBVTT\n\n1\n00:01:02.5 --> 00:01:04.000\n<v Ana>Hi</v>\n", 4, 1,
     "'00:01:02.5 --> 00:01:04.000' is not a cue timing",
     "write cue timings as 00:01:02.500 --> 00:01:04.000"},
    {"BadEndLocatedAtEnd", "WEBVTT\n\n00:00:01.000 --> 00:00:02\nHi\n", 3, 18,
     "'00:00:01.000 --> 00:00:02' is not a cue timing",
     "write cue timings as 00:00:01.000 --> 00:00:02.000"},
    {"CommaIsSrtNotVtt", "WEBVTT\n\n00:00:01,000 --> 00:00:02,000\nHi\n", 3, 1,
     "'00:00:01,000 --> 00:00:02,000' is not a cue timing",
     "write cue timings as 00:00:01.000 --> 00:00:02.000"},
    {"SettingsNotShown", "WEBVTT\n\n00:00:01.000 --> 00:00:02.0 align:start\nHi\n", 3, 18,
     "'00:00:01.000 --> 00:00:02.0' is not a cue timing", "00:00:01.000 --> 00:00:02.000"},
    {"UnreadableTimestamp", "WEBVTT\n\n00:00:aa.000 --> 00:00:02.000\nHi\n", 3, 1,
     "'00:00:aa.000 --> 00:00:02.000' is not a cue timing",
     "such as 00:01:02.500 --> 00:01:04.000"},
    {"MinutesOutOfRange", "WEBVTT\n\n00:61:00.000 --> 01:02:00.000\nHi\n", 3, 1,
     "'00:61:00.000 --> 01:02:00.000' is not a cue timing", "such as 00:01:02.500"},
    {"MissingArrow", "WEBVTT\n\n1\n00:00:01.000 - 00:00:02.000\nHi\n", 4, 1,
     "'00:00:01.000 - 00:00:02.000' is not a cue timing", "hh:mm:ss.ttt --> hh:mm:ss.ttt"},
    {"IdentifierOnly", "WEBVTT\n\nintro\n", 3, 1, "'intro' is not a cue timing", "hh:mm:ss.ttt"},
    {"NoSpeech", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ana></v>\n", 0, 0,
     "the transcript holds no speech", "every cue is empty"},
    {"HeaderOnly", "WEBVTT\n", 0, 0, "the transcript holds no speech", "every cue is empty"},
    {"EmptyFile", "", 0, 0, "the file is empty", "export the meeting's transcript again"},
    {"BlankFile", "\xEF\xBB\xBF \n\n", 0, 0, "the file is empty", "as a .vtt file"},
    {"InvalidUtf8", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nCaf\xE9 time\n", 4, 4,
     "byte 0xE9 is not valid UTF-8", "save the transcript as UTF-8"},
};

INSTANTIATE_TEST_SUITE_P(Cases, ReadWebVttBrokenTest, ::testing::ValuesIn(kBrokenCases),
                         CaseName<BrokenCase>);

}  // namespace
}  // namespace sc::ingest
