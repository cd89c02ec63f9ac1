// Parsing of single CRM values (numbers, dates, flags, enumerations) from export text.
//
// Each parser returns nullopt for text it cannot read; crm_parser.cc turns that into a
// located diagnostic with the hint from ValueHint().
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/date.h"
#include "ingest/column_map.h"
#include "ingest/crm_schema.h"

namespace sc::ingest {

struct NumberStyle {
  bool formatted = false;     // "$48,500.00" allowed (presets)
  bool decimal_comma = false;  // "48500,50" allowed (semicolon-separated files)
};

// Plain decimal numbers ("48500", "48500.5", "-3", "1e3"). With `style.formatted`, also a
// leading currency symbol or code and ',' thousands separators; with
// `style.decimal_comma`, a single ',' as the decimal point. Rejects NaN and infinities.
std::optional<double> ParseNumber(std::string_view text, NumberStyle style);
// true/false, yes/no, y/n, 1/0 (any case).
std::optional<bool> ParseBool(std::string_view text);
std::optional<Date> ParseDateIn(std::string_view text, DateFormat format);
// ISO timestamps; with DateFormat::kUs also "M/D/YYYY[ h:mm AM]" read as that day, midnight.
std::optional<Timestamp> ParseTimestampIn(std::string_view text, DateFormat format);

// How to write a valid value of `type`, for diagnostics.
std::string ValueHint(FieldType type, DateFormat format);

}  // namespace sc::ingest
