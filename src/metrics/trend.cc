#include "metrics/trend.h"

#include <cmath>

namespace sc::metrics {

std::string_view TrendName(Trend trend) {
  switch (trend) {
    case Trend::kUp:
      return "up";
    case Trend::kDown:
      return "down";
    case Trend::kFlat:
      return "flat";
    case Trend::kNew:
      return "new";
  }
  return "new";
}

std::optional<Trend> TrendOf(std::optional<double> current, std::optional<double> previous,
                             double threshold) {
  if (!current) return std::nullopt;
  if (!previous) return Trend::kNew;
  // threshold * |previous| is the relative threshold in the metric's own unit; from a
  // previous 0 it is 0, so any change counts and only its direction is left.
  double change = *current - *previous;
  double bound = threshold * std::abs(*previous);
  if (change > bound) return Trend::kUp;
  if (change < -bound) return Trend::kDown;
  return Trend::kFlat;
}

}  // namespace sc::metrics
