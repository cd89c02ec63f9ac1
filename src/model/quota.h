// A rep's quota for a period, and a forecast the rep submitted for a period.
#pragma once

#include <optional>
#include <string>

#include "base/date.h"

namespace sc::model {

// Identified by (rep_id, period_start, period_end); re-importing replaces the amount.
struct Quota {
  std::string rep_id;
  Date period_start;
  Date period_end;  // inclusive
  double amount = 0;

  friend bool operator==(const Quota&, const Quota&) = default;
};

// Identified by (rep_id, period_start, period_end); the latest import wins, so a re-submitted
// forecast replaces the earlier one.
struct Forecast {
  std::string rep_id;
  Date period_start;
  Date period_end;  // inclusive
  double amount = 0;
  std::optional<Timestamp> submitted_at;

  friend bool operator==(const Forecast&, const Forecast&) = default;
};

}  // namespace sc::model
