#include "ingest/crm_parser.h"

#include <map>

#include <fmt/format.h>

#include "base/text.h"
#include "ingest/crm_values.h"

namespace sc::ingest {
namespace {

// Reads the canonical fields of one record, collecting a located problem for every value
// that is missing or malformed. Accessors return a neutral value after a problem so that one
// pass finds every problem of the record.
class FieldReader {
 public:
  FieldReader(const RecordTable& table, const Record& record, const ColumnMap& map,
              CrmKind kind, const std::vector<std::optional<std::size_t>>& indices)
      : table_(table), record_(record), map_(map), kind_(kind), indices_(indices) {
    number_style_ = {.formatted = map.formatted_numbers, .decimal_comma = table.delimiter == ';'};
  }

  bool Has(std::string_view field) const { return !Text(field).empty(); }

  std::string_view Text(std::string_view field) const {
    std::optional<std::size_t> column = ColumnOf(field);
    if (!column || *column >= record_.values.size()) return {};
    return Trim(record_.values[*column]);
  }

  std::size_t Column(std::string_view field) const {
    std::optional<std::size_t> column = ColumnOf(field);
    if (!column || *column >= record_.columns.size()) return 1;
    return std::max<std::size_t>(record_.columns[*column], 1);
  }

  // The text of a required field; a problem when empty.
  std::string Required(std::string_view field) {
    std::string_view text = Text(field);
    if (text.empty()) {
      Problem(field, fmt::format("'{}' is empty; every record of {} needs one", field,
                                 CrmKindName(kind_)),
              "fill in the value or leave the record out of the export");
    }
    return std::string(text);
  }

  template <typename T, typename Parse>
  std::optional<T> Optional(std::string_view field, FieldType type, Parse parse) {
    std::string_view text = Text(field);
    if (text.empty()) return std::nullopt;
    std::optional<T> value = parse(text);
    if (!value) {
      Problem(field, fmt::format("'{}' is '{}', which is not {}", field, text, TypeNoun(type)),
              ValueHint(type, map_.date_format));
    }
    return value;
  }

  std::optional<double> Number(std::string_view field) {
    return Optional<double>(field, FieldType::kNumber,
                            [&](std::string_view t) { return ParseNumber(t, number_style_); });
  }
  std::optional<bool> Bool(std::string_view field) {
    return Optional<bool>(field, FieldType::kBool, ParseBool);
  }
  std::optional<Date> DateField(std::string_view field) {
    return Optional<Date>(field, FieldType::kDate,
                          [&](std::string_view t) { return ParseDateIn(t, map_.date_format); });
  }
  std::optional<Timestamp> TimestampField(std::string_view field) {
    return Optional<Timestamp>(field, FieldType::kTimestamp, [&](std::string_view t) {
      return ParseTimestampIn(t, map_.date_format);
    });
  }

  void Problem(std::string_view field, std::string message, std::string hint) {
    problems_.push_back(Diagnostic{table_.source, record_.line, Column(field), std::move(message),
                                   std::move(hint), FirstLine(record_.raw)});
  }

  std::vector<Diagnostic>& problems() { return problems_; }

 private:
  static std::string FirstLine(std::string_view raw) {
    return std::string(raw.substr(0, raw.find_first_of("\r\n")));
  }

  static std::string_view TypeNoun(FieldType type) {
    switch (type) {
      case FieldType::kDate: return "a date";
      case FieldType::kTimestamp: return "a date and time";
      case FieldType::kNumber: return "a number";
      case FieldType::kBool: return "yes or no";
      default: return "a known value";
    }
  }

  std::optional<std::size_t> ColumnOf(std::string_view field) const {
    std::span<const FieldSpec> fields = FieldsOf(kind_);
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (fields[i].name == field) return indices_[i];
    }
    return std::nullopt;
  }

