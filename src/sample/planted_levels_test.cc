#include "sample/planted_levels.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace sc::sample {
namespace {

int CountProfile(const std::vector<PlantedLevels>& team, std::string_view profile) {
  return static_cast<int>(std::count_if(
      team.begin(), team.end(), [&](const PlantedLevels& rep) { return rep.profile == profile; }));
}

void ExpectWeakestIsUniqueAndSeparated(const PlantedLevels& rep) {
  std::array<int, kSkillCount> sorted = rep.levels;
  std::sort(sorted.begin(), sorted.end());
  EXPECT_EQ(rep.levels[SkillIndex(rep.weakest)], sorted[0]);
  EXPECT_GE(sorted[1] - sorted[0], kMinWeakestGap) << rep.profile;
}

class PlantedLevelsTest : public ::testing::TestWithParam<std::tuple<int, std::uint64_t>> {};

TEST_P(PlantedLevelsTest, ProfilesFollowTheRules) {
  auto [reps, seed] = GetParam();
  std::vector<PlantedLevels> team = PlantLevels(reps, seed);
  ASSERT_EQ(static_cast<int>(team.size()), reps);
  EXPECT_EQ(CountProfile(team, "critical"), 1);
  EXPECT_EQ(CountProfile(team, "strong_all_round"), reps >= 2 ? 1 : 0);
  EXPECT_EQ(CountProfile(team, "spread"), std::max(0, reps - 2));
  for (const PlantedLevels& rep : team) {
    ExpectWeakestIsUniqueAndSeparated(rep);
    for (int level : rep.levels) {
      EXPECT_GE(level, 0);
      EXPECT_LE(level, 100);
    }
    if (rep.profile == "strong_all_round") {
      for (int level : rep.levels) {
        EXPECT_GE(level, 82);
        EXPECT_LE(level, 95);
      }
      EXPECT_TRUE(rep.critical_skills.empty());
    } else if (rep.profile == "critical") {
      ASSERT_EQ(rep.critical_skills.size(), 1u);
      EXPECT_EQ(rep.critical_skills[0], rep.weakest);
      EXPECT_LE(rep.levels[SkillIndex(rep.weakest)], 30);
      for (Skill skill : kAllSkills) {
        if (skill == rep.weakest) continue;
        EXPECT_GE(rep.levels[SkillIndex(skill)], 55);
        EXPECT_LE(rep.levels[SkillIndex(skill)], 80);
      }
    } else {
      EXPECT_TRUE(rep.critical_skills.empty());
      for (int level : rep.levels) {
        EXPECT_GE(level, 46);
        EXPECT_LE(level, 90);
      }
    }
  }
}

// A spread needs at least 6 spread reps, so this runs for teams of 8 and more.
class PlantedSpreadTest : public ::testing::TestWithParam<std::tuple<int, std::uint64_t>> {};

TEST_P(PlantedSpreadTest, SkillsSpreadAcrossTheTeam) {
  auto [reps, seed] = GetParam();
  std::vector<PlantedLevels> team = PlantLevels(reps, seed);
  for (Skill skill : kAllSkills) {
    std::vector<int> levels;
    for (const PlantedLevels& rep : team) levels.push_back(rep.levels[SkillIndex(skill)]);
    std::sort(levels.begin(), levels.end());
    EXPECT_GE(levels.back() - levels.front(), 38) << SkillKey(skill);
    // Few ties: rank correlation needs distinct levels (as far as ~50 possible levels allow).
    std::set<int> distinct(levels.begin(), levels.end());
    EXPECT_GE(distinct.size() * 10, std::min<std::size_t>(levels.size(), 45) * 7)
        << SkillKey(skill);
    if (reps <= 200) {
      EXPECT_GE(levels[1] - levels[0], 4) << "lowest " << SkillKey(skill) << " must be unique";
    }
  }
}

TEST_P(PlantedLevelsTest, IsDeterministic) {
  auto [reps, seed] = GetParam();
  EXPECT_EQ(PlantLevels(reps, seed), PlantLevels(reps, seed));
}

INSTANTIATE_TEST_SUITE_P(Teams, PlantedLevelsTest,
                         ::testing::Combine(::testing::Values(1, 2, 3, 5, 8, 12, 20, 40),
                                            ::testing::Values(1u, 7u, 99u, 2026u)));
INSTANTIATE_TEST_SUITE_P(Teams, PlantedSpreadTest,
                         ::testing::Combine(::testing::Values(8, 12, 20, 40, 150),
                                            ::testing::Values(1u, 7u, 99u, 2026u)));

TEST(PlantedLevelsTest, DifferentSeedsPlantDifferentTeams) {
  EXPECT_NE(PlantLevels(12, 7), PlantLevels(12, 8));
}

TEST(PlantedLevelsTest, CriticalSkillVariesWithTheSeed) {
  std::set<Skill> critical;
  for (std::uint64_t seed = 0; seed < 60; ++seed) {
    for (const PlantedLevels& rep : PlantLevels(12, seed)) {
      if (rep.profile == "critical") critical.insert(rep.weakest);
    }
  }
  EXPECT_EQ(critical.size(), kSkillCount);
}

TEST(SkillTest, KeysRoundTrip) {
  std::set<std::string_view> keys;
  for (Skill skill : kAllSkills) {
    keys.insert(SkillKey(skill));
    EXPECT_EQ(ParseSkillKey(SkillKey(skill)), skill);
  }
  EXPECT_EQ(keys, (std::set<std::string_view>{"discovery", "qualification", "presentation",
                                              "objection_handling", "negotiation", "closing"}));
  EXPECT_FALSE(ParseSkillKey("Discovery").has_value());
}

TEST(PlantedLevelsTest, LargeTeamsStayWithinTheRules) {
  std::vector<PlantedLevels> team = PlantLevels(1000, 7);
  EXPECT_EQ(CountProfile(team, "critical"), 1);
  for (const PlantedLevels& rep : team) ExpectWeakestIsUniqueAndSeparated(rep);
}

}  // namespace
}  // namespace sc::sample
