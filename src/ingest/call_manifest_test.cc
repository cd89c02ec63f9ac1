#include "ingest/call_manifest.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "ingest/transcript_test_util.h"

namespace sc::ingest {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(CallIdFromFileNameTest, DropsFoldersAndEveryExtension) {
  EXPECT_EQ(CallIdFromFileName("calls/C-000123.gong.json"), "C-000123");
  EXPECT_EQ(CallIdFromFileName("C-1.vtt"), "C-1");
  EXPECT_EQ(CallIdFromFileName("exports\\2024\\acme-demo.srt"), "acme-demo");
  EXPECT_EQ(CallIdFromFileName("no_extension"), "no_extension");
  EXPECT_EQ(CallIdFromFileName(".hidden.vtt"), ".hidden");
}

TEST(ReadCallManifestTest, ReadsEveryColumn) {
  constexpr std::string_view kManifest =
      "file,call_id,rep_id,deal_id,started_at,title,call_type,rep_speakers\n"
      "calls/C-000123.gong.json,,R-07,D-104,2024-03-05T14:30:00Z,Acme discovery,discovery,\n"
      "calls/acme-demo.vtt, C-000124 ,R-07,D-104,2024-03-12,\"Acme demo, part 2\",Demo,"
      " Dana Reyes ; Sam Ortiz ;\n";
  Diagnostics diagnostics;
  Result<std::vector<ManifestEntry>> entries =
      ReadCallManifest(kManifest, "calls.csv", &diagnostics);
  ASSERT_TRUE(entries.ok()) << diagnostics.FormatAll();
  EXPECT_TRUE(diagnostics.empty());
  ASSERT_EQ(entries->size(), 2u);
  const ManifestEntry& first = (*entries)[0];
  EXPECT_EQ(first.file, "calls/C-000123.gong.json");
  EXPECT_EQ(first.call_id, "C-000123");
  EXPECT_FALSE(first.call_id_written);
  EXPECT_EQ(first.rep_id, "R-07");
  EXPECT_EQ(first.deal_id, "D-104");
  ASSERT_TRUE(first.started_at.has_value());
  EXPECT_EQ(first.started_at->ToString(), "2024-03-05T14:30:00Z");
  EXPECT_EQ(first.title, "Acme discovery");
  EXPECT_EQ(first.call_type, model::CallType::kDiscovery);
  EXPECT_THAT(first.rep_speakers, IsEmpty());
  EXPECT_EQ(first.line, 2u);
  const ManifestEntry& second = (*entries)[1];
  EXPECT_EQ(second.call_id, "C-000124");
  EXPECT_TRUE(second.call_id_written);
  EXPECT_EQ(second.started_at->ToString(), "2024-03-12T00:00:00Z");
  EXPECT_EQ(second.title, "Acme demo, part 2");
  EXPECT_EQ(second.call_type, model::CallType::kDemo);
  EXPECT_THAT(second.rep_speakers, ElementsAre("Dana Reyes", "Sam Ortiz"));
  EXPECT_EQ(second.line, 3u);
}

TEST(ReadCallManifestTest, OnlyRequiredColumns) {
  Diagnostics diagnostics;
  Result<std::vector<ManifestEntry>> entries =
      ReadCallManifest("rep_id;file\nR-1;a.vtt\n", "calls.csv", &diagnostics);
  ASSERT_TRUE(entries.ok()) << diagnostics.FormatAll();
  ManifestEntry expected{.file = "a.vtt", .call_id = "a", .rep_id = "R-1", .line = 2};
  EXPECT_THAT(*entries, ElementsAre(expected));
}

struct BadManifestCase {
  std::string name;
  std::string text;
  std::size_t line;
  std::size_t column;
  std::string message;
  std::string hint_part;
};

void PrintTo(const BadManifestCase& test_case, std::ostream* out) { *out << test_case.name; }

class ReadCallManifestBadTest : public ::testing::TestWithParam<BadManifestCase> {};

TEST_P(ReadCallManifestBadTest, RejectsWithLocatedDiagnostic) {
  Diagnostics diagnostics;
  Result<std::vector<ManifestEntry>> entries =
      ReadCallManifest(GetParam().text, "calls.csv", &diagnostics);
  ASSERT_FALSE(entries.ok());
  EXPECT_EQ(entries.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(entries.status().message(), "calls.csv: 1 error");
  ASSERT_EQ(diagnostics.size(), 1u) << diagnostics.FormatAll();
  EXPECT_THAT(diagnostics[0], DiagnosticIs("calls.csv", GetParam().line, GetParam().column,
                                           GetParam().message, GetParam().hint_part));
}

const BadManifestCase kBadCases[] = {
    {"EmptyFile", "file,rep_id\n ,R-1\n", 2, 1,
     "'file' is empty; every call needs its transcript file", "fill in file"},
    {"EmptyRepId", "file,rep_id\na.vtt,\n", 2, 7,
     "'rep_id' is empty; every call needs the rep it coaches", "fill in rep_id"},
    {"BadStartedAt", "file,rep_id,started_at\na.vtt,R-1,05/03/2024\n", 2, 11,
     "'started_at' is '05/03/2024', which is not a date and time", "ISO 8601"},
    {"UnknownCallType", "file,rep_id,call_type\na.vtt,R-1,kickoff\n", 2, 11,
     "'call_type' is 'kickoff', which is not a call type", "discovery, demo, negotiation"},
    {"DuplicateWrittenCallId", "file,call_id,rep_id\na.vtt,C-1,R-1\nb.vtt,C-1,R-1\n", 3, 7,
     "call_id 'C-1' appears twice (first on line 2)", "give each call its own call_id"},
    {"DuplicateDerivedCallId", "file,rep_id\ncalls/a.vtt,R-1\nother/a.srt,R-1\n", 3, 1,
     "call_id 'a' appears twice (first on line 2)", "remove the duplicate row"},
    {"MissingFileColumn", "call_id,rep_id\nC-1,R-1\n", 1, 1, "the manifest has no 'file' column",
     "file and rep_id are required"},
    {"MissingRepIdColumn", "file\na.vtt\n", 1, 1, "the manifest has no 'rep_id' column",
     "file and rep_id are required"},
    {"UnknownColumn", "file,rep_id,rep_speaker\na.vtt,R-1,Dana\n", 1, 1,
     "'rep_speaker' is not a manifest column", "rep_speakers"},
};

INSTANTIATE_TEST_SUITE_P(Cases, ReadCallManifestBadTest, ::testing::ValuesIn(kBadCases),
                         CaseName<BadManifestCase>);

TEST(ReadCallManifestTest, ReportsEveryBadRow) {
  Diagnostics diagnostics;
  Result<std::vector<ManifestEntry>> entries = ReadCallManifest(
      "file,rep_id,call_type\n,R-1,demo\nb.vtt,,pitch\n", "calls.csv", &diagnostics);
  ASSERT_FALSE(entries.ok());
  EXPECT_EQ(entries.status().message(), "calls.csv: 3 errors");
  ASSERT_EQ(diagnostics.size(), 3u);
  EXPECT_EQ(diagnostics[0].line, 2u);
  EXPECT_EQ(diagnostics[1].line, 3u);
  EXPECT_EQ(diagnostics[2].message, "'call_type' is 'pitch', which is not a call type");
}

TEST(ReadCallManifestTest, CsvSyntaxErrorsComeFromTheCsvReader) {
  Diagnostics diagnostics;
  Result<std::vector<ManifestEntry>> entries =
      ReadCallManifest("file,rep_id\na.vtt,R-1,extra\n", "calls.csv", &diagnostics);
  ASSERT_FALSE(entries.ok());
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].line, 2u);
  EXPECT_EQ(diagnostics[0].source, "calls.csv");
}

