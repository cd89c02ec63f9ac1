// Reports recover the skill levels the sample generator planted: on the demo team (seed 7, 12
// reps) and on a second team of another seed and size,
//   - every skill's scores rank the reps as the planted levels do (Spearman's rho >= 0.8);
//   - each rep's planted weakest skill is among its first two improvement areas for at least
//     80% of the reps;
//   - exactly the reps planted with a critical skill are held for a manager's review.
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <iostream>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "app/build_report.h"
#include "app/coaching_setup.h"
#include "app/demo.h"
#include "app/rep_evidence.h"
#include "sample/sample_team.h"
#include "scoring/skill_scorer.h"
#include "store/sqlite_store.h"

namespace sc::app {
namespace {

// Average ranks (ties share the mean rank), then Pearson's correlation of the ranks.
double Spearman(const std::vector<double>& a, const std::vector<double>& b) {
  auto ranks = [](const std::vector<double>& values) {
    std::vector<std::size_t> order(values.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](std::size_t x, std::size_t y) { return values[x] < values[y]; });
    std::vector<double> out(values.size());
    for (std::size_t i = 0; i < order.size();) {
      std::size_t j = i;
      while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]]) ++j;
      for (std::size_t k = i; k <= j; ++k) out[order[k]] = (i + j) / 2.0;
      i = j + 1;
    }
    return out;
  };
  std::vector<double> ra = ranks(a), rb = ranks(b);
  double ma = 0, mb = 0;
  for (std::size_t i = 0; i < ra.size(); ++i) ma += ra[i], mb += rb[i];
  ma /= ra.size();
  mb /= rb.size();
  double num = 0, da = 0, db = 0;
  for (std::size_t i = 0; i < ra.size(); ++i) {
    num += (ra[i] - ma) * (rb[i] - mb);
    da += (ra[i] - ma) * (ra[i] - ma);
    db += (rb[i] - mb) * (rb[i] - mb);
  }
  return num / std::sqrt(da * db);
}

TEST(SpearmanTest, MatchesHandComputedRanks) {
  EXPECT_DOUBLE_EQ(Spearman({1, 2, 3}, {10, 20, 30}), 1);
  EXPECT_DOUBLE_EQ(Spearman({1, 2, 3}, {30, 20, 10}), -1);
  // Ranks (0, 1, 2, 3) against (1, 0, 2, 3): 1 - 6 * 2 / (4 * 15) = 0.8.
  EXPECT_NEAR(Spearman({1, 2, 3, 4}, {2, 1, 3, 4}), 0.8, 1e-12);
}

struct TeamCase {
  int reps;
  std::uint64_t seed;
};

class TeamScoresTest : public ::testing::TestWithParam<TeamCase> {};

TEST_P(TeamScoresTest, ScoresRankRepsAsThePlantedLevelsDo) {
  const TeamCase team_case = GetParam();
  // No coaching start: the improving reps would play their weakest skill higher over most of
  // the report's 90 days, and the planted levels are what the scores must recover.
  DemoOptions options{.dir = std::filesystem::temp_directory_path() /
                             fmt::format("sc_team_scores_{}_{}", team_case.seed, ::getpid()),
                      .reps = team_case.reps,
                      .seed = team_case.seed,
                      .end_date = *Date::Parse("2026-11-24"),
                      .coaching_weeks = 1};
  Diagnostics diagnostics;
  Result<DemoResult> demo = RunDemo(options, &diagnostics);
  ASSERT_TRUE(demo.ok()) << demo.status().message() << diagnostics.FormatAll();
  Result<sample::SampleTeam> team = sample::GenerateSampleTeam({.reps = options.reps,
                                                                .days = options.days,
                                                                .seed = options.seed,
                                                                .end_date = options.end_date});
  ASSERT_TRUE(team.ok());

  Result<std::unique_ptr<store::SqliteStore>> opened =
      store::SqliteStore::Open(demo->database.string());
  ASSERT_TRUE(opened.ok());
  std::unique_ptr<store::SqliteStore> store = std::move(*opened);
  Result<CoachingKnowledge> knowledge = LoadCoachingKnowledge({}, &diagnostics);
  ASSERT_TRUE(knowledge.ok()) << diagnostics.FormatAll();
  OrganisationRecords organisation = *LoadOrganisation(*store);
  std::size_t weakest_in_top_two = 0;

  std::array<std::vector<double>, model::kSkillCount> planted, scored;
  std::string table = "rep    ";
  for (model::Skill skill : model::kAllSkills)
    table += fmt::format(" {:>9.9}", model::SkillKey(skill));
  table += "   overall   first focus\n";
  for (const sample::PlantedRep& rep : team->planted) {
    Result<BuiltReport> report =
        BuildReport(*store, *knowledge, organisation,
                    {.rep_id = rep.rep_id, .as_of = options.end_date, .save_snapshot = false});
    ASSERT_TRUE(report.ok()) << report.status().message();
    const scoring::RepScores& scores = report->data.scores;
    const coaching::CoachingPlan& plan = report->data.plan;
    for (std::size_t i = 0; i < plan.improvement_areas.size() && i < 2; ++i) {
      if (plan.improvement_areas[i].skill == rep.weakest) ++weakest_in_top_two;
    }
    EXPECT_EQ(plan.review.required, !rep.critical_skills.empty())
        << rep.rep_id << " (" << rep.profile << "): " << plan.review.reason;
    table += fmt::format("{:7}", rep.rep_id);
    for (model::Skill skill : model::kAllSkills) {
      const scoring::SkillScore& score = scores.Of(skill);
      ASSERT_TRUE(score.score) << rep.rep_id << " " << model::SkillKey(skill);
      planted[model::SkillIndex(skill)].push_back(rep.levels[model::SkillIndex(skill)]);
      scored[model::SkillIndex(skill)].push_back(*score.score);
      table += fmt::format(" {:>4}/{:<4}", *score.score, rep.levels[model::SkillIndex(skill)]);
    }
    table += fmt::format("   {}   {}{}\n", scores.overall.value_or(-1),
                         plan.improvement_areas.empty()
                             ? std::string("-")
                             : std::string(model::SkillKey(plan.improvement_areas[0].skill)),
                         plan.review.required ? " (held)" : "");
  }
  std::cout << table;
  for (model::Skill skill : model::kAllSkills) {
    double rho = Spearman(planted[model::SkillIndex(skill)], scored[model::SkillIndex(skill)]);
    std::cout << fmt::format("{:>20} rho {:.2f}\n", model::SkillKey(skill), rho);
    EXPECT_GE(rho, 0.8) << model::SkillKey(skill);
  }
  // At least 80% of the reps, rounded up: 10 of 12, 8 of 9.
  std::size_t reps = team->planted.size();
  EXPECT_GE(weakest_in_top_two * 5, reps * 4)
      << weakest_in_top_two << " of " << reps << " reps have their weakest skill in the top two";
  std::filesystem::remove_all(options.dir);
}

INSTANTIATE_TEST_SUITE_P(Teams, TeamScoresTest, ::testing::Values(TeamCase{12, 7}, TeamCase{9, 11}),
                         [](const ::testing::TestParamInfo<TeamCase>& param_info) {
                           return fmt::format("Seed{}Reps{}", param_info.param.seed,
                                              param_info.param.reps);
                         });

}  // namespace
}  // namespace sc::app