  const RecordTable& table_;
  const Record& record_;
  const ColumnMap& map_;
  CrmKind kind_;
  const std::vector<std::optional<std::size_t>>& indices_;
  NumberStyle number_style_;
  std::vector<Diagnostic> problems_;
};

void ReadNonNegative(FieldReader& reader, std::string_view field, std::optional<double> value) {
  if (value && *value < 0) {
    reader.Problem(field, fmt::format("'{}' is {}, which is negative", field, *value),
                   "amounts and durations are zero or more");
  }
}

model::Rep ReadRep(FieldReader& reader) {
  model::Rep rep;
  rep.id = reader.Required("id");
  rep.name = reader.Required("name");
  rep.email = std::string(reader.Text("email"));
  rep.manager_id = std::string(reader.Text("manager_id"));
  rep.team = std::string(reader.Text("team"));
  rep.segment = reader.Optional<model::Segment>("segment", FieldType::kSegment,
                                          model::ParseSegment)
                    .value_or(model::Segment::kUnknown);
  rep.hire_date = reader.DateField("hire_date");
  rep.role = reader.Optional<model::RepRole>("role", FieldType::kRole, model::ParseRepRole)
                 .value_or(model::RepRole::kRep);
  return rep;
}

// The deal's status: the status field when the export has one, else the Closed/Won flags,
// else the stage name ("Closed Won") when the map says stages carry it.
model::DealStatus ReadDealStatus(FieldReader& reader, const ColumnMap& map) {
  if (reader.Has("status")) {
    return reader.Optional<model::DealStatus>("status", FieldType::kStatus,
                                        model::ParseDealStatus)
        .value_or(model::DealStatus::kOpen);
  }
  if (reader.Has("is_closed")) {
    bool closed = reader.Bool("is_closed").value_or(false);
    bool won = reader.Bool("is_won").value_or(false);
    if (!closed) return model::DealStatus::kOpen;
    return won ? model::DealStatus::kWon : model::DealStatus::kLost;
  }
  if (map.status_from_stage) {
    return model::ParseDealStatus(reader.Text("stage")).value_or(model::DealStatus::kOpen);
  }
  reader.Required("status");
  return model::DealStatus::kOpen;
}

model::Deal ReadDeal(FieldReader& reader, const ColumnMap& map) {
  model::Deal deal;
  deal.id = reader.Required("id");
  deal.rep_id = reader.Required("rep_id");
  deal.name = std::string(reader.Text("name"));
  deal.account = std::string(reader.Text("account"));
  reader.Required("amount");
  deal.amount = reader.Number("amount").value_or(0);
  ReadNonNegative(reader, "amount", deal.amount);
  deal.currency = std::string(reader.Text("currency"));
  deal.stage = reader.Required("stage");
  deal.status = ReadDealStatus(reader, map);
  reader.Required("created_at");
  deal.created_at = reader.DateField("created_at").value_or(Date());
  deal.closed_at = reader.DateField("closed_at");
  deal.list_amount = reader.Number("list_amount");
  ReadNonNegative(reader, "list_amount", deal.list_amount);
  deal.discount_pct = reader.Number("discount_pct");
  if (deal.discount_pct && (*deal.discount_pct < 0 || *deal.discount_pct > 100)) {
    reader.Problem("discount_pct",
                   fmt::format("'discount_pct' is {}, outside 0 to 100", *deal.discount_pct),
                   "write the discount as a percentage: 12.5 for 12.5%");
  }
  deal.icp_fit = reader.Bool("icp_fit");
  model::Meddpicc& m = deal.meddpicc;
  for (auto [field, target] : {std::pair<std::string_view, std::string*>{"metrics", &m.metrics},
                               {"economic_buyer", &m.economic_buyer},
                               {"decision_criteria", &m.decision_criteria},
                               {"decision_process", &m.decision_process},
                               {"paper_process", &m.paper_process},
                               {"identify_pain", &m.identify_pain},
                               {"champion", &m.champion},
                               {"competition", &m.competition}}) {
    *target = std::string(reader.Text(field));
  }
  deal.loss_reason = std::string(reader.Text("loss_reason"));
  deal.disqualified = reader.Bool("disqualified");
  deal.price_objection = reader.Bool("price_objection");
  if (deal.status == model::DealStatus::kOpen) {
    // Exports give open deals an expected close date; it is a forecast, not an outcome.
    deal.closed_at.reset();
  } else if (!deal.closed_at && reader.Text("closed_at").empty()) {
    reader.Problem("closed_at",
                   fmt::format("the deal is {} but has no closed_at",
                               model::DealStatusName(deal.status)),
                   "closed deals need the date they closed");
  } else if (deal.closed_at && *deal.closed_at < deal.created_at) {
    reader.Problem("closed_at",
                   fmt::format("closed_at {} is before created_at {}",
                               deal.closed_at->ToString(), deal.created_at.ToString()),
                   "check the two dates; a deal closes after it is created");
  }
  return deal;
}

model::Activity ReadActivity(FieldReader& reader) {
  model::Activity activity;
  activity.id = reader.Required("id");
  activity.rep_id = reader.Required("rep_id");
  activity.deal_id = std::string(reader.Text("deal_id"));
  reader.Required("type");
  activity.type = reader.Optional<model::ActivityType>("type", FieldType::kActivityType,
                                                 model::ParseActivityType)
                      .value_or(model::ActivityType::kCall);
  reader.Required("at");
  activity.at = reader.TimestampField("at").value_or(Timestamp());
  activity.duration_s = reader.Number("duration_s");
  ReadNonNegative(reader, "duration_s", activity.duration_s);
  activity.subject = std::string(reader.Text("subject"));
  activity.call_id = std::string(reader.Text("call_id"));
  return activity;
}

// Quotas and forecasts share their period fields.
template <typename Record>
Record ReadPeriodRecord(FieldReader& reader) {
  Record record;
  record.rep_id = reader.Required("rep_id");
  reader.Required("period_start");
  reader.Required("period_end");
  reader.Required("amount");
  record.period_start = reader.DateField("period_start").value_or(Date());
  record.period_end = reader.DateField("period_end").value_or(Date());
  record.amount = reader.Number("amount").value_or(0);
  ReadNonNegative(reader, "amount", record.amount);
  if (reader.Has("period_start") && reader.Has("period_end") &&
      record.period_end < record.period_start) {
    reader.Problem("period_end", "period_end is before period_start",
                   "the period runs from period_start to period_end, inclusive");
  }
  return record;
}

// The record's identity within its file, to catch the same record exported twice.
std::string KeyOf(CrmKind kind, FieldReader& reader) {
  if (kind == CrmKind::kQuotas || kind == CrmKind::kForecasts) {
    return fmt::format("{} {} to {}", reader.Text("rep_id"), reader.Text("period_start"),
                       reader.Text("period_end"));
  }
  return std::string(reader.Text("id"));
}

// Parses one record into `file`, or into its rejects when it has problems.
void ParseRecord(const RecordTable& table, const Record& record, const ColumnMap& map,
                 CrmKind kind, const std::vector<std::optional<std::size_t>>& indices,
                 std::map<std::string, std::size_t>& first_line_of_key, ParsedCrmFile& file) {
  FieldReader reader(table, record, map, kind, indices);
  model::CrmBatch& batch = file.batch;
  switch (kind) {
    case CrmKind::kReps: batch.reps.push_back(ReadRep(reader)); break;
    case CrmKind::kDeals: batch.deals.push_back(ReadDeal(reader, map)); break;
    case CrmKind::kActivities: batch.activities.push_back(ReadActivity(reader)); break;
    case CrmKind::kQuotas: batch.quotas.push_back(ReadPeriodRecord<model::Quota>(reader)); break;
    case CrmKind::kForecasts: {
      model::Forecast forecast = ReadPeriodRecord<model::Forecast>(reader);
      forecast.submitted_at = reader.TimestampField("submitted_at");
      batch.forecasts.push_back(std::move(forecast));
      break;
    }
  }
  std::string key = KeyOf(kind, reader);
  auto [it, first] = first_line_of_key.emplace(key, record.line);
  if (!first && !key.empty()) {
    reader.Problem(kind == CrmKind::kQuotas || kind == CrmKind::kForecasts ? "rep_id" : "id",
                   fmt::format("'{}' appears twice in this file (first on line {})", key,
                               it->second),
                   "remove the duplicate row from the export");
  }
  RecordOrigin origin{record.line, kind == CrmKind::kReps ? 0 : reader.Column("rep_id"),
                      record.raw};
  if (reader.problems().empty()) {
    file.origins.push_back(std::move(origin));
    return;
  }
  // The record had problems: take it back out of the batch and keep it as a reject.
  switch (kind) {
    case CrmKind::kReps: batch.reps.pop_back(); break;
    case CrmKind::kDeals: batch.deals.pop_back(); break;
    case CrmKind::kActivities: batch.activities.pop_back(); break;
    case CrmKind::kQuotas: batch.quotas.pop_back(); break;
    case CrmKind::kForecasts: batch.forecasts.pop_back(); break;
  }
  file.rejected.push_back(RejectedRecord{std::move(origin), std::move(reader.problems())});
}

}  // namespace

Result<ParsedCrmFile> ParseCrmRecords(const RecordTable& table, const ColumnMap& map,
                                      CrmKind kind, Diagnostics* diagnostics) {
  SC_ASSIGN_OR_RETURN(std::vector<std::optional<std::size_t>> indices,
                      ResolveColumns(table, map, kind, diagnostics));
  ParsedCrmFile file{.source = table.source, .kind = kind};
  std::map<std::string, std::size_t> first_line_of_key;
  for (const Record& record : table.records) {
    ParseRecord(table, record, map, kind, indices, first_line_of_key, file);
  }
  for (const RejectedRecord& rejected : file.rejected) {
    for (const Diagnostic& problem : rejected.problems) diagnostics->Add(problem);
  }
  return file;
}

}  // namespace sc::ingest
