// MemoryStore: the Store contract kept in ordinary containers.
//
// A fake for tests of code above the store: no files, no SQL, the same observable behaviour
// as SqliteStore (it passes the same contract suite). Not for production use.
#pragma once

#include <map>
#include <string>
#include <tuple>

#include "store/store.h"

namespace sc::store {

class MemoryStore final : public Store {
 public:
  Result<ImportSummary> ImportCrm(const model::CrmBatch& batch) override;
  Result<std::vector<model::Rep>> ListReps() override;
  Result<std::optional<model::Rep>> FindRep(std::string_view id) override;
  Result<std::vector<model::Deal>> ListDeals(std::string_view rep_id) override;
  Result<std::vector<model::Activity>> ListActivities(std::string_view rep_id) override;
  Result<std::vector<model::Quota>> ListQuotas(std::string_view rep_id) override;
  Result<std::vector<model::Forecast>> ListForecasts(std::string_view rep_id) override;
  Result<UpsertCount> SaveCalls(const CallBatchSource& next) override;
  using Store::SaveCalls;
  Result<std::optional<model::Call>> LoadCall(std::string_view id) override;
  Result<std::vector<model::Call>> ListCalls(std::string_view rep_id) override;
  Result<std::vector<std::string>> ListCallIds() override;
  Result<std::vector<model::Call>> LoadCalls(std::span<const std::string> ids) override;
  Result<std::vector<std::string>> ListCallsToAnalyze(std::string_view version) override;
  Result<std::int64_t> SaveAnalyses(std::span<const CallAnalysisRecord> records) override;
  Result<std::vector<CallAnalysisRecord>> ListAnalyses(std::string_view rep_id,
                                                       std::optional<Date> from,
                                                       std::optional<Date> to) override;
  Result<std::int64_t> SaveSnapshot(const SnapshotRecord& snapshot) override;
  Result<std::optional<SnapshotRecord>> FindSnapshot(std::int64_t id) override;
  Result<std::optional<SnapshotRecord>> LatestSnapshotBefore(std::string_view rep_id,
                                                             Date as_of) override;
  Result<std::vector<SnapshotRecord>> ListSnapshots(std::string_view rep_id) override;
  Status SetSnapshotStatus(std::int64_t id, std::string_view status) override;
  Status RecordReview(std::int64_t id, std::string_view decision, std::string_view by,
                      Timestamp at, std::string_view note) override;
  Result<QueuedDelivery> QueueDelivery(const DeliveryRecord& delivery) override;
  Result<std::vector<DeliveryRecord>> ListDeliveries(const DeliveryFilter& filter) override;
  Result<std::optional<DeliveryRecord>> FindDelivery(std::int64_t id) override;
  Status RecordDeliveryAttempt(std::int64_t id, Timestamp at, std::string_view error) override;
  Status AcknowledgeReport(std::int64_t snapshot_id, Timestamp at) override;
  Status RateReport(std::int64_t snapshot_id, int rating, Timestamp at) override;
  Result<std::optional<FeedbackRecord>> FindFeedback(std::int64_t snapshot_id) override;
  Result<std::vector<FeedbackRecord>> ListFeedback(std::string_view rep_id) override;
  Result<RecordCounts> CountRecords() override;

 private:
  using PeriodKey = std::tuple<std::string, std::int32_t, std::int32_t>;

  std::map<std::string, model::Rep, std::less<>> reps_;
  std::map<std::string, model::Deal, std::less<>> deals_;
  std::map<std::string, model::Activity, std::less<>> activities_;
  std::map<PeriodKey, model::Quota> quotas_;
  std::map<PeriodKey, model::Forecast> forecasts_;
  std::map<std::string, model::Call, std::less<>> calls_;
  // By call id, as saved: rep_id and started_at are copied from the call when listing.
  std::map<std::string, CallAnalysisRecord, std::less<>> analyses_;
  // By id, each with its id filled in; ids count up from 1 and are never reused.
  std::map<std::int64_t, SnapshotRecord> snapshots_;
  std::int64_t last_snapshot_id_ = 0;
  // The outbox by id, each as stored (rep_id filled in); ids count up from 1, never reused.
  std::map<std::int64_t, DeliveryRecord> deliveries_;
  std::int64_t last_delivery_id_ = 0;
  // Feedback by snapshot id, each as stored (rep_id filled in).
  std::map<std::int64_t, FeedbackRecord> feedback_;
};

}  // namespace sc::store
