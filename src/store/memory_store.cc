#include "store/memory_store.h"

#include <algorithm>

#include <fmt/format.h>

namespace sc::store {
namespace {

// Inserts or replaces `value` under `key`, counting which it was.
template <typename Map, typename Key, typename Value>
void Upsert(Map& map, const Key& key, const Value& value, UpsertCount& count) {
  auto [it, inserted] = map.insert_or_assign(key, value);
  ++(inserted ? count.inserted : count.updated);
}

template <typename Map>
auto ValuesOf(const Map& map, std::string_view rep_id) {
  std::vector<typename Map::mapped_type> out;
  for (const auto& [key, value] : map) {
    if (rep_id.empty() || value.rep_id == rep_id) out.push_back(value);
  }
  return out;
}

}  // namespace

Result<ImportSummary> MemoryStore::ImportCrm(const model::CrmBatch& batch) {
  auto known_rep = [&](const std::string& id) {
    if (reps_.contains(id)) return true;
    return std::any_of(batch.reps.begin(), batch.reps.end(),
                       [&](const model::Rep& rep) { return rep.id == id; });
  };
  auto check = [&](const auto& records, std::string_view kind) -> Status {
    for (const auto& record : records) {
      if (!known_rep(record.rep_id)) {
        return Status::InvalidArgument(
            fmt::format("a {} names rep '{}', which is not imported", kind, record.rep_id));
      }
    }
    return Status::Ok();
  };
  SC_RETURN_IF_ERROR(check(batch.deals, "deal"));
  SC_RETURN_IF_ERROR(check(batch.activities, "activity"));
  SC_RETURN_IF_ERROR(check(batch.quotas, "quota"));
  SC_RETURN_IF_ERROR(check(batch.forecasts, "forecast"));

  ImportSummary summary;
  for (const auto& rep : batch.reps) Upsert(reps_, rep.id, rep, summary.reps);
  for (const auto& deal : batch.deals) Upsert(deals_, deal.id, deal, summary.deals);
  for (const auto& activity : batch.activities) {
    Upsert(activities_, activity.id, activity, summary.activities);
  }
  for (const auto& quota : batch.quotas) {
    PeriodKey key{quota.rep_id, quota.period_start.days(), quota.period_end.days()};
    Upsert(quotas_, key, quota, summary.quotas);
  }
  for (const auto& forecast : batch.forecasts) {
    PeriodKey key{forecast.rep_id, forecast.period_start.days(), forecast.period_end.days()};
    Upsert(forecasts_, key, forecast, summary.forecasts);
  }
  return summary;
}

Result<std::vector<model::Rep>> MemoryStore::ListReps() {
  std::vector<model::Rep> out;
  for (const auto& [id, rep] : reps_) out.push_back(rep);
  return out;
}

Result<std::optional<model::Rep>> MemoryStore::FindRep(std::string_view id) {
  auto it = reps_.find(id);
  if (it == reps_.end()) return std::optional<model::Rep>();
  return std::optional<model::Rep>(it->second);
}

Result<std::vector<model::Deal>> MemoryStore::ListDeals(std::string_view rep_id) {
  return ValuesOf(deals_, rep_id);
}

Result<std::vector<model::Activity>> MemoryStore::ListActivities(std::string_view rep_id) {
  std::vector<model::Activity> out = ValuesOf(activities_, rep_id);
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::tie(a.at, a.id) < std::tie(b.at, b.id);
  });
  return out;
}

Result<std::vector<model::Quota>> MemoryStore::ListQuotas(std::string_view rep_id) {
  std::vector<model::Quota> out = ValuesOf(quotas_, rep_id);
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::tie(a.period_start, a.rep_id) < std::tie(b.period_start, b.rep_id);
  });
  return out;
}

Result<std::vector<model::Forecast>> MemoryStore::ListForecasts(std::string_view rep_id) {
  std::vector<model::Forecast> out = ValuesOf(forecasts_, rep_id);
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::tie(a.period_start, a.rep_id) < std::tie(b.period_start, b.rep_id);
  });
  return out;
}

