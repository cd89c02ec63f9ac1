// Activity rates: how many calls, meetings and emails a rep logged per week of a period.
//
// An activity is in the period when the date of its timestamp (UTC) falls within it, both
// ends included. A rate is the count over the period's length in weeks (days / 7), so a
// 90-day period is 12.86 weeks. A rep who logged no calls has a known rate of 0: the period
// always has a length, so the rates are always known. The evidence is the activities counted.
//
//   ActivityRates activity = MeasureActivity(records.activities, period);
#pragma once

#include <span>
#include <string>
#include <vector>

#include "base/period.h"
#include "model/activity.h"

namespace sc::metrics {

struct ActivityRates {
  // The evidence: activities in the period, by type.
  int calls = 0;
  int meetings = 0;
  int emails = 0;
  std::vector<std::string> activity_ids;  // the activities counted, in input order
  double weeks = 0;                       // period days / 7
  double calls_per_week = 0;
  double meetings_per_week = 0;
  double emails_per_week = 0;

  friend bool operator==(const ActivityRates&, const ActivityRates&) = default;
};

// REQUIRES: period.from <= period.to.
ActivityRates MeasureActivity(std::span<const model::Activity> activities, Period period);

}  // namespace sc::metrics
