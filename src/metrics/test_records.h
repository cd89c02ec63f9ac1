// Builders for the hand-made records of the metrics tests: one line per deal, activity,
// quota or forecast, so that each test's arithmetic can be read off its records.
#pragma once

#include <string>
#include <utility>

#include "base/date.h"
#include "base/period.h"
#include "model/activity.h"
#include "model/deal.h"
#include "model/quota.h"

namespace sc::metrics::fixtures {

inline Date Day(int year, int month, int day) { return Date::FromYmd(year, month, day); }

// The first quarter of 2026: 31 + 28 + 31 = 90 days, so a quota for it needs no proration.
inline const Period kQ1{Day(2026, 1, 1), Day(2026, 3, 31)};

inline model::Deal Won(std::string id, double amount, Date created, Date closed) {
  return {.id = std::move(id),
          .amount = amount,
          .stage = "Closed Won",
          .status = model::DealStatus::kWon,
          .created_at = created,
          .closed_at = closed};
}

inline model::Deal Lost(std::string id, double amount, Date created, Date closed,
                        std::string stage = "Demo") {
  return {.id = std::move(id),
          .amount = amount,
          .stage = std::move(stage),
          .status = model::DealStatus::kLost,
          .created_at = created,
          .closed_at = closed};
}

inline model::Deal Open(std::string id, double amount, Date created,
                        std::string stage = "Discovery") {
  return {.id = std::move(id),
          .amount = amount,
          .stage = std::move(stage),
          .status = model::DealStatus::kOpen,
          .created_at = created};
}

// An activity at `at` ("2026-01-28T23:00:00Z").
inline model::Activity Activity(std::string id, model::ActivityType type, const char* at) {
  return {.id = std::move(id), .type = type, .at = *Timestamp::Parse(at)};
}

inline model::Quota Quota(Date start, Date end, double amount) {
  return {.period_start = start, .period_end = end, .amount = amount};
}

inline model::Forecast Forecast(Date start, Date end, double amount) {
  return {.period_start = start, .period_end = end, .amount = amount};
}

}  // namespace sc::metrics::fixtures
