// ScoreRep on a small config whose curves are easy to compute by hand: most map a share 0..1
// straight onto 0..100.
#include "scoring/skill_scorer.h"

#include <gtest/gtest.h>

namespace sc::scoring {
namespace {

using model::CallAnalysis;
using model::CallType;
using model::Component;
using model::Skill;

const char kConfig[] = R"(
version: 1
weights: {discovery: 20, qualification: 15, presentation: 20, objection_handling: 15,
          negotiation: 15, closing: 15}
components:
  question_quality:
    - {measure: questions_per_discovery_call, curve: [[0, 0], [10, 100]], target: 10 per call}
    - {measure: open_question_share, curve: [[0, 0], [1, 100]], weight: 3}
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
  resolution: [{measure: objections_resolved_share, curve: [[0, 0], [1, 100]], min_sample: 4}]
  discount_management: [{measure: average_discount_pct, curve: [[0, 100], [40, 0]]}]
  value_defense: [{measure: price_objection_win_rate, curve: [[0, 0], [1, 100]]}]
  deal_size: [{measure: won_deal_size_vs_peers, curve: [[0, 0], [2, 100]]}]
  trial_close: [{measure: trial_closes_per_call, curve: [[0, 0], [4, 100]]}]
  next_steps: [{measure: specific_next_step_share, curve: [[0, 0], [1, 100]]}]
  win_rate: [{measure: win_rate_vs_team, curve: [[0, 0], [2, 100]]}]
)";

const ScoringConfig& Config() {
  static const ScoringConfig config = [] {
    Diagnostics diagnostics;
    Result<ScoringConfig> parsed = ParseScoringConfig(kConfig, "test.yaml", &diagnostics);
    EXPECT_TRUE(parsed.ok()) << diagnostics.FormatAll();
    return *parsed;
  }();
  return config;
}

const Period kPeriod{*Date::Parse("2026-09-01"), *Date::Parse("2026-11-29")};

// Three discovery calls: 8, 6 and 10 questions (mean 8), 12 of 24 open (0.5); patience
// 0.5, 0.7, 0.9 (mean 0.7); three objections, two handled and acknowledged, two resolved.
std::vector<CallAnalysis> DiscoveryCalls() {
  std::vector<CallAnalysis> calls(3);
  const std::size_t questions[] = {8, 6, 10};
  const std::size_t open[] = {4, 2, 6};
  const char* const kIds[] = {"c1", "c2", "c3"};
  for (std::size_t i = 0; i < calls.size(); ++i) {
    calls[i].call_id = kIds[i];
    calls[i].call_type = CallType::kDiscovery;
    calls[i].questions.rep = questions[i];
    calls[i].questions.open = open[i];
    calls[i].questions.closed = questions[i] - open[i];
    calls[i].patience_s = 0.5 + 0.2 * i;
    model::Objection objection;
    objection.handled = i < 2;
    objection.resolved = i > 0;
    objection.response = model::ObjectionResponse{.acknowledged = i < 2};
    calls[i].objections.push_back(objection);
  }
  calls[0].highlights.push_back({model::HighlightKind::kStrength, "discovery", "question_quality",
                                 30, 35, "What happens when the forecast is wrong?",
                                 "an open question"});
  calls[2].highlights.push_back({model::HighlightKind::kStrength, "discovery", "question_quality",
                                 60, 62, "How do you decide?", "an open question"});
  calls[2].highlights.push_back({model::HighlightKind::kImprovement, "discovery",
                                 "question_quality", 90, 92, "Is that a yes?",
                                 "a closed question"});
  return calls;
}

TEST(SkillScorerTest, ComponentIsTheWeightedMeanOfItsMeasures) {
  std::vector<CallAnalysis> calls = DiscoveryCalls();
  RepScores scores = ScoreRep(MakeMeasureInput(kPeriod, calls, {}, {}, Config()), Config());
  const ComponentScore& questions = scores.Of(Component::kQuestionQuality);
  // questions: 8 per call → 80; open: 0.5 → 50 with weight 3: (80 + 3 * 50) / 4 = 57.5 → 58.
  EXPECT_EQ(questions.status, ScoreStatus::kScored);
  EXPECT_EQ(questions.score, 58);
  EXPECT_EQ(questions.value, 8);
  EXPECT_EQ(questions.target, "10 per call");
  ASSERT_EQ(questions.measures.size(), 2u);
  EXPECT_DOUBLE_EQ(*questions.measures[1].score, 50);
  EXPECT_EQ(questions.call_ids, (std::vector<std::string>{"c1", "c2", "c3"}));
  // Patience 0.7 → 70. Discovery = mean(58, 70) = 64; need identification has no deals.
  EXPECT_EQ(scores.Of(Component::kActiveListening).score, 70);
  EXPECT_EQ(scores.Of(Component::kNeedIdentification).status, ScoreStatus::kInsufficientData);
  EXPECT_EQ(scores.Of(Component::kNeedIdentification).score, std::nullopt);
  EXPECT_EQ(scores.Of(Skill::kDiscovery).score, 64);
  EXPECT_EQ(scores.Of(Skill::kDiscovery).level, Level::kDeveloping);
}

TEST(SkillScorerTest, TooSmallASampleIsInsufficientDataNotZero) {
  std::vector<CallAnalysis> calls = DiscoveryCalls();
  RepScores scores = ScoreRep(MakeMeasureInput(kPeriod, calls, {}, {}, Config()), Config());
  // Handled 2 of 3 → 67; acknowledged 2 of 3 → 67; resolved needs 4 objections, has 3.
  EXPECT_EQ(scores.Of(Component::kResponseQuality).score, 67);
  EXPECT_EQ(scores.Of(Component::kResolution).status, ScoreStatus::kInsufficientData);
  EXPECT_DOUBLE_EQ(*scores.Of(Component::kResolution).value, 2.0 / 3);  // shown, not scored
  EXPECT_EQ(scores.Of(Skill::kObjectionHandling).score, 67);            // mean(67, 67)
  // No deals, demo calls or negotiation calls: these skills are unscored, not 0.
  EXPECT_EQ(scores.Of(Skill::kQualification).status, ScoreStatus::kInsufficientData);
  EXPECT_EQ(scores.Of(Skill::kNegotiation).score, std::nullopt);
  EXPECT_EQ(scores.Of(Skill::kNegotiation).trend, std::nullopt);
}

TEST(SkillScorerTest, OverallIsTheWeightedMeanOfScoredSkillsWithTrends) {
  std::vector<CallAnalysis> calls = DiscoveryCalls();
  PreviousScores previous{{{"discovery", 70}, {"objection_handling", 66}}, 60};
  RepScores scores =
      ScoreRep(MakeMeasureInput(kPeriod, calls, {}, {}, Config()), Config(), previous);
  // Scored: discovery 64 (weight 20), objection handling 67 (15) and closing: no call ended
  // with a specific next step, 0 of 3 → 0; trial closes (no demo or negotiation call) and win
  // rate (no deals) are unscored, so closing = 0 (15). Presentation, qualification and
  // negotiation are unscored and their weights left out.
  EXPECT_EQ(scores.Of(Skill::kClosing).score, 0);
  // (64 * 20 + 67 * 15 + 0 * 15) / 50 = 45.7 → 46.
  EXPECT_EQ(scores.overall, 46);
  EXPECT_EQ(scores.overall_level, Level::kNeedsCoaching);
  EXPECT_EQ(scores.overall_trend, metrics::Trend::kDown);                        // 46 against 60
  EXPECT_EQ(scores.Of(Skill::kDiscovery).trend, metrics::Trend::kDown);          // 64 against 70
  EXPECT_EQ(scores.Of(Skill::kObjectionHandling).trend, metrics::Trend::kFlat);  // 67 vs 66
  EXPECT_EQ(scores.Of(Skill::kClosing).trend, metrics::Trend::kNew);
  EXPECT_EQ(scores.Of(Skill::kDiscovery).previous, 70);
}

TEST(SkillScorerTest, EmptyPeriodScoresNothingAndNeverZero) {
  RepScores scores = ScoreRep(MakeMeasureInput(kPeriod, {}, {}, {}, Config()), Config());
  for (const SkillScore& skill : scores.skills) {
    EXPECT_EQ(skill.status, ScoreStatus::kInsufficientData);
    EXPECT_EQ(skill.score, std::nullopt);
    EXPECT_EQ(skill.level, std::nullopt);
  }
  EXPECT_EQ(scores.overall, std::nullopt);
  EXPECT_EQ(scores.overall_level, std::nullopt);
}

// A rep with deals but no calls, alone on the team (no team win rate to compare with).
TEST(SkillScorerTest, RepWithNoCallsAloneOnTheTeamIsScoredOnDealsOnly) {
  std::vector<model::Deal> deals(4);
  const double discounts[] = {10, 20, 30, 40};
  for (std::size_t i = 0; i < deals.size(); ++i) {
    deals[i].id = std::string(1, static_cast<char>('a' + i));
    deals[i].status = model::DealStatus::kWon;
    deals[i].stage = "Closed Won";
    deals[i].created_at = *Date::Parse("2026-08-01");
    deals[i].closed_at = *Date::Parse("2026-10-01");
    deals[i].amount = 1000;
    deals[i].discount_pct = discounts[i];
    deals[i].icp_fit = i < 3;
    deals[i].meddpicc.metrics = "m";
  }
  RepScores scores = ScoreRep(MakeMeasureInput(kPeriod, {}, deals, {}, Config()), Config());
  // Discount (10 + 20 + 30 + 40) / 4 = 25 → 100 - 25 * 2.5 = 37.5 → 38; deal size and win
  // rate need peers: unscored. Negotiation = 38.
  EXPECT_EQ(scores.Of(Component::kDiscountManagement).score, 38);
  EXPECT_EQ(scores.Of(Component::kDealSize).status, ScoreStatus::kInsufficientData);
  EXPECT_EQ(scores.Of(Component::kWinRate).status, ScoreStatus::kInsufficientData);
  EXPECT_EQ(scores.Of(Skill::kNegotiation).score, 38);
  // Qualification: ICP 3 of 4 → 75; MEDDPICC 1 of 8 → 12.5 → 13 (rounds half away from 0);
  // closed out early has no lost deal. (75 + 13) / 2 = 44.
  EXPECT_EQ(scores.Of(Component::kIcpAlignment).score, 75);
  EXPECT_EQ(scores.Of(Component::kFrameworkAdherence).score, 13);
  EXPECT_EQ(scores.Of(Skill::kQualification).score, 44);
  // Discovery rests on need identification alone: none of the 4 qualified deals records the
  // customer's pain, 0 of 4 → 0. The call-based skills are unscored; the overall is the
  // weighted mean of the three scored: (0 * 20 + 44 * 15 + 38 * 15) / 50 = 24.6 → 25.
  EXPECT_EQ(scores.Of(Skill::kDiscovery).score, 0);
  EXPECT_EQ(scores.Of(Component::kQuestionQuality).status, ScoreStatus::kInsufficientData);
  EXPECT_EQ(scores.Of(Skill::kObjectionHandling).score, std::nullopt);
  EXPECT_EQ(scores.Of(Skill::kPresentation).score, std::nullopt);
  EXPECT_EQ(scores.overall, 25);
}

TEST(SkillScorerTest, QuotesComeFromTheComponentsHighlightsMostRecentCallFirst) {
  std::vector<CallAnalysis> calls = DiscoveryCalls();
  RepScores scores = ScoreRep(MakeMeasureInput(kPeriod, calls, {}, {}, Config()), Config());
  const std::vector<Quote>& quotes = scores.Of(Component::kQuestionQuality).quotes;
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(quotes[0].call_id, "c3");  // strengths first, the latest call first
  EXPECT_EQ(quotes[0].text, "How do you decide?");
  EXPECT_EQ(quotes[1].call_id, "c1");
  EXPECT_EQ(quotes[2].kind, model::HighlightKind::kImprovement);
  EXPECT_TRUE(scores.Of(Component::kActiveListening).quotes.empty());
}

}  // namespace
}  // namespace sc::scoring
