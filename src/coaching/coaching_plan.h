// The coaching plan: what a rep reads after the scores (DOMAIN.md, "Recommendations" and
// "Guardrails"; the seed's step 8).
//
//   - Improvement areas: scored skills below the rule's improve_below (70), lowest first, at
//     most max_areas (3; a new rep gets the playbook's new_rep_max_focus_areas). Each focuses
//     on its weakest scored component (for a new rep, the weakest fundamentals component below
//     improve_below when there is one), targets target_score (75), and carries the playbook's
//     what / why / tip / practice for that component, the segment's note, and an example: the
//     rep's own best moment on that component, else an anonymised one from the team's top
//     group; for a component measured on deals, the rep's own deal that shows it best
//     (BestDeal); else none.
//   - With a focus skill (`--focus`), only that skill is an improvement area (when it is below
//     strength_from) or a strength (when it is not).
//   - Strengths: skills at strength_from (80) or above, highest first, each with its best
//     component's strength line and a positive quote. When none reaches it, the best scored
//     skill is shown as a relative strength, so every report names one.
//   - This week: the first area's action, the second's, and the first area's practice
//     activity; tips, practice and actions rotate week by week (Playbook::Pick).
//   - Follow-up: when the previous report had a focus, a note says whether it moved (by the
//     trend rule: more than trend_points).
//   - Review: any scored skill or the overall below review_below (40) holds the report for a
//     manager's review.
//   - No call moment is quoted twice in one plan: a later example takes the component's next
//     moment, or none.
//   - Guardrails: every generated sentence passes the tone check (else the plan fails with
//     kFailedPrecondition naming the words: a playbook or config that slipped through), and
//     every quote is redacted for personal data.
//
// Pure and thread-safe.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/result.h"
#include "coaching/deal_examples.h"
#include "coaching/playbook.h"
#include "coaching/tone_check.h"
#include "model/deal.h"
#include "model/rep.h"
#include "model/skill.h"
#include "scoring/rep_scores.h"
#include "scoring/scoring_config.h"

namespace sc::coaching {

// Something to learn from: a moment from a call (the rep's own, or a top-group rep's with
// nothing that names them: no call, no name, no date) or, for components measured on deals,
// one of the rep's own deals.
struct Example {
  bool own = true;
  scoring::Quote quote;             // for a team example only text, note and timestamps are kept
  std::optional<DealExample> deal;  // set for a deal example; `quote` is then empty
};

struct ImprovementArea {
  model::Skill skill = model::Skill::kDiscovery;
  double current_score = 0;
  double target_score = 75;
  model::Component focus = model::Component::kQuestionQuality;
  std::optional<double> focus_score;
  std::string what;          // the specific component to improve
  std::string why;           // why it matters
  std::string coaching;      // this week's tip
  std::string practice;      // this week's practice activity
  std::string segment_note;  // may be empty
  std::optional<Example> example;
};

struct Strength {
  model::Skill skill = model::Skill::kDiscovery;
  double score = 0;
  bool relative = false;  // the best skill, shown although below strength_from
  model::Component component = model::Component::kQuestionQuality;  // its best component
  std::string description;
  std::optional<Example> example;
};

struct ReviewDecision {
  bool required = false;
  std::string reason;  // why, when required
};

struct CoachingPlan {
  std::vector<ImprovementArea> improvement_areas;
  std::vector<Strength> strengths;
  std::vector<std::string> this_week;
  std::vector<std::string> notes;  // new-rep note, follow-up on the previous focus
  ReviewDecision review;
};

// The previous report's focus, for the follow-up note.
struct PreviousFocus {
  model::Skill skill = model::Skill::kDiscovery;
  double score = 0;  // the skill's score in that report
};

struct CoachingContext {
  model::Rep rep;
  Date as_of;
  std::optional<model::Skill> focus;  // --focus
  std::optional<PreviousFocus> previous_focus;
  // An anonymised strength moment per component from the team's top group; may be empty.
  std::vector<std::pair<model::Component, scoring::Quote>> team_examples;
  // The rep's deals, for deal examples; the component evidence names which ones count.
  std::vector<model::Deal> deals;
};

Result<CoachingPlan> BuildCoachingPlan(const scoring::RepScores& scores,
                                       const scoring::ScoringConfig& config,
                                       const Playbook& playbook, const ToneCheck& tone,
                                       const CoachingContext& context);

// The components whose call moments can show `component` done well, the component itself
// first: the analysis marks moments for some components only, and a moment of a neighbour
// shows the same behaviour (an objection answered well shows empathy; a check-in question
// during a demo shows engagement). Deal-based components have none but themselves.
std::vector<model::Component> ExampleSources(model::Component component);

// The rep's own strength moment for `component`, from its quotes or its ExampleSources', as
// scored (not yet redacted), other than those in `skip` (quotes of `scores` already shown);
// nullptr when there is none.
const scoring::Quote* OwnStrengthMoment(const scoring::RepScores& scores,
                                        model::Component component,
                                        std::span<const scoring::Quote* const> skip = {});

// The week number the playbook rotation uses: days since 1970-01-01 divided by 7.
int WeekIndex(Date date);

}  // namespace sc::coaching
