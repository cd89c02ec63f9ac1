// `salescoach import crm` end to end: bad files are rejected whole with located errors and
// exit code 65, the database is never changed by a rejected import, and re-importing the
// same files never duplicates records.
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "e2e/cli_test_util.h"

namespace sc::e2e {
namespace {

using ::testing::HasSubstr;

constexpr std::string_view kReps =
    "id,name,email,manager_id,team,segment,hire_date,role\n"
    "M-1,Morgan Lee,morgan@example.com,,East,,2020-01-06,manager\n"
    "R-1,Dana Reyes,dana@example.com,M-1,East,mid_market,2023-04-03,rep\n"
    "R-2,Sam Okafor,sam@example.com,M-1,East,smb,2025-09-01,rep\n";

constexpr std::string_view kDeals =
    "id,rep_id,name,account,amount,currency,stage,status,created_at,closed_at,discount_pct\n"
    "D-1,R-1,Renewal,\"Acme, Inc.\",48500,USD,Closed Won,won,2026-08-01,2026-09-15,12\n"
    "D-2,R-2,New logo,Globex,12000,USD,Demo,open,2026-10-01,,\n";

class ImportCrmE2eTest : public ::testing::Test {
 protected:
  ImportCrmE2eTest() : dir_("import") {}

  // A database holding the good reps and deals, as a user would have before a bad import.
  void ImportGoodFiles() {
    dir_.Write("reps.csv", kReps);
    dir_.Write("deals.csv", kDeals);
    CommandResult result = RunSalescoach(dir_.path(), "import crm reps.csv deals.csv");
    ASSERT_EQ(result.exit_code, 0) << result.err;
    ASSERT_EQ(CountRecords(db()), (store::RecordCounts{3, 2, 0, 0, 0}));
  }

  // Imports `contents` as deals_bad.csv and checks the rejection: exit 65, a located error
  // with the expected text on stderr, and the database exactly as before.
  void ExpectRejected(std::string_view contents, std::string_view located_error) {
    ImportGoodFiles();
    dir_.Write("deals_bad.csv", contents);
    CommandResult result = RunSalescoach(dir_.path(), "import crm deals_bad.csv");
    EXPECT_EQ(result.exit_code, 65);
    EXPECT_THAT(result.err, HasSubstr(located_error));
    EXPECT_THAT(result.err, HasSubstr("nothing was imported"));
    EXPECT_EQ(CountRecords(db()), (store::RecordCounts{3, 2, 0, 0, 0}));
  }

  std::filesystem::path db() const { return dir_.path() / "salescoach.db"; }

  ScratchDir dir_;
};

TEST_F(ImportCrmE2eTest, ImportsAndReportsWhatItRead) {
  dir_.Write("reps.csv", kReps);
  dir_.Write("deals.csv", kDeals);
  CommandResult result = RunSalescoach(dir_.path(), "import crm reps.csv deals.csv");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr("reps.csv: 3 reps read"));
  EXPECT_THAT(result.out, HasSubstr("imported: 3 reps, 2 deals"));
  EXPECT_THAT(result.out, HasSubstr("(5 new, 0 updated)"));
}

TEST_F(ImportCrmE2eTest, ImportingTheSameFilesTwiceKeepsTheSameCounts) {
  ImportGoodFiles();
  CommandResult again = RunSalescoach(dir_.path(), "import crm reps.csv deals.csv");
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_THAT(again.out, HasSubstr("(0 new, 5 updated)"));
  EXPECT_EQ(CountRecords(db()), (store::RecordCounts{3, 2, 0, 0, 0}));
}

TEST_F(ImportCrmE2eTest, MalformedCsvIsRejected) {
  ExpectRejected(
      "id,rep_id,amount,stage,status,created_at\n"
      "D-3,R-1,100,Demo,open,2026-10-01\n"
      "D-4,R-1,100,\"Demo,open,2026-10-01\n"
      "D-5,R-1,100,Demo,open,2026-10-01\n",
      "deals_bad.csv:3:13:");
}

TEST_F(ImportCrmE2eTest, TruncatedCsvIsRejected) {
  ExpectRejected(
      "id,rep_id,amount,stage,status,created_at\n"
      "D-3,R-1,100,Demo,open,2026-10-01\n"
      "D-4,R-1,10",
      "deals_bad.csv:3:1: expected 6 columns, found 3");
}

TEST_F(ImportCrmE2eTest, WronglyEncodedCsvIsRejected) {
  ExpectRejected(
      "id,rep_id,name,amount,stage,status,created_at\n"
      "D-3,R-1,Caf\xE9 M\xFCller,100,Demo,open,2026-10-01\n",
      "deals_bad.csv:2:12:");
}

TEST_F(ImportCrmE2eTest, WronglyDelimitedCsvIsRejected) {
  ExpectRejected(
      "id|rep_id|amount|stage|status|created_at\n"
      "D-3|R-1|100|Demo|open|2026-10-01\n",
      "is the delimiter '|'?");
}

TEST_F(ImportCrmE2eTest, SemicolonMixedIntoACommaFileIsRejectedWithAHint) {
  ExpectRejected(
      "id,rep_id,amount,stage,status,created_at\n"
      "D-3;R-1;100;Demo;open;2026-10-01\n",
      "deals_bad.csv:2:");
}

TEST_F(ImportCrmE2eTest, BadValueIsRejected) {
  ExpectRejected(
      "id,rep_id,amount,stage,status,created_at\n"
      "D-3,R-1,100,Demo,open,2026-02-30\n",
      "deals_bad.csv:2:23: 'created_at' is '2026-02-30', which is not a date");
}

TEST_F(ImportCrmE2eTest, UnknownRepIsRejected) {
  ExpectRejected(
      "id,rep_id,amount,stage,status,created_at\n"
      "D-3,R-404,100,Demo,open,2026-10-01\n",
      "deals_bad.csv:2:5: rep 'R-404' is not imported");
}

TEST_F(ImportCrmE2eTest, SkipBadRowsImportsTheGoodRecordsAndWritesRejects) {
  ImportGoodFiles();
  dir_.Write("more.csv",
             "id,rep_id,amount,stage,status,created_at\n"
             "D-3,R-1,100,Demo,open,2026-10-01\n"
             "D-4,R-1,lots,Demo,open,2026-10-01\n");
  CommandResult result = RunSalescoach(
      dir_.path(), "import crm more.csv --kind deals --skip-bad-rows --rejects rejects.csv");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.err, HasSubstr("more.csv:3:9: 'amount' is 'lots', which is not a number"));
  EXPECT_THAT(result.out, HasSubstr("more.csv: 2 deals read, 1 rejected"));
  EXPECT_EQ(CountRecords(db()).deals, 3);
  std::ifstream rejects(dir_.path() / "rejects.csv");
  std::string header, row;
  std::getline(rejects, header);
  std::getline(rejects, row);
  EXPECT_EQ(header, "source,line,column,problem,hint,record");
  EXPECT_THAT(row, HasSubstr("more.csv,3,9,\"'amount' is 'lots', which is not a number\","));
  EXPECT_THAT(row, HasSubstr("D-4,R-1,lots"));
}

TEST_F(ImportCrmE2eTest, MissingFileIsAUsageError) {
  CommandResult result = RunSalescoach(dir_.path(), "import crm nowhere.csv");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("nowhere.csv"));
}

}  // namespace
}  // namespace sc::e2e
