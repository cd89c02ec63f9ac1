#include "metrics/activity_rates.h"

#include "base/check.h"

namespace sc::metrics {

ActivityRates MeasureActivity(std::span<const model::Activity> activities, Period period) {
  SC_CHECK(period.days() > 0);
  ActivityRates rates;
  for (const model::Activity& activity : activities) {
    if (!period.Contains(activity.at.date())) continue;
    switch (activity.type) {
      case model::ActivityType::kCall:
        ++rates.calls;
        break;
      case model::ActivityType::kMeeting:
        ++rates.meetings;
        break;
      case model::ActivityType::kEmail:
        ++rates.emails;
        break;
    }
    rates.activity_ids.push_back(activity.id);
  }
  rates.weeks = period.days() / 7.0;
  rates.calls_per_week = rates.calls / rates.weeks;
  rates.meetings_per_week = rates.meetings / rates.weeks;
  rates.emails_per_week = rates.emails / rates.weeks;
  return rates;
}

}  // namespace sc::metrics
