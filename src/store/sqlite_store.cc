#include "store/sqlite_store.h"

#include <algorithm>

#include <fmt/format.h>

#include "store/sqlite_schema.h"

namespace sc::store {
namespace {

// Column lists shared by the INSERT and SELECT of each table, so their order cannot drift.
constexpr std::string_view kRepColumns =
    "id, name, email, manager_id, team, segment, hire_date, role";
constexpr std::string_view kDealColumns =
    "id, rep_id, name, account, amount, currency, stage, status, created_at, closed_at, "
    "list_amount, discount_pct, icp_fit, metrics, economic_buyer, decision_criteria, "
    "decision_process, paper_process, identify_pain, champion, competition, loss_reason, "
    "disqualified, price_objection";
constexpr std::string_view kActivityColumns =
    "id, rep_id, deal_id, type, at, duration_s, subject, call_id";
constexpr std::string_view kQuotaColumns = "rep_id, period_start, period_end, amount";
constexpr std::string_view kForecastColumns =
    "rep_id, period_start, period_end, amount, submitted_at";

// "a, b, c" -> {"a", "b", "c"}.
std::vector<std::string_view> ColumnNames(std::string_view list) {
  std::vector<std::string_view> names;
  for (std::string_view rest = list; !rest.empty();) {
    std::size_t comma = rest.find(", ");
    names.push_back(rest.substr(0, comma));
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 2);
  }
  return names;
}

// "INSERT ... ON CONFLICT(key) DO UPDATE SET every other column": an upsert keyed by the
// CRM's identity for the record.
std::string UpsertSql(std::string_view table, std::string_view columns, std::string_view key) {
  std::vector<std::string_view> key_names = ColumnNames(key);
  std::string placeholders, updates;
  for (std::string_view name : ColumnNames(columns)) {
    placeholders += placeholders.empty() ? "?" : ", ?";
    if (std::find(key_names.begin(), key_names.end(), name) != key_names.end()) continue;
    updates += fmt::format("{}{} = excluded.{}", updates.empty() ? "" : ", ", name, name);
  }
  return fmt::format("INSERT INTO {} ({}) VALUES ({}) ON CONFLICT({}) DO UPDATE SET {}", table,
                     columns, placeholders, key, updates);
}

std::optional<std::string> OptionalDate(const std::optional<Date>& date) {
  if (!date) return std::nullopt;
  return date->ToString();
}

std::optional<Date> ReadOptionalDate(const SqliteStatement& row, int column) {
  if (row.ColumnIsNull(column)) return std::nullopt;
  return Date::Parse(row.ColumnText(column));
}

Date ReadDate(const SqliteStatement& row, int column) {
  return Date::Parse(row.ColumnText(column)).value_or(Date());
}

void BindRep(SqliteStatement& s, const model::Rep& rep) {
  s.BindText(1, rep.id);
  s.BindText(2, rep.name);
  s.BindText(3, rep.email);
  s.BindText(4, rep.manager_id);
  s.BindText(5, rep.team);
  s.BindText(6, model::SegmentName(rep.segment));
  s.BindOptionalText(7, OptionalDate(rep.hire_date));
  s.BindText(8, model::RepRoleName(rep.role));
}

model::Rep ReadRep(const SqliteStatement& row) {
  model::Rep rep;
  rep.id = row.ColumnText(0);
  rep.name = row.ColumnText(1);
  rep.email = row.ColumnText(2);
  rep.manager_id = row.ColumnText(3);
  rep.team = row.ColumnText(4);
  rep.segment = model::ParseSegment(row.ColumnText(5)).value_or(model::Segment::kUnknown);
  rep.hire_date = ReadOptionalDate(row, 6);
  rep.role = model::ParseRepRole(row.ColumnText(7)).value_or(model::RepRole::kRep);
  return rep;
}

void BindDeal(SqliteStatement& s, const model::Deal& deal) {
  s.BindText(1, deal.id);
  s.BindText(2, deal.rep_id);
  s.BindText(3, deal.name);
  s.BindText(4, deal.account);
  s.BindDouble(5, deal.amount);
  s.BindText(6, deal.currency);
  s.BindText(7, deal.stage);
  s.BindText(8, model::DealStatusName(deal.status));
  s.BindText(9, deal.created_at.ToString());
  s.BindOptionalText(10, OptionalDate(deal.closed_at));
  s.BindOptionalDouble(11, deal.list_amount);
  s.BindOptionalDouble(12, deal.discount_pct);
  s.BindOptionalBool(13, deal.icp_fit);
  const model::Meddpicc& m = deal.meddpicc;
  int index = 14;
  for (const std::string* field : {&m.metrics, &m.economic_buyer, &m.decision_criteria,
                                   &m.decision_process, &m.paper_process, &m.identify_pain,
                                   &m.champion, &m.competition}) {
    s.BindText(index++, *field);
  }
  s.BindText(22, deal.loss_reason);
  s.BindOptionalBool(23, deal.disqualified);
  s.BindOptionalBool(24, deal.price_objection);
}

model::Deal ReadDeal(const SqliteStatement& row) {
  model::Deal deal;
  deal.id = row.ColumnText(0);
  deal.rep_id = row.ColumnText(1);
  deal.name = row.ColumnText(2);
  deal.account = row.ColumnText(3);
  deal.amount = row.ColumnDouble(4);
  deal.currency = row.ColumnText(5);
  deal.stage = row.ColumnText(6);
  deal.status = model::ParseDealStatus(row.ColumnText(7)).value_or(model::DealStatus::kOpen);
  deal.created_at = ReadDate(row, 8);
  deal.closed_at = ReadOptionalDate(row, 9);
  deal.list_amount = row.ColumnOptionalDouble(10);
  deal.discount_pct = row.ColumnOptionalDouble(11);
  deal.icp_fit = row.ColumnOptionalBool(12);
  model::Meddpicc& m = deal.meddpicc;
  int column = 13;
  for (std::string* field : {&m.metrics, &m.economic_buyer, &m.decision_criteria,
                             &m.decision_process, &m.paper_process, &m.identify_pain,
                             &m.champion, &m.competition}) {
    *field = row.ColumnText(column++);
  }
  deal.loss_reason = row.ColumnText(21);
  deal.disqualified = row.ColumnOptionalBool(22);
  deal.price_objection = row.ColumnOptionalBool(23);
  return deal;
}

void BindActivity(SqliteStatement& s, const model::Activity& activity) {
  s.BindText(1, activity.id);
  s.BindText(2, activity.rep_id);
  s.BindText(3, activity.deal_id);
  s.BindText(4, model::ActivityTypeName(activity.type));
  s.BindText(5, activity.at.ToString());
  s.BindOptionalDouble(6, activity.duration_s);
  s.BindText(7, activity.subject);
  s.BindText(8, activity.call_id);
}

model::Activity ReadActivity(const SqliteStatement& row) {
  model::Activity activity;
  activity.id = row.ColumnText(0);
  activity.rep_id = row.ColumnText(1);
  activity.deal_id = row.ColumnText(2);
  activity.type =
      model::ParseActivityType(row.ColumnText(3)).value_or(model::ActivityType::kCall);
  activity.at = Timestamp::Parse(row.ColumnText(4)).value_or(Timestamp());
  activity.duration_s = row.ColumnOptionalDouble(5);
  activity.subject = row.ColumnText(6);
  activity.call_id = row.ColumnText(7);
  return activity;
}

void BindQuota(SqliteStatement& s, const model::Quota& quota) {
  s.BindText(1, quota.rep_id);
  s.BindText(2, quota.period_start.ToString());
  s.BindText(3, quota.period_end.ToString());
  s.BindDouble(4, quota.amount);
}

model::Quota ReadQuota(const SqliteStatement& row) {
  return model::Quota{row.ColumnText(0), ReadDate(row, 1), ReadDate(row, 2),
                      row.ColumnDouble(3)};
}

void BindForecast(SqliteStatement& s, const model::Forecast& forecast) {
  s.BindText(1, forecast.rep_id);
  s.BindText(2, forecast.period_start.ToString());
  s.BindText(3, forecast.period_end.ToString());
  s.BindDouble(4, forecast.amount);
  std::optional<std::string> submitted;
  if (forecast.submitted_at) submitted = forecast.submitted_at->ToString();
  s.BindOptionalText(5, submitted);
}

model::Forecast ReadForecast(const SqliteStatement& row) {
  model::Forecast forecast{row.ColumnText(0), ReadDate(row, 1), ReadDate(row, 2),
                           row.ColumnDouble(3), std::nullopt};
  if (!row.ColumnIsNull(4)) forecast.submitted_at = Timestamp::Parse(row.ColumnText(4));
  return forecast;
}

// Upserts `records` with one prepared statement pair, counting inserts and updates. The
// existence probe runs first because SQLite reports one change for either outcome.
template <typename Record, typename Bind, typename BindKey>
Status UpsertAll(SqliteDatabase& db, const std::vector<Record>& records, std::string_view table,
                 std::string_view columns, std::string_view key, Bind bind, BindKey bind_key,
                 UpsertCount& count) {
  if (records.empty()) return Status::Ok();
  std::string where;
  for (std::string_view name : ColumnNames(key)) {
    where += fmt::format("{}{} = ?", where.empty() ? "" : " AND ", name);
  }
  SC_ASSIGN_OR_RETURN(SqliteStatement exists,
                      db.Prepare(fmt::format("SELECT 1 FROM {} WHERE {}", table, where)));
  SC_ASSIGN_OR_RETURN(SqliteStatement upsert, db.Prepare(UpsertSql(table, columns, key)));
  for (const Record& record : records) {
    exists.Reset();
    bind_key(exists, record);
    SC_ASSIGN_OR_RETURN(bool found, exists.Step());
    upsert.Reset();
    bind(upsert, record);
    SC_RETURN_IF_ERROR(upsert.Run());
    ++(found ? count.updated : count.inserted);
  }
  return Status::Ok();
}

// Runs `sql` (whose only parameter, if any, is a rep id) and reads every row with `read`.
template <typename Read>
auto QueryByRep(SqliteDatabase& db, std::string_view select, std::string_view rep_id,
                std::string_view order, Read read)
    -> Result<std::vector<decltype(read(std::declval<const SqliteStatement&>()))>> {
  std::string sql = rep_id.empty() ? fmt::format("{} ORDER BY {}", select, order)
                                   : fmt::format("{} WHERE rep_id = ? ORDER BY {}", select, order);
  SC_ASSIGN_OR_RETURN(SqliteStatement query, db.Prepare(sql));
  if (!rep_id.empty()) query.BindText(1, rep_id);
  return ReadRows(query, read);
}

template <typename Record>
void BindIdKey(SqliteStatement& s, const Record& record) {
  s.BindText(1, record.id);
}

template <typename Record>
void BindPeriodKey(SqliteStatement& s, const Record& record) {
  s.BindText(1, record.rep_id);
  s.BindText(2, record.period_start.ToString());
  s.BindText(3, record.period_end.ToString());
}

}  // namespace

