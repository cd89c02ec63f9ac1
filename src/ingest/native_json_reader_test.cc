#include "ingest/native_json_reader.h"

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "ingest/transcript_test_util.h"

namespace sc::ingest {
namespace {

using model::SpeakerRole;
using ::testing::ElementsAre;

Result<model::Call> Read(std::string_view text, Diagnostics* diagnostics) {
  return ReadNativeJson(text, "C-1.json", diagnostics);
}

TEST(ReadNativeJsonTest, CallWithContextAndRoles) {
  constexpr std::string_view kNative = R"({
  "call_id": "C-000123",
  "title": "Acme discovery",
  "started_at": "2024-03-05T14:30:00Z",
  "rep_id": "R-07",
  "deal_id": "D-104",
  "call_type": "discovery",
  "rep_speakers": ["Dana Reyes"],
  "utterances": [
    {"speaker": "Marcus Lee", "role": "customer", "start": 4.5, "end": 9, "text": "Sure."},
    {"speaker": "Dana Reyes", "role": "rep", "start": 0, "end": 4.2,
     "text": "Thanks for taking the time."},
    {"speaker": " Priya Shah ", "start": 9.5, "end": 11.25, "text": "Hi all."}
  ]
})";
  Diagnostics diagnostics;
  Result<model::Call> call = Read(kNative, &diagnostics);
  ASSERT_TRUE(call.ok()) << diagnostics.FormatAll();
  EXPECT_TRUE(diagnostics.empty());
  EXPECT_EQ(call->id, "C-000123");
  EXPECT_EQ(call->title, "Acme discovery");
  ASSERT_TRUE(call->started_at.has_value());
  EXPECT_EQ(call->started_at->ToString(), "2024-03-05T14:30:00Z");
  EXPECT_EQ(call->rep_id, "R-07");
  EXPECT_EQ(call->deal_id, "D-104");
  EXPECT_EQ(call->call_type, model::CallType::kDiscovery);
  EXPECT_THAT(call->rep_speakers, ElementsAre("Dana Reyes"));
  EXPECT_THAT(call->utterances,
              ElementsAre(UtteranceIs("Dana Reyes", 0, 4.2, "Thanks for taking the time.",
                                      SpeakerRole::kRep),
                          UtteranceIs("Marcus Lee", 4.5, 9, "Sure.", SpeakerRole::kCustomer),
                          UtteranceIs("Priya Shah", 9.5, 11.25, "Hi all.")));
}

TEST(ReadNativeJsonTest, OnlyUtterancesAreRequired) {
  Diagnostics diagnostics;
  Result<model::Call> call = Read(
      R"({"utterances": [{"speaker": "A", "start": 1, "end": 2, "text": "Hi"}]})", &diagnostics);
  ASSERT_TRUE(call.ok()) << diagnostics.FormatAll();
  EXPECT_EQ(call->id, "");
  EXPECT_FALSE(call->started_at.has_value());
  EXPECT_EQ(call->call_type, model::CallType::kUnknown);
  EXPECT_THAT(call->utterances, ElementsAre(UtteranceIs("A", 1, 2, "Hi")));
}

class ReadNativeJsonBrokenTest : public ::testing::TestWithParam<BrokenCase> {};

TEST_P(ReadNativeJsonBrokenTest, RejectsWithLocatedDiagnostic) {
  Diagnostics diagnostics;
  Result<model::Call> call = Read(GetParam().input, &diagnostics);
  ExpectRejected(call, diagnostics, "C-1.json", GetParam());
}

constexpr std::string_view kOneUtterance =
    R"("utterances": [{"speaker": "A", "start": 1, "end": 2, "text": "Hi"}])";

std::string With(std::string_view fields) {
  return fmt::format("{{{},\n {}}}", fields, kOneUtterance);
}

const BrokenCase kBrokenCases[] = {
    {"MissingUtterances", "{\"call_id\": \"C-1\"}", 1, 1,
     "the salescoach JSON file has no utterances array", "docs/formats/transcripts.md"},
    {"BadStartedAt", With("\"started_at\": \"last Tuesday\""), 1, 16,
     "started_at is 'last Tuesday', which is not a date and time", "2024-03-05T14:30:00Z"},
    {"UnknownCallType", With("\"call_id\": \"C-1\", \"call_type\": \"kickoff\""), 1, 33,
     "call_type is 'kickoff', which is not a call type", "discovery, demo, negotiation"},
    {"CallIdNumber", With("\"call_id\": 123"), 1, 13, "call_id is a number, expected text",
     "write call_id as a JSON string"},
    {"RepSpeakerNotString", With("\"rep_speakers\": [\"Dana\", 7]"), 1, 27,
     "rep_speakers[1] is not a string", "[\"Dana Reyes\"]"},
    {"UnknownRole",
     "{\"utterances\": [\n  {\"speaker\": \"A\", \"role\": \"seller\", \"start\": 1, \"end\": 2, "
     "\"text\": \"Hi\"}]}",
     2, 28, "utterances[0].role is 'seller', which is not a role", "rep, customer or other"},
    {"MissingEnd", "{\"utterances\": [\n  {\"speaker\": \"A\", \"start\": 1, \"text\": \"Hi\"}]}",
     2, 3, "utterances[0] has no end", "docs/formats/transcripts.md"},
    {"StartInMilliseconds",
     "{\"utterances\": [{\"speaker\": \"A\", \"start\": \"00:01\", \"end\": 2, \"text\": \"Hi\"}]}",
     1, 43, "utterances[0].start is a string, expected seconds",
     "write start as a number of seconds, such as 12.34"},
    {"NoSpeech", "{\"utterances\": []}", 0, 0, "the transcript holds no speech",
     "add the call's utterances"},
};

INSTANTIATE_TEST_SUITE_P(Cases, ReadNativeJsonBrokenTest, ::testing::ValuesIn(kBrokenCases),
                         CaseName<BrokenCase>);

}  // namespace
}  // namespace sc::ingest
