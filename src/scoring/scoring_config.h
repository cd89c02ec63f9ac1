// ScoringConfig: every number of the scoring model a sales leader may want to change, read
// from a YAML file (data/scoring/scoring.yaml, documented in docs/scoring.md) so targets are
// edited without a rebuild.
//
//   - skill weights (the seed's 20/15/20/15/15/15),
//   - level bands (Expert 90, Proficient 75, Developing 60, Needs Coaching 40),
//   - the trend threshold in points (3),
//   - the window deal outcomes are read over (180 days: a quarter holds too few closed deals),
//   - the recommendation rule's numbers (improve below 70, strengths from 80, target 75, at
//     most 3 areas, manager review below 40),
//   - which CRM stages are "early" (not yet qualified; closed out early),
//   - for each of the 18 components, the measures behind it (measures.h), each with its target
//     curve, its weight in the component, the smallest sample it needs and the target in words.
//
// A file that fails to load is an error with file:line:col and a hint, never a silent
// default: every problem is reported at once.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "base/result.h"
#include "model/skill.h"
#include "scoring/levels.h"
#include "scoring/measures.h"
#include "scoring/target_curve.h"

namespace sc::scoring {

struct MeasureSpec {
  MeasureId measure = MeasureId::kQuestionsPerDiscoveryCall;
  TargetCurve curve;
  double weight = 1;           // > 0; the component score is the weighted mean of its measures
  std::size_t min_sample = 3;  // fewer calls/objections/deals than this: not enough evidence
  std::string target;          // for people: "11-14 questions per discovery call"
  std::string source;          // where the target comes from; may be empty
};

struct ComponentSpec {
  std::vector<MeasureSpec> measures;  // at least one; the first is the headline measure
};

// The seed's recommendation rule (DOMAIN.md, "Recommendations", "Guardrails").
struct RecommendationRule {
  double improve_below = 70;  // skills below this are improvement areas
  double strength_from = 80;  // skills at or above this are strengths
  double target_score = 75;   // what an improvement area aims for
  std::size_t max_areas = 3;  // improvement areas shown, lowest first
  double review_below = 40;   // any skill or the overall below this: manager review
};

struct ScoringConfig {
  std::array<double, model::kSkillCount> weights{};  // by SkillIndex; >= 0, not all 0
  LevelBands levels;
  double trend_points = 3;
  // Deal outcomes are read over at least this many days ending with the report period.
  int outcome_window_days = 180;
  RecommendationRule recommendations;
  std::vector<std::string> early_stages;
  std::vector<std::string> closed_out_stages;
  std::array<ComponentSpec, model::kComponentCount> components;  // by ComponentIndex
  std::string source;                                            // the file it was read from

  // The window deal outcomes are read over for a report over `period`: `period` itself when
  // it is at least outcome_window_days long, else the outcome_window_days ending with it.
  Period OutcomePeriod(Period period) const;

  const ComponentSpec& Of(model::Component component) const {
    return components[model::ComponentIndex(component)];
  }
};

// Parses `yaml` read from `source` (used in diagnostics). On failure adds one located
// diagnostic per problem (YAML syntax, unknown or missing keys, an unknown skill, component or
// measure with the valid ones in the hint, a component without measures, a curve that is not
// a list of [value, score] pairs with increasing values and scores in 0..100, a weight that is
// negative or not a number, level bands that do not increase) and returns kInvalidArgument.
// Thread-safe; no I/O.
Result<ScoringConfig> ParseScoringConfig(std::string_view yaml, std::string_view source,
                                         Diagnostics* diagnostics);

// Reads and parses the file at `path`: kNotFound / kIoError when it cannot be read, else what
// ParseScoringConfig returns.
Result<ScoringConfig> LoadScoringConfig(const std::string& path, Diagnostics* diagnostics);

}  // namespace sc::scoring
