// The import use case over the in-memory store: all-or-nothing by default, rejects with
// --skip-bad-rows, owners resolved across the files of one import.
#include "app/import_crm.h"

#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "store/memory_store.h"

namespace sc::app {
namespace {

using ::testing::HasSubstr;

class ImportCrmTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("sc_app_" + std::string(
                            ::testing::UnitTest::GetInstance()->current_test_info()->name()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::filesystem::path Write(const std::string& name, std::string_view contents) {
    std::ofstream(dir_ / name, std::ios::binary) << contents;
    return dir_ / name;
  }

  std::filesystem::path dir_;
  store::MemoryStore store_;
  Diagnostics diagnostics_;
};

constexpr std::string_view kReps = "id,name,email\nR-1,Dana Reyes,dana@example.com\n";

TEST_F(ImportCrmTest, ImportsRepsAndTheirDealsInOneGo) {
  CrmImportOptions options{
      .files = {Write("reps.csv", kReps),
                Write("opportunities.csv",
                      "id,rep_id,amount,stage,status,created_at\n"
                      "D-1,dana@example.com,100,Demo,open,2026-10-01\n")}};
  Result<CrmImportResult> result = ImportCrmFiles(store_, options, &diagnostics_);
  ASSERT_TRUE(result.ok()) << diagnostics_.FormatAll();
  EXPECT_EQ(result->summary.deals.inserted, 1);
  EXPECT_EQ(store_.ListDeals("R-1")->size(), 1u);  // owner resolved by email
  ASSERT_EQ(result->files.size(), 2u);
  EXPECT_EQ(result->files[1].kind, ingest::CrmKind::kDeals);  // from the file name
}

TEST_F(ImportCrmTest, OneBadFileRejectsTheWholeImport) {
  CrmImportOptions options{
      .files = {Write("reps.csv", kReps),
                Write("deals.csv", "id,rep_id,amount,stage,status,created_at\n"
                                   "D-1,R-1,100,Demo,open,2026-10-01\n"
                                   "D-2,R-1,100,Demo,open,someday\n")}};
  Result<CrmImportResult> result = ImportCrmFiles(store_, options, &diagnostics_);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), StatusCode::kInvalidArgument);
  EXPECT_THAT(result.status().message(), HasSubstr("nothing was imported"));
  ASSERT_EQ(diagnostics_.size(), 1u);
  EXPECT_EQ(diagnostics_[0].line, 3u);
  EXPECT_EQ(*store_.CountRecords(), store::RecordCounts{});
}

TEST_F(ImportCrmTest, SkipBadRowsImportsTheRestAndWritesRejects) {
  CrmImportOptions options{
      .files = {Write("reps.csv", kReps),
                Write("deals.csv", "id,rep_id,amount,stage,status,created_at\n"
                                   "D-1,R-1,100,Demo,open,2026-10-01\n"
                                   "D-2,R-9,100,Demo,open,2026-10-01\n")},
      .skip_bad_rows = true,
      .rejects = dir_ / "rejects.csv"};
  Result<CrmImportResult> result = ImportCrmFiles(store_, options, &diagnostics_);
  ASSERT_TRUE(result.ok()) << result.status().ToString();
  EXPECT_EQ(result->rejected, 1u);
  EXPECT_EQ(store_.CountRecords()->deals, 1);
  std::ifstream rejects(dir_ / "rejects.csv");
  std::string header, row;
  std::getline(rejects, header);
  std::getline(rejects, row);
  EXPECT_THAT(row, HasSubstr("deals.csv"));
  EXPECT_THAT(row, HasSubstr(",3,5,rep 'R-9' is not imported,"));
}

TEST_F(ImportCrmTest, AFileOfUnknownKindIsLocated) {
  CrmImportOptions options{.files = {Write("export.csv", "a,b\n1,2\n")}};
  Result<CrmImportResult> result = ImportCrmFiles(store_, options, &diagnostics_);
  ASSERT_FALSE(result.ok());
  ASSERT_EQ(diagnostics_.size(), 1u);
  EXPECT_THAT(diagnostics_[0].hint, HasSubstr("--kind"));
}

TEST_F(ImportCrmTest, JsonLinesImportLikeCsv) {
  CrmImportOptions options{
      .files = {Write("reps.jsonl", "{\"id\":\"R-1\",\"name\":\"Dana Reyes\"}\n"
                                    "{\"id\":\"R-2\",\"name\":\"Sam Okafor\",\"segment\":\"smb\"}\n")}};
  Result<CrmImportResult> result = ImportCrmFiles(store_, options, &diagnostics_);
  ASSERT_TRUE(result.ok()) << diagnostics_.FormatAll();
  EXPECT_EQ(store_.CountRecords()->reps, 2);
  EXPECT_EQ((*store_.FindRep("R-2"))->segment, model::Segment::kSmb);
}

TEST_F(ImportCrmTest, AMissingFileIsNotFound) {
  CrmImportOptions options{.files = {dir_ / "nowhere.csv"}};
  Result<CrmImportResult> result = ImportCrmFiles(store_, options, &diagnostics_);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace sc::app