Result<std::unique_ptr<SqliteStore>> SqliteStore::Open(const std::string& path) {
  SC_ASSIGN_OR_RETURN(SqliteDatabase db, SqliteDatabase::Open(path));
  SC_RETURN_IF_ERROR(MigrateSchema(db).WithContext(fmt::format("database '{}'", path)));
  return std::unique_ptr<SqliteStore>(new SqliteStore(std::move(db)));
}

Result<ImportSummary> SqliteStore::ImportCrm(const model::CrmBatch& batch) {
  ImportSummary summary;
  SC_RETURN_IF_ERROR(db_.InTransaction([&] { return WriteCrm(batch, summary); }));
  return summary;
}

Status SqliteStore::WriteCrm(const model::CrmBatch& batch, ImportSummary& summary) {
  SC_RETURN_IF_ERROR(UpsertAll(db_, batch.reps, "reps", kRepColumns, "id", BindRep,
                               BindIdKey<model::Rep>, summary.reps));
  // Reps are in place, so a record naming an unknown rep is the user's data, not ordering.
  auto named_rep = [](std::string_view kind) {
    return [kind](const Status& status) {
      if (!IsForeignKeyViolation(status)) return status;
      return Status::InvalidArgument(
          fmt::format("a {} names a rep that is not imported; import reps first", kind));
    };
  };
  SC_RETURN_IF_ERROR(named_rep("deal")(UpsertAll(db_, batch.deals, "deals", kDealColumns, "id",
                                                 BindDeal, BindIdKey<model::Deal>,
                                                 summary.deals)));
  SC_RETURN_IF_ERROR(named_rep("activity")(
      UpsertAll(db_, batch.activities, "activities", kActivityColumns, "id", BindActivity,
                BindIdKey<model::Activity>, summary.activities)));
  SC_RETURN_IF_ERROR(named_rep("quota")(
      UpsertAll(db_, batch.quotas, "quotas", kQuotaColumns, "rep_id, period_start, period_end",
                BindQuota, BindPeriodKey<model::Quota>, summary.quotas)));
  return named_rep("forecast")(UpsertAll(db_, batch.forecasts, "forecasts", kForecastColumns,
                                         "rep_id, period_start, period_end", BindForecast,
                                         BindPeriodKey<model::Forecast>, summary.forecasts));
}

