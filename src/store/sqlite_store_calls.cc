// SqliteStore: calls and their utterances (schema migration 2).
#include <fmt/format.h>

#include "base/text.h"
#include "store/sqlite_store.h"

namespace sc::store {
namespace {

constexpr std::string_view kCallColumns =
    "id, rep_id, deal_id, title, started_at, call_type, rep_speakers, roles_from, source, "
    "duration_s";

std::string JoinSpeakers(const std::vector<std::string>& speakers) {
  std::string out;
  for (const std::string& speaker : speakers) out += (out.empty() ? "" : ";") + speaker;
  return out;
}

model::Call ReadCall(const SqliteStatement& row) {
  model::Call call;
  call.id = row.ColumnText(0);
  call.rep_id = row.ColumnText(1);
  call.deal_id = row.ColumnText(2);
  call.title = row.ColumnText(3);
  if (!row.ColumnIsNull(4)) call.started_at = Timestamp::Parse(row.ColumnText(4));
  call.call_type = model::ParseCallType(row.ColumnText(5)).value_or(model::CallType::kUnknown);
  std::string speakers = row.ColumnText(6);
  if (!speakers.empty()) {
    for (std::string_view speaker : Split(speakers, ';')) call.rep_speakers.emplace_back(speaker);
  }
  call.roles_from = row.ColumnText(7);
  call.source = row.ColumnText(8);
  call.duration_s = row.ColumnDouble(9);
  return call;
}

model::Utterance ReadUtterance(const SqliteStatement& row) {
  return model::Utterance{
      row.ColumnText(0),
      model::ParseSpeakerRole(row.ColumnText(1)).value_or(model::SpeakerRole::kUnknown),
      row.ColumnDouble(2), row.ColumnDouble(3), row.ColumnText(4)};
}

// Reads whole calls by id with two statements prepared once, however many calls it reads.
class CallReader {
 public:
  static Result<CallReader> Prepare(SqliteDatabase& db) {
    SC_ASSIGN_OR_RETURN(SqliteStatement call,
                        db.Prepare(fmt::format("SELECT {} FROM calls WHERE id = ?", kCallColumns)));
    SC_ASSIGN_OR_RETURN(SqliteStatement utterances,
                        db.Prepare("SELECT speaker, role, start_s, end_s, text FROM utterances "
                                   "WHERE call_id = ? ORDER BY seq"));
    return CallReader(std::move(call), std::move(utterances));
  }

  // The call with `id` and its utterances in time order, or nullopt when it is not stored.
  Result<std::optional<model::Call>> Read(std::string_view id) {
    call_.Reset();
    call_.BindText(1, id);
    SC_ASSIGN_OR_RETURN(bool found, call_.Step());
    if (!found) return std::optional<model::Call>();
    model::Call call = ReadCall(call_);
    utterances_.Reset();
    utterances_.BindText(1, id);
    SC_ASSIGN_OR_RETURN(call.utterances, ReadRows(utterances_, ReadUtterance));
    return std::optional<model::Call>(std::move(call));
  }

 private:
  CallReader(SqliteStatement call, SqliteStatement utterances)
      : call_(std::move(call)), utterances_(std::move(utterances)) {}

