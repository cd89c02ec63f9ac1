// Reporting periods: a window of whole days ending at an as-of date.
//
// "90d" and "30d" (any "<N>d" or "<N>w") are rolling windows ending on the as-of date,
// inclusive. "quarter" is the calendar quarter containing the as-of date, up to it. The
// previous period has the same length and ends the day before this one starts, which is what
// "historical self" benchmarks and trend arrows compare against.
#pragma once

#include <string>
#include <string_view>

#include "base/date.h"
#include "base/result.h"

namespace sc {

struct Period {
  Date from;  // first day, inclusive
  Date to;    // last day, inclusive

  // Parses a period specification relative to `as_of`. Returns kInvalidArgument naming the
  // accepted forms for anything else ("90x", "0d", "quarterly").
  static Result<Period> Parse(std::string_view spec, Date as_of);

  std::int32_t days() const { return from.DaysUntil(to) + 1; }
  bool Contains(Date date) const { return date >= from && date <= to; }
  // The window of the same length that ends the day before `from`.
  Period Previous() const;
  // "2026-08-27 to 2026-11-24"
  std::string ToString() const;

  friend bool operator==(const Period&, const Period&) = default;
};

// The calendar quarter (Q1 = Jan-Mar) containing `date`, whole.
Period QuarterOf(Date date);

}  // namespace sc
