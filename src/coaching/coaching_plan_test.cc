// Tests of BuildCoachingPlan, WeekIndex and ExampleSources against the contract of
// coaching_plan.h, with the shipped scoring config (data/scoring/scoring.yaml: improve below
// 70, strengths from 80, target 75, at most 3 areas, review below 40, trend 3 points), the
// shipped playbook (data/playbook/en.yaml: new reps are those hired fewer than 90 days ago
// and get at most 2 areas) and the shipped tone file.
//
// The scores are chosen by hand; every expected value says where it comes from. The advice
// texts are read from the playbook: what is under test is which component, list and week the
// plan picks them for.
#include "coaching/coaching_plan.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace sc::coaching {
namespace {

using model::Component;
using model::HighlightKind;
using model::Skill;
using scoring::Quote;
using scoring::RepScores;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

const std::filesystem::path kDataDir(SC_DATA_DIR);

// 2026-11-24, a Tuesday: 20781 days after 1970-01-01, so week 20781 / 7 = 2968 (remainder 5).
const Date kAsOf = Date::FromYmd(2026, 11, 24);
constexpr int kWeek = 2968;
const char kRepId[] = "rep-ana";

// A RepScores with every skill and component named and nothing scored.
RepScores Blank() {
  RepScores scores;
  for (Skill skill : model::kAllSkills) {
    scoring::SkillScore& entry = scores.skills[model::SkillIndex(skill)];
    entry.skill = skill;
    const auto components = model::ComponentsOf(skill);
    for (std::size_t i = 0; i < components.size(); ++i) {
      entry.components[i].component = components[i];
    }
  }
  return scores;
}

// Scores `skill` and its three components in ComponentsOf order; nullopt leaves one unscored.
// The callers pass the mean of the scored components as the skill score, as scoring does.
void SetSkill(RepScores& scores, Skill skill, std::optional<double> score,
              std::array<std::optional<double>, 3> components) {
  scoring::SkillScore& entry = scores.skills[model::SkillIndex(skill)];
  entry.score = score;
  entry.status = score ? scoring::ScoreStatus::kScored : scoring::ScoreStatus::kInsufficientData;
  for (std::size_t i = 0; i < 3; ++i) {
    entry.components[i].score = components[i];
    entry.components[i].status = components[i] ? scoring::ScoreStatus::kScored
                                               : scoring::ScoreStatus::kInsufficientData;
  }
}

// All three components at the skill's score.
void SetFlat(RepScores& scores, Skill skill, double score) {
  SetSkill(scores, skill, score, {score, score, score});
}

scoring::ComponentScore& ComponentOf(RepScores& scores, Component component) {
  return scores.skills[model::SkillIndex(model::SkillOf(component))]
      .components[model::ComponentIndex(component) % model::kComponentsPerSkill];
}

Quote Moment(HighlightKind kind, std::string call_id, std::string text) {
  Quote quote;
  quote.kind = kind;
  quote.call_id = std::move(call_id);
  quote.call_title = "Acme discovery";
  quote.call_started_at = Timestamp::StartOf(Date::FromYmd(2026, 11, 3)).AddSeconds(15 * 3600);
  quote.at_s = 754.5;
  quote.end_s = 771.25;
  quote.text = std::move(text);
  quote.note = "an open question that got the customer talking";
  return quote;
}

void AddQuote(RepScores& scores, Component component, Quote quote) {
  ComponentOf(scores, component).quotes.push_back(std::move(quote));
}

model::Rep Experienced() {
  model::Rep rep;
  rep.id = kRepId;
  rep.name = "Ana Lopez";
  rep.segment = model::Segment::kMidMarket;
  rep.hire_date = Date::FromYmd(2022, 3, 1);  // over four years before kAsOf: not new
  return rep;
}

CoachingContext ContextFor(model::Rep rep, Date as_of = kAsOf) {
  CoachingContext context;
  context.rep = std::move(rep);
  context.as_of = as_of;
  return context;
}

class CoachingPlanTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Diagnostics diagnostics;
    Result<scoring::ScoringConfig> config =
        scoring::LoadScoringConfig((kDataDir / "scoring" / "scoring.yaml").string(), &diagnostics);
    ASSERT_TRUE(config.ok()) << config.status().ToString() << "\n" << diagnostics.FormatAll();
    config_ = new scoring::ScoringConfig(std::move(config).value());
    Result<ToneCheck> tone = ToneCheck::Load(kDataDir / "playbook" / "tone.yaml", &diagnostics);
    ASSERT_TRUE(tone.ok()) << tone.status().ToString() << "\n" << diagnostics.FormatAll();
    tone_ = new ToneCheck(std::move(tone).value());
    Result<Playbook> playbook =
        Playbook::Load(kDataDir / "playbook" / "en.yaml", *tone_, &diagnostics);
    ASSERT_TRUE(playbook.ok()) << playbook.status().ToString() << "\n" << diagnostics.FormatAll();
    playbook_ = new Playbook(std::move(playbook).value());
  }
  static void TearDownTestSuite() {
    delete playbook_;
    delete tone_;
    delete config_;
    playbook_ = nullptr;
    tone_ = nullptr;
    config_ = nullptr;
  }

  static CoachingPlan Build(const RepScores& scores, const CoachingContext& context) {
    Result<CoachingPlan> plan = BuildCoachingPlan(scores, *config_, *playbook_, *tone_, context);
    EXPECT_TRUE(plan.ok()) << plan.status().ToString();
    if (!plan.ok()) return {};
    return std::move(plan).value();
  }

  static const std::string& Choose(Component component, AdviceKind kind, int week = kWeek) {
    return playbook_->Choose(component, kind, kRepId, week);
  }

  static std::vector<Skill> AreaSkills(const CoachingPlan& plan) {
    std::vector<Skill> skills;
    for (const ImprovementArea& area : plan.improvement_areas) skills.push_back(area.skill);
    return skills;
  }
  static std::vector<Component> AreaFocuses(const CoachingPlan& plan) {
    std::vector<Component> focuses;
    for (const ImprovementArea& area : plan.improvement_areas) focuses.push_back(area.focus);
    return focuses;
  }
  static std::vector<Skill> StrengthSkills(const CoachingPlan& plan) {
    std::vector<Skill> skills;
    for (const Strength& strength : plan.strengths) skills.push_back(strength.skill);
    return skills;
  }

  static scoring::ScoringConfig* config_;
  static ToneCheck* tone_;
  static Playbook* playbook_;
};

