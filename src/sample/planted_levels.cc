#include "sample/planted_levels.h"

#include <algorithm>
#include <numeric>

#include "sample/random.h"

namespace sc::sample {
namespace {

using Levels = std::array<int, kSkillCount>;

// A spread rep is never critical, and stays clear of the Critical band (below 40) by more than
// a score's measurement noise, as the critical rep's weakest skill stays well inside it: so
// "exactly the critical reps are held for review" is a fair test of scoring.
constexpr int kSpreadLow = 47;    // lowest drawn level of a spread rep
constexpr int kSpreadHigh = 90;   // highest drawn level of a spread rep
constexpr int kSpreadFloor = 46;
constexpr int kMinTeamSpan = 38;  // per skill, across the team (needs enough spread reps)
constexpr int kMinSpreadRepsForSpan = 6;
// The lowest level of each skill stays this far below the next one, so "the rep with the
// lowest negotiation level" is well defined and shows in the data (checked for teams where
// that is possible at all).
constexpr int kMinBottomGap = 4;
constexpr int kMaxRepsForBottomGap = 200;
constexpr int kMaxBottomPasses = 50;
constexpr int kMaxAttempts = 500;

// Indices of `levels` from lowest to highest, ties in skill order.
std::array<std::size_t, kSkillCount> Ascending(const Levels& levels) {
  std::array<std::size_t, kSkillCount> order;
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return levels[a] < levels[b]; });
  return order;
}

PlantedLevels Finish(std::string profile, const Levels& levels) {
  PlantedLevels planted{.profile = std::move(profile), .levels = levels};
  std::array<std::size_t, kSkillCount> order = Ascending(levels);
  planted.weakest = kAllSkills[order[0]];
  for (std::size_t index : order) {
    if (levels[index] < 40) planted.critical_skills.push_back(kAllSkills[index]);
  }
  return planted;
}

PlantedLevels StrongAllRound(Rng& rng) {
  Levels levels;
  std::size_t weakest = rng.Index(kSkillCount);
  int weakest_level = rng.UniformInt(82, 84);
  for (std::size_t index = 0; index < kSkillCount; ++index) {
    levels[index] =
        index == weakest ? weakest_level : rng.UniformInt(weakest_level + kMinWeakestGap, 95);
  }
  return Finish("strong_all_round", levels);
}

PlantedLevels Critical(Rng& rng) {
  Levels levels;
  std::size_t critical = rng.Index(kSkillCount);
  for (std::size_t index = 0; index < kSkillCount; ++index) {
    levels[index] = index == critical ? rng.UniformInt(20, 30) : rng.UniformInt(55, 80);
  }
  return Finish("critical", levels);
}

// Per skill, `count` levels stratified over [kSpreadLow, kSpreadHigh] (one per stratum, the
// extremes pinned near the ends) and dealt to the reps in random order: every skill gets its
// full range and few ties, independently of the other skills.
std::vector<Levels> StratifiedLevels(std::size_t count, Rng& rng) {
  std::vector<Levels> reps(count);
  double width = static_cast<double>(kSpreadHigh - kSpreadLow) / static_cast<double>(count);
  for (std::size_t skill = 0; skill < kSkillCount; ++skill) {
    std::vector<int> values;
    for (std::size_t stratum = 0; stratum < count; ++stratum) {
      double position =
          kSpreadLow + (static_cast<double>(stratum) + rng.Uniform(0.15, 0.85)) * width;
      values.push_back(static_cast<int>(position + 0.5));
    }
    if (count >= 2) {
      values.front() = rng.UniformInt(kSpreadLow, kSpreadLow + 2);
      values.back() = rng.UniformInt(kSpreadHigh - 2, kSpreadHigh);
    }
    rng.Shuffle(values);
    for (std::size_t rep = 0; rep < count; ++rep) reps[rep][skill] = values[rep];
  }
  return reps;
}

