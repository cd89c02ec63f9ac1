#include "ingest/transcript_format.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "ingest/transcript_test_util.h"

namespace sc::ingest {
namespace {

using ::testing::Optional;

TEST(TranscriptFormatTest, NamesRoundTrip) {
  for (TranscriptFormat format :
       {TranscriptFormat::kAuto, TranscriptFormat::kWebVtt, TranscriptFormat::kSrt,
        TranscriptFormat::kGong, TranscriptFormat::kAwsTranscribe, TranscriptFormat::kDeepgram,
        TranscriptFormat::kAssemblyAi, TranscriptFormat::kText, TranscriptFormat::kNative}) {
    EXPECT_THAT(ParseTranscriptFormat(TranscriptFormatName(format)), Optional(format));
  }
  EXPECT_EQ(TranscriptFormatName(TranscriptFormat::kAwsTranscribe), "aws");
  EXPECT_EQ(TranscriptFormatName(TranscriptFormat::kWebVtt), "vtt");
}

TEST(TranscriptFormatTest, ParsesAliasesCaseInsensitively) {
  EXPECT_THAT(ParseTranscriptFormat(" WebVTT "), Optional(TranscriptFormat::kWebVtt));
  EXPECT_THAT(ParseTranscriptFormat("TXT"), Optional(TranscriptFormat::kText));
  EXPECT_THAT(ParseTranscriptFormat("aws-transcribe"), Optional(TranscriptFormat::kAwsTranscribe));
  EXPECT_THAT(ParseTranscriptFormat("salescoach"), Optional(TranscriptFormat::kNative));
  EXPECT_EQ(ParseTranscriptFormat("docx"), std::nullopt);
  EXPECT_EQ(TranscriptFormatList(), "vtt, srt, gong, aws, deepgram, assemblyai, text, native");
}

struct SniffCase {
  std::string name;
  std::string text;
  std::string file_name;
  TranscriptFormat expected;
};

void PrintTo(const SniffCase& test_case, std::ostream* out) { *out << test_case.name; }

class SniffTest : public ::testing::TestWithParam<SniffCase> {};

TEST_P(SniffTest, TellsTheFormat) {
  Diagnostics diagnostics;
  Result<TranscriptFormat> format =
      SniffTranscriptFormat(GetParam().text, GetParam().file_name, &diagnostics);
  ASSERT_TRUE(format.ok()) << diagnostics.FormatAll();
  EXPECT_EQ(TranscriptFormatName(*format), TranscriptFormatName(GetParam().expected));
  EXPECT_TRUE(diagnostics.empty());
}

const SniffCase kSniffCases[] = {
    {"VttHeaderWinsOverExtension", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi\n", "call.txt",
     TranscriptFormat::kWebVtt},
    {"VttHeaderWithTitleAndBom", "\xEF\xBB\xBFWEBVTT - Zoom\r\n", "call",
     TranscriptFormat::kWebVtt},
    {"VttExtensionWithoutHeader", "00:00:01.000 --> 00:00:02.000\nHi\n", "call.VTT",
     TranscriptFormat::kWebVtt},
    {"SrtContent", "\n1\r\n00:00:01,000 --> 00:00:02,000\r\nAna: Hi\r\n", "download",
     TranscriptFormat::kSrt},
    {"SrtExtension", "Ana: Hi\n", "captions.srt", TranscriptFormat::kSrt},
    {"TextExtension", "Dana: Hi\nMarcus: Hello\n", "notes/Call.TXT", TranscriptFormat::kText},
    {"GongKeys", R"({"requestId": "x", "records": {}, "callTranscripts": []})", "export.json",
     TranscriptFormat::kGong},
    {"GongKeyBeforeSyntaxError", R"({"callTranscripts": [], "requestId": nul})", "export.json",
     TranscriptFormat::kGong},
    {"GongName", R"({"utterances": []})", "C-1.Gong.json", TranscriptFormat::kGong},
    {"AwsSpeakerLabels", R"({"jobName": "j", "results": {"speaker_labels": {}, "x": 1}})",
     "job.json", TranscriptFormat::kAwsTranscribe},
    {"AwsItemsOnly", R"({"results": {"transcripts": [], "items": []}})", "job.json",
     TranscriptFormat::kAwsTranscribe},
    {"AwsName", R"({"results": {}})", "C-1.aws.json", TranscriptFormat::kAwsTranscribe},
    {"TranscribeName", "{}", "C-1.transcribe.json", TranscriptFormat::kAwsTranscribe},
    {"DeepgramUtterances", R"({"metadata": {}, "results": {"utterances": []}})", "dg.json",
     TranscriptFormat::kDeepgram},
    {"DeepgramChannelsOnly", R"({"results": {"channels": [{"alternatives": []}]}})", "dg.json",
     TranscriptFormat::kDeepgram},
    {"DeepgramName", "{}", "C-1.deepgram.json", TranscriptFormat::kDeepgram},
    {"AssemblyAiKeys", R"({"utterances": [], "status": "completed", "audio_duration": 3})",
     "aai.json", TranscriptFormat::kAssemblyAi},
    {"AssemblyAiLetterSpeakersAndMilliseconds",
     R"({"utterances": [{"speaker": "A", "start": 250, "end": 900, "text": "Hi"}]})", "aai.json",
     TranscriptFormat::kAssemblyAi},
    {"AssemblyAiName", "{}", "C-1.assemblyai.json", TranscriptFormat::kAssemblyAi},
    {"NativeCallId", R"({"call_id": "C-1", "status": "x", "utterances": []})", "C-1.json",
     TranscriptFormat::kNative},
    {"NativeNamedSpeakersInSeconds",
     R"({"utterances": [{"speaker": "Dana", "start": 0.5, "end": 1, "text": "Hi"}]})", "c.json",
     TranscriptFormat::kNative},
    {"NativeLetterSpeakerInSeconds",
     R"({"utterances": [{"speaker": "A", "start": 0.5, "end": 1, "text": "Hi"}]})", "c.json",
     TranscriptFormat::kNative},
    {"NativeName", "{}", "C-1.salescoach.json", TranscriptFormat::kNative},
};

INSTANTIATE_TEST_SUITE_P(Cases, SniffTest, ::testing::ValuesIn(kSniffCases), CaseName<SniffCase>);

struct UnknownCase {
  std::string name;
  std::string text;
  std::string file_name;
  std::size_t line;
  std::size_t column;
  std::string message;
  std::string hint_part;
};

void PrintTo(const UnknownCase& test_case, std::ostream* out) { *out << test_case.name; }

class SniffUnknownTest : public ::testing::TestWithParam<UnknownCase> {};

TEST_P(SniffUnknownTest, RejectsWithHintListingFormats) {
  Diagnostics diagnostics;
  Result<TranscriptFormat> format =
      SniffTranscriptFormat(GetParam().text, GetParam().file_name, &diagnostics);
  ASSERT_FALSE(format.ok());
  EXPECT_EQ(format.status().code(), StatusCode::kInvalidArgument);
  ASSERT_EQ(diagnostics.size(), 1u) << diagnostics.FormatAll();
  EXPECT_THAT(diagnostics[0], DiagnosticIs(GetParam().file_name, GetParam().line, GetParam().column,
                                           GetParam().message, GetParam().hint_part));
}

const UnknownCase kUnknownCases[] = {
    {"PlainProse", "Meeting notes\nWe talked.\n", "notes.md", 0, 0,
     "cannot tell which transcript format this file is",
     "pass --format with one of vtt, srt, gong, aws, deepgram, assemblyai, text, native"},
    {"EmptyWithoutExtension", "", "call", 0, 0, "cannot tell which transcript format this file is",
     "pass --format with one of"},
    {"JsonExtensionWithoutJson", "hello", "call.json", 0, 0,
     "cannot tell which transcript format this file is", "pass --format"},
    {"UnknownJsonKeys", R"({"foo": 1, "results": []})", "x.json", 0, 0,
     "the JSON matches no transcript format salescoach reads",
     "callTranscripts (gong), results.items (aws)"},
    {"BrokenJson", "{\n  \"foo\": \n", "x.json", 2, 9,
     "the file is not valid JSON: syntax error while parsing value - unexpected end of input; "
     "expected '[', '{', or a literal",
     "pass --format with one of"},
};

INSTANTIATE_TEST_SUITE_P(Cases, SniffUnknownTest, ::testing::ValuesIn(kUnknownCases),
                         CaseName<UnknownCase>);

}  // namespace
}  // namespace sc::ingest