scoring::ScoringConfig* CoachingPlanTest::config_ = nullptr;
ToneCheck* CoachingPlanTest::tone_ = nullptr;
Playbook* CoachingPlanTest::playbook_ = nullptr;

// The numbers these tests rely on, so a changed data file fails here first, not below.
TEST_F(CoachingPlanTest, ShippedDataHoldsTheNumbersTheseTestsUse) {
  EXPECT_EQ(config_->recommendations.improve_below, 70);
  EXPECT_EQ(config_->recommendations.strength_from, 80);
  EXPECT_EQ(config_->recommendations.target_score, 75);
  EXPECT_EQ(config_->recommendations.max_areas, 3u);
  EXPECT_EQ(config_->recommendations.review_below, 40);
  EXPECT_EQ(config_->trend_points, 3);
  EXPECT_EQ(playbook_->tenure().new_rep_days, 90);
  EXPECT_EQ(playbook_->tenure().new_rep_max_focus_areas, 2u);
  // en.yaml's fundamentals among the components used below.
  EXPECT_TRUE(playbook_->Advice(Component::kValueArticulation).fundamentals);
  EXPECT_TRUE(playbook_->Advice(Component::kEmpathy).fundamentals);
  EXPECT_FALSE(playbook_->Advice(Component::kPersonalization).fundamentals);
  EXPECT_FALSE(playbook_->Advice(Component::kEngagement).fundamentals);
  EXPECT_FALSE(playbook_->Advice(Component::kResponseQuality).fundamentals);
  for (Component component : model::ComponentsOf(Skill::kQualification)) {
    EXPECT_FALSE(playbook_->Advice(component).fundamentals) << model::ComponentKey(component);
  }
  // Four tips for question quality, so the rotation test below sees a cycle of four.
  EXPECT_EQ(playbook_->Advice(Component::kQuestionQuality).tips.size(), 4u);
}

TEST(WeekIndexTest, CountsWholeWeeksSinceTheEpochRoundingDown) {
  EXPECT_EQ(WeekIndex(Date::FromDays(0)), 0);    // 1970-01-01
  EXPECT_EQ(WeekIndex(Date::FromDays(6)), 0);    // 6 / 7 = 0
  EXPECT_EQ(WeekIndex(Date::FromDays(7)), 1);    // 7 / 7 = 1
  EXPECT_EQ(WeekIndex(Date::FromDays(-1)), -1);  // floor(-1 / 7) = -1, not 0
  EXPECT_EQ(WeekIndex(Date::FromDays(-7)), -1);  // floor(-7 / 7) = -1
  EXPECT_EQ(WeekIndex(Date::FromDays(-8)), -2);  // floor(-8 / 7) = -2
  EXPECT_EQ(WeekIndex(kAsOf), kWeek);            // 20781 / 7 = 2968 r 5
  // 2968 * 7 = 20776 is Thursday 2026-11-19; week 2969 starts on 20783, Thursday 2026-11-26.
  EXPECT_EQ(WeekIndex(Date::FromYmd(2026, 11, 25)), 2968);
  EXPECT_EQ(WeekIndex(Date::FromYmd(2026, 11, 26)), 2969);
}

TEST(ExampleSourcesTest, ListsTheComponentFirstThenItsNeighbours) {
  EXPECT_THAT(ExampleSources(Component::kNeedIdentification),
              ElementsAre(Component::kNeedIdentification, Component::kActiveListening,
                          Component::kQuestionQuality));
  EXPECT_THAT(ExampleSources(Component::kPersonalization),
              ElementsAre(Component::kPersonalization, Component::kActiveListening,
                          Component::kQuestionQuality));
  // A check-in question during a demo (a trial close) shows engagement.
  EXPECT_THAT(ExampleSources(Component::kEngagement),
              ElementsAre(Component::kEngagement, Component::kTrialClose));
  // An objection answered well shows empathy and works towards resolution.
  EXPECT_THAT(ExampleSources(Component::kEmpathy),
              ElementsAre(Component::kEmpathy, Component::kResponseQuality));
  EXPECT_THAT(ExampleSources(Component::kResolution),
              ElementsAre(Component::kResolution, Component::kResponseQuality));
  // Discount talk is marked on calls; holding value on a call shows the same behaviour.
  EXPECT_THAT(ExampleSources(Component::kDiscountManagement),
              ElementsAre(Component::kDiscountManagement, Component::kValueDefense));
  // Deal-based components have only themselves.
  EXPECT_THAT(ExampleSources(Component::kWinRate), ElementsAre(Component::kWinRate));
  EXPECT_THAT(ExampleSources(Component::kDealSize), ElementsAre(Component::kDealSize));
  EXPECT_THAT(ExampleSources(Component::kIcpAlignment), ElementsAre(Component::kIcpAlignment));
  EXPECT_THAT(ExampleSources(Component::kQuestionQuality),
              ElementsAre(Component::kQuestionQuality));
}

