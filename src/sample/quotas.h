// Quarterly quotas and forecasts for one rep.
//
// A quota for every calendar quarter that overlaps the window, sized by segment. A forecast
// for each of those quarters, submitted within a few days of the quarter's start: the rep's
// planned bookings for the quarter (what the generator knows will close) times a personal
// bias, so forecast accuracy varies from rep to rep independently of skill.
#pragma once

#include <vector>

#include "model/quota.h"
#include "model/rep.h"
#include "sample/deal_plan.h"

namespace sc::sample {

void PlanQuotasAndForecasts(const model::Rep& rep, const std::vector<PlannedDeal>& deals,
                            DealWindow window, Rng& rng, std::vector<model::Quota>& quotas,
                            std::vector<model::Forecast>& forecasts);

}  // namespace sc::sample