  SqliteStatement call_;
  SqliteStatement utterances_;
};

Status InsertUtterances(SqliteStatement& insert, const model::Call& call) {
  for (std::size_t seq = 0; seq < call.utterances.size(); ++seq) {
    const model::Utterance& u = call.utterances[seq];
    insert.Reset();
    insert.BindText(1, call.id);
    insert.BindInt(2, static_cast<std::int64_t>(seq));
    insert.BindText(3, u.speaker);
    insert.BindText(4, model::SpeakerRoleName(u.role));
    insert.BindDouble(5, u.start_s);
    insert.BindDouble(6, u.end_s);
    insert.BindText(7, u.text);
    SC_RETURN_IF_ERROR(insert.Run());
  }
  return Status::Ok();
}

}  // namespace

Result<UpsertCount> SqliteStore::SaveCalls(const CallBatchSource& next) {
  UpsertCount count;
  SC_RETURN_IF_ERROR(db_.InTransaction([&] { return WriteCalls(next, count); }));
  return count;
}

Status SqliteStore::WriteCalls(const CallBatchSource& next, UpsertCount& count) {
  SC_ASSIGN_OR_RETURN(SqliteStatement remove, db_.Prepare("DELETE FROM calls WHERE id = ?"));
  SC_ASSIGN_OR_RETURN(SqliteStatement insert,
                      db_.Prepare(fmt::format("INSERT INTO calls ({}) VALUES "
                                              "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                              kCallColumns)));
  SC_ASSIGN_OR_RETURN(SqliteStatement insert_utterance,
                      db_.Prepare("INSERT INTO utterances (call_id, seq, speaker, role, "
                                  "start_s, end_s, text) VALUES (?, ?, ?, ?, ?, ?, ?)"));
  while (true) {
    SC_ASSIGN_OR_RETURN(std::vector<model::Call> batch, next());
    if (batch.empty()) return Status::Ok();
    SC_RETURN_IF_ERROR(WriteCallBatch(batch, remove, insert, insert_utterance, count));
  }
}

Status SqliteStore::WriteCallBatch(const std::vector<model::Call>& calls,
                                   SqliteStatement& remove, SqliteStatement& insert,
                                   SqliteStatement& insert_utterance, UpsertCount& count) {
  for (const model::Call& call : calls) {
    // Replacing the row cascades to its utterances and its analysis, so a re-import never
    // leaves stale ones.
    remove.Reset();
    remove.BindText(1, call.id);
    SC_RETURN_IF_ERROR(remove.Run());
    ++(db_.changes() > 0 ? count.updated : count.inserted);
    insert.Reset();
    insert.BindText(1, call.id);
    insert.BindText(2, call.rep_id);
    insert.BindText(3, call.deal_id);
    insert.BindText(4, call.title);
    std::optional<std::string> started;
    if (call.started_at) started = call.started_at->ToString();
    insert.BindOptionalText(5, started);
    insert.BindText(6, model::CallTypeName(call.call_type));
    insert.BindText(7, JoinSpeakers(call.rep_speakers));
    insert.BindText(8, call.roles_from);
    insert.BindText(9, call.source);
    insert.BindDouble(10, call.duration_s);
    Status inserted = insert.Run();
    if (IsForeignKeyViolation(inserted)) {
      return Status::InvalidArgument(fmt::format(
          "call '{}' names rep '{}', which is not imported", call.id, call.rep_id));
    }
    SC_RETURN_IF_ERROR(inserted);
    SC_RETURN_IF_ERROR(InsertUtterances(insert_utterance, call));
  }
  return Status::Ok();
}

Result<std::optional<model::Call>> SqliteStore::LoadCall(std::string_view id) {
  SC_ASSIGN_OR_RETURN(CallReader reader, CallReader::Prepare(db_));
  return reader.Read(id);
}

Result<std::vector<model::Call>> SqliteStore::LoadCalls(std::span<const std::string> ids) {
  SC_ASSIGN_OR_RETURN(CallReader reader, CallReader::Prepare(db_));
  std::vector<model::Call> calls;
  calls.reserve(ids.size());
  for (const std::string& id : ids) {
    SC_ASSIGN_OR_RETURN(std::optional<model::Call> call, reader.Read(id));
    if (!call) return Status::NotFound(fmt::format("call '{}' is not stored", id));
    calls.push_back(std::move(*call));
  }
  return calls;
}

Result<std::vector<model::Call>> SqliteStore::ListCalls(std::string_view rep_id) {
  std::string sql = fmt::format("SELECT {} FROM calls{} ORDER BY started_at, id", kCallColumns,
                                rep_id.empty() ? "" : " WHERE rep_id = ?");
  SC_ASSIGN_OR_RETURN(SqliteStatement query, db_.Prepare(sql));
  if (!rep_id.empty()) query.BindText(1, rep_id);
  return ReadRows(query, ReadCall);
}

Result<std::vector<std::string>> SqliteStore::ListCallIds() {
  SC_ASSIGN_OR_RETURN(SqliteStatement query, db_.Prepare("SELECT id FROM calls ORDER BY id"));
  return ReadRows(query, [](const SqliteStatement& row) { return row.ColumnText(0); });
}

}  // namespace sc::store
