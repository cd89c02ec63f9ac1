#include "sample/quotas.h"

#include <cmath>

#include "base/period.h"

namespace sc::sample {
namespace {

double QuarterlyQuota(model::Segment segment) {
  switch (segment) {
    case model::Segment::kSmb:
      return 75000;
    case model::Segment::kEnterprise:
      return 650000;
    default:
      return 210000;
  }
}

double RoundTo(double amount, double step) { return std::round(amount / step) * step; }

}  // namespace

void PlanQuotasAndForecasts(const model::Rep& rep, const std::vector<PlannedDeal>& deals,
                            DealWindow window, Rng& rng, std::vector<model::Quota>& quotas,
                            std::vector<model::Forecast>& forecasts) {
  double quota_factor = rng.Uniform(0.9, 1.15);
  // Optimists over-call, sandbaggers under-call; independent of the planted skills.
  double bias = rng.Uniform(-0.3, 0.3);
  for (Period quarter = QuarterOf(window.first_day); quarter.from <= window.end_date;
       quarter = QuarterOf(quarter.to.AddDays(1))) {
    double quota = RoundTo(QuarterlyQuota(rep.segment) * quota_factor, 5000);
    quotas.push_back({rep.id, quarter.from, quarter.to, quota});
    double planned = 0;
    for (const PlannedDeal& deal : deals) {
      if (deal.will_win && quarter.Contains(deal.close)) planned += deal.deal.amount;
    }
    double basis = std::max(planned, 0.3 * quota);
    double amount = RoundTo(basis * (1 + bias + rng.Uniform(-0.05, 0.05)), 1000);
    Date submitted = quarter.from.AddDays(rng.UniformInt(-3, 4));
    Timestamp at = Timestamp::StartOf(submitted).AddSeconds(rng.UniformInt(15 * 3600, 20 * 3600));
    Timestamp latest = Timestamp::StartOf(window.end_date).AddSeconds(15 * 3600);
    forecasts.push_back({rep.id, quarter.from, quarter.to, amount, std::min(at, latest)});
  }
}

}  // namespace sc::sample
