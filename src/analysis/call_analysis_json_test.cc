#include "analysis/call_analysis_json.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace sc::analysis {
namespace {

// A full analysis whose numbers are already at the JSON's precision, so it round-trips exactly.
model::CallAnalysis Sample() {
  model::CallAnalysis a;
  a.version = "1-00000000000000ab";
  a.call_id = "C-1";
  a.rep_id = "R-1";
  a.deal_id = "D-9";
  a.started_at = Timestamp::Parse("2026-11-02T15:00:00Z");
  a.title = "Acme discovery";
  a.duration_s = 1834.25;
  a.call_type = model::CallType::kDiscovery;
  a.call_type_from = "crm";
  a.roles_from = "manifest";
  a.utterance_count = 2;
  a.speakers = {{"Dana Reyes", model::SpeakerRole::kRep, 700.5, 1800},
                {"Sam Patel", model::SpeakerRole::kCustomer, 900.25, 2100}};
  a.rep_talk_s = 700.5;
  a.customer_talk_s = 900.25;
  a.talk_ratio = 0.438;
  a.longest_monologue_s = 95.5;
  a.longest_customer_story_s = 120.75;
  a.interactivity = 4.25;
  a.patience_s = 0.85;
  a.wpm = 152.5;
  a.interruptions = 2;
  a.questions = {.rep = 12, .open = 7, .closed = 5, .follow_up = 3, .customer = 4, .spread = 0.8};
  a.fillers = {.per_min = 2.5, .total = 29, .by_word = {{"um", 20}, {"like", 9}}};
  a.sentiment = {.customer = 0.215, .customer_start = 0.1, .customer_end = 0.4, .rep = 0.3};
  a.objections = {
      {.type = "price",
       .at_s = 600.5,
       .text = "It's too expensive.",
       .utterance = 40,
       .handled = true,
       .resolved = false,
       .response = model::ObjectionResponse{true, true, false, 20.5, 1.25}},
      {.type = "timing", .at_s = 900, .text = "Not right now.", .utterance = 60}};
  a.next_steps = {.present = true, .specific = true, .text = "I'll send it Friday.", .at_s = 1700,
                  .utterance = 0};
  a.value_statements = 5;
  a.feature_statements = 3;
  a.trial_closes = 2;
  a.empathy_statements = 4;
  a.personalization = 6;
  a.customer_pains = 3;
  a.energy = 0.725;
  a.trackers = {{"competitor", {{"Gong", 120.5, "Sam Patel", 12}}}};
  a.highlights = {{model::HighlightKind::kStrength, "closing", "next_steps", 1700, 1710.5,
                   "I'll send it Friday.", "A specific next step."}};
  return a;
}

TEST(CallAnalysisJsonTest, RoundTrips) {
  model::CallAnalysis a = Sample();
  Result<model::CallAnalysis> back = CallAnalysisFromJson(CallAnalysisToJson(a), "C-1");
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(*back, a);
}

TEST(CallAnalysisJsonTest, WritesTheDocumentedShapeWithNullForUnmeasured) {
  model::CallAnalysis a = Sample();
  a.patience_s.reset();
  a.objections[0].response.reset();
  nlohmann::json j = nlohmann::json::parse(CallAnalysisToJson(a));
  EXPECT_EQ(j["call_type"], "discovery");
  EXPECT_TRUE(j["patience_s"].is_null());
  EXPECT_TRUE(j["objections"][0]["response"].is_null());
  EXPECT_EQ(j["questions"]["follow_up"], 3);
  EXPECT_EQ(j["fillers"]["by_word"]["um"], 20);
  EXPECT_EQ(j["speakers"][0]["role"], "rep");
  EXPECT_EQ(j["highlights"][0]["kind"], "strength");
  EXPECT_FALSE(j.contains("utterances"));
}

TEST(CallAnalysisJsonTest, RoundsForReading) {
  model::CallAnalysis a = Sample();
  a.talk_ratio = 0.43333333;
  a.duration_s = 12.3456;
  nlohmann::json j = nlohmann::json::parse(CallAnalysisToJson(a));
  EXPECT_DOUBLE_EQ(j["talk_ratio"].get<double>(), 0.433);
  EXPECT_DOUBLE_EQ(j["duration_s"].get<double>(), 12.35);
}

TEST(CallAnalysisJsonTest, RejectsWhatIsNotACallAnalysis) {
  Result<model::CallAnalysis> garbage = CallAnalysisFromJson("{not json", "C-1");
  EXPECT_EQ(garbage.status().code(), StatusCode::kInvalidArgument);
  EXPECT_THAT(garbage.status().message(), testing::HasSubstr("C-1: not a JSON object"));

  nlohmann::json j = nlohmann::json::parse(CallAnalysisToJson(Sample()));
  j.erase("questions");
  Result<model::CallAnalysis> missing = CallAnalysisFromJson(j.dump(), "C-1");
  EXPECT_EQ(missing.status().code(), StatusCode::kInvalidArgument);
  EXPECT_THAT(missing.status().message(), testing::HasSubstr("questions"));
  EXPECT_THAT(missing.status().message(), testing::HasSubstr("salescoach analyze --all"));
}

}  // namespace
}  // namespace sc::analysis