// Makes the lowest skill unique and kMinWeakestGap below the second lowest: lower it when
// that keeps it at or above the floor, else raise the ones crowding it.
Levels SeparateWeakest(Levels levels, Rng& rng) {
  std::array<std::size_t, kSkillCount> order = Ascending(levels);
  int lowest = levels[order[0]];
  int second = levels[order[1]];
  if (second - lowest >= kMinWeakestGap) return levels;
  int lowered = second - kMinWeakestGap - rng.UniformInt(0, 3);
  if (lowered >= kSpreadFloor) {
    levels[order[0]] = lowered;
    return levels;
  }
  for (std::size_t rank = 1; rank < kSkillCount; ++rank) {
    int& level = levels[order[rank]];
    if (level < lowest + kMinWeakestGap) level = lowest + kMinWeakestGap + rng.UniformInt(0, 4);
  }
  return levels;
}

// Raises every skill crowding the lowest one (within kMinWeakestGap) so the weakest skill
// stays unique and separated; never lowers anything, so it cannot create a new team minimum.
Levels RaiseAboveWeakest(Levels levels, Rng& rng) {
  std::array<std::size_t, kSkillCount> order = Ascending(levels);
  int lowest = levels[order[0]];
  for (std::size_t rank = 1; rank < kSkillCount; ++rank) {
    int& level = levels[order[rank]];
    if (level < lowest + kMinWeakestGap) level = lowest + kMinWeakestGap + rng.UniformInt(0, 2);
  }
  return levels;
}

// Makes each skill's lowest level unique by kMinBottomGap, lifting the levels that crowd it,
// so that "the rep with the lowest negotiation level" is one rep whose data shows it.
void SeparateBottom(std::vector<PlantedLevels>& team, Rng& rng) {
  for (int pass = 0; pass < kMaxBottomPasses; ++pass) {
    bool changed = false;
    for (std::size_t skill = 0; skill < kSkillCount; ++skill) {
      std::size_t lowest = 0;
      for (std::size_t rep = 1; rep < team.size(); ++rep) {
        if (team[rep].levels[skill] < team[lowest].levels[skill]) lowest = rep;
      }
      int floor = team[lowest].levels[skill] + kMinBottomGap;
      for (std::size_t rep = 0; rep < team.size(); ++rep) {
        if (rep == lowest || team[rep].levels[skill] >= floor) continue;
        Levels levels = team[rep].levels;
        levels[skill] = floor + rng.UniformInt(0, 1);
        team[rep] = Finish(team[rep].profile, RaiseAboveWeakest(levels, rng));
        changed = true;
      }
    }
    if (!changed) return;
  }
}

// Whether the team meets the spread rules that are achievable at its size.
bool WellSpread(const std::vector<PlantedLevels>& team, std::size_t spread_reps) {
  for (std::size_t skill = 0; skill < kSkillCount; ++skill) {
    std::vector<int> values;
    for (const PlantedLevels& rep : team) values.push_back(rep.levels[skill]);
    std::sort(values.begin(), values.end());
    if (spread_reps >= kMinSpreadRepsForSpan && values.back() - values.front() < kMinTeamSpan) {
      return false;
    }
    if (team.size() >= 3 && team.size() <= kMaxRepsForBottomGap &&
        values[1] - values[0] < kMinBottomGap) {
      return false;
    }
  }
  return true;
}

std::vector<PlantedLevels> Attempt(int reps, Rng& rng) {
  std::vector<PlantedLevels> team;
  if (reps == 1) {
    team.push_back(Critical(rng));
    return team;
  }
  team.push_back(StrongAllRound(rng));
  team.push_back(Critical(rng));
  std::size_t spread_reps = static_cast<std::size_t>(reps) - 2;
  for (const Levels& levels : StratifiedLevels(spread_reps, rng)) {
    team.push_back(Finish("spread", SeparateWeakest(levels, rng)));
  }
  if (team.size() >= 3 && team.size() <= kMaxRepsForBottomGap) SeparateBottom(team, rng);
  // Where the strong and critical reps sit in the roster also comes from the seed.
  rng.Shuffle(team);
  return team;
}

}  // namespace

std::vector<PlantedLevels> PlantLevels(int reps, std::uint64_t seed) {
  SC_CHECK(reps >= 1);
  Rng rng(DeriveSeed(seed, /*purpose=*/1));
  std::size_t spread_reps = reps > 2 ? static_cast<std::size_t>(reps) - 2 : 0;
  std::vector<PlantedLevels> team = Attempt(reps, rng);
  for (int attempt = 1; attempt < kMaxAttempts && !WellSpread(team, spread_reps); ++attempt) {
    team = Attempt(reps, rng);
  }
  return team;
}

}  // namespace sc::sample
