// Quarterly trend: a rep's metrics for each of the last N calendar quarters, so a report can
// chart how the performance metrics (kPerformanceMetrics: win rate, average deal size, sales
// cycle and quota attainment) moved.
//
// The quarters end at the as-of date: the last is the quarter holding the as-of date, cut at
// it (quarter to date, as the period "quarter" is; a whole quarter when the as-of date is its
// last day), and before it come N - 1 whole calendar quarters. A quarter to date prorates its
// quota to the days so far (quota_attainment.h), so its attainment compares with the whole
// quarters'. Every metric is measured per quarter with its evidence, by MeasureRep, so each
// point of the chart can be explained; a quarter with no closed deal has no win rate.
//
//   QuarterlyTrend trend = MeasureQuarterlyTrend(records, as_of);
//   // trend.quarters.back().period is QuarterOf(as_of).from to as_of; front() is the oldest
//   std::vector<std::optional<double>> win_rates = trend.Series(MetricId::kWinRate);
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/date.h"
#include "metrics/rep_metrics.h"
#include "metrics/rep_records.h"
#include "metrics/stage_conversion.h"

namespace sc::metrics {

inline constexpr int kDefaultTrendQuarters = 4;

struct QuarterlyTrend {
  // One entry per quarter, oldest first, each with `period` set to its quarter.
  std::vector<RepMetrics> quarters;

  // The value of `id` in each quarter, oldest first; nullopt where it is unknown.
  std::vector<std::optional<double>> Series(MetricId id) const;
};

// Measures `records` over the `quarters` calendar quarters that end at `as_of`.
// REQUIRES: quarters >= 1.
QuarterlyTrend MeasureQuarterlyTrend(const RepRecords& records, Date as_of,
                                     int quarters = kDefaultTrendQuarters,
                                     std::span<const std::string> stages = DefaultStages());

}  // namespace sc::metrics
