// Forecast accuracy: how close the rep's forecasts came to what the rep then won.
//
// Each forecast covers its own forecast period. A forecast is checked in a reporting period
// when its forecast period ended within the reporting period (both ends included): a forecast
// for a quarter that is still running cannot be checked yet. For each checked forecast,
//   actual   = summed amount of the deals won in the forecast period,
//   accuracy = 1 - |forecast - actual| / actual,
// which is 1 for an exact forecast, 0.8 for one 20% off either way, and below 0 for a forecast
// more than twice the actual. The accuracy is unknown when the actual is 0 (nothing to be
// accurate about). The rep's forecast accuracy is the mean over the checked forecasts with a
// known accuracy. One forecast per forecast period is expected (a re-submitted forecast
// replaces the earlier one on import); duplicates count once each.
//
//   ForecastAccuracy accuracy = MeasureForecastAccuracy(records.deals, records.forecasts, period);
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/period.h"
#include "model/deal.h"
#include "model/quota.h"

namespace sc::metrics {

// One checked forecast, with the deals behind its actual.
struct ForecastCheck {
  Period forecast_period;
  double forecast = 0;
  double actual = 0;
  std::optional<double> accuracy;     // nullopt when actual is 0
  std::vector<std::string> deal_ids;  // the deals won in the forecast period

  friend bool operator==(const ForecastCheck&, const ForecastCheck&) = default;
};

struct ForecastAccuracy {
  // Mean of the known accuracies; nullopt when no checked forecast has one.
  std::optional<double> value;
  std::vector<ForecastCheck> checks;  // the forecasts checked in the period, in input order

  friend bool operator==(const ForecastAccuracy&, const ForecastAccuracy&) = default;
};

ForecastAccuracy MeasureForecastAccuracy(std::span<const model::Deal> deals,
                                         std::span<const model::Forecast> forecasts, Period period);

}  // namespace sc::metrics