Result<UpsertCount> MemoryStore::SaveCalls(const CallBatchSource& next) {
  // Collect everything first: nothing may be written unless every batch is good.
  std::vector<model::Call> calls;
  while (true) {
    SC_ASSIGN_OR_RETURN(std::vector<model::Call> batch, next());
    if (batch.empty()) break;
    for (model::Call& call : batch) {
      if (!reps_.contains(call.rep_id)) {
        return Status::InvalidArgument(fmt::format(
            "call '{}' names rep '{}', which is not imported", call.id, call.rep_id));
      }
      calls.push_back(std::move(call));
    }
  }
  UpsertCount count;
  for (const model::Call& call : calls) {
    Upsert(calls_, call.id, call, count);
    analyses_.erase(call.id);  // its transcript may have changed
  }
  return count;
}

Result<std::optional<model::Call>> MemoryStore::LoadCall(std::string_view id) {
  auto it = calls_.find(id);
  if (it == calls_.end()) return std::optional<model::Call>();
  return std::optional<model::Call>(it->second);
}

Result<std::vector<model::Call>> MemoryStore::ListCalls(std::string_view rep_id) {
  std::vector<model::Call> out = ValuesOf(calls_, rep_id);
  for (model::Call& call : out) call.utterances.clear();
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::tie(a.started_at, a.id) < std::tie(b.started_at, b.id);
  });
  return out;
}

Result<std::vector<std::string>> MemoryStore::ListCallIds() {
  std::vector<std::string> ids;
  for (const auto& [id, call] : calls_) ids.push_back(id);
  return ids;
}

Result<std::vector<model::Call>> MemoryStore::LoadCalls(std::span<const std::string> ids) {
  std::vector<model::Call> out;
  out.reserve(ids.size());
  for (const std::string& id : ids) {
    auto it = calls_.find(id);
    if (it == calls_.end()) return Status::NotFound(fmt::format("call '{}' is not stored", id));
    out.push_back(it->second);
  }
  return out;
}

Result<std::vector<std::string>> MemoryStore::ListCallsToAnalyze(std::string_view version) {
  std::vector<std::string> ids;
  for (const auto& [id, call] : calls_) {
    auto analysis = analyses_.find(id);
    if (analysis == analyses_.end() || analysis->second.version != version) ids.push_back(id);
  }
  return ids;
}

Result<std::int64_t> MemoryStore::SaveAnalyses(std::span<const CallAnalysisRecord> records) {
  for (const CallAnalysisRecord& record : records) {
    if (!calls_.contains(record.call_id)) {
      return Status::InvalidArgument(
          fmt::format("an analysis names call '{}', which is not stored", record.call_id));
    }
  }
  for (const CallAnalysisRecord& record : records) {
    analyses_.insert_or_assign(record.call_id,
                               CallAnalysisRecord{record.call_id, record.version, record.json});
  }
  return static_cast<std::int64_t>(records.size());
}

Result<std::vector<CallAnalysisRecord>> MemoryStore::ListAnalyses(std::string_view rep_id,
                                                                  std::optional<Date> from,
                                                                  std::optional<Date> to) {
  std::vector<CallAnalysisRecord> out;
  for (const auto& [id, analysis] : analyses_) {
    const model::Call& call = calls_.find(id)->second;
    if (!rep_id.empty() && call.rep_id != rep_id) continue;
    if (from || to) {
      if (!call.started_at) continue;
      Date day = call.started_at->date();
      if ((from && day < *from) || (to && day > *to)) continue;
    }
    CallAnalysisRecord record = analysis;
    record.rep_id = call.rep_id;
    record.started_at = call.started_at;
    out.push_back(std::move(record));
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::tie(a.started_at, a.call_id) < std::tie(b.started_at, b.call_id);
  });
  return out;
}

