// What only the SQLite backend promises: a durable file, migrations, and clear errors for
// files that are not salescoach databases.
#include "store/sqlite_store.h"

#include <filesystem>
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "store/sqlite_schema.h"

namespace sc::store {
namespace {

using ::testing::HasSubstr;

// A CRM import of rep R-1 alone.
model::CrmBatch OneRep() {
  model::CrmBatch batch;
  batch.reps.push_back(
      {"R-1", "Dana Reyes", "", "", "", model::Segment::kSmb, std::nullopt, model::RepRole::kRep});
  return batch;
}

class SqliteStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("sc_sqlite_" + std::string(
                               ::testing::UnitTest::GetInstance()->current_test_info()->name()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    path_ = (dir_ / "salescoach.db").string();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // Creates the database as salescoach wrote it at schema `version` and runs `sql` on it.
  void WriteAtVersion(int version, std::string_view sql) {
    auto db = std::move(SqliteDatabase::Open(path_)).value();
    ASSERT_TRUE(MigrateSchemaTo(db, version).ok());
    ASSERT_EQ(*CurrentSchemaVersion(db), version);
    Status written = db.Exec(sql);
    ASSERT_TRUE(written.ok()) << written.ToString();
  }

  std::filesystem::path dir_;
  std::string path_;
};

TEST_F(SqliteStoreTest, DataSurvivesReopening) {
  {
    auto store = std::move(SqliteStore::Open(path_)).value();
    ASSERT_TRUE(store->ImportCrm(OneRep()).ok());
  }
  auto reopened = std::move(SqliteStore::Open(path_)).value();
  EXPECT_EQ(reopened->CountRecords()->reps, 1);
}

TEST_F(SqliteStoreTest, RecordsTheSchemaVersionOnce) {
  ASSERT_TRUE(SqliteStore::Open(path_).ok());
  ASSERT_TRUE(SqliteStore::Open(path_).ok());  // a second open applies nothing
  auto db = std::move(SqliteDatabase::Open(path_)).value();
  EXPECT_EQ(*CurrentSchemaVersion(db), LatestSchemaVersion());
  auto count = std::move(db.Prepare("SELECT count(*) FROM schema_version")).value();
  ASSERT_TRUE(*count.Step());
  EXPECT_EQ(count.ColumnInt(0), LatestSchemaVersion());
}

TEST_F(SqliteStoreTest, UpgradesADatabaseWrittenAtVersion2) {
  // The file salescoach wrote at version 2: calls, but no call_analyses table.
  WriteAtVersion(2, R"sql(
    INSERT INTO reps (id, name) VALUES ('R-1', 'Dana Reyes');
    INSERT INTO calls (id, rep_id) VALUES ('C-1', 'R-1');
    INSERT INTO utterances (call_id, seq, speaker, role, start_s, end_s, text)
      VALUES ('C-1', 0, 'Dana Reyes', 'rep', 0, 2, 'Thanks for joining.');
  )sql");
  auto store = std::move(SqliteStore::Open(path_)).value();
  EXPECT_EQ((*store->LoadCall("C-1"))->utterances.size(), 1u);
  EXPECT_EQ(*store->ListCallsToAnalyze("v1"), std::vector<std::string>{"C-1"});
  std::vector<CallAnalysisRecord> analyses = {{"C-1", "v1", "{}", "", std::nullopt}};
  ASSERT_TRUE(store->SaveAnalyses(analyses).ok());
  EXPECT_TRUE(store->ListCallsToAnalyze("v1")->empty());
  auto db = std::move(SqliteDatabase::Open(path_)).value();
  EXPECT_EQ(*CurrentSchemaVersion(db), LatestSchemaVersion());
}

TEST_F(SqliteStoreTest, RefusesADatabaseFromANewerVersion) {
  ASSERT_TRUE(SqliteStore::Open(path_).ok());
  {
    auto db = std::move(SqliteDatabase::Open(path_)).value();
    ASSERT_TRUE(db.Exec("INSERT INTO schema_version VALUES (999, 'future', 'now')").ok());
  }
  Result<std::unique_ptr<SqliteStore>> store = SqliteStore::Open(path_);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_THAT(store.status().message(), HasSubstr("schema version 999"));
}

TEST_F(SqliteStoreTest, RefusesAFileThatIsNotADatabase) {
  std::ofstream(path_) << "id,name\nR-1,Dana\n";
  Result<std::unique_ptr<SqliteStore>> store = SqliteStore::Open(path_);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kIoError);
  EXPECT_THAT(store.status().message(), HasSubstr(path_));
}

TEST_F(SqliteStoreTest, UsesWriteAheadLogging) {
  auto store = std::move(SqliteStore::Open(path_)).value();
  auto db = std::move(SqliteDatabase::Open(path_)).value();
  auto mode = std::move(db.Prepare("PRAGMA journal_mode")).value();
  ASSERT_TRUE(*mode.Step());
  EXPECT_EQ(mode.ColumnText(0), "wal");
}

}  // namespace
}  // namespace sc::store
