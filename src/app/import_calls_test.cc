// The transcript import use case over the in-memory store.
#include "app/import_calls.h"

#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "store/memory_store.h"

namespace sc::app {
namespace {

using ::testing::HasSubstr;

constexpr std::string_view kVtt =
    "WEBVTT\n\n"
    "00:00:01.000 --> 00:00:04.000\n<v Dana Reyes>Thanks for making the time today.</v>\n\n"
    "00:00:04.500 --> 00:00:09.000\n<v Priya Shah>Of course. Our forecast keeps slipping.</v>\n";

class ImportCallsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("sc_calls_" + std::string(
                              ::testing::UnitTest::GetInstance()->current_test_info()->name()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_ / "calls");
    model::CrmBatch batch;
    batch.reps = {{"R-1", "Dana Reyes", "dana.reyes@example.com", "", "", model::Segment::kSmb,
                   std::nullopt, model::RepRole::kRep}};
    ASSERT_TRUE(store_.ImportCrm(batch).ok());
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  void Write(const std::string& name, std::string_view contents) {
    std::ofstream(dir_ / name, std::ios::binary) << contents;
  }

  std::filesystem::path dir_;
  store::MemoryStore store_;
  Diagnostics diagnostics_;
};

TEST_F(ImportCallsTest, AFolderWithAManifestImportsEveryListedCall) {
  Write("calls/C-1.vtt", kVtt);
  Write("calls/manifest.csv",
        "file,call_id,rep_id,deal_id,started_at,title,call_type,rep_speakers\n"
        "C-1.vtt,,R-1,D-1,2026-09-01T15:00:00Z,Discovery: Acme,discovery,Dana Reyes\n");
  Result<CallImportResult> result =
      ImportCallFiles(store_, {.paths = {dir_ / "calls"}, .threads = 2}, &diagnostics_);
  ASSERT_TRUE(result.ok()) << diagnostics_.FormatAll() << result.status().ToString();
  EXPECT_EQ(result->calls.inserted, 1);
  EXPECT_EQ(result->roles_from.at("manifest"), 1u);
  std::optional<model::Call> call = *store_.LoadCall("C-1");
  ASSERT_TRUE(call.has_value());
  EXPECT_EQ(call->rep_id, "R-1");
  EXPECT_EQ(call->call_type, model::CallType::kDiscovery);
  EXPECT_EQ(call->duration_s, 9.0);
  ASSERT_EQ(call->utterances.size(), 2u);
  EXPECT_EQ(call->utterances[0].role, model::SpeakerRole::kRep);
  EXPECT_EQ(call->utterances[1].role, model::SpeakerRole::kCustomer);
}

TEST_F(ImportCallsTest, RolesComeFromCrmNamesWithoutRepSpeakers) {
  Write("calls/C-1.vtt", kVtt);
  Write("calls/manifest.csv", "file,rep_id\nC-1.vtt,R-1\n");
  Result<CallImportResult> result =
      ImportCallFiles(store_, {.manifest = dir_ / "calls/manifest.csv"}, &diagnostics_);
  ASSERT_TRUE(result.ok()) << diagnostics_.FormatAll();
  EXPECT_EQ(result->roles_from.at("crm_names"), 1u);
}

TEST_F(ImportCallsTest, ABadFileAmongGoodOnesImportsNothing) {
  Write("calls/C-1.vtt", kVtt);
  Write("calls/C-2.vtt", "WEBVTT\n\n00:00:01 --> 00:00:04.000\n<v Dana>Hi</v>\n");
  Write("calls/manifest.csv", "file,rep_id\nC-1.vtt,R-1\nC-2.vtt,R-1\n");
  Result<CallImportResult> result =
      ImportCallFiles(store_, {.paths = {dir_ / "calls"}}, &diagnostics_);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), StatusCode::kInvalidArgument);
  EXPECT_THAT(result.status().message(), HasSubstr("1 of 2 files"));
  ASSERT_FALSE(diagnostics_.empty());
  EXPECT_THAT(diagnostics_[0].source, HasSubstr("C-2.vtt"));
  EXPECT_EQ(store_.CountRecords()->calls, 0);
}