TEST_F(CoachingPlanTest, AllSkillsAtOrAbove80GiveNoAreasAndStrengthsHighestFirst) {
  RepScores scores = Blank();
  SetSkill(scores, Skill::kDiscovery, 85, {84, 86, 85});        // (84+86+85)/3 = 85
  SetSkill(scores, Skill::kQualification, 92, {90, 95, 91});    // (90+95+91)/3 = 92
  SetSkill(scores, Skill::kPresentation, 80, {80, 80, 80});     // exactly the mark
  SetSkill(scores, Skill::kObjectionHandling, 88, {88, 87, 89});  // 264/3 = 88
  SetSkill(scores, Skill::kNegotiation, 81, {81, 82, 80});      // 243/3 = 81
  SetSkill(scores, Skill::kClosing, 90, {92, 90, 88});          // 270/3 = 90
  scores.overall = 86;

  const CoachingPlan plan = Build(scores, ContextFor(Experienced()));

  // Nothing below 70.
  EXPECT_THAT(plan.improvement_areas, IsEmpty());
  // 92 > 90 > 88 > 85 > 81 > 80; 80 counts (strengths from 80 inclusive).
  EXPECT_THAT(StrengthSkills(plan),
              ElementsAre(Skill::kQualification, Skill::kClosing, Skill::kObjectionHandling,
                          Skill::kDiscovery, Skill::kNegotiation, Skill::kPresentation));
  ASSERT_EQ(plan.strengths.size(), 6u);
  for (const Strength& strength : plan.strengths) {
    EXPECT_FALSE(strength.relative) << model::SkillKey(strength.skill);  // all >= 80
    EXPECT_FALSE(strength.example.has_value());  // no quotes in these scores
  }
  EXPECT_EQ(plan.strengths[0].score, 92);
  // No quote anywhere, so each strength names its best component: ICP alignment 95 of
  // {90, 95, 91}; trial close 92 of {92, 90, 88}; resolution 89 of {88, 87, 89}; active
  // listening 86 of {84, 86, 85}; value defense 82 of {81, 82, 80}; and the first of three
  // 80s, value articulation.
  EXPECT_EQ(plan.strengths[0].component, Component::kIcpAlignment);
  EXPECT_EQ(plan.strengths[1].component, Component::kTrialClose);
  EXPECT_EQ(plan.strengths[2].component, Component::kResolution);
  EXPECT_EQ(plan.strengths[3].component, Component::kActiveListening);
  EXPECT_EQ(plan.strengths[4].component, Component::kValueDefense);
  EXPECT_EQ(plan.strengths[5].component, Component::kValueArticulation);
  EXPECT_EQ(plan.strengths[0].description,
            playbook_->Advice(Component::kIcpAlignment).strength);
  // No areas: this week is one practice activity of the best strength's component.
  EXPECT_THAT(plan.this_week, ElementsAre(Choose(Component::kIcpAlignment, AdviceKind::kPractice)));
  EXPECT_FALSE(plan.review.required);  // lowest score 80 >= 40
  EXPECT_THAT(plan.notes, IsEmpty());  // not new, no previous focus
}

TEST_F(CoachingPlanTest, AllSkillsFrom70To80GiveNoAreasAndExactlyOneRelativeStrength) {
  RepScores scores = Blank();
  SetFlat(scores, Skill::kDiscovery, 72);
  SetSkill(scores, Skill::kQualification, 78, {78, 76, 80});  // 234/3 = 78
  SetFlat(scores, Skill::kPresentation, 75);
  SetFlat(scores, Skill::kObjectionHandling, 71);
  SetFlat(scores, Skill::kNegotiation, 70);  // 70 is not below 70: no area
  SetSkill(scores, Skill::kClosing, 79, {79, 81, 77});  // 237/3 = 79
  scores.overall = 74;

  const CoachingPlan plan = Build(scores, ContextFor(Experienced()));

  EXPECT_THAT(plan.improvement_areas, IsEmpty());  // lowest is 70, not below 70
  // None reaches 80, so only the best scored skill, Closing 79 (> 78 > 75 > 72 > 71 > 70).
  ASSERT_EQ(plan.strengths.size(), 1u);
  EXPECT_EQ(plan.strengths[0].skill, Skill::kClosing);
  EXPECT_EQ(plan.strengths[0].score, 79);
  EXPECT_TRUE(plan.strengths[0].relative);  // 79 < 80
  // Its best component: next steps 81 of {79, 81, 77}.
  EXPECT_EQ(plan.strengths[0].component, Component::kNextSteps);
  EXPECT_EQ(plan.strengths[0].description, playbook_->Advice(Component::kNextSteps).strength);
  EXPECT_THAT(plan.this_week, ElementsAre(Choose(Component::kNextSteps, AdviceKind::kPractice)));
}

TEST_F(CoachingPlanTest, FourSkillsBelow70GiveThreeAreasLowestFirstWithTiesInSkillOrder) {
  RepScores scores = Blank();
  SetFlat(scores, Skill::kDiscovery, 65);
  SetSkill(scores, Skill::kQualification, 50, {60, 40, 50});      // 150/3 = 50
  SetSkill(scores, Skill::kPresentation, 50, {55, 45, 50});       // 150/3 = 50
  SetSkill(scores, Skill::kObjectionHandling, 60, {70, 55, 55});  // 180/3 = 60
  SetFlat(scores, Skill::kNegotiation, 85);
  SetFlat(scores, Skill::kClosing, 90);
  scores.overall = 66;

  const CoachingPlan plan = Build(scores, ContextFor(Experienced()));

  // Below 70: Discovery 65, Qualification 50, Presentation 50, Objection Handling 60. Lowest
  // first, the tie at 50 in skill order (Qualification before Presentation), then 60; the
  // fourth, Discovery 65, is cut by max_areas 3.
  EXPECT_THAT(AreaSkills(plan), ElementsAre(Skill::kQualification, Skill::kPresentation,
                                            Skill::kObjectionHandling));
  // Weakest components: ICP alignment 40 of {60, 40, 50}; personalization 45 of
  // {55, 45, 50}; empathy and resolution tie at 55 of {70, 55, 55}, and the first, empathy,
  // is kept.
  EXPECT_THAT(AreaFocuses(plan), ElementsAre(Component::kIcpAlignment,
                                             Component::kPersonalization, Component::kEmpathy));
  ASSERT_EQ(plan.improvement_areas.size(), 3u);
  const ImprovementArea& first = plan.improvement_areas[0];
  EXPECT_EQ(first.current_score, 50);
  EXPECT_EQ(first.target_score, 75);  // the rule's target_score
  EXPECT_EQ(first.focus_score, 40);
  EXPECT_EQ(plan.improvement_areas[1].focus_score, 45);
  EXPECT_EQ(plan.improvement_areas[2].current_score, 60);
  EXPECT_EQ(plan.improvement_areas[2].focus_score, 55);
  const ComponentAdvice& icp = playbook_->Advice(Component::kIcpAlignment);
  EXPECT_EQ(first.what, icp.what);
  EXPECT_EQ(first.why, icp.why);
  EXPECT_EQ(first.coaching, Choose(Component::kIcpAlignment, AdviceKind::kTip));
  EXPECT_EQ(first.practice, Choose(Component::kIcpAlignment, AdviceKind::kPractice));
  // Mid-market has notes for qualification and presentation, none for objection handling.
  EXPECT_EQ(first.segment_note,
            playbook_->SegmentNote(model::Segment::kMidMarket, Skill::kQualification));
  EXPECT_FALSE(first.segment_note.empty());
  EXPECT_EQ(plan.improvement_areas[2].segment_note, "");
  EXPECT_FALSE(first.example.has_value());  // no quotes, no team examples
  // The first area's action, the second's, then the first area's practice.
  EXPECT_THAT(plan.this_week, ElementsAre(Choose(Component::kIcpAlignment, AdviceKind::kAction),
                                          Choose(Component::kPersonalization, AdviceKind::kAction),
                                          first.practice));
  // Strengths: 90 and 85 reach 80, highest first.
  EXPECT_THAT(StrengthSkills(plan), ElementsAre(Skill::kClosing, Skill::kNegotiation));
  EXPECT_FALSE(plan.review.required);  // lowest 50 >= 40
}

