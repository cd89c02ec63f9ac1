#include "scoring/scoring_config.h"

#include <string>

#include <gtest/gtest.h>

namespace sc::scoring {
namespace {

std::string ShippedPath() { return std::string(SC_DATA_DIR) + "/scoring/scoring.yaml"; }

TEST(ScoringConfigTest, ShippedFileCoversEveryComponentWithTheSeedsWeights) {
  Diagnostics diagnostics;
  Result<ScoringConfig> config = LoadScoringConfig(ShippedPath(), &diagnostics);
  ASSERT_TRUE(config.ok()) << diagnostics.FormatAll();
  EXPECT_EQ(config->weights, (std::array<double, 6>{20, 15, 20, 15, 15, 15}));
  EXPECT_EQ(config->levels, LevelBands{});
  EXPECT_EQ(config->trend_points, 3);
  EXPECT_EQ(config->recommendations.improve_below, 70);
  EXPECT_EQ(config->recommendations.strength_from, 80);
  EXPECT_EQ(config->recommendations.target_score, 75);
  EXPECT_EQ(config->recommendations.max_areas, 3u);
  EXPECT_EQ(config->recommendations.review_below, 40);
  for (model::Component component : model::AllComponents()) {
    const ComponentSpec& spec = config->Of(component);
    ASSERT_FALSE(spec.measures.empty()) << model::ComponentKey(component);
    for (const MeasureSpec& measure : spec.measures) {
      EXPECT_FALSE(measure.target.empty()) << InfoOf(measure.measure).key;
      EXPECT_GE(measure.min_sample, 1u);
    }
  }
  // DOMAIN.md: 11-14 questions on a discovery call is good; 12 reaches Proficient.
  const MeasureSpec& questions = config->Of(model::Component::kQuestionQuality).measures[0];
  EXPECT_EQ(questions.measure, MeasureId::kQuestionsPerDiscoveryCall);
  EXPECT_DOUBLE_EQ(questions.curve.Score(12), 75);
}

const char kMinimalComponents[] = R"(
components:
  question_quality: [{measure: questions_per_discovery_call, curve: [[0, 0], [10, 100]]}]
  active_listening: [{measure: patience_s, curve: [[0, 0], [1, 100]]}]
  need_identification: [{measure: deals_with_pain_share, curve: [[0, 0], [1, 100]]}]
  framework_adherence: [{measure: framework_completeness, curve: [[0, 0], [1, 100]]}]
  icp_alignment: [{measure: icp_fit_share, curve: [[0, 0], [1, 100]]}]
  disqualification_rate: [{measure: closed_out_early_share, curve: [[0, 0], [1, 100]]}]
  value_articulation: [{measure: value_statement_share, curve: [[0, 0], [1, 100]]}]
  personalization: [{measure: personalization_per_demo_call, curve: [[0, 0], [10, 100]]}]
  engagement: [{measure: demo_talk_ratio, curve: [[0, 100], [1, 0]]}]
  response_quality: [{measure: objections_handled_share, curve: [[0, 0], [1, 100]]}]
  empathy: [{measure: objections_acknowledged_share, curve: [[0, 0], [1, 100]]}]
  resolution: [{measure: objections_resolved_share, curve: [[0, 0], [1, 100]]}]
  discount_management: [{measure: average_discount_pct, curve: [[0, 100], [40, 0]]}]
  value_defense: [{measure: price_objection_win_rate, curve: [[0, 0], [1, 100]]}]
  deal_size: [{measure: won_deal_size_vs_peers, curve: [[0, 0], [2, 100]]}]
  trial_close: [{measure: trial_closes_per_call, curve: [[0, 0], [4, 100]]}]
  next_steps: [{measure: specific_next_step_share, curve: [[0, 0], [1, 100]]}]
  win_rate: [{measure: win_rate_vs_team, curve: [[0, 0], [2, 100]]}]
)";

std::string Minimal(std::string head) { return head + kMinimalComponents; }

const char kWeights[] =
    "version: 1\nweights: {discovery: 20, qualification: 15, presentation: 20, "
    "objection_handling: 15, negotiation: 15, closing: 15}\n";

// The first diagnostic's short form for `yaml`, or "" when it parses.
std::string FirstProblem(const std::string& yaml) {
  Diagnostics diagnostics;
  Result<ScoringConfig> config = ParseScoringConfig(yaml, "scoring.yaml", &diagnostics);
  if (config.ok()) return "";
  EXPECT_FALSE(diagnostics.empty());
  return diagnostics.empty() ? "no diagnostic" : diagnostics[0].FormatShort();
}

TEST(ScoringConfigTest, MinimalFileParsesWithDefaults) {
  Diagnostics diagnostics;
  Result<ScoringConfig> config =
      ParseScoringConfig(Minimal(kWeights), "scoring.yaml", &diagnostics);
  ASSERT_TRUE(config.ok()) << diagnostics.FormatAll();
  EXPECT_EQ(config->recommendations.max_areas, 3u);
  EXPECT_TRUE(config->early_stages.empty());
  EXPECT_EQ(config->Of(model::Component::kWinRate).measures[0].min_sample, 3u);
}

struct BadCase {
  std::string name;
  std::string yaml;
  std::string problem;
};

class ScoringConfigBadTest : public ::testing::TestWithParam<BadCase> {};

TEST_P(ScoringConfigBadTest, ReportsTheProblemWhereItIs) {
  EXPECT_EQ(FirstProblem(GetParam().yaml), GetParam().problem);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ScoringConfigBadTest,
    ::testing::Values(
        BadCase{"Syntax", "version: 1\nweights: {discovery: 20\n",
                "scoring.yaml:3:1: end of map flow not found (check the indentation, the colons "
                "and the quotes)"},
        BadCase{"NotAMap", "- a\n- b\n",
                "scoring.yaml:1:1: a scoring file is a map with 'version', 'weights' and "
                "'components' (see data/scoring/scoring.yaml and docs/scoring.md)"},
        BadCase{"NoVersion",
                Minimal("weights: {discovery: 1, qualification: 1, presentation: 1, "
                        "objection_handling: 1, negotiation: 1, closing: 1}\n"),
                "scoring.yaml:1:1: the scoring file has no 'version' (start the file with "
                "'version: 1')"},
        BadCase{"UnknownTopKey", Minimal(std::string(kWeights) + "colour: blue\n"),
                "scoring.yaml:3:1: unknown key 'colour' at the top of the scoring file (the keys "
                "here are: version, weights, levels, trend_points, outcome_window_days, "
                "recommendations, deal_stages, components, description)"},
        BadCase{"MissingWeight",
                Minimal("version: 1\nweights: {discovery: 20, qualification: 15, presentation: "
                        "20, objection_handling: 15, negotiation: 15}\n"),
                "scoring.yaml:2:10: 'weights' has no weight for 'closing' (give every skill a "
                "weight; 0 leaves it out of the overall score)"},
        BadCase{"NegativeWeight",
                Minimal("version: 1\nweights: {discovery: -5, qualification: 15, presentation: "
                        "20, objection_handling: 15, negotiation: 15, closing: 15}\n"),
                "scoring.yaml:2:22: the weight of 'discovery' is negative (weights are 0 or "
                "more)"},
        BadCase{"WeightNotANumber",
                Minimal("version: 1\nweights: {discovery: lots, qualification: 15, "
                        "presentation: 20, objection_handling: 15, negotiation: 15, closing: "
                        "15}\n"),
                "scoring.yaml:2:22: a skill weight must be a number, not 'lots' (write it as a "
                "plain number, for example 75 or 0.43)"},
        BadCase{"UnknownSkill",
                Minimal("version: 1\nweights: {discovery: 20, qualification: 15, presentation: "
                        "20, objection_handling: 15, negotiation: 15, closing: 15, prospecting: "
                        "5}\n"),
                "scoring.yaml:2:117: unknown key 'prospecting' in 'weights' (the keys here are: "
                "discovery, qualification, presentation, objection_handling, negotiation, "
                "closing)"},
        BadCase{"LevelsOutOfOrder",
                Minimal(std::string(kWeights) +
                        "levels: {expert: 90, proficient: 60, developing: 75, needs_coaching: "
                        "40}\n"),
                "scoring.yaml:3:9: level floors must increase from needs_coaching to expert "
                "within 0..100 (for example: needs_coaching 40, developing 60, proficient 75, "
                "expert 90)"},
        BadCase{"MaxAreasNotWhole",
                Minimal(std::string(kWeights) + "recommendations: {max_areas: 1.5}\n"),
                "scoring.yaml:3:30: 'max_areas' must be a whole number of at least 1 (the seed "
                "shows up to 3 improvement areas)"},
        BadCase{"UnknownComponent", std::string(kWeights) + "components:\n  rapport: []\n",
                "scoring.yaml:4:3: unknown component 'rapport' (the components are: "
                "question_quality, active_listening, need_identification, framework_adherence, "
                "icp_alignment, disqualification_rate, value_articulation, personalization, "
                "engagement, response_quality, empathy, resolution, discount_management, "
                "value_defense, deal_size, trial_close, next_steps, win_rate)"},
        BadCase{"MissingComponent",
                std::string(kWeights) +
                    "components:\n  question_quality: [{measure: patience_s, curve: [[0, 0], "
                    "[1, 100]]}]\n",
                "scoring.yaml:4:3: component 'active_listening' is missing (every one of the 18 "
                "components needs at least one measure)"},
        BadCase{"UnknownMeasure",
                std::string(kWeights) +
                    "components:\n  question_quality: [{measure: charisma, curve: [[0, 0], [1, "
                    "100]]}]\n",
                "scoring.yaml:4:32: unknown measure 'charisma' (the measures are: "
                "questions_per_discovery_call, open_question_share, follow_up_share, "
                "discovery_talk_ratio, patience_s, customer_story_s, deals_with_pain_share, "
                "customer_pains_per_discovery_call, framework_completeness, icp_fit_share, "
                "closed_out_early_share, value_statement_share, personalization_per_demo_call, "
                "demo_talk_ratio, demo_longest_monologue_s, customer_questions_per_demo_call, "
                "objections_handled_share, objections_clarified_share, objection_pause_s, "
                "objections_acknowledged_share, objections_resolved_share, "
                "average_discount_pct, concessions_per_negotiation_call, "
                "price_objection_win_rate, won_deal_size_vs_peers, trial_closes_per_call, "
                "specific_next_step_share, win_rate, win_rate_vs_team)"},
        BadCase{"CurveNotIncreasing",
                std::string(kWeights) +
                    "components:\n  question_quality: [{measure: patience_s, curve: [[1, 0], "
                    "[1, 100]]}]\n",
                "scoring.yaml:4:51: the curve of 'patience_s': point 2 has value 1, not above "
                "the previous point's 1: values must increase (curve: [[value, score], ...] with "
                "increasing values, scores 0..100)"},
        BadCase{"CurvePointNotAPair",
                std::string(kWeights) +
                    "components:\n  question_quality: [{measure: patience_s, curve: [[1, 0, 3], "
                    "[2, 100]]}]\n",
                "scoring.yaml:4:52: a point of the curve of 'patience_s' is not [value, score] "
                "(curve: [[value, score], ...] with increasing values, scores 0..100)"},
        BadCase{
            "NoCurve",
            std::string(kWeights) + "components:\n  question_quality: [{measure: patience_s}]\n",
            "scoring.yaml:4:32: measure 'patience_s' has no 'curve' (curve: [[value, "
            "score], ...], for example [[4, 20], [11, 75], [14, 95]])"},
        BadCase{"ZeroMeasureWeight",
                std::string(kWeights) +
                    "components:\n  question_quality: [{measure: patience_s, weight: 0, curve: "
                    "[[0, 0], [1, 100]]}]\n",
                "scoring.yaml:4:52: the weight of 'patience_s' must be above 0 (remove the "
                "measure instead of weighting it 0)"},
        BadCase{"EmptyComponent", std::string(kWeights) + "components:\n  question_quality: []\n",
                "scoring.yaml:4:3: component 'question_quality' needs a list of measures (each "
                "entry: {measure: ..., curve: [[value, score], ...], target: \"...\"})"}),
    [](const ::testing::TestParamInfo<BadCase>& param_info) { return param_info.param.name; });

TEST(ScoringConfigTest, ReportsEveryProblemAtOnceWithTheLineForTheCaret) {
  Diagnostics diagnostics;
  std::string yaml = Minimal(
      "version: 2\nweights: {discovery: -1, qualification: 15, presentation: 20, "
      "objection_handling: 15, negotiation: 15, closing: 15}\n");
  Result<ScoringConfig> config = ParseScoringConfig(yaml, "scoring.yaml", &diagnostics);
  ASSERT_FALSE(config.ok());
  EXPECT_EQ(config.status().message(), "scoring.yaml: 2 problems in the scoring file");
  ASSERT_EQ(diagnostics.size(), 2u);
  EXPECT_EQ(diagnostics[0].source_line, "version: 2");
}

TEST(ScoringConfigTest, OutcomesAreReadOverTheLongerOfThePeriodAndTheWindow) {
  ScoringConfig config;
  config.outcome_window_days = 180;
  Period quarter{*Date::Parse("2026-08-27"), *Date::Parse("2026-11-24")};  // 90 days
  Period outcomes = config.OutcomePeriod(quarter);
  EXPECT_EQ(outcomes.to, quarter.to);
  EXPECT_EQ(outcomes.days(), 180);
  EXPECT_EQ(outcomes.from, *Date::Parse("2026-05-29"));  // 2026-11-24 minus 179 days
  Period year{*Date::Parse("2025-11-25"), *Date::Parse("2026-11-24")};
  EXPECT_EQ(config.OutcomePeriod(year), year);
}

TEST(ScoringConfigTest, MissingFileIsNotFound) {
  Diagnostics diagnostics;
  Result<ScoringConfig> config = LoadScoringConfig("/nonexistent/scoring.yaml", &diagnostics);
  ASSERT_FALSE(config.ok());
  EXPECT_EQ(config.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace sc::scoring