ManifestEntry Entry() {
  return ManifestEntry{.file = "calls/C-9.vtt",
                       .call_id = "C-9",
                       .rep_id = "R-07",
                       .deal_id = "D-104",
                       .started_at = Timestamp::Parse("2024-03-05T14:30:00Z"),
                       .title = "Acme discovery",
                       .call_type = model::CallType::kDiscovery,
                       .rep_speakers = {"Dana Reyes"}};
}

TEST(ApplyManifestTest, FillsEveryField) {
  model::Call call;
  ApplyManifest(Entry(), &call);
  EXPECT_EQ(call.id, "C-9");
  EXPECT_EQ(call.rep_id, "R-07");
  EXPECT_EQ(call.deal_id, "D-104");
  EXPECT_EQ(call.started_at, Timestamp::Parse("2024-03-05T14:30:00Z"));
  EXPECT_EQ(call.title, "Acme discovery");
  EXPECT_EQ(call.call_type, model::CallType::kDiscovery);
  EXPECT_THAT(call.rep_speakers, ElementsAre("Dana Reyes"));
}

TEST(ApplyManifestTest, FileIdBeatsTheFileNameButNotAWrittenId) {
  model::Call gong_call;
  gong_call.id = "7782342274025937895";
  ApplyManifest(Entry(), &gong_call);
  EXPECT_EQ(gong_call.id, "7782342274025937895");
  ManifestEntry written = Entry();
  written.call_id_written = true;
  ApplyManifest(written, &gong_call);
  EXPECT_EQ(gong_call.id, "C-9");
}

TEST(ApplyManifestTest, EmptyEntryValuesKeepTheCallsOwn) {
  model::Call call;
  call.title = "From the file";
  call.deal_id = "D-1";
  call.call_type = model::CallType::kDemo;
  call.rep_speakers = {"Ana"};
  ApplyManifest(ManifestEntry{.file = "a.json", .call_id = "a", .rep_id = "R-1"}, &call);
  EXPECT_EQ(call.title, "From the file");
  EXPECT_EQ(call.deal_id, "D-1");
  EXPECT_EQ(call.call_type, model::CallType::kDemo);
  EXPECT_THAT(call.rep_speakers, ElementsAre("Ana"));
  EXPECT_EQ(call.rep_id, "R-1");
}

}  // namespace
}  // namespace sc::ingest
