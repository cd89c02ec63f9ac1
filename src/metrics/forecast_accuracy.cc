#include "metrics/forecast_accuracy.h"

#include <cmath>

#include "base/running_mean.h"
#include "metrics/deal_metrics.h"

namespace sc::metrics {

ForecastAccuracy MeasureForecastAccuracy(std::span<const model::Deal> deals,
                                         std::span<const model::Forecast> forecasts,
                                         Period period) {
  ForecastAccuracy result;
  RunningMean mean;
  for (const model::Forecast& forecast : forecasts) {
    if (!period.Contains(forecast.period_end)) continue;
    ForecastCheck check{.forecast_period = {forecast.period_start, forecast.period_end},
                        .forecast = forecast.amount};
    DealMetric won = WonAmount(deals, check.forecast_period);
    check.actual = *won.value;
    check.deal_ids = std::move(won.deal_ids);
    if (check.actual != 0) {
      check.accuracy = 1 - std::abs(check.forecast - check.actual) / check.actual;
    }
    mean.Add(check.accuracy);
    result.checks.push_back(std::move(check));
  }
  result.value = mean.value();
  return result;
}

}  // namespace sc::metrics
