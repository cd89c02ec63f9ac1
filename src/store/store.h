// Store: where salescoach keeps everything it imports and computes.
//
// One interface, several backends: SqliteStore (the embedded default, a file in the working
// folder), MemoryStore (a fake for tests) and, for shared deployments, PostgreSQL. Every
// backend passes the same contract suite (store_contract_test.cc), so code above this layer
// never needs to know which one it talks to.
//
//   SC_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, SqliteStore::Open("salescoach.db"));
//   SC_ASSIGN_OR_RETURN(ImportSummary summary, store->ImportCrm(batch));
//
// Thread safety: a Store object is used by one thread at a time; open one per thread.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/result.h"
#include "model/call.h"
#include "model/crm_batch.h"

namespace sc::store {

// How many records of one kind an import created and how many it updated.
struct UpsertCount {
  std::int64_t inserted = 0;
  std::int64_t updated = 0;

  std::int64_t total() const { return inserted + updated; }
  friend bool operator==(const UpsertCount&, const UpsertCount&) = default;
};

struct ImportSummary {
  UpsertCount reps, deals, activities, quotas, forecasts;
  friend bool operator==(const ImportSummary&, const ImportSummary&) = default;
};

// Rows per table, for status output and tests.
struct RecordCounts {
  std::int64_t reps = 0, deals = 0, activities = 0, quotas = 0, forecasts = 0, calls = 0,
               analyses = 0, snapshots = 0;
  friend bool operator==(const RecordCounts&, const RecordCounts&) = default;
};

// One call's stored analysis. The store keeps the document as opaque text: it never parses
// it, so it does not depend on the analysis module or its document shape.
struct CallAnalysisRecord {
  std::string call_id;
  std::string version;  // the analyzer version that produced it
  std::string json;     // the call analysis document
  // Copied from the call when listing (ignored on save): for filtering without parsing JSON.
  std::string rep_id;
  std::optional<Timestamp> started_at;

  friend bool operator==(const CallAnalysisRecord&, const CallAnalysisRecord&) = default;
};

// What one report run produced for one rep: the scores the next report compares against
// ("trend against the previous snapshot") and the report document itself. A rep has at most
// one snapshot per as-of date. Scores are kept as values, so trends and progress read them
// without parsing the report; the document is opaque text the store never parses.
struct SnapshotRecord {
  std::int64_t id = 0;         // assigned by the store on save; ignored on input
  std::string rep_id;
  Date as_of;                  // the report's as-of date
  Date period_from;            // inclusive
  Date period_to;              // inclusive
  std::optional<double> overall;                  // nullopt when no skill could be scored
  std::map<std::string, double> skills;           // skill key -> score, scored skills only
  std::map<std::string, double> components;       // component key -> score, scored only
  std::string focus_skill;     // the first improvement area's skill key; "" when none
  std::string focus_component; // its focus component key; "" when none
  std::string status;  // "draft", "pending_review", "approved", "rejected", "sent"
  std::string report_json;     // the report document, opaque to the store
  // The manager's review, set by RecordReview only (SaveSnapshot keeps what is stored).
  std::string reviewed_by;              // "" until reviewed
  std::optional<Timestamp> reviewed_at;
  std::string review_note;              // the reason given with a rejection; may be empty
  friend bool operator==(const SnapshotRecord&, const SnapshotRecord&) = default;
};

// Ok for the snapshot statuses a store accepts ("draft", "pending_review", "approved",
// "sent"), kInvalidArgument naming `status` otherwise.
Status CheckSnapshotStatus(std::string_view status);

// Ok when a report stored as `stored` may take the review `decision` ("approved" or
// "rejected"): kInvalidArgument for another decision, kFailedPrecondition unless `stored` is
// pending review. Shared by the backends, so they refuse alike.
Status CheckReview(const SnapshotRecord& stored, std::string_view decision);

// Ok when `snapshot` may be saved as far as its own fields go: CheckSnapshotStatus accepts
// its status, and every score (overall, skills, components) is finite and within 0..100.
// Otherwise kInvalidArgument naming the first offending field. Whether its rep is stored is
// for the store to check.
Status CheckSnapshot(const SnapshotRecord& snapshot);

// Produces the calls of one import batch by batch: a non-empty batch, an empty batch when
// there are no more, or a failure that aborts the import.
using CallBatchSource = std::function<Result<std::vector<model::Call>>()>;

class Store {
 public:
  virtual ~Store() = default;

  // Writes every record of `batch` in one transaction: all of it or, on any failure, none.
  // Records are keyed by their CRM id (quotas and forecasts by rep and period), so
  // re-importing a record updates it and never duplicates it. Reps are written first, so a
  // batch may bring a rep and its deals together.
  // Returns kInvalidArgument when a deal, activity, quota or forecast names a rep that is
  // neither in the batch nor stored (the store is left unchanged), kUnavailable when the
  // database is busy or unreachable, kIoError when the disk write fails.
  virtual Result<ImportSummary> ImportCrm(const model::CrmBatch& batch) = 0;

