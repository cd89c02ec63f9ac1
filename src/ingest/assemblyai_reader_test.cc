#include "ingest/assemblyai_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "ingest/transcript_test_util.h"

namespace sc::ingest {
namespace {

using ::testing::ElementsAre;

Result<model::Call> Read(std::string_view text, Diagnostics* diagnostics) {
  return ReadAssemblyAi(text, "C-1.assemblyai.json", diagnostics);
}

TEST(ReadAssemblyAiTest, CompletedTranscriptWithSpeakerLabels) {
  constexpr std::string_view kAssemblyAi = R"({
  "id": "6rlr37gkgg-3c2d-4b1c-8f0e-5c9a1f1e7e11",
  "language_model": "assemblyai_default",
  "acoustic_model": "assemblyai_default",
  "language_code": "en_us",
  "status": "completed",
  "audio_url": "https://recordings.example.com/call-42.mp3",
  "text": "Thanks for joining, Marcus. Happy to be here.",
  "words": [{"text": "Thanks", "start": 250, "end": 650, "confidence": 0.99, "speaker": "A"}],
  "utterances": [
    {"confidence": 0.93, "end": 4100, "speaker": "A", "start": 250,
     "text": "Thanks for joining, Marcus.",
     "words": [{"text": "Thanks", "start": 250, "end": 650, "confidence": 0.99, "speaker": "A"}]},
    {"confidence": 0.95, "end": 9050, "speaker": "B", "start": 4400, "text": "Happy to be here.",
     "words": []}
  ],
  "confidence": 0.94,
  "audio_duration": 12,
  "speaker_labels": true,
  "punctuate": true,
  "format_text": true
})";
  Diagnostics diagnostics;
  Result<model::Call> call = Read(kAssemblyAi, &diagnostics);
  ASSERT_TRUE(call.ok()) << diagnostics.FormatAll();
  EXPECT_TRUE(diagnostics.empty());
  EXPECT_EQ(call->id, "");
  EXPECT_THAT(call->utterances,
              ElementsAre(UtteranceIs("Speaker A", 0.25, 4.1, "Thanks for joining, Marcus."),
                          UtteranceIs("Speaker B", 4.4, 9.05, "Happy to be here.")));
}

class ReadAssemblyAiBrokenTest : public ::testing::TestWithParam<BrokenCase> {};

TEST_P(ReadAssemblyAiBrokenTest, RejectsWithLocatedDiagnostic) {
  Diagnostics diagnostics;
  Result<model::Call> call = Read(GetParam().input, &diagnostics);
  ExpectRejected(call, diagnostics, "C-1.assemblyai.json", GetParam());
}

const BrokenCase kBrokenCases[] = {
    {"StillProcessing", "{\"id\": \"x\",\n \"status\": \"processing\", \"utterances\": null}", 2,
     12, "the AssemblyAI transcript's status is 'processing', not 'completed'",
     "wait until AssemblyAI has completed the transcript"},
    {"WithoutSpeakerLabels",
     "{\"id\": \"x\", \"status\": \"completed\", \"text\": \"Hi\", \"utterances\": null}", 1, 1,
     "the AssemblyAI file has no utterances array", "speaker_labels: true"},
    {"StartInSeconds",
     "{\"utterances\": [\n  {\"speaker\": \"A\", \"start\": \"0.25\", \"end\": 900, \"text\": "
     "\"Hi\"}]}",
     2, 29, "utterances[0].start is a string, expected milliseconds",
     "write start as a number of milliseconds, such as 12340"},
    {"MissingText", "{\"utterances\": [{\"speaker\": \"A\", \"start\": 0, \"end\": 900}]}", 1, 17,
     "utterances[0] has no text", "speaker_labels: true"},
    {"NegativeStart",
     "{\"utterances\": [{\"speaker\": \"A\", \"start\": -250, \"end\": 900, \"text\": \"Hi\"}]}", 1,
     43, "utterances[0].start is -250, a time before the call started",
     "times count milliseconds from the start of the call"},
    {"NoSpeech", "{\"status\": \"completed\", \"utterances\": []}", 0, 0,
     "the transcript holds no speech", "recognised no speech"},
};

INSTANTIATE_TEST_SUITE_P(Cases, ReadAssemblyAiBrokenTest, ::testing::ValuesIn(kBrokenCases),
                         CaseName<BrokenCase>);

}  // namespace
}  // namespace sc::ingest
