#include "ingest/aws_transcribe_reader.h"

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "ingest/transcript_test_util.h"

namespace sc::ingest {
namespace {

using ::testing::ElementsAre;

Result<model::Call> Read(std::string_view text, Diagnostics* diagnostics) {
  return ReadAwsTranscribe(text, "C-1.aws.json", diagnostics);
}

TEST(ReadAwsTranscribeTest, JobResultWithSpeakerLabelsAndPunctuation) {
  constexpr std::string_view kAws = R"({
  "jobName": "call-42",
  "accountId": "123456789012",
  "status": "COMPLETED",
  "results": {
    "transcripts": [{"transcript": "Thanks for joining, Marcus. Sure. Happy to help. Great!"}],
    "speaker_labels": {
      "speakers": 2,
      "segments": [
        {"start_time": "0.04", "end_time": "1.9", "speaker_label": "spk_0",
         "items": [{"start_time": "0.04", "end_time": "0.5", "speaker_label": "spk_0"}]},
        {"start_time": "2.1", "end_time": "2.6", "speaker_label": "spk_1", "items": []},
        {"start_time": "3.9", "end_time": "4.4", "speaker_label": "spk_0", "items": []},
        {"start_time": "2.7", "end_time": "3.5", "speaker_label": "spk_1", "items": []}
      ]
    },
    "items": [
      {"start_time": "0.04", "end_time": "0.5", "type": "pronunciation",
       "alternatives": [{"confidence": "0.99", "content": "Thanks"}]},
      {"start_time": "0.5", "end_time": "0.7", "type": "pronunciation",
       "alternatives": [{"confidence": "1.0", "content": "for"}]},
      {"start_time": "0.7", "end_time": "1.2", "type": "pronunciation",
       "alternatives": [{"confidence": "1.0", "content": "joining"}]},
      {"type": "punctuation", "alternatives": [{"confidence": "0.0", "content": ","}]},
      {"start_time": "1.3", "end_time": "1.9", "type": "pronunciation",
       "alternatives": [{"confidence": "0.97", "content": "Marcus"}]},
      {"type": "punctuation", "alternatives": [{"confidence": "0.0", "content": "."}]},
      {"start_time": "2.1", "end_time": "2.6", "type": "pronunciation",
       "alternatives": [{"confidence": "0.99", "content": "Sure"}]},
      {"type": "punctuation", "alternatives": [{"confidence": "0.0", "content": "."}]},
      {"start_time": "2.7", "end_time": "3.0", "type": "pronunciation",
       "alternatives": [{"confidence": "0.99", "content": "Happy"}]},
      {"start_time": "3.0", "end_time": "3.2", "type": "pronunciation",
       "alternatives": [{"confidence": "0.99", "content": "to"}]},
      {"start_time": "3.2", "end_time": "3.5", "type": "pronunciation",
       "alternatives": [{"confidence": "0.99", "content": "help"}]},
      {"type": "punctuation", "alternatives": [{"confidence": "0.0", "content": "."}]},
      {"start_time": "3.9", "end_time": "4.4", "type": "pronunciation",
       "alternatives": [{"confidence": "0.95", "content": "Great"}]},
      {"type": "punctuation", "alternatives": [{"confidence": "0.0", "content": "!"}]}
    ]
  }
})";
  Diagnostics diagnostics;
  Result<model::Call> call = Read(kAws, &diagnostics);
  ASSERT_TRUE(call.ok()) << diagnostics.FormatAll();
  EXPECT_TRUE(diagnostics.empty());
  EXPECT_EQ(call->id, "");
  // spk_1's two segments are consecutive and form one utterance.
  EXPECT_THAT(call->utterances,
              ElementsAre(UtteranceIs("spk_0", 0.04, 1.9, "Thanks for joining, Marcus."),
                          UtteranceIs("spk_1", 2.1, 3.5, "Sure. Happy to help."),
                          UtteranceIs("spk_0", 3.9, 4.4, "Great!")));
}

TEST(ReadAwsTranscribeTest, ItemLabelsWinAndEarlyWordsTakeTheFirstSegment) {
  constexpr std::string_view kAws = R"({"results": {
    "speaker_labels": {"segments": [
      {"start_time": "1.0", "end_time": "2.0", "speaker_label": "spk_0"}]},
    "items": [
      {"start_time": 0.5, "end_time": 0.8, "type": "pronunciation",
       "alternatives": [{"content": "Um"}]},
      {"start_time": "1.0", "end_time": "1.5", "speaker_label": "spk_1", "type": "pronunciation",
       "alternatives": [{"content": "hello"}, {"content": "yellow"}]},
      {"start_time": "1.5", "end_time": "1.9", "type": "pronunciation",
       "alternatives": [{"content": "there"}]}]}})";
  Diagnostics diagnostics;
  Result<model::Call> call = Read(kAws, &diagnostics);
  ASSERT_TRUE(call.ok()) << diagnostics.FormatAll();
  EXPECT_THAT(call->utterances, ElementsAre(UtteranceIs("spk_0", 0.5, 0.8, "Um"),
                                            UtteranceIs("spk_1", 1.0, 1.5, "hello"),
                                            UtteranceIs("spk_0", 1.5, 1.9, "there")));
}

