// SqliteStore: report snapshots (schema migration 4) and their renderings (migration 5).
#include <fmt/format.h>

#include "store/sqlite_store.h"

namespace sc::store {
namespace {

constexpr std::string_view kSnapshotColumns =
    "id, rep_id, as_of, period_from, period_to, overall, focus_skill, focus_component, status, "
    "report_json, reviewed_by, reviewed_at, review_note, report_markdown, report_html, "
    "report_card";

Date ReadDate(const SqliteStatement& row, int column) {
  return Date::Parse(row.ColumnText(column)).value_or(Date());
}

// A snapshot row without its scores.
SnapshotRecord ReadSnapshot(const SqliteStatement& row) {
  SnapshotRecord snapshot;
  snapshot.id = row.ColumnInt(0);
  snapshot.rep_id = row.ColumnText(1);
  snapshot.as_of = ReadDate(row, 2);
  snapshot.period_from = ReadDate(row, 3);
  snapshot.period_to = ReadDate(row, 4);
  snapshot.overall = row.ColumnOptionalDouble(5);
  snapshot.focus_skill = row.ColumnText(6);
  snapshot.focus_component = row.ColumnText(7);
  snapshot.status = row.ColumnText(8);
  snapshot.report_json = row.ColumnText(9);
  snapshot.reviewed_by = row.ColumnText(10);
  if (!row.ColumnIsNull(11)) snapshot.reviewed_at = Timestamp::Parse(row.ColumnText(11));
  snapshot.review_note = row.ColumnText(12);
  snapshot.report_markdown = row.ColumnText(13);
  snapshot.report_html = row.ColumnText(14);
  snapshot.report_card = row.ColumnText(15);
  return snapshot;
}

Result<std::optional<SnapshotRecord>> AtMostOne(Result<std::vector<SnapshotRecord>> rows) {
  SC_ASSIGN_OR_RETURN(std::vector<SnapshotRecord> snapshots, std::move(rows));
  if (snapshots.empty()) return std::optional<SnapshotRecord>();
  return std::optional<SnapshotRecord>(std::move(snapshots.front()));
}

}  // namespace

Result<std::int64_t> SqliteStore::SaveSnapshot(const SnapshotRecord& snapshot) {
  SC_RETURN_IF_ERROR(CheckSnapshot(snapshot));
  std::int64_t id = 0;
  SC_RETURN_IF_ERROR(db_.InTransaction([&] { return WriteSnapshot(snapshot, id); }));
  return id;
}

Status SqliteStore::WriteSnapshot(const SnapshotRecord& snapshot, std::int64_t& id) {
  // An upsert, not INSERT OR REPLACE: replacing the row would give it a new id.
  SC_ASSIGN_OR_RETURN(
      SqliteStatement upsert,
      db_.Prepare("INSERT INTO report_snapshots (rep_id, as_of, period_from, period_to, "
                  "overall, focus_skill, focus_component, status, report_json, "
                  "report_markdown, report_html, report_card) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                  "ON CONFLICT(rep_id, as_of) DO UPDATE SET "
                  "period_from = excluded.period_from, period_to = excluded.period_to, "
                  "overall = excluded.overall, focus_skill = excluded.focus_skill, "
                  "focus_component = excluded.focus_component, status = excluded.status, "
                  "report_json = excluded.report_json, "
                  "report_markdown = excluded.report_markdown, "
                  "report_html = excluded.report_html, report_card = excluded.report_card "
                  "RETURNING id"));
  upsert.BindText(1, snapshot.rep_id);
  upsert.BindText(2, snapshot.as_of.ToString());
  upsert.BindText(3, snapshot.period_from.ToString());
  upsert.BindText(4, snapshot.period_to.ToString());
  upsert.BindOptionalDouble(5, snapshot.overall);
  upsert.BindText(6, snapshot.focus_skill);
  upsert.BindText(7, snapshot.focus_component);
  upsert.BindText(8, snapshot.status);
  upsert.BindText(9, snapshot.report_json);
  upsert.BindText(10, snapshot.report_markdown);
  upsert.BindText(11, snapshot.report_html);
  upsert.BindText(12, snapshot.report_card);
  Result<bool> written = upsert.Step();
  if (IsForeignKeyViolation(written.status())) {
    return Status::InvalidArgument(
        fmt::format("a snapshot names rep '{}', which is not stored", snapshot.rep_id));
  }
  SC_RETURN_IF_ERROR(written.status());
  if (!*written) return Status::Internal("saving a snapshot returned no id");
  id = upsert.ColumnInt(0);
  upsert.Reset();

  SC_ASSIGN_OR_RETURN(SqliteStatement remove,
                      db_.Prepare("DELETE FROM snapshot_scores WHERE snapshot_id = ?"));
  remove.BindInt(1, id);
  SC_RETURN_IF_ERROR(remove.Run());
  SC_ASSIGN_OR_RETURN(SqliteStatement insert,
                      db_.Prepare("INSERT INTO snapshot_scores (snapshot_id, kind, key, score) "
                                  "VALUES (?, ?, ?, ?)"));
  for (auto [kind, scores] :
       {std::pair{"skill", &snapshot.skills}, std::pair{"component", &snapshot.components}}) {
    for (const auto& [key, score] : *scores) {
      insert.Reset();
      insert.BindInt(1, id);
      insert.BindText(2, kind);
      insert.BindText(3, key);
      insert.BindDouble(4, score);
      SC_RETURN_IF_ERROR(insert.Run());
    }
  }
  return Status::Ok();
}

Result<std::vector<SnapshotRecord>> SqliteStore::ReadSnapshots(SqliteStatement& query) {
  SC_ASSIGN_OR_RETURN(std::vector<SnapshotRecord> snapshots, ReadRows(query, ReadSnapshot));
  if (snapshots.empty()) return snapshots;
  // One primary-key range read per snapshot: its scores are stored together.
  SC_ASSIGN_OR_RETURN(
      SqliteStatement scores,
      db_.Prepare("SELECT kind, key, score FROM snapshot_scores WHERE snapshot_id = ?"));
  for (SnapshotRecord& snapshot : snapshots) {
    scores.Reset();
    scores.BindInt(1, snapshot.id);
    while (true) {
      SC_ASSIGN_OR_RETURN(bool has_row, scores.Step());
      if (!has_row) break;
      auto& scored = scores.ColumnText(0) == "skill" ? snapshot.skills : snapshot.components;
      scored.insert_or_assign(scores.ColumnText(1), scores.ColumnDouble(2));
    }
  }
  return snapshots;
}

Result<std::optional<SnapshotRecord>> SqliteStore::FindSnapshot(std::int64_t id) {
  SC_ASSIGN_OR_RETURN(
      SqliteStatement query,
      db_.Prepare(fmt::format("SELECT {} FROM report_snapshots WHERE id = ?", kSnapshotColumns)));
  query.BindInt(1, id);
  return AtMostOne(ReadSnapshots(query));
}

Result<std::optional<SnapshotRecord>> SqliteStore::LatestSnapshotBefore(std::string_view rep_id,
                                                                        Date as_of) {
  // as_of is ISO text, so text order is date order.
  SC_ASSIGN_OR_RETURN(SqliteStatement query,
                      db_.Prepare(fmt::format("SELECT {} FROM report_snapshots WHERE rep_id = ? "
                                              "AND as_of < ? ORDER BY as_of DESC LIMIT 1",
                                              kSnapshotColumns)));
  query.BindText(1, rep_id);
  query.BindText(2, as_of.ToString());
  return AtMostOne(ReadSnapshots(query));
}

Result<std::vector<SnapshotRecord>> SqliteStore::ListSnapshots(std::string_view rep_id) {
  std::string sql =
      rep_id.empty()
          ? fmt::format("SELECT {} FROM report_snapshots ORDER BY as_of, rep_id", kSnapshotColumns)
          : fmt::format("SELECT {} FROM report_snapshots WHERE rep_id = ? ORDER BY as_of",
                        kSnapshotColumns);
  SC_ASSIGN_OR_RETURN(SqliteStatement query, db_.Prepare(sql));
  if (!rep_id.empty()) query.BindText(1, rep_id);
  return ReadSnapshots(query);
}

Status SqliteStore::SetSnapshotStatus(std::int64_t id, std::string_view status) {
  SC_RETURN_IF_ERROR(CheckSnapshotStatus(status));
  SC_ASSIGN_OR_RETURN(SqliteStatement update,
                      db_.Prepare("UPDATE report_snapshots SET status = ? WHERE id = ?"));
  update.BindText(1, status);
  update.BindInt(2, id);
  SC_RETURN_IF_ERROR(update.Run());
  if (db_.changes() == 0) {
    return Status::NotFound(fmt::format("snapshot {} is not stored", id));
  }
  return Status::Ok();
}

Status SqliteStore::RecordReview(std::int64_t id, std::string_view decision, std::string_view by,
                                 Timestamp at, std::string_view note) {
  return db_.InTransaction([&]() -> Status {
    SC_ASSIGN_OR_RETURN(std::optional<SnapshotRecord> stored, FindSnapshot(id));
    if (!stored) return Status::NotFound(fmt::format("snapshot {} is not stored", id));
    SC_RETURN_IF_ERROR(CheckReview(*stored, decision));
    SC_ASSIGN_OR_RETURN(SqliteStatement update,
                        db_.Prepare("UPDATE report_snapshots SET status = ?, reviewed_by = ?, "
                                    "reviewed_at = ?, review_note = ? WHERE id = ?"));
    update.BindText(1, decision);
    update.BindText(2, by);
    update.BindText(3, at.ToString());
    update.BindText(4, note);
    update.BindInt(5, id);
    return update.Run();
  });
}

}  // namespace sc::store
