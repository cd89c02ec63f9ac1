#include "ingest/transcript_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "ingest/transcript_test_util.h"

namespace sc::ingest {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

// One small file per format; sniffing must find each, and the reader must read it.
struct DispatchCase {
  std::string name;
  std::string file_name;
  std::string text;
  std::string speaker;
  std::string utterance_text;
};

void PrintTo(const DispatchCase& test_case, std::ostream* out) { *out << test_case.name; }

class ReadTranscriptDispatchTest : public ::testing::TestWithParam<DispatchCase> {};

TEST_P(ReadTranscriptDispatchTest, SniffsAndReadsEveryFormat) {
  Diagnostics diagnostics;
  Result<model::Call> call =
      ReadTranscript(GetParam().text, GetParam().file_name, TranscriptFormat::kAuto, &diagnostics);
  ASSERT_TRUE(call.ok()) << diagnostics.FormatAll();
  ASSERT_EQ(call->utterances.size(), 1u);
  EXPECT_EQ(call->utterances[0].speaker, GetParam().speaker);
  EXPECT_EQ(call->utterances[0].text, GetParam().utterance_text);
}

const DispatchCase kDispatchCases[] = {
    {"WebVtt", "a.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ana>Hi</v>\n", "Ana", "Hi"},
    {"Srt", "a.srt", "1\n00:00:01,000 --> 00:00:02,000\nAna: Hi\n", "Ana", "Hi"},
    {"Gong", "a.json",
     R"({"callTranscripts":[{"transcript":[{"speakerId":"7","sentences":[)"
     R"({"start":0,"end":5,"text":"Hi"}]}]}]})",
     "Speaker 7", "Hi"},
    {"Aws", "a.json",
     R"({"results":{"speaker_labels":{"segments":[)"
     R"({"start_time":"0","end_time":"1","speaker_label":"spk_1"}]},"items":[)"
     R"({"start_time":"0","end_time":"1","type":"pronunciation",)"
     R"("alternatives":[{"content":"Hi"}]}]}})",
     "spk_1", "Hi"},
    {"Deepgram", "a.json",
     R"({"results":{"utterances":[{"start":0,"end":1,"speaker":2,"transcript":"Hi"}]}})",
     "Speaker 2", "Hi"},
    {"AssemblyAi", "a.json",
     R"({"status":"completed","utterances":[{"speaker":"B","start":0,"end":900,"text":"Hi"}]})",
     "Speaker B", "Hi"},
    {"Text", "a.txt", "Ana: Hi\n", "Ana", "Hi"},
    {"Native", "a.json",
     R"({"call_id":"C-1","utterances":[{"speaker":"Ana","start":0,"end":1,"text":"Hi"}]})", "Ana",
     "Hi"},
};

INSTANTIATE_TEST_SUITE_P(Cases, ReadTranscriptDispatchTest, ::testing::ValuesIn(kDispatchCases),
                         CaseName<DispatchCase>);

TEST(ReadTranscriptTest, ExplicitFormatIsNotSniffed) {
  Diagnostics diagnostics;
  // A WebVTT file read as plain text: its header line names no speaker.
  Result<model::Call> call =
      ReadTranscript("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ana>Hi</v>\n", "a.vtt",
                     TranscriptFormat::kText, &diagnostics);
  ASSERT_FALSE(call.ok());
  // Each of its three lines is speech before any speaker.
  ASSERT_EQ(diagnostics.size(), 3u);
  EXPECT_EQ(diagnostics[0].message, "'WEBVTT' does not name a speaker");
}

TEST(ReadTranscriptTest, UnknownFormatFailsWithTheSniffingDiagnostic) {
  Diagnostics diagnostics;
  Result<model::Call> call =
      ReadTranscript("just words", "call.doc", TranscriptFormat::kAuto, &diagnostics);
  ASSERT_FALSE(call.ok());
  EXPECT_EQ(call.status().code(), StatusCode::kInvalidArgument);
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_THAT(diagnostics[0].hint, HasSubstr("--format"));
}

TEST(ReadTranscriptTest, GongCallIdIsKept) {
  Diagnostics diagnostics;
  Result<model::Call> call = ReadTranscript(
      R"({"callTranscripts":[{"callId":"99","transcript":[{"speakerId":"7","sentences":[)"
      R"({"start":0,"end":5,"text":"Hi"}]}]}]})",
      "x.json", TranscriptFormat::kGong, &diagnostics);
  ASSERT_TRUE(call.ok()) << diagnostics.FormatAll();
  EXPECT_EQ(call->id, "99");
  EXPECT_THAT(call->utterances, ElementsAre(UtteranceIs("Speaker 7", 0, 0.005, "Hi")));
}

}  // namespace
}  // namespace sc::ingest