TEST_F(CoachingPlanTest, OneAreaGivesItsActionAndItsPracticeThisWeek) {
  RepScores scores = Blank();
  SetSkill(scores, Skill::kDiscovery, 60, {50, 70, 60});  // 180/3 = 60: question quality 50
  SetFlat(scores, Skill::kClosing, 85);

  const CoachingPlan plan = Build(scores, ContextFor(Experienced()));

  ASSERT_EQ(plan.improvement_areas.size(), 1u);
  EXPECT_EQ(plan.improvement_areas[0].focus, Component::kQuestionQuality);
  // No second area: two items, the action and the practice of the only area.
  EXPECT_THAT(plan.this_week,
              ElementsAre(Choose(Component::kQuestionQuality, AdviceKind::kAction),
                          Choose(Component::kQuestionQuality, AdviceKind::kPractice)));
}

// Scores where fundamentals-first changes the choice: Presentation's weakest component is
// personalization (40), but value articulation (62, a fundamental) is below 70 too;
// Qualification has no fundamentals; Objection Handling is third lowest.
RepScores NewRepScores() {
  RepScores scores = Blank();
  SetFlat(scores, Skill::kDiscovery, 85);
  SetSkill(scores, Skill::kQualification, 55, {60, 45, 60});      // 165/3 = 55
  SetSkill(scores, Skill::kPresentation, 50, {62, 40, 48});       // 150/3 = 50
  SetSkill(scores, Skill::kObjectionHandling, 60, {55, 65, 60});  // 180/3 = 60
  SetFlat(scores, Skill::kNegotiation, 80);
  SetFlat(scores, Skill::kClosing, 82);
  scores.overall = 65;
  return scores;
}

TEST_F(CoachingPlanTest, NewRepGetsThePlaybooksAreaLimitAndFundamentalsFirst) {
  model::Rep rep = Experienced();
  rep.hire_date = kAsOf.AddDays(-30);  // 30 days < new_rep_days 90: new

  const CoachingPlan plan = Build(NewRepScores(), ContextFor(rep));

  // Three skills below 70 (50, 55, 60), but a new rep gets min(3, 2) = 2 areas.
  EXPECT_THAT(AreaSkills(plan), ElementsAre(Skill::kPresentation, Skill::kQualification));
  // Presentation: value articulation 62, the only fundamental below 70, rather than the
  // weakest (personalization 40). Qualification has no fundamentals: its weakest, ICP
  // alignment 45.
  EXPECT_THAT(AreaFocuses(plan),
              ElementsAre(Component::kValueArticulation, Component::kIcpAlignment));
  ASSERT_EQ(plan.improvement_areas.size(), 2u);
  EXPECT_EQ(plan.improvement_areas[0].focus_score, 62);
  EXPECT_EQ(plan.improvement_areas[0].what, playbook_->Advice(Component::kValueArticulation).what);
  EXPECT_THAT(plan.this_week,
              ElementsAre(Choose(Component::kValueArticulation, AdviceKind::kAction),
                          Choose(Component::kIcpAlignment, AdviceKind::kAction),
                          Choose(Component::kValueArticulation, AdviceKind::kPractice)));
  EXPECT_THAT(plan.notes, ElementsAre(playbook_->tenure().new_rep_note));
}

TEST_F(CoachingPlanTest, ExperiencedRepWithTheSameScoresGetsThreeAreasOnTheWeakestComponents) {
  const CoachingPlan plan = Build(NewRepScores(), ContextFor(Experienced()));

  // max_areas 3: 50, 55, 60.
  EXPECT_THAT(AreaSkills(plan), ElementsAre(Skill::kPresentation, Skill::kQualification,
                                            Skill::kObjectionHandling));
  // Weakest: personalization 40 of {62, 40, 48}; ICP 45 of {60, 45, 60}; response quality 55
  // of {55, 65, 60}.
  EXPECT_THAT(AreaFocuses(plan), ElementsAre(Component::kPersonalization,
                                             Component::kIcpAlignment,
                                             Component::kResponseQuality));
  EXPECT_THAT(plan.notes, IsEmpty());
}

TEST_F(CoachingPlanTest, NewRepFundamentalAtOrAbove70IsNotTheFocus) {
  RepScores scores = Blank();
  // Empathy (fundamental) 72 is not below 70, so the weakest, response quality 50, is the focus.
  SetSkill(scores, Skill::kObjectionHandling, 60, {50, 72, 58});  // 180/3 = 60
  model::Rep rep = Experienced();
  rep.hire_date = kAsOf.AddDays(-10);

  const CoachingPlan plan = Build(scores, ContextFor(rep));

  EXPECT_THAT(AreaFocuses(plan), ElementsAre(Component::kResponseQuality));
}

