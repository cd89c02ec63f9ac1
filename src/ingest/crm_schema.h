// The canonical CRM fields of INTERFACES.md: which kinds of record there are, which fields
// each kind has, which are required, and what type each value must have.
//
// Everything that reads CRM files (column maps, presets, the record parser) works in these
// names; a file whose header already uses them imports with no preset or mapping.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace sc::ingest {

enum class CrmKind { kReps, kDeals, kActivities, kQuotas, kForecasts };

std::string_view CrmKindName(CrmKind kind);  // "reps", "deals", ...
std::optional<CrmKind> ParseCrmKind(std::string_view text);
// "1 deal", "3 deals", "1 activity", "2 activities".
std::string RecordCountText(std::size_t count, CrmKind kind);

enum class FieldType { kText, kDate, kTimestamp, kNumber, kBool, kSegment, kRole, kStatus,
                       kActivityType, kRepRef };

struct FieldSpec {
  std::string_view name;
  FieldType type;
  bool required;
};

// The fields of `kind`, in the order INTERFACES.md lists them.
std::span<const FieldSpec> FieldsOf(CrmKind kind);
// The spec of `name` within `kind`, if `kind` has such a field.
const FieldSpec* FindField(CrmKind kind, std::string_view name);

// Guesses the kind from a file name ("deals.csv", "2026-q3-opportunities.jsonl",
// "users.csv"); nullopt when the name does not say.
std::optional<CrmKind> KindFromFileName(std::string_view file_name);

}  // namespace sc::ingest
