// SqliteStore: the delivery outbox (schema migration 5).
#include <functional>

#include <fmt/format.h>

#include "base/text.h"
#include "store/sqlite_store.h"

namespace sc::store {
namespace {

// A delivery's columns as read, with the rep of the snapshot it carries.
constexpr std::string_view kDeliverySelect =
    "SELECT deliveries.id, deliveries.snapshot_id, report_snapshots.rep_id, deliveries.kind, "
    "deliveries.channel, deliveries.recipients, deliveries.subject, deliveries.payload, "
    "deliveries.status, deliveries.attempts, deliveries.last_error, deliveries.due_at, "
    "deliveries.created_at, deliveries.sent_at "
    "FROM deliveries JOIN report_snapshots ON report_snapshots.id = deliveries.snapshot_id";

// Recipients are stored one per line; CheckDelivery refuses a recipient with a line break.
std::string JoinLines(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) {
    if (!out.empty()) out += '\n';
    out += line;
  }
  return out;
}

Timestamp ReadTimestamp(const SqliteStatement& row, int column) {
  return Timestamp::Parse(row.ColumnText(column)).value_or(Timestamp());
}

DeliveryRecord ReadDelivery(const SqliteStatement& row) {
  DeliveryRecord delivery;
  delivery.id = row.ColumnInt(0);
  delivery.snapshot_id = row.ColumnInt(1);
  delivery.rep_id = row.ColumnText(2);
  delivery.kind = row.ColumnText(3);
  delivery.channel = row.ColumnText(4);
  const std::string recipients = row.ColumnText(5);
  for (std::string_view recipient : Split(recipients, '\n')) {
    delivery.recipients.emplace_back(recipient);
  }
  delivery.subject = row.ColumnText(6);
  delivery.payload = row.ColumnText(7);
  delivery.status = row.ColumnText(8);
  delivery.attempts = row.ColumnInt(9);
  delivery.last_error = row.ColumnText(10);
  delivery.due_at = ReadTimestamp(row, 11);
  delivery.created_at = ReadTimestamp(row, 12);
  if (!row.ColumnIsNull(13)) delivery.sent_at = ReadTimestamp(row, 13);
  return delivery;
}

}  // namespace

Result<QueuedDelivery> SqliteStore::QueueDelivery(const DeliveryRecord& delivery) {
  SC_RETURN_IF_ERROR(CheckDelivery(delivery));
  QueuedDelivery queued;
  SC_RETURN_IF_ERROR(db_.InTransaction([&] { return WriteDelivery(delivery, queued); }));
  return queued;
}

Status SqliteStore::WriteDelivery(const DeliveryRecord& delivery, QueuedDelivery& queued) {
  // DO NOTHING leaves a record already queued for the key exactly as it was, and RETURNING
  // yields a row only when this statement inserted one; the UNIQUE constraint, not a probe
  // before the insert, is what keeps a second record out.
  SC_ASSIGN_OR_RETURN(
      SqliteStatement insert,
      db_.Prepare("INSERT INTO deliveries (snapshot_id, kind, channel, recipients, subject, "
                  "payload, status, attempts, last_error, due_at, created_at, sent_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, 'queued', 0, '', ?, ?, NULL) "
                  "ON CONFLICT(snapshot_id, kind, channel) DO NOTHING RETURNING id"));
  insert.BindInt(1, delivery.snapshot_id);
  insert.BindText(2, delivery.kind);
  insert.BindText(3, delivery.channel);
  insert.BindText(4, JoinLines(delivery.recipients));
  insert.BindText(5, delivery.subject);
  insert.BindText(6, delivery.payload);
  insert.BindText(7, delivery.due_at.ToString());
  insert.BindText(8, delivery.created_at.ToString());
  Result<bool> inserted = insert.Step();
  if (IsForeignKeyViolation(inserted.status())) {
    return Status::InvalidArgument(
        fmt::format("a delivery names snapshot {}, which is not stored", delivery.snapshot_id));
  }
  SC_RETURN_IF_ERROR(inserted.status());
  if (*inserted) {
    queued = QueuedDelivery{insert.ColumnInt(0), true};
    insert.Reset();
    return Status::Ok();
  }
  insert.Reset();

  SC_ASSIGN_OR_RETURN(SqliteStatement existing,
                      db_.Prepare("SELECT id FROM deliveries WHERE snapshot_id = ? AND kind = ? "
                                  "AND channel = ?"));
  existing.BindInt(1, delivery.snapshot_id);
  existing.BindText(2, delivery.kind);
  existing.BindText(3, delivery.channel);
  SC_ASSIGN_OR_RETURN(bool found, existing.Step());
  if (!found) return Status::Internal("queuing a delivery neither inserted nor found a record");
  queued = QueuedDelivery{existing.ColumnInt(0), false};
  return Status::Ok();
}

