#include "metrics/quarterly_trend.h"

#include <algorithm>

#include "base/check.h"

namespace sc::metrics {

std::vector<std::optional<double>> QuarterlyTrend::Series(MetricId id) const {
  std::vector<std::optional<double>> series;
  series.reserve(quarters.size());
  for (const RepMetrics& quarter : quarters) series.push_back(ValueOf(quarter, id));
  return series;
}

QuarterlyTrend MeasureQuarterlyTrend(const RepRecords& records, Date as_of, int quarters,
                                     std::span<const std::string> stages) {
  SC_CHECK(quarters >= 1);
  QuarterlyTrend trend;
  trend.quarters.reserve(static_cast<std::size_t>(quarters));
  // Measured newest first, from the quarter to date back, then put oldest first.
  Period quarter{QuarterOf(as_of).from, as_of};
  for (int i = 0; i < quarters; ++i) {
    trend.quarters.push_back(MeasureRep(records, quarter, stages));
    quarter = QuarterOf(quarter.from.AddDays(-1));
  }
  std::reverse(trend.quarters.begin(), trend.quarters.end());
  return trend;
}

}  // namespace sc::metrics
