#include "metrics/rep_metrics.h"

namespace sc::metrics {

std::string_view MetricName(MetricId id) {
  switch (id) {
    case MetricId::kWinRate:
      return "win_rate";
    case MetricId::kAvgDealSize:
      return "avg_deal_size";
    case MetricId::kSalesCycleDays:
      return "sales_cycle_days";
    case MetricId::kQuotaAttainment:
      return "quota_attainment";
    case MetricId::kPipelineGeneration:
      return "pipeline_generation";
    case MetricId::kForecastAccuracy:
      return "forecast_accuracy";
    case MetricId::kCallsPerWeek:
      return "calls_per_week";
    case MetricId::kMeetingsPerWeek:
      return "meetings_per_week";
    case MetricId::kEmailsPerWeek:
      return "emails_per_week";
  }
  return "unknown";
}

RepMetrics MeasureRep(const RepRecords& records, Period period,
                      std::span<const std::string> stages) {
  return RepMetrics{
      .period = period,
      .win_rate = WinRate(records.deals, period),
      .avg_deal_size = AverageDealSize(records.deals, period),
      .sales_cycle_days = SalesCycleDays(records.deals, period),
      .quota_attainment = MeasureQuotaAttainment(records.deals, records.quotas, period),
      .pipeline_generation = PipelineGeneration(records.deals, period),
      .stage_conversion = MeasureStageConversion(records.deals, period, stages),
      .forecast_accuracy = MeasureForecastAccuracy(records.deals, records.forecasts, period),
      .activity = MeasureActivity(records.activities, period),
  };
}

std::optional<double> ValueOf(const RepMetrics& metrics, MetricId id) {
  switch (id) {
    case MetricId::kWinRate:
      return metrics.win_rate.value;
    case MetricId::kAvgDealSize:
      return metrics.avg_deal_size.value;
    case MetricId::kSalesCycleDays:
      return metrics.sales_cycle_days.value;
    case MetricId::kQuotaAttainment:
      return metrics.quota_attainment.value;
    case MetricId::kPipelineGeneration:
      return metrics.pipeline_generation.value;
    case MetricId::kForecastAccuracy:
      return metrics.forecast_accuracy.value;
    case MetricId::kCallsPerWeek:
      return metrics.activity.calls_per_week;
    case MetricId::kMeetingsPerWeek:
      return metrics.activity.meetings_per_week;
    case MetricId::kEmailsPerWeek:
      return metrics.activity.emails_per_week;
  }
  return std::nullopt;
}

}  // namespace sc::metrics
