// SqliteStore: reps' feedback on their reports (schema migration 6).
#include <fmt/format.h>

#include "store/sqlite_store.h"

namespace sc::store {
namespace {

// A feedback row's columns as read, with the rep of the snapshot it is about.
constexpr std::string_view kFeedbackSelect =
    "SELECT report_feedback.snapshot_id, report_snapshots.rep_id, "
    "report_feedback.acknowledged_at, report_feedback.rating, report_feedback.rated_at "
    "FROM report_feedback "
    "JOIN report_snapshots ON report_snapshots.id = report_feedback.snapshot_id";

std::optional<Timestamp> ReadOptionalTimestamp(const SqliteStatement& row, int column) {
  if (row.ColumnIsNull(column)) return std::nullopt;
  return Timestamp::Parse(row.ColumnText(column));
}

FeedbackRecord ReadFeedback(const SqliteStatement& row) {
  FeedbackRecord feedback;
  feedback.snapshot_id = row.ColumnInt(0);
  feedback.rep_id = row.ColumnText(1);
  feedback.acknowledged_at = ReadOptionalTimestamp(row, 2);
  if (!row.ColumnIsNull(3)) feedback.rating = static_cast<int>(row.ColumnInt(3));
  feedback.rated_at = ReadOptionalTimestamp(row, 4);
  return feedback;
}

// Runs `upsert`, whose first parameter is the snapshot id, as one statement: a row naming a
// snapshot that is not stored is refused by its foreign key, so nothing is written.
Status RunFeedbackUpsert(SqliteStatement& upsert, std::int64_t snapshot_id) {
  Status written = upsert.Run();
  if (IsForeignKeyViolation(written)) {
    return Status::NotFound(fmt::format("snapshot {} is not stored", snapshot_id));
  }
  return written;
}

}  // namespace

Status SqliteStore::AcknowledgeReport(std::int64_t snapshot_id, Timestamp at) {
  // coalesce keeps an acknowledgement already recorded: the first one is the one that counts.
  SC_ASSIGN_OR_RETURN(
      SqliteStatement upsert,
      db_.Prepare("INSERT INTO report_feedback (snapshot_id, acknowledged_at) VALUES (?, ?) "
                  "ON CONFLICT(snapshot_id) DO UPDATE SET "
                  "acknowledged_at = coalesce(acknowledged_at, excluded.acknowledged_at)"));
  upsert.BindInt(1, snapshot_id);
  upsert.BindText(2, at.ToString());
  return RunFeedbackUpsert(upsert, snapshot_id);
}

Status SqliteStore::RateReport(std::int64_t snapshot_id, int rating, Timestamp at) {
  SC_RETURN_IF_ERROR(CheckRating(rating));
  SC_ASSIGN_OR_RETURN(
      SqliteStatement upsert,
      db_.Prepare("INSERT INTO report_feedback (snapshot_id, rating, rated_at) VALUES (?, ?, ?) "
                  "ON CONFLICT(snapshot_id) DO UPDATE SET "
                  "rating = excluded.rating, rated_at = excluded.rated_at"));
  upsert.BindInt(1, snapshot_id);
  upsert.BindInt(2, rating);
  upsert.BindText(3, at.ToString());
  return RunFeedbackUpsert(upsert, snapshot_id);
}

Result<std::optional<FeedbackRecord>> SqliteStore::FindFeedback(std::int64_t snapshot_id) {
  SC_ASSIGN_OR_RETURN(
      SqliteStatement query,
      db_.Prepare(fmt::format("{} WHERE report_feedback.snapshot_id = ?", kFeedbackSelect)));
  query.BindInt(1, snapshot_id);
  SC_ASSIGN_OR_RETURN(bool found, query.Step());
  if (!found) return std::optional<FeedbackRecord>();
  return std::optional<FeedbackRecord>(ReadFeedback(query));
}

Result<std::vector<FeedbackRecord>> SqliteStore::ListFeedback(std::string_view rep_id) {
  std::string sql =
      rep_id.empty()
          ? fmt::format("{} ORDER BY report_feedback.snapshot_id", kFeedbackSelect)
          : fmt::format("{} WHERE report_snapshots.rep_id = ? ORDER BY report_feedback.snapshot_id",
                        kFeedbackSelect);
  SC_ASSIGN_OR_RETURN(SqliteStatement query, db_.Prepare(sql));
  if (!rep_id.empty()) query.BindText(1, rep_id);
  return ReadRows(query, ReadFeedback);
}

}  // namespace sc::store
