#include "base/date.h"

#include <chrono>

#include <fmt/format.h>

#include "base/check.h"

namespace sc {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::sys_days;
using std::chrono::year;
using std::chrono::year_month_day;

year_month_day Civil(std::int32_t days) {
  return year_month_day(sys_days(std::chrono::days(days)));
}

// Reads exactly `width` ASCII digits at `pos`; returns -1 when they are not all digits.
int Digits(std::string_view text, std::size_t pos, std::size_t width) {
  if (pos + width > text.size()) return -1;
  int value = 0;
  for (std::size_t i = pos; i < pos + width; ++i) {
    if (text[i] < '0' || text[i] > '9') return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

std::optional<std::int32_t> DaysFromYmd(int y, int m, int d) {
  year_month_day ymd{year(y), month(static_cast<unsigned>(m)), day(static_cast<unsigned>(d))};
  if (!ymd.ok()) return std::nullopt;
  return static_cast<std::int32_t>(sys_days(ymd).time_since_epoch().count());
}

// Parses an optional "Z" / "+HH:MM" / "-HH:MM" / "+HHMM" suffix into seconds east of UTC.
std::optional<int> ParseOffset(std::string_view rest) {
  if (rest.empty() || rest == "Z" || rest == "z") return 0;
  if (rest[0] != '+' && rest[0] != '-') return std::nullopt;
  int sign = rest[0] == '-' ? -1 : 1;
  int hours = Digits(rest, 1, 2);
  std::size_t minute_pos = rest.size() > 3 && rest[3] == ':' ? 4 : 3;
  int minutes = rest.size() == 3 ? 0 : Digits(rest, minute_pos, 2);
  if (hours < 0 || minutes < 0 || hours > 23 || minutes > 59) return std::nullopt;
  if (rest.size() != 3 && rest.size() != minute_pos + 2) return std::nullopt;
  return sign * (hours * 3600 + minutes * 60);
}

}  // namespace

Date Date::FromYmd(int year_value, int month_value, int day_value) {
  std::optional<std::int32_t> days = DaysFromYmd(year_value, month_value, day_value);
  SC_CHECK(days.has_value());
  return Date(*days);
}

std::optional<Date> Date::Parse(std::string_view text) {
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  if (text.size() > 10 && text[10] != 'T' && text[10] != ' ') return std::nullopt;
  if (text.size() > 10 && !Timestamp::Parse(text).has_value()) return std::nullopt;
  int y = Digits(text, 0, 4), m = Digits(text, 5, 2), d = Digits(text, 8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1) return std::nullopt;
  std::optional<std::int32_t> days = DaysFromYmd(y, m, d);
  if (!days) return std::nullopt;
  return Date(*days);
}

std::optional<Date> Date::ParseUs(std::string_view text) {
  // M/D/YYYY with one- or two-digit month and day, optionally followed by a time.
  std::size_t first = text.find('/');
  std::size_t second = first == std::string_view::npos ? first : text.find('/', first + 1);
  if (second == std::string_view::npos || first == 0 || first > 2 || second - first - 1 == 0 ||
      second - first - 1 > 2) {
    return std::nullopt;
  }
  int m = Digits(text, 0, first), d = Digits(text, first + 1, second - first - 1);
  int y = Digits(text, second + 1, 4);
  std::size_t end = second + 5;
  if (m < 1 || m > 12 || d < 1 || y < 0) return std::nullopt;
  if (text.size() > end && text[end] != ' ' && text[end] != ',') return std::nullopt;
  std::optional<std::int32_t> days = DaysFromYmd(y, m, d);
  if (!days) return std::nullopt;
  return Date(*days);
}

int Date::year() const { return static_cast<int>(Civil(days_).year()); }
int Date::month() const { return static_cast<int>(static_cast<unsigned>(Civil(days_).month())); }
int Date::day() const { return static_cast<int>(static_cast<unsigned>(Civil(days_).day())); }
int Date::weekday() const {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  return static_cast<int>(((days_ % 7) + 7 + 3) % 7);
}

std::string Date::ToString() const {
  return fmt::format("{:04d}-{:02d}-{:02d}", year(), month(), day());
}

std::optional<Timestamp> Timestamp::Parse(std::string_view text) {
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int y = Digits(text, 0, 4), m = Digits(text, 5, 2), d = Digits(text, 8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1) return std::nullopt;
  std::optional<std::int32_t> days = DaysFromYmd(y, m, d);
  if (!days) return std::nullopt;
  std::int64_t seconds = std::int64_t{*days} * 86400;
  if (text.size() == 10) return Timestamp(seconds);
  if (text[10] != 'T' && text[10] != 't' && text[10] != ' ') return std::nullopt;
  int hh = Digits(text, 11, 2), mm = Digits(text, 14, 2);
  if (hh < 0 || hh > 23 || mm < 0 || mm > 59 || text.size() < 16 || text[13] != ':') {
    return std::nullopt;
  }
  std::size_t pos = 16;
  int ss = 0;
  if (pos < text.size() && text[pos] == ':') {
    ss = Digits(text, pos + 1, 2);
    if (ss < 0 || ss > 60) return std::nullopt;
    pos += 3;
    if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
      ++pos;
      while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
    }
  }
  std::optional<int> offset = ParseOffset(text.substr(pos));
  if (!offset) return std::nullopt;
  return Timestamp(seconds + hh * 3600 + mm * 60 + ss - *offset);
}

Date Timestamp::date() const {
  std::int64_t days = seconds_ >= 0 ? seconds_ / 86400 : (seconds_ - 86399) / 86400;
  return Date::FromDays(static_cast<std::int32_t>(days));
}

std::string Timestamp::ToString() const {
  Date d = date();
  std::int64_t in_day = seconds_ - std::int64_t{d.days()} * 86400;
  return fmt::format("{}T{:02d}:{:02d}:{:02d}Z", d.ToString(), in_day / 3600, in_day / 60 % 60,
                     in_day % 60);
}

}  // namespace sc
