#include "scoring/levels.h"

#include <cmath>

namespace sc::scoring {

std::string_view LevelName(Level level) {
  switch (level) {
    case Level::kCritical:
      return "Critical";
    case Level::kNeedsCoaching:
      return "Needs Coaching";
    case Level::kDeveloping:
      return "Developing";
    case Level::kProficient:
      return "Proficient";
    case Level::kExpert:
      return "Expert";
  }
  return "Critical";
}

Level LevelOf(double score, const LevelBands& bands) {
  double shown = std::round(score);
  if (shown >= bands.expert) return Level::kExpert;
  if (shown >= bands.proficient) return Level::kProficient;
  if (shown >= bands.developing) return Level::kDeveloping;
  if (shown >= bands.needs_coaching) return Level::kNeedsCoaching;
  return Level::kCritical;
}

metrics::Trend ScoreTrend(double current, std::optional<double> previous, double points) {
  if (!previous) return metrics::Trend::kNew;
  double delta = current - *previous;
  if (delta > points) return metrics::Trend::kUp;
  if (delta < -points) return metrics::Trend::kDown;
  return metrics::Trend::kFlat;
}

}  // namespace sc::scoring
