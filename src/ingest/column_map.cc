#include "ingest/column_map.h"

#include <algorithm>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "base/text.h"

namespace sc::ingest {
namespace {

// Salesforce opportunity report export (Lightning "Export > Details only", CSV).
const std::vector<std::pair<std::string, std::string>> kSalesforceColumns = {
    {"Opportunity ID", "id"},          {"Opportunity Owner", "rep_id"},
    {"Opportunity Name", "name"},      {"Account Name", "account"},
    {"Amount", "amount"},              {"Amount Currency", "currency"},
    {"Stage", "stage"},                {"Created Date", "created_at"},
    {"Close Date", "closed_at"},       {"Closed", "is_closed"},
    {"Won", "is_won"},                 {"List Price", "list_amount"},
    {"Discount (%)", "discount_pct"},  {"ICP Fit", "icp_fit"},
    {"Metrics", "metrics"},            {"Economic Buyer", "economic_buyer"},
    {"Decision Criteria", "decision_criteria"}, {"Decision Process", "decision_process"},
    {"Paper Process", "paper_process"}, {"Identify Pain", "identify_pain"},
    {"Champion", "champion"},          {"Competition", "competition"},
    {"Loss Reason", "loss_reason"},    {"Disqualified", "disqualified"},
    {"Price Objection", "price_objection"},
};

// HubSpot CRM deals export ("Export view", CSV).
const std::vector<std::pair<std::string, std::string>> kHubspotColumns = {
    {"Record ID", "id"},         {"Deal owner", "rep_id"},  {"Deal Name", "name"},
    {"Associated Company", "account"}, {"Amount", "amount"}, {"Currency", "currency"},
    {"Deal Stage", "stage"},     {"Create Date", "created_at"}, {"Close Date", "closed_at"},
    {"Discount (%)", "discount_pct"}, {"List Price", "list_amount"}, {"ICP Fit", "icp_fit"},
    {"Closed Lost Reason", "loss_reason"},
};

// Levenshtein distance, for "did you mean" hints on misspelt field names.
std::size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string ClosestField(CrmKind kind, std::string_view name) {
  std::string_view best;
  std::size_t best_distance = SIZE_MAX;
  for (const FieldSpec& spec : FieldsOf(kind)) {
    std::size_t distance = EditDistance(AsciiLower(name), spec.name);
    if (distance < best_distance) {
      best_distance = distance;
      best = spec.name;
    }
  }
  return std::string(best);
}

std::string FieldList(CrmKind kind, bool required_only) {
  std::string out;
  for (const FieldSpec& spec : FieldsOf(kind)) {
    if (required_only && !spec.required) continue;
    out += fmt::format("{}{}", out.empty() ? "" : ", ", spec.name);
  }
  return out;
}

Diagnostic At(std::string_view source, const YAML::Mark& mark, std::string message,
              std::string hint) {
  return Diagnostic{std::string(source), static_cast<std::size_t>(mark.line + 1),
                    static_cast<std::size_t>(mark.column + 1), std::move(message),
                    std::move(hint), ""};
}

// Reads the `columns:` block of a mapping file into `map`, reporting bad entries.
void ReadMappingColumns(const YAML::Node& columns, CrmKind kind, std::string_view source,
                        ColumnMap& map, Diagnostics* diagnostics) {
  std::vector<std::string> seen_fields;
  for (const auto& entry : columns) {
    std::string header = entry.first.as<std::string>("");
    std::string field = entry.second.IsScalar() ? entry.second.as<std::string>("") : "";
    if (FindField(kind, field) == nullptr) {
      diagnostics->Add(At(source, entry.second.Mark(),
                          fmt::format("'{}' is not a field of {}", field, CrmKindName(kind)),
                          fmt::format("did you mean '{}'? {} fields: {}",
                                      ClosestField(kind, field), CrmKindName(kind),
                                      FieldList(kind, false))));
      continue;
    }
    if (std::find(seen_fields.begin(), seen_fields.end(), field) != seen_fields.end()) {
      diagnostics->Add(At(source, entry.second.Mark(),
                          fmt::format("field '{}' is mapped twice", field),
                          "map each field from one column only"));
      continue;
    }
    seen_fields.push_back(field);
    map.columns.emplace_back(header, field);
  }
}

}  // namespace

ColumnMap CanonicalColumnMap() { return ColumnMap{.name = "canonical columns"}; }

Result<ColumnMap> PresetColumnMap(std::string_view preset) {
  if (EqualsIgnoreCase(preset, "salesforce")) {
    return ColumnMap{.name = "salesforce preset",
                     .kind = CrmKind::kDeals,
                     .columns = kSalesforceColumns,
                     .date_format = DateFormat::kUs,
                     .status_from_stage = true,
                     .formatted_numbers = true};
  }
  if (EqualsIgnoreCase(preset, "hubspot")) {
    return ColumnMap{.name = "hubspot preset",
                     .kind = CrmKind::kDeals,
                     .columns = kHubspotColumns,
                     .date_format = DateFormat::kIso,
                     .status_from_stage = true,
                     .formatted_numbers = true};
  }
  return Status::InvalidArgument(
      fmt::format("unknown preset '{}'; the presets are 'salesforce' and 'hubspot'", preset));
}

Result<ColumnMap> ParseMappingFile(std::string_view text, std::string_view source,
                                   Diagnostics* diagnostics) {
  YAML::Node root;
  try {
    root = YAML::Load(std::string(text));
  } catch (const YAML::ParserException& error) {
    diagnostics->Add(At(source, error.mark, error.msg, "check the indentation and the colons"));
    return Status::InvalidArgument(fmt::format("{}: not valid YAML", source));
  }
  std::size_t errors_before = diagnostics->size();
  ColumnMap map{.name = fmt::format("mapping {}", source)};
  if (!root.IsMap() || !root["kind"] || !root["columns"] || !root["columns"].IsMap()) {
    diagnostics->Add(Diagnostic{std::string(source), 1, 1,
                                "a mapping file needs 'kind' and a 'columns' block",
                                "see docs/crm-import.md for an example", ""});
    return Status::InvalidArgument(fmt::format("{}: not a mapping file", source));
  }
  std::optional<CrmKind> kind = ParseCrmKind(root["kind"].as<std::string>(""));
  if (!kind) {
    diagnostics->Add(At(source, root["kind"].Mark(),
                        fmt::format("unknown kind '{}'", root["kind"].as<std::string>("")),
                        "use reps, deals, activities, quotas or forecasts"));
    return Status::InvalidArgument(fmt::format("{}: unknown kind", source));
  }
  map.kind = kind;
  if (YAML::Node format = root["date_format"]) {
    std::string value = AsciiLower(format.as<std::string>(""));
    if (value == "us") {
      map.date_format = DateFormat::kUs;
    } else if (value != "iso") {
      diagnostics->Add(At(source, format.Mark(), fmt::format("unknown date_format '{}'", value),
                          "use iso (YYYY-MM-DD) or us (M/D/YYYY)"));
    }
  }
  if (YAML::Node stage = root["status_from_stage"]) map.status_from_stage = stage.as<bool>(false);
  if (YAML::Node numbers = root["formatted_numbers"]) {
    map.formatted_numbers = numbers.as<bool>(false);
  }
  ReadMappingColumns(root["columns"], *kind, source, map, diagnostics);
  if (diagnostics->size() > errors_before) {
    return Status::InvalidArgument(fmt::format("{}: {} error(s) in the mapping", source,
                                               diagnostics->size() - errors_before));
  }
  return map;
}

Result<std::vector<std::optional<std::size_t>>> ResolveColumns(const RecordTable& table,
                                                               const ColumnMap& map,
                                                               CrmKind kind,
                                                               Diagnostics* diagnostics) {
  std::span<const FieldSpec> fields = FieldsOf(kind);
  std::vector<std::optional<std::size_t>> indices(fields.size());
  for (std::size_t column = 0; column < table.fields.size(); ++column) {
    std::string_view header = Trim(table.fields[column]);
    std::string_view field = header;
    for (const auto& [from, to] : map.columns) {
      if (EqualsIgnoreCase(from, header)) field = to;
    }
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (EqualsIgnoreCase(fields[i].name, field) && !indices[i]) indices[i] = column;
    }
  }
  std::size_t errors_before = diagnostics->size();
  auto index_of = [&](std::string_view name) {
    return static_cast<std::size_t>(FindField(kind, name) - fields.data());
  };
  bool has_status_flags = kind == CrmKind::kDeals && indices[index_of("is_closed")].has_value();
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (!fields[i].required || indices[i]) continue;
    bool status_derived = fields[i].name == "status" && (has_status_flags || map.status_from_stage);
    if (status_derived) continue;
    std::string hint;
    const std::string& only = table.fields.empty() ? std::string() : table.fields[0];
    if (table.fields.size() == 1 && only.find_first_of("|\t") != std::string::npos) {
      hint = fmt::format("is the delimiter '{}'? salescoach reads comma- or semicolon-separated "
                         "files; export again with commas",
                         only.find('|') != std::string::npos ? "|" : "\\t");
    } else {
      std::string names;
      for (const std::string& name : table.fields) {
        names += fmt::format("{}{}", names.empty() ? "" : ", ", name);
      }
      hint = fmt::format("the header has: {}; rename a column to '{}', or use --preset or "
                         "--mapping",
                         names, fields[i].name);
    }
    diagnostics->Add(Diagnostic{table.source, table.header_line, 1,
                                fmt::format("missing required column '{}' for {} ({})",
                                            fields[i].name, CrmKindName(kind), map.name),
                                hint, table.header_raw});
  }
  if (diagnostics->size() > errors_before) {
    return Status::InvalidArgument(fmt::format("{}: missing required columns", table.source));
  }
  return indices;
}

std::optional<CrmKind> KindFromHeader(const RecordTable& table) {
  auto has = [&](std::string_view name) {
    return std::any_of(table.fields.begin(), table.fields.end(),
                       [&](const std::string& f) { return EqualsIgnoreCase(Trim(f), name); });
  };
  // Quotas and forecasts share their required fields; only forecasts are submitted.
  if (has("submitted_at") && has("period_start")) return CrmKind::kForecasts;
  // Most specific first: a deals header also has the rep_id that activities need.
  for (CrmKind kind : {CrmKind::kDeals, CrmKind::kActivities, CrmKind::kQuotas,
                       CrmKind::kReps}) {
    bool all_present = true;
    for (const FieldSpec& spec : FieldsOf(kind)) {
      if (!spec.required) continue;
      all_present = all_present && has(spec.name);
    }
    if (all_present) return kind;
  }
  return std::nullopt;
}

}  // namespace sc::ingest
