// Proficiency levels and score trends (DOMAIN.md, "Skill model"; the seed's "Skill
// Proficiency Levels").
//
//   Expert 90-100, Proficient 75-89, Developing 60-74, Needs Coaching 40-59, Critical < 40.
//
// The band floors are configurable (LevelBands, from the scoring config). A score is compared
// after rounding to a whole number, as reports show it, so 74.6 reads "75" and is Proficient.
// Trends compare a score with the previous snapshot's: up above +threshold points, down below
// -threshold, flat otherwise, new when there is no previous score.
#pragma once

#include <optional>
#include <string_view>

#include "metrics/trend.h"

namespace sc::scoring {

enum class Level { kCritical, kNeedsCoaching, kDeveloping, kProficient, kExpert };

// "Critical", "Needs Coaching", "Developing", "Proficient", "Expert".
std::string_view LevelName(Level level);

// The lowest score of each level above Critical; must increase from Needs Coaching to Expert.
struct LevelBands {
  double needs_coaching = 40;
  double developing = 60;
  double proficient = 75;
  double expert = 90;
  friend bool operator==(const LevelBands&, const LevelBands&) = default;
};

Level LevelOf(double score, const LevelBands& bands);

// The arrow of a score against the previous snapshot's: kNew without a previous score; else up
// when current - previous > points, down when < -points, flat otherwise. Scores move in
// points, not percent, so the threshold is absolute (DOMAIN.md: 3 points).
metrics::Trend ScoreTrend(double current, std::optional<double> previous, double points);

}  // namespace sc::scoring
