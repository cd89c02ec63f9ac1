#include "ingest/gong_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "ingest/transcript_test_util.h"

namespace sc::ingest {
namespace {

using model::SpeakerRole;
using ::testing::ElementsAre;

Result<model::Call> Read(std::string_view text, Diagnostics* diagnostics) {
  return ReadGongTranscript(text, "C-1.gong.json", diagnostics);
}

TEST(ReadGongTranscriptTest, TranscriptResponseWithParties) {
  constexpr std::string_view kGong = R"({
  "requestId": "4al018gzaztcr8nbukw",
  "records": {"totalRecords": 1, "currentPageSize": 1, "currentPageNumber": 0},
  "callTranscripts": [
    {
      "callId": "7782342274025937895",
      "transcript": [
        {
          "speakerId": "6432345678555530067",
          "topic": "Call Setup",
          "sentences": [
            {"start": 460230, "end": 462343, "text": "Thanks for taking the time, Marcus."},
            {"start": 462343, "end": 465000, "text": "Shall we start   with your goals?"}
          ]
        },
        {
          "speakerId": "5197391025483920041",
          "topic": null,
          "sentences": [{"start": 465800, "end": 469120, "text": "Sure, fewer manual notes."}]
        },
        {
          "speakerId": "1111111111111111111",
          "topic": null,
          "sentences": [{"start": 469500, "end": 470000, "text": "Sorry I'm late."}]
        }
      ]
    }
  ],
  "parties": [
    {"id": "56825452554556", "emailAddress": "dana.reyes@seller.com", "name": "Dana Reyes",
     "title": "Account Executive", "userId": "234599484848423",
     "speakerId": "6432345678555530067", "context": [], "affiliation": "Internal",
     "methods": ["Invitee"]},
    {"id": "56825452554557", "emailAddress": "marcus@acme.com", "name": "Marcus Lee",
     "speakerId": "5197391025483920041", "affiliation": "External", "methods": ["Attendee"]},
    {"id": "56825452554558", "name": "Invited but silent", "affiliation": "External"}
  ]
})";
  Diagnostics diagnostics;
  Result<model::Call> call = Read(kGong, &diagnostics);
  ASSERT_TRUE(call.ok()) << diagnostics.FormatAll();
  EXPECT_TRUE(diagnostics.empty());
  EXPECT_EQ(call->id, "7782342274025937895");
  EXPECT_THAT(call->utterances,
              ElementsAre(UtteranceIs("Dana Reyes", 460.23, 465.0,
                                      "Thanks for taking the time, Marcus. Shall we start with "
                                      "your goals?",
                                      SpeakerRole::kRep),
                          UtteranceIs("Marcus Lee", 465.8, 469.12, "Sure, fewer manual notes.",
                                      SpeakerRole::kCustomer),
                          UtteranceIs("Speaker 1111111111111111111", 469.5, 470.0,
                                      "Sorry I'm late.", SpeakerRole::kUnknown)));
}

TEST(ReadGongTranscriptTest, PartiesNestedInCallsAsExtensiveReturnsThem) {
  constexpr std::string_view kGong = R"({
  "calls": [{"metaData": {"id": "C9"},
             "parties": [{"speakerId": "S1", "name": " ", "emailAddress": "kim@acme.com",
                          "affiliation": "Unknown"},
                         {"speakerId": 77, "name": "Lee Park", "affiliation": "Internal"}]}],
  "callTranscripts": [{"callId": 9, "transcript": [
    {"speakerId": 77, "sentences": [{"start": 1500, "end": 1000, "text": "Welcome."}]},
    {"speakerId": "S1", "sentences": [{"start": 0, "end": 1200.5, "text": "Hello"}]},
    {"speakerId": "S2", "sentences": []}]}]
})";
  Diagnostics diagnostics;
  Result<model::Call> call = Read(kGong, &diagnostics);
  ASSERT_TRUE(call.ok()) << diagnostics.FormatAll();
  EXPECT_EQ(call->id, "9");
  // The first monologue ends before it starts and is clamped; the empty one is dropped.
  EXPECT_THAT(call->utterances,
              ElementsAre(UtteranceIs("kim@acme.com", 0, 1.2005, "Hello"),
                          UtteranceIs("Lee Park", 1.5, 1.5, "Welcome.", SpeakerRole::kRep)));
}

TEST(ReadGongTranscriptTest, WithoutPartiesSpeakersAreNamedByTheirId) {
  Diagnostics diagnostics;
  Result<model::Call> call =
      Read(R"({"callTranscripts":[{"transcript":[{"speakerId":"42","sentences":[)"
           R"({"start":0,"end":900,"text":"Hi"}]}]}]})",
           &diagnostics);
  ASSERT_TRUE(call.ok()) << diagnostics.FormatAll();
  EXPECT_EQ(call->id, "");
  EXPECT_THAT(call->utterances, ElementsAre(UtteranceIs("Speaker 42", 0, 0.9, "Hi")));
}