Result<std::int64_t> MemoryStore::SaveSnapshot(const SnapshotRecord& snapshot) {
  SC_RETURN_IF_ERROR(CheckSnapshot(snapshot));
  if (!reps_.contains(snapshot.rep_id)) {
    return Status::InvalidArgument(
        fmt::format("a snapshot names rep '{}', which is not stored", snapshot.rep_id));
  }
  auto same = std::find_if(snapshots_.begin(), snapshots_.end(), [&](const auto& entry) {
    return entry.second.rep_id == snapshot.rep_id && entry.second.as_of == snapshot.as_of;
  });
  std::int64_t id = same != snapshots_.end() ? same->first : ++last_snapshot_id_;
  SnapshotRecord replacement = snapshot;
  replacement.id = id;
  replacement.reviewed_by.clear();
  replacement.reviewed_at.reset();
  replacement.review_note.clear();
  if (same != snapshots_.end()) {
    replacement.reviewed_by = same->second.reviewed_by;
    replacement.reviewed_at = same->second.reviewed_at;
    replacement.review_note = same->second.review_note;
  }
  snapshots_.insert_or_assign(id, std::move(replacement));
  return id;
}

Result<std::optional<SnapshotRecord>> MemoryStore::FindSnapshot(std::int64_t id) {
  auto it = snapshots_.find(id);
  if (it == snapshots_.end()) return std::optional<SnapshotRecord>();
  return std::optional<SnapshotRecord>(it->second);
}

Result<std::optional<SnapshotRecord>> MemoryStore::LatestSnapshotBefore(std::string_view rep_id,
                                                                        Date as_of) {
  std::optional<SnapshotRecord> latest;
  for (const auto& [id, snapshot] : snapshots_) {
    if (snapshot.rep_id != rep_id || snapshot.as_of >= as_of) continue;
    if (!latest || snapshot.as_of > latest->as_of) latest = snapshot;
  }
  return latest;
}

Result<std::vector<SnapshotRecord>> MemoryStore::ListSnapshots(std::string_view rep_id) {
  std::vector<SnapshotRecord> out = ValuesOf(snapshots_, rep_id);
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::tie(a.as_of, a.rep_id) < std::tie(b.as_of, b.rep_id);
  });
  return out;
}

Status MemoryStore::SetSnapshotStatus(std::int64_t id, std::string_view status) {
  SC_RETURN_IF_ERROR(CheckSnapshotStatus(status));
  auto it = snapshots_.find(id);
  if (it == snapshots_.end()) {
    return Status::NotFound(fmt::format("snapshot {} is not stored", id));
  }
  it->second.status = status;
  return Status::Ok();
}

Status MemoryStore::RecordReview(std::int64_t id, std::string_view decision, std::string_view by,
                                 Timestamp at, std::string_view note) {
  auto it = snapshots_.find(id);
  if (it == snapshots_.end()) {
    return Status::NotFound(fmt::format("snapshot {} is not stored", id));
  }
  SC_RETURN_IF_ERROR(CheckReview(it->second, decision));
  it->second.status = decision;
  it->second.reviewed_by = by;
  it->second.reviewed_at = at;
  it->second.review_note = note;
  return Status::Ok();
}

Result<QueuedDelivery> MemoryStore::QueueDelivery(const DeliveryRecord& delivery) {
  SC_RETURN_IF_ERROR(CheckDelivery(delivery));
  auto snapshot = snapshots_.find(delivery.snapshot_id);
  if (snapshot == snapshots_.end()) {
    return Status::InvalidArgument(
        fmt::format("a delivery names snapshot {}, which is not stored", delivery.snapshot_id));
  }
  for (const auto& [id, stored] : deliveries_) {
    if (stored.snapshot_id == delivery.snapshot_id && stored.kind == delivery.kind &&
        stored.channel == delivery.channel) {
      return QueuedDelivery{id, false};
    }
  }
  DeliveryRecord queued = delivery;
  queued.id = ++last_delivery_id_;
  queued.rep_id = snapshot->second.rep_id;
  queued.status = "queued";
  queued.attempts = 0;
  queued.last_error.clear();
  queued.sent_at.reset();
  deliveries_.emplace(queued.id, queued);
  return QueuedDelivery{queued.id, true};
}

