// Scoring recovers the skill levels the sample generator planted: on the demo team (seed 7, 12
// reps) and on a second team of another seed and size, every skill's scores rank the reps as
// the planted levels do (Spearman's rho at least 0.8).
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <iostream>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "app/analyzer_setup.h"
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
  DemoOptions options{.dir = std::filesystem::temp_directory_path() /
                             fmt::format("sc_team_scores_{}_{}", team_case.seed, ::getpid()),
                      .reps = team_case.reps,
                      .seed = team_case.seed,
                      .end_date = *Date::Parse("2026-11-24")};
  Diagnostics diagnostics;
  Result<DemoResult> demo = RunDemo(options, &diagnostics);
  ASSERT_TRUE(demo.ok()) << demo.status().message() << diagnostics.FormatAll();
  Result<sample::SampleTeam> team = sample::GenerateSampleTeam(
      {.reps = options.reps, .days = options.days, .seed = options.seed,
       .end_date = options.end_date});
  ASSERT_TRUE(team.ok());

  Result<std::unique_ptr<store::SqliteStore>> opened =
      store::SqliteStore::Open(demo->database.string());
  ASSERT_TRUE(opened.ok());
  std::unique_ptr<store::SqliteStore> store = std::move(*opened);
  Result<scoring::ScoringConfig> config = scoring::LoadScoringConfig(
      ResolveDataFile({}, "scoring.yaml", "scoring/scoring.yaml"), &diagnostics);
  ASSERT_TRUE(config.ok()) << diagnostics.FormatAll();
  Period period = *Period::Parse("90d", options.end_date);
  OrganisationRecords organisation = *LoadOrganisation(*store);

  std::array<std::vector<double>, model::kSkillCount> planted, scored;
  std::string table = "rep    ";
  for (model::Skill skill : model::kAllSkills) table += fmt::format(" {:>9.9}", model::SkillKey(skill));
  table += "   overall\n";
  for (const sample::PlantedRep& rep : team->planted) {
    Result<RepEvidence> evidence = LoadRepEvidence(*store, organisation, rep.rep_id, period,
                                                    config->OutcomePeriod(period));
    ASSERT_TRUE(evidence.ok()) << evidence.status().message();
    scoring::RepScores scores = scoring::ScoreRep(
        scoring::MakeMeasureInput(period, evidence->calls, evidence->records.deals,
                                  evidence->peers, *config),
        *config);
    table += fmt::format("{:7}", rep.rep_id);
    for (model::Skill skill : model::kAllSkills) {
      const scoring::SkillScore& score = scores.Of(skill);
      ASSERT_TRUE(score.score) << rep.rep_id << " " << model::SkillKey(skill);
      planted[model::SkillIndex(skill)].push_back(rep.levels[model::SkillIndex(skill)]);
      scored[model::SkillIndex(skill)].push_back(*score.score);
      table += fmt::format(" {:>4}/{:<4}", *score.score, rep.levels[model::SkillIndex(skill)]);
    }
    table += fmt::format("   {}\n", scores.overall.value_or(-1));
  }
  std::cout << table;
  for (model::Skill skill : model::kAllSkills) {
    double rho = Spearman(planted[model::SkillIndex(skill)], scored[model::SkillIndex(skill)]);
    std::cout << fmt::format("{:>20} rho {:.2f}\n", model::SkillKey(skill), rho);
    EXPECT_GE(rho, 0.8) << model::SkillKey(skill);
  }
  std::filesystem::remove_all(options.dir);
}

INSTANTIATE_TEST_SUITE_P(Teams, TeamScoresTest,
                         ::testing::Values(TeamCase{12, 7}, TeamCase{9, 11}),
                         [](const ::testing::TestParamInfo<TeamCase>& param_info) {
                           return fmt::format("Seed{}Reps{}", param_info.param.seed,
                                              param_info.param.reps);
                         });

}  // namespace
}  // namespace sc::app