TEST_F(CoachingPlanTest, RepIsNewBelowNinetyDaysOfTenure) {
  model::Rep rep = Experienced();
  rep.hire_date = kAsOf.AddDays(-89);  // 89 < 90: new, two areas
  EXPECT_EQ(Build(NewRepScores(), ContextFor(rep)).improvement_areas.size(), 2u);
  rep.hire_date = kAsOf.AddDays(-90);  // 90 is not < 90: not new, three areas
  EXPECT_EQ(Build(NewRepScores(), ContextFor(rep)).improvement_areas.size(), 3u);
  rep.hire_date.reset();  // unknown tenure: treated as not new
  EXPECT_EQ(Build(NewRepScores(), ContextFor(rep)).improvement_areas.size(), 3u);
}

TEST_F(CoachingPlanTest, UnscoredSkillsAndComponentsAreIgnoredNotTreatedAsZero) {
  RepScores scores = Blank();
  // Discovery, Objection Handling, Negotiation and Closing stay unscored: were they 0, they
  // would be the lowest areas and trigger a review.
  SetSkill(scores, Skill::kQualification, 60, {std::nullopt, 70, 50});  // (70+50)/2 = 60
  SetSkill(scores, Skill::kPresentation, 82, {std::nullopt, 84, 80});   // (84+80)/2 = 82
  // overall stays unknown.

  const CoachingPlan plan = Build(scores, ContextFor(Experienced()));

  EXPECT_THAT(AreaSkills(plan), ElementsAre(Skill::kQualification));
  // The unscored framework adherence is skipped; disqualification rate 50 < 70 is the weakest.
  EXPECT_THAT(AreaFocuses(plan), ElementsAre(Component::kDisqualificationRate));
  EXPECT_EQ(plan.improvement_areas[0].focus_score, 50);
  EXPECT_THAT(StrengthSkills(plan), ElementsAre(Skill::kPresentation));
  // Presentation's best scored component: personalization 84 (value articulation unscored).
  EXPECT_EQ(plan.strengths[0].component, Component::kPersonalization);
  EXPECT_FALSE(plan.review.required);  // no scored value below 40
  EXPECT_EQ(plan.review.reason, "");
}

TEST_F(CoachingPlanTest, NothingScoredGivesAnEmptyPlan) {
  const CoachingPlan plan = Build(Blank(), ContextFor(Experienced()));
  EXPECT_THAT(plan.improvement_areas, IsEmpty());
  EXPECT_THAT(plan.strengths, IsEmpty());  // no scored skill to name as relative strength
  EXPECT_THAT(plan.this_week, IsEmpty());
  EXPECT_THAT(plan.notes, IsEmpty());
  EXPECT_FALSE(plan.review.required);
}

TEST_F(CoachingPlanTest, CriticalSkillHoldsTheReportForReview) {
  RepScores scores = Blank();
  SetFlat(scores, Skill::kDiscovery, 62);
  SetFlat(scores, Skill::kQualification, 58);
  SetFlat(scores, Skill::kPresentation, 66);
  SetFlat(scores, Skill::kObjectionHandling, 39);  // 39 < 40: Critical
  SetFlat(scores, Skill::kNegotiation, 70);
  SetFlat(scores, Skill::kClosing, 64);
  scores.overall = 60;  // not below 40

  const CoachingPlan plan = Build(scores, ContextFor(Experienced()));

  EXPECT_TRUE(plan.review.required);
  EXPECT_EQ(plan.review.reason,
            "Objection Handling scored 39: below 40 (Critical), so a manager reviews this "
            "report before it is sent");
  // The critical skill is still coached, first as the lowest (39 < 58 < 62).
  EXPECT_THAT(AreaSkills(plan), ElementsAre(Skill::kObjectionHandling, Skill::kQualification,
                                            Skill::kDiscovery));
}

TEST_F(CoachingPlanTest, OverallBelow40IsAddedToTheReviewReason) {
  RepScores scores = Blank();
  SetFlat(scores, Skill::kDiscovery, 45);
  SetFlat(scores, Skill::kObjectionHandling, 39);
  SetFlat(scores, Skill::kClosing, 35);
  scores.overall = 38;

  const CoachingPlan plan = Build(scores, ContextFor(Experienced()));

  EXPECT_TRUE(plan.review.required);
  // Skills in skill order (Objection Handling before Closing), then the overall, joined by
  // "; ".
  EXPECT_EQ(plan.review.reason,
            "Objection Handling scored 39; Closing scored 35; the overall score is 38: below 40 "
            "(Critical), so a manager reviews this report before it is sent");
}

TEST_F(CoachingPlanTest, OverallAloneBelow40HoldsTheReport) {
  RepScores scores = Blank();
  SetFlat(scores, Skill::kDiscovery, 41);
  scores.overall = 37;

  const CoachingPlan plan = Build(scores, ContextFor(Experienced()));

  EXPECT_TRUE(plan.review.required);
  EXPECT_EQ(plan.review.reason,
            "the overall score is 37: below 40 (Critical), so a manager reviews this report "
            "before it is sent");
}

TEST_F(CoachingPlanTest, ScoresOf40AreNotCritical) {
  RepScores scores = Blank();
  SetFlat(scores, Skill::kObjectionHandling, 40);  // 40 is not below 40
  scores.overall = 40;

  const CoachingPlan plan = Build(scores, ContextFor(Experienced()));

  EXPECT_FALSE(plan.review.required);
  EXPECT_EQ(plan.review.reason, "");
}

// Discovery at `now`, with last week's focus Discovery at 60.
CoachingContext WithPreviousFocus(CoachingContext context) {
  context.previous_focus = PreviousFocus{Skill::kDiscovery, 60};
  return context;
}

TEST_F(CoachingPlanTest, FollowUpSaysThePreviousFocusMovedUp) {
  RepScores scores = Blank();
  SetFlat(scores, Skill::kDiscovery, 65);  // 65 - 60 = +5 > 3: up

  const CoachingPlan plan = Build(scores, WithPreviousFocus(ContextFor(Experienced())));

  EXPECT_THAT(plan.notes,
              ElementsAre("Last week's focus, Discovery, moved from 60 to 65: keep going."));
}

