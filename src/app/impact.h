// MeasureImpact: the use case behind `salescoach impact`: the coaching program's five metrics
// (coaching/program_metrics.h) over the quarter ending at a date, for all reps and for each
// team, gathered from the stored reports, their deliveries, the reps' feedback and the deals.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/result.h"
#include "coaching/program_metrics.h"
#include "store/store.h"

namespace sc::app {

struct ImpactGroup {
  std::string name;         // "All reps", or the team's name ("Team East", "No team")
  std::size_t reps = 0;     // reps in the group
  std::size_t reports = 0;  // their stored reports up to the date
  std::vector<coaching::ProgramMetric> metrics;  // the five, in the seed's order
};

struct ImpactResult {
  Date as_of;
  Date from;                        // the quarter's first day
  std::vector<ImpactGroup> groups;  // all reps first, then each team by name
};

// Fails only when the store does.
Result<ImpactResult> MeasureImpact(store::Store& store, Date as_of);

}  // namespace sc::app
