// Quota attainment: what a rep won in a period against the quota for that period.
//
// Quotas are set per rep per quota period (usually calendar quarters), which need not line up
// with the reporting period. Each quota counts in proportion to the days it overlaps the
// period: a quota of 90,000 for a 90-day quarter contributes 30,000 to a 30-day period inside
// that quarter, and a period that spans two quarters takes its share of each. Quotas are
// expected not to overlap one another; overlapping ones are added.
//
//   QuotaAttainment attainment = MeasureQuotaAttainment(records.deals, records.quotas, period);
//   // attainment.value = attainment.won_amount / *attainment.quota
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/period.h"
#include "model/deal.h"
#include "model/quota.h"

namespace sc::metrics {

struct QuotaAttainment {
  // won_amount / quota; nullopt when there is no quota or it prorates to 0.
  std::optional<double> value;
  double won_amount = 0;              // summed amount of the deals won in the period
  std::optional<double> quota;        // the prorated quota; nullopt when none overlaps
  std::vector<std::string> deal_ids;  // the deals won in the period, in input order

  friend bool operator==(const QuotaAttainment&, const QuotaAttainment&) = default;
};

// The sum over `quotas` of amount * (days the quota overlaps `period`) / (days of the quota).
// nullopt when no quota overlaps the period. A quota whose end is before its start is ignored.
std::optional<double> ProratedQuota(std::span<const model::Quota> quotas, Period period);

// Won amount in `period` (deal_metrics.h, WonAmount) against the prorated quota.
QuotaAttainment MeasureQuotaAttainment(std::span<const model::Deal> deals,
                                       std::span<const model::Quota> quotas, Period period);

}  // namespace sc::metrics
