// The skill levels the sample generator plants in each rep: the ground truth that the
// analysis and scoring stages must recover from the generated CRM data and transcripts.
//
// Profiles (levels are 0..100, banded as in DOMAIN.md):
//   - "strong_all_round": every skill 82..95;
//   - "critical": one skill 20..30, the others 55..80;
//   - "spread": every skill 46..90, spread across the team so that each skill's levels span
//     at least 38 points with few ties.
// Every rep has one weakest skill at least 8 points below its second weakest. A team of one
// is a single critical rep; a team of two is one strong and one critical rep; larger teams
// have exactly one of each and the rest spread.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "sample/skill.h"

namespace sc::sample {

struct PlantedLevels {
  std::string profile;                    // "strong_all_round", "critical" or "spread"
  std::array<int, kSkillCount> levels{};  // indexed by SkillIndex
  Skill weakest = Skill::kDiscovery;
  std::vector<Skill> critical_skills;  // skills below 40, lowest first

  friend bool operator==(const PlantedLevels&, const PlantedLevels&) = default;
};

inline constexpr int kMinWeakestGap = 8;  // weakest skill vs second weakest, in points

// Plants levels for a team of `reps` (one entry per rep, in roster order). Deterministic for
// (reps, seed). REQUIRES: reps >= 1.
std::vector<PlantedLevels> PlantLevels(int reps, std::uint64_t seed);

}  // namespace sc::sample