TEST(ReadGongTranscriptTest, ReportsEveryMistypedValue) {
  Diagnostics diagnostics;
  Result<model::Call> call = Read(
      "{\"callTranscripts\": [{\"transcript\": [\n"
      "  {\"speakerId\": \"1\", \"sentences\": [{\"start\": \"0\", \"end\": 1, \"text\": "
      "\"a\"}]},\n"
      "  {\"speakerId\": \"2\", \"sentences\": [{\"start\": 5, \"end\": 6, \"text\": 7}]}\n"
      "]}]}\n",
      &diagnostics);
  ASSERT_FALSE(call.ok());
  EXPECT_EQ(call.status().message(), "C-1.gong.json: 2 errors");
  ASSERT_EQ(diagnostics.size(), 2u);
  EXPECT_THAT(diagnostics[0],
              DiagnosticIs("C-1.gong.json", 2, 46,
                           "callTranscripts[0].transcript[0].sentences[0].start is a string, "
                           "expected milliseconds",
                           "write start as a number of milliseconds, such as 12340"));
  EXPECT_THAT(diagnostics[1],
              DiagnosticIs("C-1.gong.json", 3, 67,
                           "callTranscripts[0].transcript[1].sentences[0].text is a number, "
                           "expected text",
                           "write text as a JSON string"));
}

class ReadGongBrokenTest : public ::testing::TestWithParam<BrokenCase> {};

TEST_P(ReadGongBrokenTest, RejectsWithLocatedDiagnostic) {
  Diagnostics diagnostics;
  Result<model::Call> call = Read(GetParam().input, &diagnostics);
  ExpectRejected(call, diagnostics, "C-1.gong.json", GetParam());
}

const BrokenCase kBrokenCases[] = {
    {"SyntaxError", "{\"callTranscripts\": [\n  {\"callId\": \"1\",}\n]}\n", 2, 18,
     "the file is not valid JSON: syntax error while parsing object key - unexpected '}'; "
     "expected string literal",
     "/v2/calls/transcript"},
    {"Truncated", "{\"callTranscripts\": [\n  {\"callId\": \"1\"\n", 2, 17,
     "the file is not valid JSON: syntax error while parsing object - unexpected end of input; "
     "expected '}'",
     "as it is returned"},
    {"MissingCallTranscripts", "\n  {\"requestId\": \"x\"}", 2, 3,
     "the Gong file has no callTranscripts array", "/v2/calls/transcript endpoint"},
    {"NullCallTranscripts", "{\"callTranscripts\": null}", 1, 1,
     "the Gong file has no callTranscripts array", "/v2/calls/transcript endpoint"},
    {"CallTranscriptsNotArray", "{\"callTranscripts\": {}}", 1, 21,
     "callTranscripts is an object, expected an array", "/v2/calls/transcript endpoint"},
    {"RootIsArray", "  [{\"callTranscripts\": []}]", 1, 3,
     "the file holds an array, not a JSON object", "as it is returned"},
    {"MissingSentences",
     "{\"callTranscripts\": [{\"transcript\": [\n"
     "  {\"speakerId\": \"1\", \"sentences\": []},\n"
     "  {\"speakerId\": \"2\", \"topic\": null}\n"
     "]}]}",
     3, 3, "callTranscripts[0].transcript[1] has no sentences array", "/v2/calls/transcript"},
    {"MissingTranscript", "{\"callTranscripts\": [{\"callId\": \"1\"}]}", 1, 22,
     "callTranscripts[0] has no transcript array", "/v2/calls/transcript"},
    {"MonologueNotObject", "{\"callTranscripts\": [{\"transcript\": [5]}]}", 1, 38,
     "callTranscripts[0].transcript[0] is a number, expected an object", "as it is returned"},
    {"SpeakerIdBoolean",
     "{\"callTranscripts\": [{\"transcript\": [{\"speakerId\": true, \"sentences\": []}]}]}", 1, 52,
     "callTranscripts[0].transcript[0].speakerId is true or false, expected an id",
     "write speakerId as a string or a whole number"},
    {"NegativeEnd",
     "{\"callTranscripts\": [{\"transcript\": [{\"speakerId\": \"1\",\n"
     "  \"sentences\": [{\"start\": 0, \"end\": -5, \"text\": \"Hi\"}]}]}]}",
     2, 37,
     "callTranscripts[0].transcript[0].sentences[0].end is -5, a time before the call started",
     "times count milliseconds from the start of the call"},
    {"TwoCalls",
     "{\"callTranscripts\": [\n  {\"callId\": \"1\", \"transcript\": []},\n"
     "  {\"callId\": \"2\", \"transcript\": []}\n]}",
     3, 3, "the Gong file holds 2 calls; salescoach reads one call per file",
     "filter.callIds with a single id"},
    {"NoSpeech", "{\"callTranscripts\": [{\"callId\": \"1\", \"transcript\": []}]}", 0, 0,
     "the transcript holds no speech", "after Gong has transcribed"},
    {"EmptyFile", "", 0, 0, "the file is empty", "/v2/calls/transcript"},
    {"InvalidUtf8", "{\"callTranscripts\": \"\xFF\"}", 1, 22, "byte 0xFF is not valid UTF-8",
     "save the transcript as UTF-8"},
};

INSTANTIATE_TEST_SUITE_P(Cases, ReadGongBrokenTest, ::testing::ValuesIn(kBrokenCases),
                         CaseName<BrokenCase>);

}  // namespace
}  // namespace sc::ingest
