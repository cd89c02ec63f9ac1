// Tests of RenderReportJson against INTERFACES.md's "Report JSON": a small hand-built
// ReportData, selected fields checked by value after parsing, and the whole document compared
// byte for byte with tests/golden/report/small_report.json (SC_UPDATE_GOLDEN=1 rewrites it;
// see tests/golden/README.md).
#include "report/report_json.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/file_io.h"
#include "report/golden_file.h"

namespace sc::report {
namespace {

using model::Component;
using model::Skill;
// Parsed keeping key order, so the order the document writes skills in can be checked.
using json = nlohmann::ordered_json;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

scoring::SkillScore& SkillOf(ReportData& data, Skill skill) {
  return data.scores.skills[model::SkillIndex(skill)];
}
scoring::ComponentScore& ComponentOf(ReportData& data, Component component) {
  return SkillOf(data, model::SkillOf(component))
      .components[model::ComponentIndex(component) % model::kComponentsPerSkill];
}

scoring::Quote OwnQuote() {
  scoring::Quote quote;
  quote.kind = model::HighlightKind::kStrength;
  quote.call_id = "c-1";
  quote.call_title = "Acme discovery";
  quote.call_started_at = Timestamp::StartOf(Date::FromYmd(2026, 11, 3)).AddSeconds(15 * 3600);
  quote.at_s = 754.5;
  quote.end_s = 771.25;
  quote.text = "What does onboarding cost you today?";
  quote.note = "an open question that got the customer talking";
  return quote;
}

// One rep with Discovery scored (one component without enough data), Objection Handling
// critical, Closing scored last time only, and the rest unknown.
ReportData Small() {
  ReportData data;
  data.rep.id = "rep-ana";
  data.rep.name = "Ana Lopez";
  data.rep.segment = model::Segment::kMidMarket;
  data.as_of = Date::FromYmd(2026, 11, 24);
  data.period = {Date::FromYmd(2026, 8, 27), Date::FromYmd(2026, 11, 24)};
  data.outcome_period = {Date::FromYmd(2026, 5, 29), Date::FromYmd(2026, 11, 24)};
  data.calls_analyzed = 12;
  data.deals_reviewed = 5;
  data.weights = {20, 15, 20, 15, 15, 15};
  for (Skill skill : model::kAllSkills) {
    SkillOf(data, skill).skill = skill;
    const auto components = model::ComponentsOf(skill);
    for (std::size_t i = 0; i < components.size(); ++i) {
      SkillOf(data, skill).components[i].component = components[i];
    }
  }

  scoring::SkillScore& discovery = SkillOf(data, Skill::kDiscovery);
  discovery.status = scoring::ScoreStatus::kScored;
  discovery.score = 72;
  discovery.level = scoring::Level::kDeveloping;
  discovery.trend = metrics::Trend::kUp;
  discovery.previous = 66;

  scoring::ComponentScore& questions = ComponentOf(data, Component::kQuestionQuality);
  questions.status = scoring::ScoreStatus::kScored;
  questions.score = 72;
  questions.value = 12.3456;
  questions.target = "11-14 questions per discovery call";
  scoring::MeasureScore per_call;
  per_call.measure = scoring::MeasureId::kQuestionsPerDiscoveryCall;
  per_call.taken.value = 12.3456;
  per_call.taken.sample = 8;
  per_call.score = 74.6;
  per_call.min_sample = 3;
  per_call.target = "11-14 questions per discovery call";
  per_call.weight = 1;
  scoring::MeasureScore open_share;
  open_share.measure = scoring::MeasureId::kOpenQuestionShare;
  open_share.taken.value = 0.5;
  open_share.taken.sample = 8;
  open_share.score = 60;
  open_share.min_sample = 3;
  open_share.target = "at least half of the questions open, ideally two thirds";
  open_share.weight = 0.5;
  questions.measures = {per_call, open_share};
  questions.call_ids = {"c-1", "c-2"};
  questions.deal_ids = {"d-9"};
  questions.quotes = {OwnQuote()};

  scoring::ComponentScore& listening = ComponentOf(data, Component::kActiveListening);
  listening.status = scoring::ScoreStatus::kInsufficientData;
  listening.target = "rep 35-43% of talk time on discovery calls";
  scoring::MeasureScore talk;
  talk.measure = scoring::MeasureId::kDiscoveryTalkRatio;
  talk.taken.sample = 1;  // one call with a talk ratio, below min_sample 3: no value, no score
  talk.min_sample = 3;
  talk.target = listening.target;
  listening.measures = {talk};

  scoring::SkillScore& objections = SkillOf(data, Skill::kObjectionHandling);
  objections.status = scoring::ScoreStatus::kScored;
  objections.score = 39;
  objections.level = scoring::Level::kCritical;
  objections.trend = metrics::Trend::kNew;
  ComponentOf(data, Component::kEmpathy).status = scoring::ScoreStatus::kScored;
  ComponentOf(data, Component::kEmpathy).score = 35;

  SkillOf(data, Skill::kClosing).previous = 70;  // unscored now

  data.scores.overall = 61;
  data.scores.overall_level = scoring::Level::kDeveloping;
  data.scores.overall_trend = metrics::Trend::kFlat;
  data.scores.previous_overall = 60;

  coaching::Strength strength;
  strength.skill = Skill::kDiscovery;
  strength.score = 72;
  strength.relative = true;
  strength.component = Component::kQuestionQuality;
  strength.description = "You ask open questions that get customers telling their story";
  strength.example = coaching::Example{true, OwnQuote()};
  data.plan.strengths = {strength};

  coaching::ImprovementArea area;
  area.skill = Skill::kObjectionHandling;
  area.current_score = 39;
  area.target_score = 75;
  area.focus = Component::kEmpathy;
  area.focus_score = 35;
  area.what = "Acknowledge the concern before you answer it";
  area.why = "Customers who feel heard keep talking.";
  area.coaching = "Name the concern in the customer's words first.";
  area.practice = "Replay 2 objections and write an acknowledgement for each.";
  // A team example keeps text, note and times only, even when its quote still has a call.
  scoring::Quote team = OwnQuote();
  team.call_id = "c-team";
  team.text = "I hear you: timing matters with a launch in March.";
  team.note = "an acknowledgement before the answer";
  team.at_s = 3723;
  team.end_s = 3730;
  area.example = coaching::Example{false, team};
  data.plan.improvement_areas = {area};

  data.plan.this_week = {"Acknowledge every objection before answering it",
                         "Replay 2 objections and write an acknowledgement for each."};
  data.plan.notes = {"Last week's focus, Discovery, moved from 66 to 72: keep going."};
  data.plan.review = {true,
                      "Objection Handling scored 39: below 40 (Critical), so a manager reviews "
                      "this report before it is sent"};

  data.call_review.summary.calls = 12;
  data.call_review.summary.hours = 6.25;
  data.call_review.summary.talk_ratio = 0.4567;
  data.call_review.summary.fillers_per_min = 2.04;
  coaching::CallPick best;
  best.call_id = "c-1";
  best.title = "Acme discovery";
  best.started_at = OwnQuote().call_started_at;
  best.strengths = 3;
  best.improvements = 1;
  best.moment = OwnQuote();
  data.call_review.best = best;

  data.status = ReportStatus::kPendingReview;
  return data;
}

json Parse(const ReportData& data) { return json::parse(RenderReportJson(data)); }

TEST(ReportJsonTest, HeadAndOverallUseIntegersAndNullsForUnknowns) {
  const json doc = Parse(Small());
  EXPECT_EQ(doc["rep"]["id"], "rep-ana");
  EXPECT_EQ(doc["rep"]["name"], "Ana Lopez");
  EXPECT_EQ(doc["rep"]["segment"], "mid_market");
  EXPECT_EQ(doc["as_of"], "2026-11-24");
  EXPECT_EQ(doc["period"]["from"], "2026-08-27");
  EXPECT_EQ(doc["period"]["to"], "2026-11-24");
  EXPECT_EQ(doc["outcome_period"]["from"], "2026-05-29");
  EXPECT_TRUE(doc["focus"].is_null());  // no --focus
  EXPECT_EQ(doc["calls_analyzed"], 12);
  EXPECT_EQ(doc["deals_reviewed"], 5);
  EXPECT_TRUE(doc["overall"]["score"].is_number_integer());
  EXPECT_EQ(doc["overall"]["score"], 61);
  EXPECT_EQ(doc["overall"]["level"], "Developing");
  EXPECT_EQ(doc["overall"]["trend"], "flat");
  EXPECT_EQ(doc["overall"]["previous"], 60);
  // Benchmarks were never computed: every figure is unknown, not 0.
  EXPECT_TRUE(doc["metrics"]["win_rate"]["you"].is_null());
  EXPECT_TRUE(doc["metrics"]["win_rate"]["team_avg"].is_null());
  EXPECT_TRUE(doc["metrics"]["win_rate"]["trend"].is_null());
  EXPECT_EQ(doc["metrics"]["team_size"], 0);
}

TEST(ReportJsonTest, SkillsCarryWholeScoresWeightsAndStatus) {
  const json doc = Parse(Small());
  const json& discovery = doc["skills"]["discovery"];
  EXPECT_TRUE(discovery["score"].is_number_integer());
  EXPECT_EQ(discovery["score"], 72);
  EXPECT_EQ(discovery["level"], "Developing");
  EXPECT_EQ(discovery["trend"], "up");
  EXPECT_EQ(discovery["previous"], 66);
  EXPECT_EQ(discovery["status"], "scored");
  EXPECT_DOUBLE_EQ(discovery["weight"].get<double>(), 0.2);  // 20 / 100
  // Unscored: nulls, never 0.
  const json& qualification = doc["skills"]["qualification"];
  EXPECT_TRUE(qualification["score"].is_null());
  EXPECT_TRUE(qualification["level"].is_null());
  EXPECT_TRUE(qualification["trend"].is_null());
  EXPECT_TRUE(qualification["previous"].is_null());
  EXPECT_EQ(qualification["status"], "insufficient_data");
  EXPECT_DOUBLE_EQ(qualification["weight"].get<double>(), 0.15);  // 15 / 100
  // All six skills, each with its three components.
  std::vector<std::string> keys;
  for (const auto& [key, skill] : doc["skills"].items()) {
    keys.push_back(key);
    EXPECT_EQ(skill["components"].size(), 3u) << key;
  }
  EXPECT_THAT(keys, ElementsAre("discovery", "qualification", "presentation",
                                "objection_handling", "negotiation", "closing"));
}

TEST(ReportJsonTest, ComponentEvidenceListsMeasuresThenCallsThenDealsThenQuotes) {
  const json doc = Parse(Small());
  const json& component = doc["skills"]["discovery"]["components"]["question_quality"];
  EXPECT_EQ(component["score"], 72);
  EXPECT_DOUBLE_EQ(component["value"].get<double>(), 12.346);  // 12.3456 to three decimals
  EXPECT_EQ(component["target"], "11-14 questions per discovery call");
  EXPECT_EQ(component["status"], "scored");
  const json& evidence = component["evidence"];
  std::vector<std::string> types;
  for (const json& item : evidence) types.push_back(item["type"]);
  EXPECT_THAT(types, ElementsAre("measure", "measure", "calls", "deals", "quote"));

  const json& measure = evidence[0];
  EXPECT_EQ(measure["measure"], "questions_per_discovery_call");
  EXPECT_EQ(measure["description"], "rep questions per discovery call");
  EXPECT_DOUBLE_EQ(measure["value"].get<double>(), 12.346);
  EXPECT_EQ(measure["sample"], 8);
  EXPECT_EQ(measure["unit"], "calls");
  EXPECT_EQ(measure["min_sample"], 3);
  EXPECT_TRUE(measure["score"].is_number_integer());
  EXPECT_EQ(measure["score"], 75);  // 74.6 rounded to a whole number
  EXPECT_DOUBLE_EQ(measure["weight"].get<double>(), 1);
  EXPECT_DOUBLE_EQ(evidence[1]["weight"].get<double>(), 0.5);
  EXPECT_EQ(evidence[1]["score"], 60);
  EXPECT_EQ(evidence[2]["ids"], json({"c-1", "c-2"}));
  EXPECT_EQ(evidence[3]["ids"], json({"d-9"}));

  const json& quote = evidence[4];
  EXPECT_EQ(quote["call_id"], "c-1");
  EXPECT_EQ(quote["call_title"], "Acme discovery");
  EXPECT_EQ(quote["date"], "2026-11-03");
  EXPECT_EQ(quote["at"], "12:35");  // 754.5 s rounds to 755 s = 12 min 35 s
  EXPECT_DOUBLE_EQ(quote["at_s"].get<double>(), 754.5);
  EXPECT_DOUBLE_EQ(quote["end_s"].get<double>(), 771.25);
  EXPECT_EQ(quote["moment"], "strength");
  EXPECT_EQ(quote["quote"], "What does onboarding cost you today?");
}

TEST(ReportJsonTest, ComponentWithInsufficientDataHasNullScoreAndValue) {
  const json doc = Parse(Small());
  const json& component = doc["skills"]["discovery"]["components"]["active_listening"];
  EXPECT_EQ(component["status"], "insufficient_data");
  EXPECT_TRUE(component["score"].is_null());
  EXPECT_TRUE(component["value"].is_null());
  // The measure that was tried is still shown, with its sample and no value or score.
  ASSERT_EQ(component["evidence"].size(), 1u);
  EXPECT_EQ(component["evidence"][0]["measure"], "discovery_talk_ratio");
  EXPECT_EQ(component["evidence"][0]["sample"], 1);
  EXPECT_TRUE(component["evidence"][0]["value"].is_null());
  EXPECT_TRUE(component["evidence"][0]["score"].is_null());
  // A component never touched: no evidence at all.
  EXPECT_EQ(doc["skills"]["closing"]["components"]["win_rate"]["evidence"], json::array());
}

TEST(ReportJsonTest, StrengthsAndAreasWithOwnAndTeamExamples) {
  const json doc = Parse(Small());
  ASSERT_EQ(doc["strengths"].size(), 1u);
  const json& strength = doc["strengths"][0];
  EXPECT_EQ(strength["skill"], "discovery");
  EXPECT_TRUE(strength["score"].is_number_integer());
  EXPECT_EQ(strength["score"], 72);
  EXPECT_EQ(strength["relative"], true);
  EXPECT_EQ(strength["component"], "question_quality");
  EXPECT_EQ(strength["example"]["source"], "own");
  EXPECT_EQ(strength["example"]["call_id"], "c-1");
  EXPECT_EQ(strength["example"]["date"], "2026-11-03");

  ASSERT_EQ(doc["improvement_areas"].size(), 1u);
  const json& area = doc["improvement_areas"][0];
  EXPECT_EQ(area["skill"], "objection_handling");
  EXPECT_EQ(area["current_score"], 39);
  EXPECT_TRUE(area["target_score"].is_number_integer());
  EXPECT_EQ(area["target_score"], 75);
  EXPECT_EQ(area["focus"], "empathy");
  EXPECT_EQ(area["focus_score"], 35);
  EXPECT_EQ(area["segment_note"], "");
  const json& example = area["example"];
  EXPECT_EQ(example["source"], "team_top_quartile");
  // Nothing that names the call or its date, although the quote held a call id.
  EXPECT_FALSE(example.contains("call_id"));
  EXPECT_FALSE(example.contains("call_title"));
  EXPECT_FALSE(example.contains("date"));
  EXPECT_EQ(example["quote"], "I hear you: timing matters with a launch in March.");
  EXPECT_EQ(example["at"], "1:02:03");  // 3723 s = 1 h 2 min 3 s
  EXPECT_EQ(example["note"], "an acknowledgement before the answer");
}

TEST(ReportJsonTest, CallReviewRoundsAndLeavesUnknownsNull) {
  const json doc = Parse(Small());
  const json& review = doc["call_review"];
  EXPECT_EQ(review["calls"], 12);
  EXPECT_DOUBLE_EQ(review["hours"].get<double>(), 6.3);  // 6.25 to one decimal, half away from 0
  EXPECT_DOUBLE_EQ(review["talk_ratio"].get<double>(), 0.457);  // 0.4567 to three decimals
  EXPECT_DOUBLE_EQ(review["fillers_per_min"].get<double>(), 2.0);  // 2.04 to one decimal
  EXPECT_TRUE(review["questions_per_call"].is_null());
  EXPECT_TRUE(review["specific_next_step_share"].is_null());
  EXPECT_EQ(review["best_call"]["call_id"], "c-1");
  EXPECT_EQ(review["best_call"]["date"], "2026-11-03");
  EXPECT_EQ(review["best_call"]["strength_moments"], 3);
  EXPECT_EQ(review["best_call"]["improvement_moments"], 1);
  // The call is named once, on the pick, not again in its moment.
  EXPECT_FALSE(review["best_call"]["moment"].contains("call_id"));
  EXPECT_TRUE(review["call_to_review"].is_null());
}

TEST(ReportJsonTest, ProgressListsSkillsWithAScoreNowOrBefore) {
  const json doc = Parse(Small());
  // Discovery 66 -> 72; Objection Handling new at 39; Closing 70 last time, unscored now. The
  // other three have neither and are left out.
  EXPECT_EQ(doc["progress"],
            json::parse(R"([
              {"skill": "discovery", "last": 66, "this": 72, "change": 6, "trend": "up"},
              {"skill": "objection_handling", "last": null, "this": 39, "change": null,
               "trend": "new"},
              {"skill": "closing", "last": 70, "this": null, "change": null, "trend": null}
            ])"));
}

TEST(ReportJsonTest, ThisWeekNotesReviewAndStatus) {
  const json doc = Parse(Small());
  EXPECT_EQ(doc["this_week"].size(), 2u);
  EXPECT_EQ(doc["notes"][0], "Last week's focus, Discovery, moved from 66 to 72: keep going.");
  EXPECT_EQ(doc["review"]["required"], true);
  EXPECT_EQ(doc["review"]["reason"],
            "Objection Handling scored 39: below 40 (Critical), so a manager reviews this report "
            "before it is sent");
  EXPECT_EQ(doc["status"], "pending_review");
}

TEST(ReportJsonTest, FocusIsTheSkillKey) {
  ReportData data = Small();
  data.focus = Skill::kObjectionHandling;
  EXPECT_EQ(Parse(data)["focus"], "objection_handling");
}

TEST(ReportJsonTest, MatchesTheGoldenFile) {
  const std::string rendered = RenderReportJson(Small());
  ASSERT_FALSE(rendered.empty());
  EXPECT_EQ(rendered.back(), '\n');  // a final newline
  ExpectGolden("small_report.json", rendered);
}

TEST(ReportJsonTest, MarkupInTranscriptTextIsEscapedAndReadsBack) {
  ReportData data = Small();
  scoring::Quote& quote = ComponentOf(data, Component::kQuestionQuality).quotes.front();
  quote.text = "<script>alert(1)</script> & more";
  const std::string text = RenderReportJson(data);
  EXPECT_THAT(text, Not(HasSubstr("<script>")));
  EXPECT_THAT(text, HasSubstr(R"(\u003cscript\u003ealert(1)\u003c/script\u003e \u0026 more)"));
  EXPECT_THAT(json::parse(text).dump(), HasSubstr("<script>alert(1)</script> & more"));
  EXPECT_EQ(HtmlSafeJson(R"({"a": "<b>&</b>"})"), R"({"a": "\u003cb\u003e\u0026\u003c/b\u003e"})");
}

}  // namespace
}  // namespace sc::report
