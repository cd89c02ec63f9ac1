// SqliteStore: the embedded default Store, one SQLite file in the working folder.
//
// Opening a file creates it when missing and migrates it to the latest schema. Writes run
// in one transaction per import; reads use prepared statements only. The file is an
// ordinary SQLite database: `sqlite3 salescoach.db 'SELECT ...'` works on it.
#pragma once

#include <memory>
#include <string>

#include "store/sqlite_database.h"
#include "store/store.h"

namespace sc::store {

class SqliteStore final : public Store {
 public:
  // Opens or creates the database at `path` (":memory:" for a private in-memory one) and
  // migrates it. Returns kIoError when the file cannot be opened or is not a database, and
  // kFailedPrecondition when it was written by a newer salescoach.
  static Result<std::unique_ptr<SqliteStore>> Open(const std::string& path);

  Result<ImportSummary> ImportCrm(const model::CrmBatch& batch) override;
  Result<std::vector<model::Rep>> ListReps() override;
  Result<std::optional<model::Rep>> FindRep(std::string_view id) override;
  Result<std::vector<model::Deal>> ListDeals(std::string_view rep_id) override;
  Result<std::vector<model::Activity>> ListActivities(std::string_view rep_id) override;
  Result<std::vector<model::Quota>> ListQuotas(std::string_view rep_id) override;
  Result<std::vector<model::Forecast>> ListForecasts(std::string_view rep_id) override;
  Result<RecordCounts> CountRecords() override;

  // In sqlite_store_calls.cc:
  Result<UpsertCount> SaveCalls(const CallBatchSource& next) override;
  using Store::SaveCalls;
  Result<std::optional<model::Call>> LoadCall(std::string_view id) override;
  Result<std::vector<model::Call>> ListCalls(std::string_view rep_id) override;
  Result<std::vector<std::string>> ListCallIds() override;
  Result<std::vector<model::Call>> LoadCalls(std::span<const std::string> ids) override;

  // In sqlite_store_analyses.cc:
  Result<std::vector<std::string>> ListCallsToAnalyze(std::string_view version) override;
  Result<std::int64_t> SaveAnalyses(std::span<const CallAnalysisRecord> records) override;
  Result<std::vector<CallAnalysisRecord>> ListAnalyses(std::string_view rep_id,
                                                       std::optional<Date> from,
                                                       std::optional<Date> to) override;

  // In sqlite_store_snapshots.cc:
  Result<std::int64_t> SaveSnapshot(const SnapshotRecord& snapshot) override;
  Result<std::optional<SnapshotRecord>> FindSnapshot(std::int64_t id) override;
  Result<std::optional<SnapshotRecord>> LatestSnapshotBefore(std::string_view rep_id,
                                                             Date as_of) override;
  Result<std::vector<SnapshotRecord>> ListSnapshots(std::string_view rep_id) override;
  Status SetSnapshotStatus(std::int64_t id, std::string_view status) override;
  Status RecordReview(std::int64_t id, std::string_view decision, std::string_view by,
                      Timestamp at, std::string_view note) override;

  // In sqlite_store_deliveries.cc:
  Result<QueuedDelivery> QueueDelivery(const DeliveryRecord& delivery) override;
  Result<std::vector<DeliveryRecord>> ListDeliveries(const DeliveryFilter& filter) override;
  Result<std::optional<DeliveryRecord>> FindDelivery(std::int64_t id) override;
  Status RecordDeliveryAttempt(std::int64_t id, Timestamp at, std::string_view error) override;

  // In sqlite_store_feedback.cc:
  Status AcknowledgeReport(std::int64_t snapshot_id, Timestamp at) override;
  Status RateReport(std::int64_t snapshot_id, int rating, Timestamp at) override;
  Result<std::optional<FeedbackRecord>> FindFeedback(std::int64_t snapshot_id) override;
  Result<std::vector<FeedbackRecord>> ListFeedback(std::string_view rep_id) override;

 private:
  explicit SqliteStore(SqliteDatabase db) : db_(std::move(db)) {}

  Status WriteCrm(const model::CrmBatch& batch, ImportSummary& summary);
  Status WriteCalls(const CallBatchSource& next, UpsertCount& count);
  Status WriteCallBatch(const std::vector<model::Call>& calls, SqliteStatement& remove,
                        SqliteStatement& insert, SqliteStatement& insert_utterance,
                        UpsertCount& count);
  Status WriteAnalyses(std::span<const CallAnalysisRecord> records);
  Status WriteSnapshot(const SnapshotRecord& snapshot, std::int64_t& id);
  // Runs `query`, which selects snapshot columns, and reads every row with its scores.
  Result<std::vector<SnapshotRecord>> ReadSnapshots(SqliteStatement& query);
  Status WriteDelivery(const DeliveryRecord& delivery, QueuedDelivery& queued);

  SqliteDatabase db_;
};

}  // namespace sc::store
