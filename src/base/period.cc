#include "base/period.h"

#include <charconv>

#include <fmt/format.h>

namespace sc {
namespace {

// Longer windows than ten years are almost certainly a typo ("9000d").
constexpr int kMaxPeriodDays = 3660;

}  // namespace

Period QuarterOf(Date date) {
  int first_month = (date.month() - 1) / 3 * 3 + 1;
  Date from = Date::FromYmd(date.year(), first_month, 1);
  Date next = first_month == 10 ? Date::FromYmd(date.year() + 1, 1, 1)
                                : Date::FromYmd(date.year(), first_month + 3, 1);
  return Period{from, next.AddDays(-1)};
}

Result<Period> Period::Parse(std::string_view spec, Date as_of) {
  if (spec == "quarter") return Period{QuarterOf(as_of).from, as_of};
  if (spec.size() >= 2 && (spec.back() == 'd' || spec.back() == 'w')) {
    int count = 0;
    std::string_view digits = spec.substr(0, spec.size() - 1);
    auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), count);
    int days = spec.back() == 'w' ? count * 7 : count;
    if (error == std::errc() && end == digits.data() + digits.size() && count > 0 &&
        days <= kMaxPeriodDays) {
      return Period{as_of.AddDays(1 - days), as_of};
    }
  }
  return Status::InvalidArgument(fmt::format(
      "period '{}' is not understood; use a number of days or weeks (90d, 30d, 12w) or 'quarter'",
      spec));
}

Period Period::Previous() const {
  Date previous_to = from.AddDays(-1);
  return Period{previous_to.AddDays(1 - days()), previous_to};
}

std::string Period::ToString() const {
  return fmt::format("{} to {}", from.ToString(), to.ToString());
}

}  // namespace sc
