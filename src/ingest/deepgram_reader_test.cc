#include "ingest/deepgram_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "ingest/transcript_test_util.h"

namespace sc::ingest {
namespace {

using ::testing::ElementsAre;

Result<model::Call> Read(std::string_view text, Diagnostics* diagnostics) {
  return ReadDeepgram(text, "C-1.deepgram.json", diagnostics);
}

TEST(ReadDeepgramTest, PreRecordedResponseWithUtterancesAndDiarization) {
  constexpr std::string_view kDeepgram = R"({
  "metadata": {
    "transaction_key": "deprecated",
    "request_id": "a7c3f1e2-5b6d-4c8e-9f0a-1b2c3d4e5f60",
    "sha256": "154e291ecfa8be6ab8343560bcc109008fa7853eb5372533e8efdefc9b504c33",
    "created": "2024-03-05T14:35:12.123Z",
    "duration": 25.5,
    "channels": 1,
    "models": ["30089e05-99d1-4376-b32e-c263170674af"]
  },
  "results": {
    "channels": [{"alternatives": [{"transcript": "thanks for taking the time today",
                                    "confidence": 0.99, "words": []}]}],
    "utterances": [
      {"start": 0.08, "end": 3.52, "confidence": 0.98, "channel": 0,
       "transcript": "Thanks for taking the time today.", "words": [], "speaker": 0,
       "id": "0b9c6a3e-1f2d-4e5a-8b7c-9d0e1f2a3b4c"},
      {"start": 6.0, "end": 7.0, "confidence": 0.97, "channel": 0,
       "transcript": "Let me show you the dashboard.", "words": [], "speaker": 0,
       "id": "2d1e0f9a-8b7c-4d6e-5f4a-3b2c1d0e9f8a"},
      {"start": 3.9, "end": 6.25, "confidence": 0.91, "channel": 0,
       "transcript": "Of course.  Where should we start?", "words": [], "speaker": 1,
       "id": "1c0d9e8f-7a6b-4c5d-4e3f-2a1b0c9d8e7f"}
    ]
  }
})";
  Diagnostics diagnostics;
  Result<model::Call> call = Read(kDeepgram, &diagnostics);
  ASSERT_TRUE(call.ok()) << diagnostics.FormatAll();
  EXPECT_TRUE(diagnostics.empty());
  EXPECT_EQ(call->id, "");
  EXPECT_THAT(call->utterances,
              ElementsAre(UtteranceIs("Speaker 0", 0.08, 3.52, "Thanks for taking the time today."),
                          UtteranceIs("Speaker 1", 3.9, 6.25, "Of course. Where should we start?"),
                          UtteranceIs("Speaker 0", 6.0, 7.0, "Let me show you the dashboard.")));
}

class ReadDeepgramBrokenTest : public ::testing::TestWithParam<BrokenCase> {};

TEST_P(ReadDeepgramBrokenTest, RejectsWithLocatedDiagnostic) {
  Diagnostics diagnostics;
  Result<model::Call> call = Read(GetParam().input, &diagnostics);
  ExpectRejected(call, diagnostics, "C-1.deepgram.json", GetParam());
}

const BrokenCase kBrokenCases[] = {
    {"WithoutUtterancesOption", "{\"metadata\": {}, \"results\": {\"channels\": []}}", 1, 29,
     "the Deepgram file has no results.utterances array", "utterances=true&diarize=true"},
    {"MissingResults", "{\"metadata\": {}}", 1, 1, "the Deepgram file has no results object",
     "utterances=true"},
    {"ResultsNotObject", "{\"results\": []}", 1, 13, "results is an array, expected an object",
     "utterances=true"},
    {"WithoutDiarization",
     "{\"results\": {\"utterances\": [\n"
     "  {\"start\": 0.1, \"end\": 1.0, \"transcript\": \"Hi\"}]}}",
     2, 3, "results.utterances[0] has no speaker", "diarize=true"},
    {"StartAsString",
     "{\"results\": {\"utterances\": [\n"
     "  {\"start\": \"0.1\", \"end\": 1.0, \"speaker\": 0, \"transcript\": \"Hi\"}]}}",
     2, 13, "results.utterances[0].start is a string, expected seconds",
     "write start as a number of seconds, such as 12.34"},
    {"SyntaxError", "{\"results\": {\"utterances\": [}}", 1, 29,
     "the file is not valid JSON: syntax error while parsing value - unexpected '}'; expected "
     "'[', '{', or a literal",
     "utterances=true"},
    {"NoSpeech",
     "{\"results\": {\"utterances\": [{\"start\": 0, \"end\": 1, \"speaker\": 0, "
     "\"transcript\": \"  \"}]}}",
     0, 0, "the transcript holds no speech", "recognised no speech"},
};

INSTANTIATE_TEST_SUITE_P(Cases, ReadDeepgramBrokenTest, ::testing::ValuesIn(kBrokenCases),
                         CaseName<BrokenCase>);

}  // namespace
}  // namespace sc::ingest
