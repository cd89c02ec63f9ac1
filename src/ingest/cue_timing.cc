#include "ingest/cue_timing.h"

#include <fmt/format.h>

#include <array>
#include <cmath>
#include <cstdint>

#include "base/text.h"

namespace sc::ingest {
namespace {

// Ten thousand hours is longer than any call; more digits would only risk overflow.
constexpr std::size_t kMaxHourDigits = 4;

bool AllDigits(std::string_view text) {
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return !text.empty();
}

std::int64_t DigitsValue(std::string_view digits) {
  std::int64_t value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

bool HasLength(std::string_view field, std::size_t min, std::size_t max) {
  return field.size() >= min && field.size() <= max && AllDigits(field);
}

}  // namespace

std::optional<double> ParseClockTime(std::string_view text, ClockRules rules,
                                     std::string_view separators) {
  // Split on ':' without allocating: every cue has two timestamps.
  std::array<std::string_view, 3> parts;
  std::size_t count = 0;
  for (std::size_t start = 0;;) {
    if (count == parts.size()) return std::nullopt;
    std::size_t colon = text.find(':', start);
    parts[count++] = text.substr(start, colon == std::string_view::npos ? colon : colon - start);
    if (colon == std::string_view::npos) break;
    start = colon + 1;
  }
  if (count < 2) return std::nullopt;
  std::string_view hours = count == 3 ? parts[0] : "0";
  std::string_view minutes = parts[count - 2];
  std::string_view seconds = parts[count - 1];
  std::string_view fraction;
  std::size_t separator = seconds.find_first_of(separators);
  if (separator != std::string_view::npos) {
    fraction = seconds.substr(separator + 1);
    seconds = seconds.substr(0, separator);
  }
  bool strict = rules == ClockRules::kCueTimestamp;
  bool fields_ok = HasLength(hours, 1, kMaxHourDigits) && HasLength(minutes, strict ? 2 : 1, 2) &&
                   HasLength(seconds, strict ? 2 : 1, 2);
  bool fraction_ok = strict ? HasLength(fraction, 3, 3)
                            : separator == std::string_view::npos || HasLength(fraction, 1, 9);
  if (!fields_ok || !fraction_ok) return std::nullopt;
  if (DigitsValue(minutes) >= 60 || DigitsValue(seconds) >= 60) return std::nullopt;
  double value = static_cast<double>(DigitsValue(hours) * 3600 + DigitsValue(minutes) * 60 +
                                     DigitsValue(seconds));
  if (!fraction.empty()) {
    static constexpr double kPowersOfTen[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
    value += static_cast<double>(DigitsValue(fraction)) / kPowersOfTen[fraction.size()];
  }
  return value;
}

std::string FormatCueTimestamp(double seconds, char separator) {
  auto milliseconds = static_cast<std::int64_t>(std::llround(seconds * 1000));
  return fmt::format("{:02}:{:02}:{:02}{}{:03}", milliseconds / 3600000, milliseconds / 60000 % 60,
                     milliseconds / 1000 % 60, separator, milliseconds % 1000);
}

TimingLine ParseTimingLine(std::string_view line, std::string_view separators, char separator) {
  TimingLine result;
  std::size_t start_at = line.find_first_not_of(" \t");
  std::size_t arrow = line.find("-->");
  if (start_at == std::string_view::npos || arrow == std::string_view::npos) {
    result.shown = Trim(line);
    result.error_column = start_at == std::string_view::npos ? 0 : start_at;
    return result;
  }
  std::string_view start_text = Trim(line.substr(start_at, arrow - start_at));
  std::size_t end_at = line.find_first_not_of(" \t", arrow + 3);
  if (end_at == std::string_view::npos) end_at = line.size();
  std::size_t end_stop = line.find_first_of(" \t", end_at);
  if (end_stop == std::string_view::npos) end_stop = line.size();
  std::string_view end_text = line.substr(end_at, end_stop - end_at);
  result.shown = line.substr(start_at, end_stop - start_at);

  std::optional<double> start = ParseClockTime(start_text, ClockRules::kCueTimestamp, separators);
  std::optional<double> end = ParseClockTime(end_text, ClockRules::kCueTimestamp, separators);
  if (start && end) {
    result.timing = CueTiming{*start, *end};
    return result;
  }
  result.error_column = start ? end_at : start_at;
  // A guess only helps when both sides can be read; "00:01:02.5" most likely meant .500.
  std::optional<double> loose_start = ParseClockTime(start_text, ClockRules::kLoose, ".,");
  std::optional<double> loose_end = ParseClockTime(end_text, ClockRules::kLoose, ".,");
  if (loose_start && loose_end) {
    result.suggestion = fmt::format("{} --> {}", FormatCueTimestamp(*loose_start, separator),
                                    FormatCueTimestamp(*loose_end, separator));
  }
  return result;
}

std::optional<CueTiming> ReadCueTiming(const TextLine& line, const CueSyntax& syntax,
                                       ProblemList& problems) {
  TimingLine parsed = ParseTimingLine(line.content, syntax.separators, syntax.separator);
  if (parsed.timing) return parsed.timing;
  std::string hint = parsed.suggestion.empty()
                         ? std::string(syntax.generic_hint)
                         : fmt::format("write cue timings as {}", parsed.suggestion);
  problems.AddAt(line.offset + parsed.error_column,
                 fmt::format("'{}' is not a cue timing", parsed.shown), std::move(hint));
  return std::nullopt;
}

}  // namespace sc::ingest
