// SqliteStore: call analyses (schema migration 3).
#include <fmt/format.h>

#include "store/sqlite_store.h"

namespace sc::store {

Result<std::vector<std::string>> SqliteStore::ListCallsToAnalyze(std::string_view version) {
  // Written as EXCEPT so that SQLite merges two ordered index scans (calls by id, analyses by
  // version then id) and never reads a stored document; a per-call probe of the primary key
  // would read every analysis row to learn its version.
  SC_ASSIGN_OR_RETURN(SqliteStatement query,
                      db_.Prepare("SELECT id FROM calls EXCEPT SELECT call_id FROM "
                                  "call_analyses WHERE version = ? ORDER BY id"));
  query.BindText(1, version);
  return ReadRows(query, [](const SqliteStatement& row) { return row.ColumnText(0); });
}

Result<std::int64_t> SqliteStore::SaveAnalyses(std::span<const CallAnalysisRecord> records) {
  SC_RETURN_IF_ERROR(db_.InTransaction([&] { return WriteAnalyses(records); }));
  return static_cast<std::int64_t>(records.size());
}

Status SqliteStore::WriteAnalyses(std::span<const CallAnalysisRecord> records) {
  SC_ASSIGN_OR_RETURN(SqliteStatement upsert,
                      db_.Prepare("INSERT INTO call_analyses (call_id, version, analyzed_json) "
                                  "VALUES (?, ?, ?) ON CONFLICT(call_id) DO UPDATE SET "
                                  "version = excluded.version, "
                                  "analyzed_json = excluded.analyzed_json"));
  for (const CallAnalysisRecord& record : records) {
    upsert.Reset();
    upsert.BindText(1, record.call_id);
    upsert.BindText(2, record.version);
    upsert.BindText(3, record.json);
    Status written = upsert.Run();
    if (IsForeignKeyViolation(written)) {
      return Status::InvalidArgument(
          fmt::format("an analysis names call '{}', which is not stored", record.call_id));
    }
    SC_RETURN_IF_ERROR(written);
  }
  return Status::Ok();
}

Result<std::vector<CallAnalysisRecord>> SqliteStore::ListAnalyses(std::string_view rep_id,
                                                                  std::optional<Date> from,
                                                                  std::optional<Date> to) {
  // started_at is ISO text, so day bounds compare as text: a start on day `to` sorts before
  // the day after it, and NULL (no start time) fails every comparison.
  std::string where;
  std::vector<std::string> values;
  auto add = [&](std::string_view condition, std::string value) {
    where += fmt::format(" {} {}", where.empty() ? "WHERE" : "AND", condition);
    values.push_back(std::move(value));
  };
  if (!rep_id.empty()) add("calls.rep_id = ?", std::string(rep_id));
  if (from) add("calls.started_at >= ?", from->ToString());
  if (to) add("calls.started_at < ?", to->AddDays(1).ToString());
  SC_ASSIGN_OR_RETURN(
      SqliteStatement query,
      db_.Prepare(fmt::format("SELECT call_analyses.call_id, version, analyzed_json, rep_id, "
                              "started_at FROM call_analyses JOIN calls ON calls.id = "
                              "call_analyses.call_id{} ORDER BY started_at, calls.id",
                              where)));
  for (std::size_t i = 0; i < values.size(); ++i) {
    query.BindText(static_cast<int>(i) + 1, values[i]);
  }
  return ReadRows(query, [](const SqliteStatement& row) {
    CallAnalysisRecord record{row.ColumnText(0), row.ColumnText(1), row.ColumnText(2),
                              row.ColumnText(3), std::nullopt};
    if (!row.ColumnIsNull(4)) record.started_at = Timestamp::Parse(row.ColumnText(4));
    return record;
  });
}

}  // namespace sc::store
