#include "metrics/benchmarks.h"

#include <algorithm>
#include <functional>

namespace sc::metrics {
namespace {

using Reader = std::function<std::optional<double>(const RepMetrics&)>;

// The members of the top group by quota attainment, highest first, ties at the cut included.
std::vector<const RepMetrics*> TopGroup(const std::vector<RepMetrics>& team_metrics) {
  std::vector<const RepMetrics*> ranked;
  for (const RepMetrics& member : team_metrics) {
    if (member.quota_attainment.value) ranked.push_back(&member);
  }
  // Stable, so that tied reps keep the team's order; which of them comes first does not
  // matter, as every rep tied with the last of the group joins it.
  std::stable_sort(ranked.begin(), ranked.end(), [](const RepMetrics* a, const RepMetrics* b) {
    return *a->quota_attainment.value > *b->quota_attainment.value;
  });
  std::size_t size = TopGroupSize(ranked.size());
  if (size == 0) return {};
  double cut = *ranked[size - 1]->quota_attainment.value;
  while (size < ranked.size() && *ranked[size]->quota_attainment.value == cut) ++size;
  ranked.resize(size);
  return ranked;
}

// The mean of `read` over the members of `group` for whom it is known; nullopt when fewer than
// kMinAggregateReps are.
std::optional<double> MeanOf(const Reader& read, std::span<const RepMetrics* const> group) {
  double sum = 0;
  std::size_t known = 0;
  for (const RepMetrics* member : group) {
    std::optional<double> value = read(*member);
    if (!value) continue;
    sum += *value;
    ++known;
  }
  if (known < kMinAggregateReps) return std::nullopt;
  return sum / static_cast<double>(known);
}

}  // namespace

std::size_t TopGroupSize(std::size_t reps_with_attainment) {
  if (reps_with_attainment < kMinAggregateReps) return 0;
  return std::max<std::size_t>(kMinAggregateReps, (reps_with_attainment + 3) / 4);
}

std::vector<std::string> TopGroupRepIds(std::span<const RepRecords> team, Period period,
                                        const BenchmarkOptions& options) {
  std::vector<RepMetrics> team_metrics;
  for (const RepRecords& member : team) {
    team_metrics.push_back(MeasureRep(member, period, options.stages));
  }
  std::vector<std::string> ids;
  for (const RepMetrics* member : TopGroup(team_metrics)) {
    ids.push_back(team[static_cast<std::size_t>(member - team_metrics.data())].rep_id);
  }
  return ids;
}

RepBenchmarks BenchmarkRep(const RepRecords& rep, std::span<const RepRecords> team, Period period,
                           const BenchmarkOptions& options) {
  RepBenchmarks result;
  result.current = MeasureRep(rep, period, options.stages);
  result.previous = MeasureRep(rep, period.Previous(), options.stages);
  std::vector<RepMetrics> team_metrics;
  team_metrics.reserve(team.size());
  for (const RepRecords& member : team) {
    team_metrics.push_back(MeasureRep(member, period, options.stages));
  }
  std::vector<const RepMetrics*> everyone;
  for (const RepMetrics& member : team_metrics) everyone.push_back(&member);
  std::vector<const RepMetrics*> top = TopGroup(team_metrics);
  result.team_size = team.size();
  result.top_group_size = top.size();

  auto compare = [&](const Reader& read) {
    Benchmark benchmark{.you = read(result.current),
                        .team_avg = MeanOf(read, everyone),
                        .top_performer = MeanOf(read, top),
                        .previous = read(result.previous)};
    benchmark.trend = TrendOf(benchmark.you, benchmark.previous, options.trend_threshold);
    return benchmark;
  };
  for (MetricId id : kAllMetrics) {
    result.metrics[static_cast<std::size_t>(id)] =
        compare([id](const RepMetrics& metrics) { return ValueOf(metrics, id); });
  }
  // Every RepMetrics here was measured over options.stages, so all have the same steps.
  const std::vector<StageStep>& steps = result.current.stage_conversion.steps;
  for (std::size_t i = 0; i < steps.size(); ++i) {
    result.stage_conversion.push_back({.from = steps[i].from,
                                       .to = steps[i].to,
                                       .benchmark = compare([i](const RepMetrics& metrics) {
                                         return metrics.stage_conversion.steps[i].rate;
                                       })});
  }
  return result;
}

}  // namespace sc::metrics