Result<std::vector<DeliveryRecord>> SqliteStore::ListDeliveries(const DeliveryFilter& filter) {
  // due_at is ISO text in UTC, so text order is time order.
  std::string where;
  std::vector<std::function<void(SqliteStatement&, int&)>> binds;
  auto add = [&](std::string_view condition, std::function<void(SqliteStatement&, int&)> bind) {
    where += fmt::format(" {} {}", where.empty() ? "WHERE" : "AND", condition);
    binds.push_back(std::move(bind));
  };
  if (!filter.rep_id.empty()) {
    add("report_snapshots.rep_id = ?",
        [&](SqliteStatement& s, int& index) { s.BindText(index++, filter.rep_id); });
  }
  if (!filter.kind.empty()) {
    add("deliveries.kind = ?",
        [&](SqliteStatement& s, int& index) { s.BindText(index++, filter.kind); });
  }
  if (!filter.statuses.empty()) {
    std::string placeholders;
    for (std::size_t i = 0; i < filter.statuses.size(); ++i) {
      placeholders += i == 0 ? "?" : ", ?";
    }
    add(fmt::format("deliveries.status IN ({})", placeholders),
        [&](SqliteStatement& s, int& index) {
          for (const std::string& status : filter.statuses) s.BindText(index++, status);
        });
  }
  if (filter.due_by) {
    add("deliveries.due_at <= ?",
        [&](SqliteStatement& s, int& index) { s.BindText(index++, filter.due_by->ToString()); });
  }
  if (filter.snapshot_id) {
    add("deliveries.snapshot_id = ?",
        [&](SqliteStatement& s, int& index) { s.BindInt(index++, *filter.snapshot_id); });
  }
  SC_ASSIGN_OR_RETURN(SqliteStatement query,
                      db_.Prepare(fmt::format("{}{} ORDER BY deliveries.due_at, deliveries.id",
                                              kDeliverySelect, where)));
  int index = 1;
  for (const auto& bind : binds) bind(query, index);
  return ReadRows(query, ReadDelivery);
}

Result<std::optional<DeliveryRecord>> SqliteStore::FindDelivery(std::int64_t id) {
  SC_ASSIGN_OR_RETURN(SqliteStatement query,
                      db_.Prepare(fmt::format("{} WHERE deliveries.id = ?", kDeliverySelect)));
  query.BindInt(1, id);
  SC_ASSIGN_OR_RETURN(bool found, query.Step());
  if (!found) return std::optional<DeliveryRecord>();
  return std::optional<DeliveryRecord>(ReadDelivery(query));
}

Status SqliteStore::RecordDeliveryAttempt(std::int64_t id, Timestamp at, std::string_view error) {
  return db_.InTransaction([&]() -> Status {
    SC_ASSIGN_OR_RETURN(std::optional<DeliveryRecord> stored, FindDelivery(id));
    if (!stored) return Status::NotFound(fmt::format("delivery {} is not stored", id));
    if (stored->status == "sent") {
      return Status::FailedPrecondition(
          fmt::format("delivery {} is already sent; a sent message is never sent again", id));
    }
    SC_ASSIGN_OR_RETURN(SqliteStatement update,
                        db_.Prepare("UPDATE deliveries SET attempts = attempts + 1, status = ?, "
                                    "last_error = ?, sent_at = ? WHERE id = ?"));
    update.BindText(1, error.empty() ? "sent" : "failed");
    update.BindText(2, error);
    update.BindOptionalText(
        3, error.empty() ? std::optional<std::string>(at.ToString()) : std::nullopt);
    update.BindInt(4, id);
    return update.Run();
  });
}

}  // namespace sc::store
