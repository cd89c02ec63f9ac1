#include "ingest/crm_values.h"

#include <charconv>
#include <cmath>

#include "base/text.h"

namespace sc::ingest {

std::optional<double> ParseNumber(std::string_view text, NumberStyle style) {
  std::string cleaned;
  std::string_view trimmed = Trim(text);
  if (style.formatted) {
    // Drop a currency symbol or ISO code in front ("$", "€", "USD ") and thousands commas.
    std::size_t start = 0;
    while (start < trimmed.size() && !(trimmed[start] >= '0' && trimmed[start] <= '9') &&
           trimmed[start] != '-' && trimmed[start] != '.') {
      ++start;
    }
    if (start > 4) return std::nullopt;  // more than a symbol or a code: not a number
    for (char c : trimmed.substr(start)) {
      if (c != ',') cleaned += c;
    }
  } else {
    cleaned = std::string(trimmed);
    std::size_t comma = cleaned.find(',');
    if (style.decimal_comma && comma != std::string::npos &&
        cleaned.find(',', comma + 1) == std::string::npos && cleaned.find('.') == std::string::npos) {
      cleaned[comma] = '.';
    }
  }
  if (cleaned.empty()) return std::nullopt;
  double value = 0;
  auto [end, error] = std::from_chars(cleaned.data(), cleaned.data() + cleaned.size(), value);
  if (error != std::errc() || end != cleaned.data() + cleaned.size() || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

std::optional<bool> ParseBool(std::string_view text) {
  std::string value = AsciiLower(Trim(text));
  if (value == "true" || value == "yes" || value == "y" || value == "1") return true;
  if (value == "false" || value == "no" || value == "n" || value == "0") return false;
  return std::nullopt;
}

std::optional<Date> ParseDateIn(std::string_view text, DateFormat format) {
  std::string_view trimmed = Trim(text);
  if (format == DateFormat::kUs) {
    if (std::optional<Date> us = Date::ParseUs(trimmed)) return us;
  }
  return Date::Parse(trimmed);
}

std::optional<Timestamp> ParseTimestampIn(std::string_view text, DateFormat format) {
  std::string_view trimmed = Trim(text);
  if (format == DateFormat::kUs) {
    if (std::optional<Date> us = Date::ParseUs(trimmed)) return Timestamp::StartOf(*us);
  }
  return Timestamp::Parse(trimmed);
}

std::string ValueHint(FieldType type, DateFormat format) {
  switch (type) {
    case FieldType::kDate:
      return format == DateFormat::kUs ? "write dates as M/D/YYYY, for example 3/7/2026"
                                       : "write dates as YYYY-MM-DD, for example 2026-03-07";
    case FieldType::kTimestamp:
      return "write times as ISO 8601, for example 2026-03-07T14:30:00Z";
    case FieldType::kNumber:
      return "write plain numbers such as 48500 or 48500.50, without currency or separators";
    case FieldType::kBool:
      return "use true/false, yes/no or 1/0";
    case FieldType::kSegment:
      return "use smb, mid_market or enterprise";
    case FieldType::kRole:
      return "use rep or manager";
    case FieldType::kStatus:
      return "use open, won or lost";
    case FieldType::kActivityType:
      return "use call, meeting or email";
    case FieldType::kText:
    case FieldType::kRepRef:
      break;
  }
  return "";
}

}  // namespace sc::ingest
