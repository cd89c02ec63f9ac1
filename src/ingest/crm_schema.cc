#include "ingest/crm_schema.h"

#include <array>

#include "base/text.h"

namespace sc::ingest {
namespace {

using enum FieldType;

constexpr std::array kRepFields = {
    FieldSpec{"id", kText, true},         FieldSpec{"name", kText, true},
    FieldSpec{"email", kText, false},     FieldSpec{"manager_id", kText, false},
    FieldSpec{"team", kText, false},      FieldSpec{"segment", kSegment, false},
    FieldSpec{"hire_date", kDate, false}, FieldSpec{"role", kRole, false},
};

constexpr std::array kDealFields = {
    FieldSpec{"id", kText, true},
    FieldSpec{"rep_id", kRepRef, true},
    FieldSpec{"name", kText, false},
    FieldSpec{"account", kText, false},
    FieldSpec{"amount", kNumber, true},
    FieldSpec{"currency", kText, false},
    FieldSpec{"stage", kText, true},
    FieldSpec{"status", kStatus, true},
    FieldSpec{"created_at", kDate, true},
    FieldSpec{"closed_at", kDate, false},
    FieldSpec{"list_amount", kNumber, false},
    FieldSpec{"discount_pct", kNumber, false},
    FieldSpec{"icp_fit", kBool, false},
    FieldSpec{"metrics", kText, false},
    FieldSpec{"economic_buyer", kText, false},
    FieldSpec{"decision_criteria", kText, false},
    FieldSpec{"decision_process", kText, false},
    FieldSpec{"paper_process", kText, false},
    FieldSpec{"identify_pain", kText, false},
    FieldSpec{"champion", kText, false},
    FieldSpec{"competition", kText, false},
    FieldSpec{"loss_reason", kText, false},
    FieldSpec{"disqualified", kBool, false},
    FieldSpec{"price_objection", kBool, false},
    // Salesforce reports carry status as two flags instead of one field; either form works.
    FieldSpec{"is_closed", kBool, false},
    FieldSpec{"is_won", kBool, false},
};

constexpr std::array kActivityFields = {
    FieldSpec{"id", kText, true},         FieldSpec{"rep_id", kRepRef, true},
    FieldSpec{"deal_id", kText, false},   FieldSpec{"type", kActivityType, true},
    FieldSpec{"at", kTimestamp, true},    FieldSpec{"duration_s", kNumber, false},
    FieldSpec{"subject", kText, false},   FieldSpec{"call_id", kText, false},
};

constexpr std::array kQuotaFields = {
    FieldSpec{"rep_id", kRepRef, true},
    FieldSpec{"period_start", kDate, true},
    FieldSpec{"period_end", kDate, true},
    FieldSpec{"amount", kNumber, true},
};

constexpr std::array kForecastFields = {
    FieldSpec{"rep_id", kRepRef, true},     FieldSpec{"period_start", kDate, true},
    FieldSpec{"period_end", kDate, true},   FieldSpec{"amount", kNumber, true},
    FieldSpec{"submitted_at", kTimestamp, false},
};

}  // namespace

std::string_view CrmKindName(CrmKind kind) {
  switch (kind) {
    case CrmKind::kReps: return "reps";
    case CrmKind::kDeals: return "deals";
    case CrmKind::kActivities: return "activities";
    case CrmKind::kQuotas: return "quotas";
    case CrmKind::kForecasts: return "forecasts";
  }
  return "records";
}

std::string RecordCountText(std::size_t count, CrmKind kind) {
  static constexpr std::string_view kSingular[] = {"rep", "deal", "activity", "quota",
                                                   "forecast"};
  std::string_view plural = CrmKindName(kind);
  return std::to_string(count) + " " +
         std::string(count == 1 ? kSingular[static_cast<int>(kind)] : plural);
}

std::optional<CrmKind> ParseCrmKind(std::string_view text) {
  for (CrmKind kind : {CrmKind::kReps, CrmKind::kDeals, CrmKind::kActivities, CrmKind::kQuotas,
                       CrmKind::kForecasts}) {
    if (EqualsIgnoreCase(text, CrmKindName(kind))) return kind;
  }
  return std::nullopt;
}

std::span<const FieldSpec> FieldsOf(CrmKind kind) {
  switch (kind) {
    case CrmKind::kReps: return kRepFields;
    case CrmKind::kDeals: return kDealFields;
    case CrmKind::kActivities: return kActivityFields;
    case CrmKind::kQuotas: return kQuotaFields;
    case CrmKind::kForecasts: return kForecastFields;
  }
  return {};
}

const FieldSpec* FindField(CrmKind kind, std::string_view name) {
  for (const FieldSpec& spec : FieldsOf(kind)) {
    if (spec.name == name) return &spec;
  }
  return nullptr;
}

std::optional<CrmKind> KindFromFileName(std::string_view file_name) {
  std::size_t slash = file_name.find_last_of('/');
  std::string name = AsciiLower(slash == std::string_view::npos ? file_name
                                                                : file_name.substr(slash + 1));
  // Longer, more specific words first: "opportunities" before "opportunit", etc.
  static constexpr std::array<std::pair<std::string_view, CrmKind>, 9> kWords{{
      {"activit", CrmKind::kActivities},
      {"forecast", CrmKind::kForecasts},
      {"quota", CrmKind::kQuotas},
      {"deal", CrmKind::kDeals},
      {"opportunit", CrmKind::kDeals},
      {"rep", CrmKind::kReps},
      {"user", CrmKind::kReps},
      {"owner", CrmKind::kReps},
      {"team", CrmKind::kReps},
  }};
  for (const auto& [word, kind] : kWords) {
    if (name.find(word) != std::string::npos) return kind;
  }
  return std::nullopt;
}

}  // namespace sc::ingest
