// Trend arrows: which way a metric moved against the rep's previous period.
//
// The arrow compares the relative change (current - previous) / |previous| with a threshold
// (default 5%): above it "up", below minus it "down", otherwise "flat". When the previous value
// is 0, any rise is "up", any fall "down" and 0 again is "flat". "new" means the previous
// value is unknown. The arrow says which way the number went, not whether that is good: a
// sales cycle that grew from 40 to 50 days is "up" although a shorter cycle is better, and a
// report says which direction is better for each metric.
//
//   std::optional<Trend> trend = TrendOf(0.30, 0.25);  // Trend::kUp (+20%)
#pragma once

#include <optional>
#include <string_view>

namespace sc::metrics {

enum class Trend { kUp, kDown, kFlat, kNew };

inline constexpr double kDefaultTrendThreshold = 0.05;

std::string_view TrendName(Trend trend);  // "up", "down", "flat", "new"

// The arrow from `previous` to `current`; nullopt when `current` is unknown (no number, no
// arrow). REQUIRES: threshold >= 0.
std::optional<Trend> TrendOf(std::optional<double> current, std::optional<double> previous,
                             double threshold = kDefaultTrendThreshold);

}  // namespace sc::metrics
