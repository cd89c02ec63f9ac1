// Calendar dates and UTC timestamps.
//
// Date is a civil day (no time zone), stored as days since 1970-01-01 so that comparison and
// arithmetic are integer operations. Timestamp is seconds since the Unix epoch in UTC. Both
// parse ISO 8601 and print it back. Nothing here reads the clock: the current date always
// comes in as a value (the --as-of option), which keeps every computation reproducible.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sc {

class Date {
 public:
  Date() = default;  // 1970-01-01
  static Date FromDays(std::int32_t days_since_epoch) { return Date(days_since_epoch); }
  // REQUIRES: a valid civil date (month 1..12, day within the month).
  static Date FromYmd(int year, int month, int day);

  // Parses "YYYY-MM-DD"; also accepts a full ISO timestamp and keeps its date part. Returns
  // nullopt for anything else, including impossible dates such as 2026-02-30.
  static std::optional<Date> Parse(std::string_view text);
  // Parses US-style "M/D/YYYY" (as Salesforce and HubSpot exports write dates in en-US).
  static std::optional<Date> ParseUs(std::string_view text);

  std::int32_t days() const { return days_; }
  int year() const;
  int month() const;  // 1..12
  int day() const;    // 1..31
  int weekday() const;  // 0 = Monday .. 6 = Sunday

  Date AddDays(std::int32_t days) const { return Date(days_ + days); }
  std::int32_t DaysUntil(Date later) const { return later.days_ - days_; }

  std::string ToString() const;  // "YYYY-MM-DD"

  friend auto operator<=>(const Date&, const Date&) = default;

 private:
  explicit Date(std::int32_t days) : days_(days) {}
  std::int32_t days_ = 0;
};

// Seconds since 1970-01-01T00:00:00Z.
class Timestamp {
 public:
  Timestamp() = default;
  static Timestamp FromSeconds(std::int64_t seconds) { return Timestamp(seconds); }
  static Timestamp StartOf(Date date) { return Timestamp(std::int64_t{date.days()} * 86400); }

  // Parses "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS[.fff]]" or the same with a space instead of
  // the T, optionally followed by "Z" or a "+HH:MM"/"-HH:MM" offset (converted to UTC). A
  // bare date is midnight UTC. Returns nullopt otherwise.
  static std::optional<Timestamp> Parse(std::string_view text);

  std::int64_t seconds() const { return seconds_; }
  Date date() const;
  Timestamp AddSeconds(std::int64_t seconds) const { return Timestamp(seconds_ + seconds); }

  std::string ToString() const;  // "YYYY-MM-DDTHH:MM:SSZ"

  friend auto operator<=>(const Timestamp&, const Timestamp&) = default;

 private:
  explicit Timestamp(std::int64_t seconds) : seconds_(seconds) {}
  std::int64_t seconds_ = 0;
};

}  // namespace sc