TEST_F(CoachingPlanTest, FollowUpSaysThePreviousFocusStayedFlat) {
  const std::string flat_62 =
      "Last week's focus, Discovery, is at 62 this week (last week: 60); habits take a few weeks "
      "to show in the scores, so it stays in focus with a fresh practice activity.";
  RepScores scores = Blank();
  SetFlat(scores, Skill::kDiscovery, 62);  // 62 - 60 = +2, within ±3: flat
  EXPECT_THAT(Build(scores, WithPreviousFocus(ContextFor(Experienced()))).notes,
              ElementsAre(flat_62));

  SetFlat(scores, Skill::kDiscovery, 63);  // +3 is not more than 3: still flat
  EXPECT_THAT(Build(scores, WithPreviousFocus(ContextFor(Experienced()))).notes,
              ElementsAre(
                  "Last week's focus, Discovery, is at 63 this week (last week: 60); habits take "
                  "a few weeks to show in the scores, so it stays in focus with a fresh practice "
                  "activity."));
}

TEST_F(CoachingPlanTest, FollowUpSaysThePreviousFocusMovedDown) {
  RepScores scores = Blank();
  SetFlat(scores, Skill::kDiscovery, 56);  // 56 - 60 = -4 < -3: down

  const CoachingPlan plan = Build(scores, WithPreviousFocus(ContextFor(Experienced())));

  EXPECT_THAT(plan.notes,
              ElementsAre("Last week's focus, Discovery, moved from 60 to 56; a dip is common "
                          "while a new habit settles, so this week brings a different tip and "
                          "practice activity to try."));
}

TEST_F(CoachingPlanTest, FollowUpComesAfterTheNewRepNoteAndNeedsAScoreNow) {
  model::Rep rep = Experienced();
  rep.hire_date = kAsOf.AddDays(-45);
  RepScores scores = Blank();
  SetFlat(scores, Skill::kDiscovery, 65);
  EXPECT_THAT(Build(scores, WithPreviousFocus(ContextFor(rep))).notes,
              ElementsAre(playbook_->tenure().new_rep_note,
                          "Last week's focus, Discovery, moved from 60 to 65: keep going."));

  // Discovery unscored this week: nothing to compare, so no follow-up.
  SetSkill(scores, Skill::kDiscovery, std::nullopt, {std::nullopt, std::nullopt, std::nullopt});
  EXPECT_THAT(Build(scores, WithPreviousFocus(ContextFor(Experienced()))).notes, IsEmpty());
}

TEST_F(CoachingPlanTest, ConsecutiveWeeksGiveTheSameRepANewTipForTheSameFocus) {
  RepScores scores = Blank();
  SetSkill(scores, Skill::kDiscovery, 60, {50, 70, 60});  // focus question quality (50)
  const std::vector<std::string>& tips = playbook_->Advice(Component::kQuestionQuality).tips;
  auto index_of = [&tips](const std::string& tip) {
    return static_cast<std::size_t>(std::find(tips.begin(), tips.end(), tip) - tips.begin());
  };

  const CoachingPlan tuesday = Build(scores, ContextFor(Experienced(), kAsOf));
  // 2026-11-25 is still week 2968: same tip.
  const CoachingPlan wednesday =
      Build(scores, ContextFor(Experienced(), Date::FromYmd(2026, 11, 25)));
  // 2026-12-01 is seven days later, week 2969.
  const CoachingPlan next_week = Build(scores, ContextFor(Experienced(), kAsOf.AddDays(7)));

  ASSERT_EQ(tuesday.improvement_areas.size(), 1u);
  ASSERT_EQ(next_week.improvement_areas.size(), 1u);
  const std::string& this_tip = tuesday.improvement_areas[0].coaching;
  const std::string& next_tip = next_week.improvement_areas[0].coaching;
  EXPECT_EQ(wednesday.improvement_areas[0].coaching, this_tip);
  EXPECT_NE(next_tip, this_tip);
  // Pick is (start + week) mod 4, so the next week's tip is the next one in the list.
  ASSERT_LT(index_of(this_tip), tips.size());
  EXPECT_EQ(index_of(next_tip), (index_of(this_tip) + 1) % tips.size());
  // Same inputs, same plan.
  EXPECT_EQ(Build(scores, ContextFor(Experienced(), kAsOf)).improvement_areas[0].coaching,
            this_tip);
}

// Discovery 55 with question quality (50) its weakest component.
RepScores DiscoveryArea() {
  RepScores scores = Blank();
  SetSkill(scores, Skill::kDiscovery, 55, {50, 60, 55});  // 165/3 = 55
  return scores;
}

Quote TeamQuote(std::string text) {
  Quote quote = Moment(HighlightKind::kStrength, "c-team-7", std::move(text));
  quote.call_title = "Globex renewal";
  quote.note = "a follow-up question on the customer's own words";
  quote.at_s = 95;
  quote.end_s = 104.5;
  return quote;
}

TEST_F(CoachingPlanTest, OwnMomentIsPreferredToATeamExample) {
  RepScores scores = DiscoveryArea();
  AddQuote(scores, Component::kQuestionQuality,
           Moment(HighlightKind::kStrength, "c-17", "What does onboarding cost you today?"));
  CoachingContext context = ContextFor(Experienced());
  context.team_examples.emplace_back(Component::kQuestionQuality,
                                     TeamQuote("Walk me through your last quarter."));

  const CoachingPlan plan = Build(scores, context);

  ASSERT_EQ(plan.improvement_areas.size(), 1u);
  const std::optional<Example>& example = plan.improvement_areas[0].example;
  ASSERT_TRUE(example.has_value());
  EXPECT_TRUE(example->own);
  EXPECT_EQ(example->quote.text, "What does onboarding cost you today?");
  // The rep's own moment keeps its call.
  EXPECT_EQ(example->quote.call_id, "c-17");
  EXPECT_EQ(example->quote.call_title, "Acme discovery");
  EXPECT_TRUE(example->quote.call_started_at.has_value());
}

