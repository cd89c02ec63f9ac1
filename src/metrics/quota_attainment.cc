#include "metrics/quota_attainment.h"

#include <algorithm>

#include "metrics/deal_metrics.h"

namespace sc::metrics {

std::optional<double> ProratedQuota(std::span<const model::Quota> quotas, Period period) {
  std::optional<double> total;
  for (const model::Quota& quota : quotas) {
    Period quota_period{quota.period_start, quota.period_end};
    Date from = std::max(quota_period.from, period.from);
    Date to = std::min(quota_period.to, period.to);
    if (quota_period.days() <= 0 || from > to) continue;
    double overlap_days = Period{from, to}.days();
    total = total.value_or(0) + quota.amount * overlap_days / quota_period.days();
  }
  return total;
}

QuotaAttainment MeasureQuotaAttainment(std::span<const model::Deal> deals,
                                       std::span<const model::Quota> quotas, Period period) {
  DealMetric won = WonAmount(deals, period);
  QuotaAttainment attainment;
  attainment.won_amount = *won.value;
  attainment.deal_ids = std::move(won.deal_ids);
  attainment.quota = ProratedQuota(quotas, period);
  if (attainment.quota && *attainment.quota > 0) {
    attainment.value = attainment.won_amount / *attainment.quota;
  }
  return attainment;
}

}  // namespace sc::metrics
