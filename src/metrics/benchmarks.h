// Benchmarks: a rep's metrics beside the team average, the team's top quartile and the rep's
// own previous period, each with a trend arrow. Definitions: DOMAIN.md, "Business metrics".
//
//   - Team average: for each metric, the mean over the reps in `team` for whom it is known.
//   - Top performer: the mean over the team's top quartile by quota attainment in the period.
//     The n reps with a known quota attainment are ranked highest first and the first
//     max(3, ceil(n / 4)) form the group: 3 of 3, 4 or 8 reps, 4 of 13. A rep tied with the
//     last of them joins the group too, so the group never depends on rep ids or input order.
//     With fewer than 3 such reps there is no group.
//   - Previous: the rep's own metrics over period.Previous(), the same length just before.
//   - Trend: TrendOf(you, previous, threshold) (trend.h); for sales cycle a shorter cycle is
//     better, yet the arrow still gives the direction of the number.
//
// Privacy: a team figure is a mean over at least kMinAggregateReps reps for whom the metric
// is known, else it is unknown. A rep who knows their own number could otherwise work out a
// colleague's from a mean of two, and "top performer" would be one colleague's number. So a
// team of one or two has no team average and no top performer, and a top group of three in
// which one rep has no closed deal has no top-performer win rate. The result carries the rep's
// own evidence and, for the team, these means only: no colleague's figures, ids or deals.
//
//   RepBenchmarks benchmarks = BenchmarkRep(rep_records, team_records, period);
//   const Benchmark& win_rate = benchmarks.Of(MetricId::kWinRate);
//   // win_rate.you, win_rate.team_avg, win_rate.top_performer, win_rate.trend
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/period.h"
#include "metrics/rep_metrics.h"
#include "metrics/rep_records.h"
#include "metrics/stage_conversion.h"
#include "metrics/trend.h"

namespace sc::metrics {

struct BenchmarkOptions {
  std::vector<std::string> stages = DefaultStages();  // for stage conversion
  double trend_threshold = kDefaultTrendThreshold;    // relative change beyond which up/down
};

// One metric of the rep against its benchmarks.
struct Benchmark {
  std::optional<double> you;
  std::optional<double> team_avg;
  std::optional<double> top_performer;
  std::optional<double> previous;  // the rep's own, over the previous period
  std::optional<Trend> trend;      // nullopt when `you` is unknown

  friend bool operator==(const Benchmark&, const Benchmark&) = default;
};

// One step of stage conversion against its benchmarks.
struct StageBenchmark {
  std::string from;
  std::string to;
  Benchmark benchmark;

  friend bool operator==(const StageBenchmark&, const StageBenchmark&) = default;
};

struct RepBenchmarks {
  RepMetrics current;   // the rep's metrics over the period, with their evidence
  RepMetrics previous;  // the same over the previous period
  std::array<Benchmark, kAllMetrics.size()> metrics;  // indexed by MetricId
  std::vector<StageBenchmark> stage_conversion;       // one per step, in stage order
  std::size_t team_size = 0;                          // reps in `team`
  std::size_t top_group_size = 0;  // reps in the top group, ties included; 0 when none

  const Benchmark& Of(MetricId id) const { return metrics[static_cast<std::size_t>(id)]; }
};

// The fewest reps a team figure may be computed from.
inline constexpr std::size_t kMinAggregateReps = 3;

// How many reps form the top group, before ties at its end join it, when
// `reps_with_attainment` reps have a known quota attainment: max(3, ceil(n / 4)), or 0 below
// 3 reps.
std::size_t TopGroupSize(std::size_t reps_with_attainment);

// The ids of the team's top group by quota attainment over `period` (the group "top
// performer" is the mean of), highest first; empty when fewer than kMinAggregateReps reps have
// a quota attainment. For drawing anonymised examples from the best reps; never for showing
// who they are.
std::vector<std::string> TopGroupRepIds(std::span<const RepRecords> team, Period period,
                                        const BenchmarkOptions& options = {});

// Benchmarks `rep` over `period` against `team`, the records of every rep on the team. The
// team figures are over `team` as given, so a caller includes the rep in it.
// REQUIRES: period.from <= period.to; options.trend_threshold >= 0.
RepBenchmarks BenchmarkRep(const RepRecords& rep, std::span<const RepRecords> team, Period period,
                           const BenchmarkOptions& options = {});

}  // namespace sc::metrics