TEST_F(CoachingPlanTest, TeamExampleCarriesNothingThatNamesTheCall) {
  RepScores scores = DiscoveryArea();
  // An improvement moment is not an example of the component done well.
  AddQuote(scores, Component::kQuestionQuality,
           Moment(HighlightKind::kImprovement, "c-18", "Is budget a problem?"));
  CoachingContext context = ContextFor(Experienced());
  // An example for another component first: only the focus component's is taken.
  context.team_examples.emplace_back(Component::kActiveListening, TeamQuote("Go on."));
  context.team_examples.emplace_back(Component::kQuestionQuality,
                                     TeamQuote("Walk me through your last quarter."));

  const CoachingPlan plan = Build(scores, context);

  ASSERT_EQ(plan.improvement_areas.size(), 1u);
  const std::optional<Example>& example = plan.improvement_areas[0].example;
  ASSERT_TRUE(example.has_value());
  EXPECT_FALSE(example->own);
  EXPECT_EQ(example->quote.kind, HighlightKind::kStrength);
  EXPECT_EQ(example->quote.text, "Walk me through your last quarter.");
  EXPECT_EQ(example->quote.note, "a follow-up question on the customer's own words");
  EXPECT_EQ(example->quote.at_s, 95);
  EXPECT_EQ(example->quote.end_s, 104.5);
  // Anonymised: no call id, title or date.
  EXPECT_EQ(example->quote.call_id, "");
  EXPECT_EQ(example->quote.call_title, "");
  EXPECT_FALSE(example->quote.call_started_at.has_value());
}

TEST_F(CoachingPlanTest, NeighbourMomentServesAsTheRepsOwnExample) {
  RepScores scores = Blank();
  // Need identification (45) is the weakest of {60, 60, 45}: 165/3 = 55.
  SetSkill(scores, Skill::kDiscovery, 55, {60, 60, 45});
  // No moment of need identification itself; ExampleSources tries active listening next.
  AddQuote(scores, Component::kActiveListening,
           Moment(HighlightKind::kStrength, "c-21", "So the real issue is the handover?"));

  const CoachingPlan plan = Build(scores, ContextFor(Experienced()));

  ASSERT_EQ(plan.improvement_areas.size(), 1u);
  EXPECT_EQ(plan.improvement_areas[0].focus, Component::kNeedIdentification);
  ASSERT_TRUE(plan.improvement_areas[0].example.has_value());
  EXPECT_TRUE(plan.improvement_areas[0].example->own);
  EXPECT_EQ(plan.improvement_areas[0].example->quote.call_id, "c-21");
}

TEST_F(CoachingPlanTest, NoOwnMomentAndNoTeamExampleGiveNoExample) {
  const CoachingPlan plan = Build(DiscoveryArea(), ContextFor(Experienced()));
  ASSERT_EQ(plan.improvement_areas.size(), 1u);
  EXPECT_FALSE(plan.improvement_areas[0].example.has_value());
}

TEST_F(CoachingPlanTest, QuotesComeOutRedacted) {
  RepScores scores = DiscoveryArea();
  SetSkill(scores, Skill::kClosing, 85, {80, 90, 85});  // next steps 90 is the best
  AddQuote(scores, Component::kQuestionQuality,
           Moment(HighlightKind::kStrength, "c-17",
                  "Write to ana.lopez@acme.com or call (415) 555-0132 with the numbers."));
  AddQuote(scores, Component::kNextSteps,
           Moment(HighlightKind::kStrength, "c-19", "I'll send it to bob@globex.io by Friday."));
  CoachingContext context = ContextFor(Experienced());
  context.team_examples.emplace_back(Component::kActiveListening,
                                     TeamQuote("Call +44 20 7946 0958 when ready."));

  const CoachingPlan plan = Build(scores, context);

  ASSERT_EQ(plan.improvement_areas.size(), 1u);
  ASSERT_TRUE(plan.improvement_areas[0].example.has_value());
  EXPECT_EQ(plan.improvement_areas[0].example->quote.text,
            "Write to [email] or call [phone] with the numbers.");
  ASSERT_EQ(plan.strengths.size(), 1u);
  ASSERT_TRUE(plan.strengths[0].example.has_value());
  EXPECT_EQ(plan.strengths[0].example->quote.text, "I'll send it to [email] by Friday.");

  // A team example is redacted as well.
  RepScores listening = Blank();
  SetSkill(listening, Skill::kDiscovery, 55, {60, 45, 60});  // active listening 45
  const CoachingPlan team = Build(listening, context);
  ASSERT_EQ(team.improvement_areas.size(), 1u);
  ASSERT_TRUE(team.improvement_areas[0].example.has_value());
  EXPECT_FALSE(team.improvement_areas[0].example->own);
  EXPECT_EQ(team.improvement_areas[0].example->quote.text, "Call [phone] when ready.");
}

TEST_F(CoachingPlanTest, StrengthShowsItsBestComponentThatHasAMoment) {
  RepScores scores = Blank();
  SetSkill(scores, Skill::kClosing, 90, {95, 88, 87});  // 270/3 = 90
  // Trial close (95) is best but has no moment; next steps (88) has one.
  AddQuote(scores, Component::kNextSteps,
           Moment(HighlightKind::kStrength, "c-30", "Let's meet Thursday at 10 with your CFO."));

  const CoachingPlan plan = Build(scores, ContextFor(Experienced()));

  ASSERT_EQ(plan.strengths.size(), 1u);
  EXPECT_EQ(plan.strengths[0].component, Component::kNextSteps);
  EXPECT_EQ(plan.strengths[0].description, playbook_->Advice(Component::kNextSteps).strength);
  ASSERT_TRUE(plan.strengths[0].example.has_value());
  EXPECT_TRUE(plan.strengths[0].example->own);
  EXPECT_EQ(plan.strengths[0].example->quote.text, "Let's meet Thursday at 10 with your CFO.");
  // No areas: this week practises the strength's component, next steps.
  EXPECT_THAT(plan.this_week, ElementsAre(Choose(Component::kNextSteps, AdviceKind::kPractice)));
}

