// What only the SQLite backend promises: a durable file, migrations, and clear errors for
// files that are not salescoach databases.
#include "store/sqlite_store.h"

#include <filesystem>
#include <fstream>

#include <fmt/format.h>

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

// R-1's snapshot as of 2026-09-14.
SnapshotRecord WeeklySnapshot() {
  SnapshotRecord snapshot;
  snapshot.rep_id = "R-1";
  snapshot.as_of = Date::FromYmd(2026, 9, 14);
  snapshot.period_from = Date::FromYmd(2026, 8, 17);
  snapshot.period_to = Date::FromYmd(2026, 9, 13);
  snapshot.overall = 68;
  snapshot.skills = {{"discovery", 64.25}, {"objection_handling", 80}};
  snapshot.components = {{"question_depth", 55.5}};
  snapshot.focus_skill = "discovery";
  snapshot.focus_component = "question_depth";
  snapshot.status = "draft";
  snapshot.report_json = R"({"rep_id": "R-1"})";
  return snapshot;
}

// The email of snapshot `snapshot_id`'s report, as queued.
DeliveryRecord OneEmail(std::int64_t snapshot_id) {
  DeliveryRecord delivery;
  delivery.snapshot_id = snapshot_id;
  delivery.kind = "report";
  delivery.channel = "email";
  delivery.recipients = {"dana@example.com", "morgan@example.com"};
  delivery.subject = "Your coaching report";
  delivery.payload = "Subject: Your coaching report\r\n\r\n<h1>Dana Reyes</h1>\r\n";
  delivery.due_at = *Timestamp::Parse("2026-09-14T08:00:00Z");
  delivery.created_at = *Timestamp::Parse("2026-09-14T07:55:00Z");
  return delivery;
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

  // The database's tables, by name.
  std::vector<std::string> Tables() {
    auto db = std::move(SqliteDatabase::Open(path_)).value();
    auto query = std::move(db.Prepare("SELECT name FROM sqlite_master WHERE type = 'table' "
                                      "ORDER BY name"))
                     .value();
    return std::move(ReadRows(query, [](const SqliteStatement& row) { return row.ColumnText(0); }))
        .value();
  }

  // The tables of a database at the latest schema version.
  static std::vector<std::string> LatestTables() {
    return {"activities",       "call_analyses", "calls",          "deals",
            "deliveries",       "forecasts",     "quotas",         "report_feedback",
            "report_snapshots", "reps",          "schema_version", "snapshot_scores",
            "sqlite_sequence",  "utterances"};
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

TEST_F(SqliteStoreTest, UpgradesADatabaseWrittenAtVersion3) {
  // The file salescoach wrote at version 3: an analyzed call, but no snapshot tables.
  WriteAtVersion(3, R"sql(
    INSERT INTO reps (id, name) VALUES ('R-1', 'Dana Reyes');
    INSERT INTO calls (id, rep_id, started_at) VALUES ('C-1', 'R-1', '2026-09-01T15:00:00Z');
    INSERT INTO call_analyses (call_id, version, analyzed_json)
      VALUES ('C-1', 'v1', '{"talk_share": 0.42}');
  )sql");
  EXPECT_EQ(Tables(),
            (std::vector<std::string>{"activities", "call_analyses", "calls", "deals", "forecasts",
                                      "quotas", "reps", "schema_version", "utterances"}));

  auto store = std::move(SqliteStore::Open(path_)).value();
  std::vector<CallAnalysisRecord> analyses = *store->ListAnalyses("", std::nullopt, std::nullopt);
  EXPECT_EQ(analyses,
            (std::vector<CallAnalysisRecord>{{"C-1", "v1", R"({"talk_share": 0.42})", "R-1",
                                              Timestamp::Parse("2026-09-01T15:00:00Z")}}));
  EXPECT_TRUE(store->ListCallsToAnalyze("v1")->empty());
  EXPECT_EQ(*store->CountRecords(), (RecordCounts{1, 0, 0, 0, 0, 1, 1, 0, 0, 0}));
  EXPECT_EQ(Tables(), LatestTables());

  Result<std::int64_t> id = store->SaveSnapshot(WeeklySnapshot());
  ASSERT_TRUE(id.ok()) << id.status().ToString();
  SnapshotRecord expected = WeeklySnapshot();
  expected.id = *id;
  EXPECT_EQ(**store->FindSnapshot(*id), expected);
  auto db = std::move(SqliteDatabase::Open(path_)).value();
  EXPECT_EQ(*CurrentSchemaVersion(db), LatestSchemaVersion());
}

TEST_F(SqliteStoreTest, UpgradesADatabaseWrittenAtVersion4) {
  // The file salescoach wrote at version 4: a scored snapshot, but no renderings and no
  // outbox.
  WriteAtVersion(4, R"sql(
    INSERT INTO reps (id, name) VALUES ('R-1', 'Dana Reyes');
    INSERT INTO report_snapshots (id, rep_id, as_of, period_from, period_to, overall,
                                  focus_skill, focus_component, status, report_json)
      VALUES (7, 'R-1', '2026-09-14', '2026-08-17', '2026-09-13', 68, 'discovery',
              'question_depth', 'approved', '{"rep_id": "R-1"}');
    INSERT INTO snapshot_scores (snapshot_id, kind, key, score)
      VALUES (7, 'skill', 'discovery', 64.25), (7, 'skill', 'objection_handling', 80),
             (7, 'component', 'question_depth', 55.5);
  )sql");

  auto store = std::move(SqliteStore::Open(path_)).value();
  SnapshotRecord expected = WeeklySnapshot();
  expected.id = 7;
  expected.status = "approved";
  Result<std::optional<SnapshotRecord>> found = store->FindSnapshot(7);
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ(**found, expected);  // with empty renderings
  EXPECT_EQ((*store->ListSnapshots("R-1")), std::vector<SnapshotRecord>{expected});
  EXPECT_EQ(*store->CountRecords(), (RecordCounts{1, 0, 0, 0, 0, 0, 0, 1, 0, 0}));
  EXPECT_EQ(Tables(), LatestTables());

  // A snapshot from before the upgrade can be delivered, and saved again with renderings.
  DeliveryRecord delivery = OneEmail(7);
  Result<QueuedDelivery> queued = store->QueueDelivery(delivery);
  ASSERT_TRUE(queued.ok()) << queued.status().ToString();
  EXPECT_EQ((*store->FindDelivery(queued->id))->rep_id, "R-1");
  expected.report_markdown = "# Dana Reyes\n";
  expected.report_html = "<h1>Dana Reyes</h1>";
  expected.report_card = "Dana Reyes: 68";
  ASSERT_TRUE(store->SaveSnapshot(expected).ok());
  EXPECT_EQ(**store->FindSnapshot(7), expected);
  auto db = std::move(SqliteDatabase::Open(path_)).value();
  EXPECT_EQ(*CurrentSchemaVersion(db), LatestSchemaVersion());
}

TEST_F(SqliteStoreTest, UpgradesADatabaseWrittenAtVersion5) {
  // The file salescoach wrote at version 5: a rendered snapshot and its message in the
  // outbox, but no feedback table.
  WriteAtVersion(5, R"sql(
    INSERT INTO reps (id, name) VALUES ('R-1', 'Dana Reyes');
    INSERT INTO report_snapshots (id, rep_id, as_of, period_from, period_to, overall,
                                  focus_skill, focus_component, status, report_json,
                                  report_markdown, report_html, report_card)
      VALUES (7, 'R-1', '2026-09-14', '2026-08-17', '2026-09-13', 68, 'discovery',
              'question_depth', 'sent', '{"rep_id": "R-1"}', '# Dana Reyes' || char(10),
              '<h1>Dana Reyes</h1>', 'Dana Reyes: 68');
    INSERT INTO snapshot_scores (snapshot_id, kind, key, score)
      VALUES (7, 'skill', 'discovery', 64.25), (7, 'skill', 'objection_handling', 80),
             (7, 'component', 'question_depth', 55.5);
    INSERT INTO deliveries (id, snapshot_id, kind, channel, recipients, subject, payload,
                            status, attempts, due_at, created_at, sent_at)
      VALUES (3, 7, 'report', 'email', 'dana@example.com' || char(10) || 'morgan@example.com',
              'Your coaching report', 'Subject: Your coaching report', 'sent', 1,
              '2026-09-14T08:00:00Z', '2026-09-14T07:55:00Z', '2026-09-14T08:00:02Z');
  )sql");

  auto store = std::move(SqliteStore::Open(path_)).value();
  SnapshotRecord expected = WeeklySnapshot();
  expected.id = 7;
  expected.status = "sent";
  expected.report_markdown = "# Dana Reyes\n";
  expected.report_html = "<h1>Dana Reyes</h1>";
  expected.report_card = "Dana Reyes: 68";
  Result<std::optional<SnapshotRecord>> found = store->FindSnapshot(7);
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ(**found, expected);
  DeliveryRecord delivery = OneEmail(7);
  delivery.id = 3;
  delivery.rep_id = "R-1";
  delivery.payload = "Subject: Your coaching report";
  delivery.status = "sent";
  delivery.attempts = 1;
  delivery.sent_at = Timestamp::Parse("2026-09-14T08:00:02Z");
  EXPECT_EQ(*store->FindDelivery(3), std::optional<DeliveryRecord>(delivery));
  EXPECT_EQ(*store->CountRecords(), (RecordCounts{1, 0, 0, 0, 0, 0, 0, 1, 1, 0}));
  EXPECT_EQ(Tables(), LatestTables());

  // A report delivered before the upgrade takes its rep's feedback.
  EXPECT_TRUE(store->ListFeedback("")->empty());
  const Timestamp at = *Timestamp::Parse("2026-09-15T09:00:00Z");
  ASSERT_TRUE(store->AcknowledgeReport(7, at).ok());
  ASSERT_TRUE(store->RateReport(7, 4, at).ok());
  EXPECT_EQ(*store->FindFeedback(7),
            std::optional<FeedbackRecord>(FeedbackRecord{7, "R-1", at, 4, at}));
  EXPECT_EQ(store->CountRecords()->feedback, 1);
  auto db = std::move(SqliteDatabase::Open(path_)).value();
  EXPECT_EQ(*CurrentSchemaVersion(db), 6);
  EXPECT_EQ(LatestSchemaVersion(), 6);
}

TEST_F(SqliteStoreTest, TheOutboxSurvivesReopening) {
  std::int64_t snapshot_id = 0;
  QueuedDelivery queued;
  DeliveryRecord expected = OneEmail(0);
  {
    auto store = std::move(SqliteStore::Open(path_)).value();
    ASSERT_TRUE(store->ImportCrm(OneRep()).ok());
    snapshot_id = *store->SaveSnapshot(WeeklySnapshot());
    expected.snapshot_id = snapshot_id;
    Result<QueuedDelivery> result = store->QueueDelivery(expected);
    ASSERT_TRUE(result.ok()) << result.status().ToString();
    queued = *result;
    const Timestamp at = *Timestamp::Parse("2026-09-14T08:00:00Z");
    ASSERT_TRUE(store->RecordDeliveryAttempt(queued.id, at, "connection refused").ok());
  }
  expected.id = queued.id;
  expected.rep_id = "R-1";
  expected.status = "failed";
  expected.attempts = 1;
  expected.last_error = "connection refused";

  auto reopened = std::move(SqliteStore::Open(path_)).value();
  Result<std::optional<DeliveryRecord>> found = reopened->FindDelivery(queued.id);
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ(**found, expected);
  // The record still holds its key: a second process queuing the same report gets it back.
  EXPECT_EQ(*reopened->QueueDelivery(OneEmail(snapshot_id)), (QueuedDelivery{queued.id, false}));
  EXPECT_EQ(reopened->CountRecords()->deliveries, 1);
}

TEST_F(SqliteStoreTest, TheOutboxTableRefusesASecondRecordForAKey) {
  auto store = std::move(SqliteStore::Open(path_)).value();
  ASSERT_TRUE(store->ImportCrm(OneRep()).ok());
  std::int64_t snapshot_id = *store->SaveSnapshot(WeeklySnapshot());
  ASSERT_TRUE(store->QueueDelivery(OneEmail(snapshot_id)).ok());
  // Even SQL that bypasses the store cannot queue the same report twice.
  auto db = std::move(SqliteDatabase::Open(path_)).value();
  Status duplicate = db.Exec(fmt::format(
      "INSERT INTO deliveries (snapshot_id, kind, channel, recipients, payload, due_at, "
      "created_at) VALUES ({}, 'report', 'email', 'x@example.com', '', '2026-09-14T08:00:00Z', "
      "'2026-09-14T08:00:00Z')",
      snapshot_id));
  EXPECT_FALSE(duplicate.ok());
  auto rows = std::move(db.Prepare("SELECT recipients FROM deliveries")).value();
  ASSERT_TRUE(*rows.Step());
  EXPECT_EQ(rows.ColumnText(0), "dana@example.com\nmorgan@example.com");  // one per line
  EXPECT_FALSE(*rows.Step());
}

TEST_F(SqliteStoreTest, KeepsSnapshotScoresAsRowsForPlainSql) {
  auto store = std::move(SqliteStore::Open(path_)).value();
  ASSERT_TRUE(store->ImportCrm(OneRep()).ok());
  ASSERT_TRUE(store->SaveSnapshot(WeeklySnapshot()).ok());
  auto db = std::move(SqliteDatabase::Open(path_)).value();
  auto query = std::move(db.Prepare("SELECT as_of, kind, key, score FROM report_snapshots "
                                    "JOIN snapshot_scores ON snapshot_id = id "
                                    "WHERE rep_id = 'R-1' ORDER BY kind DESC, key"))
                   .value();
  std::vector<std::string> rows = *ReadRows(query, [](const SqliteStatement& row) {
    return fmt::format("{} {} {} {}", row.ColumnText(0), row.ColumnText(1), row.ColumnText(2),
                       row.ColumnDouble(3));
  });
  EXPECT_EQ(rows, (std::vector<std::string>{"2026-09-14 skill discovery 64.25",
                                            "2026-09-14 skill objection_handling 80",
                                            "2026-09-14 component question_depth 55.5"}));
}

TEST_F(SqliteStoreTest, DeletingARepDeletesItsSnapshotsTheirScoresAndTheirMessages) {
  auto store = std::move(SqliteStore::Open(path_)).value();
  ASSERT_TRUE(store->ImportCrm(OneRep()).ok());
  Result<std::int64_t> snapshot_id = store->SaveSnapshot(WeeklySnapshot());
  ASSERT_TRUE(snapshot_id.ok());
  ASSERT_TRUE(store->QueueDelivery(OneEmail(*snapshot_id)).ok());
  auto db = std::move(SqliteDatabase::Open(path_)).value();
  ASSERT_TRUE(db.Exec("DELETE FROM reps WHERE id = 'R-1'").ok());
  EXPECT_EQ(store->CountRecords()->snapshots, 0);
  EXPECT_EQ(store->CountRecords()->deliveries, 0);
  auto scores = std::move(db.Prepare("SELECT count(*) FROM snapshot_scores")).value();
  ASSERT_TRUE(*scores.Step());
  EXPECT_EQ(scores.ColumnInt(0), 0);
}

TEST_F(SqliteStoreTest, TheFeedbackTableRefusesARatingOutsideOneToFiveAndGoesWithItsReport) {
  auto store = std::move(SqliteStore::Open(path_)).value();
  ASSERT_TRUE(store->ImportCrm(OneRep()).ok());
  std::int64_t snapshot_id = *store->SaveSnapshot(WeeklySnapshot());
  const Timestamp at = *Timestamp::Parse("2026-09-15T09:00:00Z");
  ASSERT_TRUE(store->AcknowledgeReport(snapshot_id, at).ok());
  ASSERT_TRUE(store->RateReport(snapshot_id, 2, at).ok());
  auto db = std::move(SqliteDatabase::Open(path_)).value();
  // Even SQL that bypasses the store cannot store a rating of 6.
  EXPECT_FALSE(db.Exec(fmt::format("UPDATE report_feedback SET rating = 6 WHERE snapshot_id = {}",
                                   snapshot_id))
                   .ok());
  // Timestamps are ISO text, like every other table's.
  auto row = std::move(db.Prepare("SELECT acknowledged_at, rating, rated_at FROM "
                                  "report_feedback"))
                 .value();
  ASSERT_TRUE(*row.Step());
  EXPECT_EQ(row.ColumnText(0), "2026-09-15T09:00:00Z");
  EXPECT_EQ(row.ColumnInt(1), 2);
  EXPECT_EQ(row.ColumnText(2), "2026-09-15T09:00:00Z");
  EXPECT_FALSE(*row.Step());

  ASSERT_TRUE(db.Exec("DELETE FROM reps WHERE id = 'R-1'").ok());
  EXPECT_EQ(store->CountRecords()->feedback, 0);
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