  // All reps and managers, ordered by id.
  virtual Result<std::vector<model::Rep>> ListReps() = 0;
  // The rep with `id`, or nullopt when there is none.
  virtual Result<std::optional<model::Rep>> FindRep(std::string_view id) = 0;
  // Records owned by `rep_id`, ordered by id (activities by time, then id; quotas and
  // forecasts by period start). An empty `rep_id` lists every rep's records.
  virtual Result<std::vector<model::Deal>> ListDeals(std::string_view rep_id) = 0;
  virtual Result<std::vector<model::Activity>> ListActivities(std::string_view rep_id) = 0;
  virtual Result<std::vector<model::Quota>> ListQuotas(std::string_view rep_id) = 0;
  virtual Result<std::vector<model::Forecast>> ListForecasts(std::string_view rep_id) = 0;

  // Writes every batch `next` produces, calls and utterances, in one transaction: all of them
  // or none, with only one batch in memory at a time. A call whose id is stored is replaced
  // whole, utterances included, and its stored analysis is dropped (its transcript may have
  // changed, so it is analyzed again). Returns the source's failure, or kInvalidArgument
  // when a call names a rep that is not stored; nothing is written in either case.
  virtual Result<UpsertCount> SaveCalls(const CallBatchSource& next) = 0;
  // The same for calls already in memory.
  Result<UpsertCount> SaveCalls(const std::vector<model::Call>& calls);
  // The call with `id` and its utterances in time order, or nullopt.
  virtual Result<std::optional<model::Call>> LoadCall(std::string_view id) = 0;
  // Calls of `rep_id` (every rep's when empty) without their utterances, ordered by start
  // time, then id.
  virtual Result<std::vector<model::Call>> ListCalls(std::string_view rep_id) = 0;
  // Every stored call id, ordered by id.
  virtual Result<std::vector<std::string>> ListCallIds() = 0;
  // The calls with `ids` and their utterances in time order, in the order of `ids` (an id
  // given twice is returned twice). Returns kNotFound naming the first id that is not stored.
  // Each call is read by its key: a batch of ids never costs a scan of every call per id.
  virtual Result<std::vector<model::Call>> LoadCalls(std::span<const std::string> ids) = 0;

  // Ids of the stored calls that have no analysis of `version` (none at all, or one of
  // another version), ordered by id.
  virtual Result<std::vector<std::string>> ListCallsToAnalyze(std::string_view version) = 0;
  // Writes `records` in one transaction, each replacing any stored analysis of the same call
  // (of the same call twice in `records`, the later one is kept); their rep_id and started_at
  // are ignored. Returns how many records were written, or kInvalidArgument naming the first
  // record whose call is not stored, with nothing written.
  virtual Result<std::int64_t> SaveAnalyses(std::span<const CallAnalysisRecord> records) = 0;
  // Stored analyses of `rep_id`'s calls (every rep's when empty) whose call started on a UTC
  // date in [from, to], both inclusive; an unset bound is open. Calls without a start time
  // are listed only when both bounds are unset. Ordered by the call's start time (calls
  // without one first), then call id, each with the call's rep_id and started_at filled in.
  virtual Result<std::vector<CallAnalysisRecord>> ListAnalyses(std::string_view rep_id,
                                                               std::optional<Date> from,
                                                               std::optional<Date> to) = 0;

  // Writes `snapshot` in one transaction and returns its id. A rep has one snapshot per as-of
  // date: saving again for the same rep_id and as_of replaces that snapshot whole (scores
  // included, so a skill or component missing from `snapshot` is no longer stored) and keeps
  // its id; otherwise the snapshot gets a new id, never one used before. `snapshot.id` is
  // ignored. Returns kInvalidArgument, with nothing written, when the rep is not stored or
  // CheckSnapshot refuses the snapshot.
  virtual Result<std::int64_t> SaveSnapshot(const SnapshotRecord& snapshot) = 0;
  // The snapshot with `id`, scores included, or nullopt when there is none.
  virtual Result<std::optional<SnapshotRecord>> FindSnapshot(std::int64_t id) = 0;
  // `rep_id`'s snapshot with the latest as-of date strictly before `as_of` (the one a report
  // as of `as_of` draws its trends against), or nullopt when there is none.
  virtual Result<std::optional<SnapshotRecord>> LatestSnapshotBefore(std::string_view rep_id,
                                                                     Date as_of) = 0;
  // `rep_id`'s snapshots ordered by as-of date; with an empty `rep_id`, every rep's, ordered
  // by as-of date, then rep id.
  virtual Result<std::vector<SnapshotRecord>> ListSnapshots(std::string_view rep_id) = 0;
  // Sets the status of the snapshot with `id` (any status may follow any other). Returns
  // kInvalidArgument when `status` is not a snapshot status and kNotFound when no snapshot
  // has `id`; nothing is written in either case.
  virtual Status SetSnapshotStatus(std::int64_t id, std::string_view status) = 0;
  // Records a manager's review of the held snapshot `id`: sets its status to `decision`
  // ("approved" or "rejected") with who, when and the note. Returns kNotFound for an unknown
  // id and what CheckReview returns otherwise; nothing is written on failure.
  virtual Status RecordReview(std::int64_t id, std::string_view decision, std::string_view by,
                              Timestamp at, std::string_view note) = 0;

  virtual Result<RecordCounts> CountRecords() = 0;
};

}  // namespace sc::store
