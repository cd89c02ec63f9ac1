// All of a rep's metrics for one period, each with its evidence, and one way to read any of
// them as a number so that benchmarks and trends treat them alike.
//
// Definitions are in the header of each metric: deal_metrics.h (win rate, average deal size,
// sales cycle, pipeline generation), quota_attainment.h, stage_conversion.h,
// forecast_accuracy.h and activity_rates.h. An unknown metric is nullopt, never 0 or NaN.
//
//   RepMetrics metrics = MeasureRep(records, period);
//   std::optional<double> win_rate = ValueOf(metrics, MetricId::kWinRate);
#pragma once

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "base/period.h"
#include "metrics/activity_rates.h"
#include "metrics/deal_metrics.h"
#include "metrics/forecast_accuracy.h"
#include "metrics/quota_attainment.h"
#include "metrics/rep_records.h"
#include "metrics/stage_conversion.h"

namespace sc::metrics {

// The metrics that are one number each. Stage conversion is one number per step and is read
// from RepMetrics::stage_conversion.
enum class MetricId {
  kWinRate,
  kAvgDealSize,
  kSalesCycleDays,
  kQuotaAttainment,
  kPipelineGeneration,
  kForecastAccuracy,
  kCallsPerWeek,
  kMeetingsPerWeek,
  kEmailsPerWeek,
};

inline constexpr std::array<MetricId, 9> kAllMetrics = {
    MetricId::kWinRate,         MetricId::kAvgDealSize,        MetricId::kSalesCycleDays,
    MetricId::kQuotaAttainment, MetricId::kPipelineGeneration, MetricId::kForecastAccuracy,
    MetricId::kCallsPerWeek,    MetricId::kMeetingsPerWeek,    MetricId::kEmailsPerWeek};

// The performance metrics: the ones a report benchmarks and follows quarter by quarter.
inline constexpr std::array<MetricId, 4> kPerformanceMetrics = {
    MetricId::kWinRate, MetricId::kAvgDealSize, MetricId::kSalesCycleDays,
    MetricId::kQuotaAttainment};

// The key in the report JSON: "win_rate", "avg_deal_size", "sales_cycle_days",
// "quota_attainment", "pipeline_generation", "forecast_accuracy", "calls_per_week",
// "meetings_per_week", "emails_per_week".
std::string_view MetricName(MetricId id);

struct RepMetrics {
  Period period;
  DealMetric win_rate;
  DealMetric avg_deal_size;
  DealMetric sales_cycle_days;
  QuotaAttainment quota_attainment;
  DealMetric pipeline_generation;
  StageConversion stage_conversion;
  ForecastAccuracy forecast_accuracy;
  ActivityRates activity;

  friend bool operator==(const RepMetrics&, const RepMetrics&) = default;
};

// Measures every metric of `records` over `period`, stage conversion over `stages`.
// REQUIRES: period.from <= period.to.
RepMetrics MeasureRep(const RepRecords& records, Period period,
                      std::span<const std::string> stages = DefaultStages());

// The value of metric `id`; nullopt when it is unknown.
std::optional<double> ValueOf(const RepMetrics& metrics, MetricId id);

}  // namespace sc::metrics
