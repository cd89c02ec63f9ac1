// A rep's metrics over deals in a period: win rate, average deal size, sales cycle, pipeline
// generation and the won amount that quota attainment and forecast accuracy compare against.
// Definitions: DOMAIN.md, "Business metrics".
//
// A deal is closed in a period when its status is won or lost and its closed_at falls within
// the period, both ends included; a won or lost deal without a close date cannot be placed in
// any period and is left out. A deal is created in a period when its created_at falls within
// it, whatever its status now.
//
// Means and ratios over no deals are nullopt, never 0 and never NaN. Sums over no deals are 0:
// "created no pipeline" is a known 0, not a missing number.
//
//   DealMetric win_rate = WinRate(records.deals, period);
//   // win_rate.deal_ids lists the won and lost deals behind the number.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/period.h"
#include "model/deal.h"

namespace sc::metrics {

// A number computed from deals, with the deals behind it, so a report can show them.
struct DealMetric {
  std::optional<double> value;        // nullopt when it cannot be computed
  std::vector<std::string> deal_ids;  // the deals it was computed from, in input order

  friend bool operator==(const DealMetric&, const DealMetric&) = default;
};

// True when `deal` is won or lost and closed_at is within `period`.
bool ClosedIn(const model::Deal& deal, Period period);
// True when `deal` is won and closed_at is within `period`.
bool WonIn(const model::Deal& deal, Period period);

// won / (won + lost) among the deals closed in `period`, 0..1. Evidence: the won and lost
// deals. nullopt when no deal closed in the period.
DealMetric WinRate(std::span<const model::Deal> deals, Period period);

// Mean amount of the deals won in `period`. Evidence: the won deals. nullopt when none won.
DealMetric AverageDealSize(std::span<const model::Deal> deals, Period period);

// Mean days from created_at to closed_at of the deals won in `period` (a deal won on the day
// it was created counts 0). Lower is better. Evidence: the won deals. nullopt when none won.
DealMetric SalesCycleDays(std::span<const model::Deal> deals, Period period);

// Summed amount of the deals created in `period`, whatever their status now. Evidence: those
// deals. 0 when none was created.
DealMetric PipelineGeneration(std::span<const model::Deal> deals, Period period);

// Summed amount of the deals won in `period`. Evidence: the won deals. 0 when none won.
DealMetric WonAmount(std::span<const model::Deal> deals, Period period);

}  // namespace sc::metrics
