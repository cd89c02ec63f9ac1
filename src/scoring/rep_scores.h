// RepScores: a rep's six skill scores, their eighteen components and the overall score, each
// with the evidence behind it (DOMAIN.md, "Skill model"; INTERFACES.md, "Report JSON").
//
// Scores are whole numbers 0..100 (as reports show them). A component or skill without enough
// evidence has no score (status kInsufficientData): it is left out of the means, never
// counted as 0.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "metrics/trend.h"
#include "model/call_analysis.h"
#include "model/skill.h"
#include "scoring/levels.h"
#include "scoring/measures.h"

namespace sc::scoring {

// One measure of a component, taken and scored.
struct MeasureScore {
  MeasureId measure = MeasureId::kQuestionsPerDiscoveryCall;
  MeasureValue taken;           // the raw value, its sample and the calls or deals behind it
  std::optional<double> score;  // 0..100 (unrounded) when the sample is large enough
  std::size_t min_sample = 0;
  std::string target;
  double weight = 1;
};

// A moment from a call that shows a component done well or worth another look.
struct Quote {
  model::HighlightKind kind = model::HighlightKind::kStrength;
  std::string call_id;
  std::string call_title;
  std::optional<Timestamp> call_started_at;
  double at_s = 0;
  double end_s = 0;
  std::string text;  // whole sentences, personal data already redacted by the analysis
  std::string note;  // what the moment shows
};

enum class ScoreStatus { kScored, kInsufficientData };
std::string_view ScoreStatusName(ScoreStatus status);  // "scored", "insufficient_data"

struct ComponentScore {
  model::Component component = model::Component::kQuestionQuality;
  ScoreStatus status = ScoreStatus::kInsufficientData;
  std::optional<double> score;  // whole number when scored
  std::optional<double> value;  // the headline (first) measure's raw value, when taken
  std::string target;           // the headline measure's target in words
  std::vector<MeasureScore> measures;
  std::vector<std::string> call_ids;  // every call behind the measures, in first-use order
  std::vector<std::string> deal_ids;  // every deal behind the measures, in first-use order
  std::vector<Quote> quotes;          // the component's moments: strengths, then improvements
};

struct SkillScore {
  model::Skill skill = model::Skill::kDiscovery;
  ScoreStatus status = ScoreStatus::kInsufficientData;
  std::optional<double> score;  // whole number: mean of the scored components
  std::optional<Level> level;
  std::optional<metrics::Trend> trend;  // against the previous snapshot; nullopt unscored
  std::optional<double> previous;       // the previous snapshot's score, when there is one
  std::array<ComponentScore, model::kComponentsPerSkill> components;
};

struct RepScores {
  std::array<SkillScore, model::kSkillCount> skills;  // by SkillIndex
  std::optional<double> overall;                      // weighted mean of scored skills
  std::optional<Level> overall_level;
  std::optional<metrics::Trend> overall_trend;
  std::optional<double> previous_overall;

  const SkillScore& Of(model::Skill skill) const { return skills[model::SkillIndex(skill)]; }
  const ComponentScore& Of(model::Component component) const {
    return Of(model::SkillOf(component))
        .components[model::ComponentIndex(component) % model::kComponentsPerSkill];
  }
};

}  // namespace sc::scoring
