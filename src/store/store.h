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
               analyses = 0, snapshots = 0, deliveries = 0, feedback = 0;
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
  // The report rendered for people when it was built, so a delivery sends exactly what a
  // manager reviewed; opaque to the store. Empty for snapshots stored before schema 5.
  std::string report_markdown;
  std::string report_html;
  std::string report_card;
  // The manager's review, set by RecordReview only (SaveSnapshot keeps what is stored).
  std::string reviewed_by;              // "" until reviewed
  std::optional<Timestamp> reviewed_at;
  std::string review_note;              // the reason given with a rejection; may be empty
  friend bool operator==(const SnapshotRecord&, const SnapshotRecord&) = default;
};

// Ok for the snapshot statuses a store accepts ("draft", "pending_review", "approved",
// "rejected", "sent"), kInvalidArgument naming `status` otherwise.
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

// One message in the outbox: a report or its follow-up, on one channel, to its recipients.
// The message is composed once, when it is queued, and every attempt sends those same bytes,
// so a retry never becomes a second, different message. At most one record exists per
// snapshot, kind and channel: a report is never queued (and so never sent) twice.
struct DeliveryRecord {
  std::int64_t id = 0;           // assigned by the store; ignored on input
  std::int64_t snapshot_id = 0;  // the report it carries
  std::string rep_id;            // the snapshot's rep, filled in by the store; ignored on input
  std::string kind;              // "report" or "followup"
  std::string channel;           // "email", "webhook" or "file"
  std::vector<std::string> recipients;  // as the channel addresses them, in order
  std::string subject;
  std::string payload;            // the composed message, opaque to the store
  std::string status = "queued";  // "queued", "sent" or "failed"; QueueDelivery stores "queued"
  std::int64_t attempts = 0;      // QueueDelivery stores 0
  std::string last_error;         // the last failed attempt's error; "" when none
  Timestamp due_at;               // not to be attempted before this time
  Timestamp created_at;
  std::optional<Timestamp> sent_at;
  friend bool operator==(const DeliveryRecord&, const DeliveryRecord&) = default;
};

// Which outbox records ListDeliveries returns; every set field must match.
struct DeliveryFilter {
  std::string rep_id;                 // "" for every rep
  std::string kind;                   // "" for every kind
  std::vector<std::string> statuses;  // empty for every status
  std::optional<Timestamp> due_by;    // only records with due_at <= due_by
  std::optional<std::int64_t> snapshot_id;
};

// What QueueDelivery did: the id of the record for that snapshot, kind and channel, and
// whether it was queued by this call (false: one was already there, left as it was).
struct QueuedDelivery {
  std::int64_t id = 0;
  bool created = false;
  friend bool operator==(const QueuedDelivery&, const QueuedDelivery&) = default;
};

// Ok when kind, channel and status are ones listed above, recipients is not empty and no
// recipient is empty or holds a line break; kInvalidArgument naming the first offending
// field otherwise. Shared by the backends so they refuse alike.
Status CheckDelivery(const DeliveryRecord& delivery);

// A rep's feedback on one report: that they reviewed it and how useful it was. There is at
// most one record per snapshot; it exists once the report is acknowledged or rated.
struct FeedbackRecord {
  std::int64_t snapshot_id = 0;
  std::string rep_id;                        // the snapshot's rep, filled in by the store
  std::optional<Timestamp> acknowledged_at;  // the first acknowledgement
  std::optional<int> rating;                 // 1..5, the latest rating
  std::optional<Timestamp> rated_at;
  friend bool operator==(const FeedbackRecord&, const FeedbackRecord&) = default;
};

// Ok when `rating` is within 1..5, kInvalidArgument naming it otherwise. Shared by the
// backends so they refuse alike.
Status CheckRating(int rating);

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

  // Queues `delivery` (status "queued", 0 attempts, no error, no sent_at, whatever it says)
  // unless the outbox already holds a record for its snapshot, kind and channel, which is
  // then left untouched. Returns the record's id and whether this call queued it; looking
  // for the record and queuing it are one step, so callers racing to queue the same message
  // end up with one record. Returns kInvalidArgument, with nothing written, when
  // CheckDelivery refuses it or its snapshot is not stored.
  virtual Result<QueuedDelivery> QueueDelivery(const DeliveryRecord& delivery) = 0;
  // The outbox records `filter` selects, each with its snapshot's rep_id, ordered by due_at,
  // then id.
  virtual Result<std::vector<DeliveryRecord>> ListDeliveries(const DeliveryFilter& filter) = 0;
  // The outbox record with `id`, or nullopt when there is none.
  virtual Result<std::optional<DeliveryRecord>> FindDelivery(std::int64_t id) = 0;
  // Records one attempt of delivery `id` made at `at`: attempts grows by one; an empty
  // `error` means it was delivered (status "sent", sent_at `at`, last_error cleared),
  // otherwise status "failed" with last_error `error` (a failed record may be attempted
  // again). Returns kNotFound for an unknown id and kFailedPrecondition when the record is
  // already sent; nothing is written in either case.
  virtual Status RecordDeliveryAttempt(std::int64_t id, Timestamp at, std::string_view error) = 0;

  // Records that the rep acknowledged, at `at`, that they reviewed the report of snapshot
  // `snapshot_id`. Acknowledging again is Ok and changes nothing: the first acknowledgement is
  // the one kept. Whether the report was ever released to the rep is the caller's to check.
  // Returns kNotFound, with nothing written, when no snapshot has `snapshot_id`.
  virtual Status AcknowledgeReport(std::int64_t snapshot_id, Timestamp at) = 0;
  // Records the rep's rating of the report of snapshot `snapshot_id`, given at `at`; a later
  // rating replaces an earlier one, with its time, and leaves the acknowledgement as it is.
  // Returns kInvalidArgument when CheckRating refuses `rating`, else kNotFound when no
  // snapshot has `snapshot_id`; nothing is written in either case.
  virtual Status RateReport(std::int64_t snapshot_id, int rating, Timestamp at) = 0;
  // The feedback on the report of snapshot `snapshot_id`, with its rep_id, or nullopt when
  // that report has none (or no snapshot has `snapshot_id`).
  virtual Result<std::optional<FeedbackRecord>> FindFeedback(std::int64_t snapshot_id) = 0;
  // Every feedback record on `rep_id`'s reports (every rep's when empty), ordered by snapshot
  // id.
  virtual Result<std::vector<FeedbackRecord>> ListFeedback(std::string_view rep_id) = 0;

  virtual Result<RecordCounts> CountRecords() = 0;
};

}  // namespace sc::store