TEST_F(CoachingPlanTest, FocusSkillBelowStrengthFromIsTheOnlyArea) {
  RepScores scores = Blank();
  SetFlat(scores, Skill::kDiscovery, 50);
  SetFlat(scores, Skill::kQualification, 60);
  SetSkill(scores, Skill::kPresentation, 75, {75, 75, 75});
  SetFlat(scores, Skill::kClosing, 90);
  CoachingContext context = ContextFor(Experienced());
  context.focus = Skill::kPresentation;

  const CoachingPlan plan = Build(scores, context);

  // 75 < strength_from 80: Presentation is an area although it is not below 70; Discovery
  // and Qualification are left out by the focus.
  EXPECT_THAT(AreaSkills(plan), ElementsAre(Skill::kPresentation));
  // The three components tie at 75: the first, value articulation.
  EXPECT_THAT(AreaFocuses(plan), ElementsAre(Component::kValueArticulation));
  // An area, so not a strength as well; Closing 90 is outside the focus.
  EXPECT_THAT(plan.strengths, IsEmpty());
  EXPECT_THAT(plan.this_week,
              ElementsAre(Choose(Component::kValueArticulation, AdviceKind::kAction),
                          Choose(Component::kValueArticulation, AdviceKind::kPractice)));
}

TEST_F(CoachingPlanTest, FocusSkillAtStrengthFromIsTheOnlyStrength) {
  RepScores scores = Blank();
  SetFlat(scores, Skill::kDiscovery, 50);
  SetFlat(scores, Skill::kQualification, 95);
  SetSkill(scores, Skill::kClosing, 85, {80, 90, 85});  // 255/3 = 85
  CoachingContext context = ContextFor(Experienced());
  context.focus = Skill::kClosing;

  const CoachingPlan plan = Build(scores, context);

  EXPECT_THAT(plan.improvement_areas, IsEmpty());  // 85 >= 80; Discovery 50 is out of focus
  EXPECT_THAT(StrengthSkills(plan), ElementsAre(Skill::kClosing));  // not Qualification 95
  EXPECT_FALSE(plan.strengths[0].relative);
  EXPECT_EQ(plan.strengths[0].component, Component::kNextSteps);  // 90 of {80, 90, 85}
  EXPECT_THAT(plan.this_week, ElementsAre(Choose(Component::kNextSteps, AdviceKind::kPractice)));
}

TEST_F(CoachingPlanTest, GeneratedTextFailingTheToneCheckIsAFailedPrecondition) {
  // A stricter tone list than the playbook was loaded with: "going" is in the moved_up
  // follow-up ("... keep going.").
  Diagnostics diagnostics;
  Result<ToneCheck> strict =
      ToneCheck::Parse("version: 1\npunitive: [going]\n", "strict.yaml", &diagnostics);
  ASSERT_TRUE(strict.ok()) << diagnostics.FormatAll();
  RepScores scores = Blank();
  SetFlat(scores, Skill::kDiscovery, 65);

  Result<CoachingPlan> plan = BuildCoachingPlan(
      scores, *config_, *playbook_, *strict, WithPreviousFocus(ContextFor(Experienced())));

  ASSERT_FALSE(plan.ok());
  EXPECT_EQ(plan.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_EQ(plan.status().message(),
            "coaching text fails the tone check ('going' in \"Last week's focus, Discovery, "
            "moved from 60 to 65: keep going.\"); reword the playbook entry");
}

TEST_F(CoachingPlanTest, QuotesAreNotToneChecked) {
  RepScores scores = DiscoveryArea();
  // "never" is on the shipped punitive list, but a quote is the speaker's own words.
  AddQuote(scores, Component::kQuestionQuality,
           Moment(HighlightKind::kStrength, "c-17", "We never measured the handover; how would you?"));

  Result<CoachingPlan> plan =
      BuildCoachingPlan(scores, *config_, *playbook_, *tone_, ContextFor(Experienced()));

  ASSERT_TRUE(plan.ok()) << plan.status().ToString();
  ASSERT_TRUE(plan->improvement_areas[0].example.has_value());
  EXPECT_EQ(plan->improvement_areas[0].example->quote.text,
            "We never measured the handover; how would you?");
}

TEST_F(CoachingPlanTest, SegmentNoteFollowsTheRepsSegment) {
  RepScores scores = DiscoveryArea();
  model::Rep rep = Experienced();
  rep.segment = model::Segment::kEnterprise;
  const CoachingPlan enterprise = Build(scores, ContextFor(rep));
  ASSERT_EQ(enterprise.improvement_areas.size(), 1u);
  EXPECT_EQ(enterprise.improvement_areas[0].segment_note,
            playbook_->SegmentNote(model::Segment::kEnterprise, Skill::kDiscovery));
  EXPECT_FALSE(enterprise.improvement_areas[0].segment_note.empty());

  rep.segment = model::Segment::kUnknown;  // no segment, no note
  EXPECT_EQ(Build(scores, ContextFor(rep)).improvement_areas[0].segment_note, "");
}

// One reply to a price objection is marked twice by the analysis: as a well-handled objection
// (response quality) and as value defended (value defense, a source of discount management).
// The first strength quotes it; the second shows no example rather than repeat it.
TEST_F(CoachingPlanTest, NoMomentIsQuotedTwiceInOneReport) {
  RepScores scores = Blank();
  SetFlat(scores, Skill::kObjectionHandling, 91);
  SetSkill(scores, Skill::kNegotiation, 85, {85, std::nullopt, std::nullopt});
  AddQuote(scores, Component::kResponseQuality,
           Moment(HighlightKind::kStrength, "c-1", "That's completely reasonable."));
  AddQuote(scores, Component::kValueDefense,
           Moment(HighlightKind::kStrength, "c-1", "That's completely reasonable."));
  CoachingPlan plan = Build(scores, ContextFor(Experienced()));
  ASSERT_EQ(plan.strengths.size(), 2u);
  EXPECT_EQ(plan.strengths[0].skill, Skill::kObjectionHandling);  // 91 before 85
  ASSERT_TRUE(plan.strengths[0].example);
  EXPECT_EQ(plan.strengths[0].example->quote.text, "That's completely reasonable.");
  EXPECT_EQ(plan.strengths[1].skill, Skill::kNegotiation);
  EXPECT_EQ(plan.strengths[1].example, std::nullopt);

  // Another moment of value defended goes to the second strength.
  AddQuote(scores, Component::kValueDefense,
           Moment(HighlightKind::kStrength, "c-2", "I hear you on the budget."));
  plan = Build(scores, ContextFor(Experienced()));
  ASSERT_TRUE(plan.strengths[1].example);
  EXPECT_EQ(plan.strengths[1].example->quote.text, "I hear you on the budget.");
}

}  // namespace
}  // namespace sc::coaching
