#include "metrics/deal_metrics.h"

#include "base/running_mean.h"

namespace sc::metrics {
namespace {

using model::Deal;
using model::DealStatus;

// Collects the deals `keep` selects and the mean or the sum of `value` over them.
enum class Reduce { kMean, kSum };

template <typename Keep, typename Value>
DealMetric Over(std::span<const Deal> deals, Reduce reduce, Keep keep, Value value) {
  DealMetric metric;
  RunningMean mean;
  double sum = 0;
  for (const Deal& deal : deals) {
    if (!keep(deal)) continue;
    double number = value(deal);
    metric.deal_ids.push_back(deal.id);
    mean.Add(number);
    sum += number;
  }
  metric.value = reduce == Reduce::kMean ? mean.value() : std::optional<double>(sum);
  return metric;
}

double Amount(const Deal& deal) { return deal.amount; }

// Only called for deals WonIn a period, which have a close date.
double CycleDays(const Deal& deal) {
  return static_cast<double>(deal.created_at.DaysUntil(*deal.closed_at));
}

}  // namespace

bool ClosedIn(const Deal& deal, Period period) {
  return deal.status != DealStatus::kOpen && deal.closed_at && period.Contains(*deal.closed_at);
}

bool WonIn(const Deal& deal, Period period) {
  return deal.status == DealStatus::kWon && ClosedIn(deal, period);
}

DealMetric WinRate(std::span<const Deal> deals, Period period) {
  return Over(
      deals, Reduce::kMean, [period](const Deal& deal) { return ClosedIn(deal, period); },
      [](const Deal& deal) { return deal.status == DealStatus::kWon ? 1.0 : 0.0; });
}

DealMetric AverageDealSize(std::span<const Deal> deals, Period period) {
  return Over(
      deals, Reduce::kMean, [period](const Deal& deal) { return WonIn(deal, period); }, Amount);
}

DealMetric SalesCycleDays(std::span<const Deal> deals, Period period) {
  return Over(
      deals, Reduce::kMean, [period](const Deal& deal) { return WonIn(deal, period); }, CycleDays);
}

DealMetric PipelineGeneration(std::span<const Deal> deals, Period period) {
  return Over(
      deals, Reduce::kSum, [period](const Deal& deal) { return period.Contains(deal.created_at); },
      Amount);
}

DealMetric WonAmount(std::span<const Deal> deals, Period period) {
  return Over(
      deals, Reduce::kSum, [period](const Deal& deal) { return WonIn(deal, period); }, Amount);
}

}  // namespace sc::metrics