Result<std::vector<model::Rep>> SqliteStore::ListReps() {
  return QueryByRep(db_, fmt::format("SELECT {} FROM reps", kRepColumns), "", "id", ReadRep);
}

Result<std::optional<model::Rep>> SqliteStore::FindRep(std::string_view id) {
  SC_ASSIGN_OR_RETURN(SqliteStatement query,
                      db_.Prepare(fmt::format("SELECT {} FROM reps WHERE id = ?", kRepColumns)));
  query.BindText(1, id);
  SC_ASSIGN_OR_RETURN(bool found, query.Step());
  if (!found) return std::optional<model::Rep>();
  return std::optional<model::Rep>(ReadRep(query));
}

Result<std::vector<model::Deal>> SqliteStore::ListDeals(std::string_view rep_id) {
  return QueryByRep(db_, fmt::format("SELECT {} FROM deals", kDealColumns), rep_id, "id",
                    ReadDeal);
}

Result<std::vector<model::Activity>> SqliteStore::ListActivities(std::string_view rep_id) {
  return QueryByRep(db_, fmt::format("SELECT {} FROM activities", kActivityColumns), rep_id,
                    "at, id", ReadActivity);
}

Result<std::vector<model::Quota>> SqliteStore::ListQuotas(std::string_view rep_id) {
  return QueryByRep(db_, fmt::format("SELECT {} FROM quotas", kQuotaColumns), rep_id,
                    "period_start, rep_id, period_end", ReadQuota);
}

Result<std::vector<model::Forecast>> SqliteStore::ListForecasts(std::string_view rep_id) {
  return QueryByRep(db_, fmt::format("SELECT {} FROM forecasts", kForecastColumns), rep_id,
                    "period_start, rep_id, period_end", ReadForecast);
}

Result<RecordCounts> SqliteStore::CountRecords() {
  RecordCounts counts;
  for (auto [table, count] : {std::pair<std::string_view, std::int64_t*>{"reps", &counts.reps},
                              {"deals", &counts.deals},
                              {"activities", &counts.activities},
                              {"quotas", &counts.quotas},
                              {"forecasts", &counts.forecasts},
                              {"calls", &counts.calls},
                              {"call_analyses", &counts.analyses},
                              {"report_snapshots", &counts.snapshots},
                              {"deliveries", &counts.deliveries},
                              {"report_feedback", &counts.feedback}}) {
    SC_ASSIGN_OR_RETURN(SqliteStatement query,
                        db_.Prepare(fmt::format("SELECT count(*) FROM {}", table)));
    SC_ASSIGN_OR_RETURN(bool has_row, query.Step());
    *count = has_row ? query.ColumnInt(0) : 0;
  }
  return counts;
}

}  // namespace sc::store