class ReadAwsBrokenTest : public ::testing::TestWithParam<BrokenCase> {};

TEST_P(ReadAwsBrokenTest, RejectsWithLocatedDiagnostic) {
  Diagnostics diagnostics;
  Result<model::Call> call = Read(GetParam().input, &diagnostics);
  ExpectRejected(call, diagnostics, "C-1.aws.json", GetParam());
}

constexpr std::string_view kSegments =
    R"("speaker_labels": {"segments": [)"
    R"({"start_time": "0", "end_time": "9", "speaker_label": "spk_0"}]})";

std::string WithItems(std::string_view items) {
  return fmt::format("{{\"results\": {{{},\n \"items\": [{}]}}}}", kSegments, items);
}

const BrokenCase kBrokenCases[] = {
    {"MissingResults", "{\"jobName\": \"x\", \"status\": \"IN_PROGRESS\"}", 1, 1,
     "the AWS Transcribe file has no results object", "ShowSpeakerLabels"},
    {"MissingSpeakerLabels", "{\"results\": {\"transcripts\": [], \"items\": []}}", 1, 13,
     "the AWS Transcribe file has no results.speaker_labels object", "ShowSpeakerLabels"},
    {"MissingItems", "{\"results\": {\"speaker_labels\": {\"segments\": []}}}", 1, 13,
     "the AWS Transcribe file has no results.items array", "Transcribe job"},
    {"SegmentWithoutLabel",
     "{\"results\": {\"items\": [], \"speaker_labels\": {\"segments\": [\n"
     "  {\"start_time\": \"0\", \"end_time\": \"1\"}]}}}",
     2, 3, "results.speaker_labels.segments[0] has no speaker_label", "ShowSpeakerLabels"},
    {"NoSegmentsForUnlabelledWords",
     "{\"results\": {\"speaker_labels\": {\"segments\": []}, \"items\": [{\"start_time\": \"0\", "
     "\"end_time\": \"1\", \"type\": \"pronunciation\", \"alternatives\": [{\"content\": "
     "\"Hi\"}]}]}}",
     1, 32, "results.speaker_labels has no segments, so no word has a speaker",
     "ShowSpeakerLabels"},
    {"StartTimeNotANumber",
     WithItems("{\"start_time\": \"1.2s\", \"end_time\": \"1.5\", \"type\": \"pronunciation\", "
               "\"alternatives\": [{\"content\": \"Hi\"}]}"),
     2, 27, "results.items[0].start_time is '1.2s', expected seconds",
     "write start_time as a string of seconds, such as \"12.34\""},
    {"EndTimeBoolean",
     WithItems("{\"start_time\": \"1.2\", \"end_time\": true, \"type\": \"pronunciation\", "
               "\"alternatives\": [{\"content\": \"Hi\"}]}"),
     2, 46, "results.items[0].end_time is true or false, expected seconds", "a string of seconds"},
    {"NoAlternatives", WithItems("{\"type\": \"punctuation\", \"alternatives\": []}"), 2, 52,
     "results.items[0].alternatives is empty", "ShowSpeakerLabels"},
    {"AlternativeWithoutContent",
     WithItems("{\"type\": \"punctuation\", \"alternatives\": [{\"confidence\": \"0.0\"}]}"), 2, 53,
     "results.items[0].alternatives[0] has no content", "ShowSpeakerLabels"},
    {"MissingType", WithItems("{\"alternatives\": [{\"content\": \"Hi\"}]}"), 2, 12,
     "results.items[0] has no type", "ShowSpeakerLabels"},
    {"NoSpeech", "{\"results\": {\"speaker_labels\": {\"segments\": []}, \"items\": []}}", 0, 0,
     "the transcript holds no speech", "recognised no words"},
};

INSTANTIATE_TEST_SUITE_P(Cases, ReadAwsBrokenTest, ::testing::ValuesIn(kBrokenCases),
                         CaseName<BrokenCase>);

}  // namespace
}  // namespace sc::ingest