TEST_F(ImportCallsTest, AnUnknownRepIsLocatedAtTheManifestRow) {
  Write("calls/C-1.vtt", kVtt);
  Write("calls/manifest.csv", "file,rep_id\nC-1.vtt,R-404\n");
  Result<CallImportResult> result =
      ImportCallFiles(store_, {.paths = {dir_ / "calls"}}, &diagnostics_);
  ASSERT_FALSE(result.ok());
  ASSERT_EQ(diagnostics_.size(), 1u);
  EXPECT_EQ(diagnostics_[0].FormatShort(),
            (dir_ / "calls/manifest.csv").string() +
                ":2:1: rep 'R-404' of call 'C-1' is not imported (import the reps first: "
                "salescoach import crm reps.csv)");
}

TEST_F(ImportCallsTest, AFileWithoutARepIsRejected) {
  Write("calls/C-1.vtt", kVtt);
  Result<CallImportResult> result =
      ImportCallFiles(store_, {.paths = {dir_ / "calls/C-1.vtt"}}, &diagnostics_);
  ASSERT_FALSE(result.ok());
  ASSERT_EQ(diagnostics_.size(), 1u);
  EXPECT_EQ(diagnostics_[0].message, "no rep is named for this call");
}

TEST_F(ImportCallsTest, ANamedFileTheManifestDoesNotListIsReportedNotSkipped) {
  Write("calls/C-1.vtt", kVtt);
  Write("calls/C-9.vtt", kVtt);
  Write("calls/manifest.csv", "file,rep_id\nC-1.vtt,R-1\n");
  Result<CallImportResult> result = ImportCallFiles(
      store_,
      {.paths = {dir_ / "calls/C-1.vtt", dir_ / "calls/C-9.vtt"},
       .manifest = dir_ / "calls/manifest.csv"},
      &diagnostics_);
  ASSERT_FALSE(result.ok());
  ASSERT_EQ(diagnostics_.size(), 1u);
  EXPECT_THAT(diagnostics_[0].source, HasSubstr("C-9.vtt"));
  EXPECT_EQ(diagnostics_[0].message, "no rep is named for this call");
}

TEST_F(ImportCallsTest, ANamedFileTakesItsRowFromTheManifest) {
  Write("calls/C-1.vtt", kVtt);
  Write("calls/C-2.vtt", kVtt);
  Write("calls/manifest.csv", "file,rep_id\nC-1.vtt,R-1\nC-2.vtt,R-1\n");
  Result<CallImportResult> result = ImportCallFiles(
      store_, {.paths = {dir_ / "calls/C-2.vtt"}, .manifest = dir_ / "calls/manifest.csv"},
      &diagnostics_);
  ASSERT_TRUE(result.ok()) << diagnostics_.FormatAll();
  EXPECT_EQ(result->files, 1u);
  EXPECT_TRUE(store_.LoadCall("C-2")->has_value());
  EXPECT_FALSE(store_.LoadCall("C-1")->has_value());
}

TEST_F(ImportCallsTest, ManyCallsAcrossChunksAllLand) {
  std::string manifest = "file,rep_id\n";
  for (int index = 0; index < 600; ++index) {
    std::string name = "C-" + std::to_string(index) + ".vtt";
    Write("calls/" + name, kVtt);
    manifest += name + ",R-1\n";
  }
  Write("calls/manifest.csv", manifest);
  Result<CallImportResult> result =
      ImportCallFiles(store_, {.paths = {dir_ / "calls"}, .threads = 2}, &diagnostics_);
  ASSERT_TRUE(result.ok()) << diagnostics_.FormatAll();
  EXPECT_EQ(result->calls.inserted, 600);
  EXPECT_EQ(store_.CountRecords()->calls, 600);
}

}  // namespace
}  // namespace sc::app
