// Column maps: how the columns of a CRM export become canonical fields.
//
// Three sources, in the order a user meets them:
//   - canonical: the header already uses the names of INTERFACES.md (any letter case);
//   - presets: known exports, "salesforce" (an opportunity report) and "hubspot" (a deals
//     export); docs/crm-import.md lists the columns each reads;
//   - mapping files: YAML written by the user for any other export, for example
//
//       kind: deals
//       date_format: us          # iso (default) or us (M/D/YYYY)
//       columns:
//         Deal Ref: id
//         Owner: rep_id
//         Value: amount
//
// A column whose header is already a canonical name maps to it without being listed.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/diagnostics.h"
#include "base/result.h"
#include "ingest/crm_schema.h"
#include "ingest/record_table.h"

namespace sc::ingest {

enum class DateFormat { kIso, kUs };

struct ColumnMap {
  std::string name;  // "canonical columns", "salesforce preset", "mapping deals.yaml"
  std::optional<CrmKind> kind;  // set by presets and mapping files; canonical maps infer it
  std::vector<std::pair<std::string, std::string>> columns;  // export header -> field
  DateFormat date_format = DateFormat::kIso;
  // The status comes from the stage name ("Closed Won") when the export has no status.
  bool status_from_stage = false;
  // Amounts may carry currency symbols and thousands separators ("$48,500.00").
  bool formatted_numbers = false;
};

// The identity map: every header that is a canonical field name maps to that field.
ColumnMap CanonicalColumnMap();

// The named preset ("salesforce" or "hubspot"). Returns kInvalidArgument naming the known
// presets for any other name.
Result<ColumnMap> PresetColumnMap(std::string_view preset);

// Parses a YAML mapping file. On failure returns kInvalidArgument and appends located
// diagnostics: YAML syntax errors, a missing or unknown `kind`, an unknown field name (with
// the closest canonical name as a hint), an unknown date format, a field mapped twice.
Result<ColumnMap> ParseMappingFile(std::string_view text, std::string_view source,
                                   Diagnostics* diagnostics);

// For each field of `kind` (in FieldsOf order), the index of the table column that feeds it,
// or nullopt. Fails with kInvalidArgument and one diagnostic per missing required column,
// located at the header line, with a hint naming the columns the header does have, and a
// hint about the delimiter when the header reads as a single column holding '|' or tabs.
Result<std::vector<std::optional<std::size_t>>> ResolveColumns(const RecordTable& table,
                                                               const ColumnMap& map,
                                                               CrmKind kind,
                                                               Diagnostics* diagnostics);

// Guesses the kind of a canonical-column table from which required fields its header has;
// nullopt when no kind's required fields are all present.
std::optional<CrmKind> KindFromHeader(const RecordTable& table);

}  // namespace sc::ingest