Result<std::vector<DeliveryRecord>> MemoryStore::ListDeliveries(const DeliveryFilter& filter) {
  std::vector<DeliveryRecord> out;
  for (const auto& [id, delivery] : deliveries_) {
    if (!filter.rep_id.empty() && delivery.rep_id != filter.rep_id) continue;
    if (!filter.kind.empty() && delivery.kind != filter.kind) continue;
    if (!filter.statuses.empty() && std::find(filter.statuses.begin(), filter.statuses.end(),
                                              delivery.status) == filter.statuses.end()) {
      continue;
    }
    if (filter.due_by && delivery.due_at > *filter.due_by) continue;
    if (filter.snapshot_id && delivery.snapshot_id != *filter.snapshot_id) continue;
    out.push_back(delivery);
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::tie(a.due_at, a.id) < std::tie(b.due_at, b.id);
  });
  return out;
}

Result<std::optional<DeliveryRecord>> MemoryStore::FindDelivery(std::int64_t id) {
  auto it = deliveries_.find(id);
  if (it == deliveries_.end()) return std::optional<DeliveryRecord>();
  return std::optional<DeliveryRecord>(it->second);
}

Status MemoryStore::RecordDeliveryAttempt(std::int64_t id, Timestamp at, std::string_view error) {
  auto it = deliveries_.find(id);
  if (it == deliveries_.end()) {
    return Status::NotFound(fmt::format("delivery {} is not stored", id));
  }
  DeliveryRecord& delivery = it->second;
  if (delivery.status == "sent") {
    return Status::FailedPrecondition(
        fmt::format("delivery {} is already sent; a sent message is never sent again", id));
  }
  ++delivery.attempts;
  delivery.status = error.empty() ? "sent" : "failed";
  delivery.last_error = error;
  if (error.empty()) delivery.sent_at = at;
  return Status::Ok();
}

Status MemoryStore::AcknowledgeReport(std::int64_t snapshot_id, Timestamp at) {
  auto snapshot = snapshots_.find(snapshot_id);
  if (snapshot == snapshots_.end()) {
    return Status::NotFound(fmt::format("snapshot {} is not stored", snapshot_id));
  }
  FeedbackRecord& feedback = feedback_[snapshot_id];
  feedback.snapshot_id = snapshot_id;
  feedback.rep_id = snapshot->second.rep_id;
  if (!feedback.acknowledged_at) feedback.acknowledged_at = at;
  return Status::Ok();
}

Status MemoryStore::RateReport(std::int64_t snapshot_id, int rating, Timestamp at) {
  SC_RETURN_IF_ERROR(CheckRating(rating));
  auto snapshot = snapshots_.find(snapshot_id);
  if (snapshot == snapshots_.end()) {
    return Status::NotFound(fmt::format("snapshot {} is not stored", snapshot_id));
  }
  FeedbackRecord& feedback = feedback_[snapshot_id];
  feedback.snapshot_id = snapshot_id;
  feedback.rep_id = snapshot->second.rep_id;
  feedback.rating = rating;
  feedback.rated_at = at;
  return Status::Ok();
}

Result<std::optional<FeedbackRecord>> MemoryStore::FindFeedback(std::int64_t snapshot_id) {
  auto it = feedback_.find(snapshot_id);
  if (it == feedback_.end()) return std::optional<FeedbackRecord>();
  return std::optional<FeedbackRecord>(it->second);
}

Result<std::vector<FeedbackRecord>> MemoryStore::ListFeedback(std::string_view rep_id) {
  return ValuesOf(feedback_, rep_id);  // keyed by snapshot id, so already in order
}

Result<RecordCounts> MemoryStore::CountRecords() {
  auto size = [](const auto& map) { return static_cast<std::int64_t>(map.size()); };
  return RecordCounts{size(reps_),       size(deals_),   size(activities_), size(quotas_),
                      size(forecasts_),  size(calls_),   size(analyses_),   size(snapshots_),
                      size(deliveries_), size(feedback_)};
}

}  // namespace sc::store
