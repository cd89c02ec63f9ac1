#include "app/review.h"

#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "base/text.h"
#include "report/report_json.h"

namespace sc::app {
namespace {

// The review reason the report itself gives; "" when the document does not say.
std::string HeldReason(const std::string& report_json) {
  nlohmann::json doc = nlohmann::json::parse(report_json, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) return "";
  const nlohmann::json* reason = &doc;
  for (const char* key : {"review", "reason"}) {
    if (!reason->is_object() || !reason->contains(key)) return "";
    reason = &(*reason)[key];
  }
  return reason->is_string() ? reason->get<std::string>() : "";
}

}  // namespace

Result<std::vector<HeldReport>> ListHeldReports(store::Store& store, std::string_view manager_id) {
  SC_ASSIGN_OR_RETURN(std::vector<model::Rep> reps, store.ListReps());
  SC_ASSIGN_OR_RETURN(std::vector<store::SnapshotRecord> snapshots, store.ListSnapshots(""));
  // A rep's newer report supersedes an older held one: only the latest needs a decision.
  std::map<std::string, Date> latest;
  for (const store::SnapshotRecord& snapshot : snapshots) {
    auto [found, added] = latest.emplace(snapshot.rep_id, snapshot.as_of);
    if (!added && found->second < snapshot.as_of) found->second = snapshot.as_of;
  }
  std::vector<HeldReport> held;
  for (const store::SnapshotRecord& snapshot : snapshots) {
    if (snapshot.status != "pending_review") continue;
    if (snapshot.as_of < latest[snapshot.rep_id]) continue;
    const model::Rep* rep = nullptr;
    for (const model::Rep& candidate : reps) {
      if (candidate.id == snapshot.rep_id) rep = &candidate;
    }
    if (!manager_id.empty() && (!rep || rep->manager_id != manager_id)) continue;
    held.push_back(HeldReport{snapshot.id, snapshot.rep_id, rep ? rep->name : "", snapshot.as_of,
                              snapshot.overall, HeldReason(snapshot.report_json)});
  }
  return held;
}

Result<store::SnapshotRecord> FindReport(store::Store& store, std::int64_t id) {
  SC_ASSIGN_OR_RETURN(std::optional<store::SnapshotRecord> found, store.FindSnapshot(id));
  if (!found) return Status::NotFound(fmt::format("no report has id {}", id));
  return std::move(*found);
}

std::string CurrentReportJson(const store::SnapshotRecord& report) {
  nlohmann::ordered_json doc =
      nlohmann::ordered_json::parse(report.report_json, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_object()) return report.report_json;
  doc["status"] = report.status;
  if (!report.reviewed_by.empty()) {
    doc["review"]["by"] = report.reviewed_by;
    doc["review"]["at"] = report.reviewed_at ? report.reviewed_at->ToString() : "";
    doc["review"]["note"] = report.review_note;
  }
  doc["report_id"] = report.id;
  return report::HtmlSafeJson(doc.dump(2)) + "\n";
}

Status ApproveReport(store::Store& store, std::int64_t id, std::string_view by, Timestamp at) {
  return store.RecordReview(id, "approved", by, at, "");
}

Status RejectReport(store::Store& store, std::int64_t id, std::string_view by, Timestamp at,
                    std::string_view reason) {
  if (Trim(reason).empty()) {
    return Status::InvalidArgument(
        "a rejection needs a reason (--reason \"...\") for the rep's "
        "manager chain and the next report");
  }
  return store.RecordReview(id, "rejected", by, at, Trim(reason));
}

}  // namespace sc::app
