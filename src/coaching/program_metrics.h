// The coaching program's five metrics: is the coaching read, does it move skills and wins, do
// reps like it, how fast does a focus skill become proficient (DOMAIN.md, "Coaching program
// metrics"; docs/impact.md gives every rule with an example).
//
// The program is measured over the quarter W: the kProgramWindowDays days ending at the as-of
// date, both ends included. A report dated after the as-of date counts nowhere.
//
//   metric                    value                                   target        needs
//   adoption                  acknowledged / delivered, reports in W  > 80%         1 delivered
//   skill_improvement         mean change of a focus skill, in W      >= +10 points 3 episodes
//   win_rate_lift             win rate after first coaching / before  >= +15%       10 + 10 closed
//                             - 1, pooled over coached reps                         1 won before
//   satisfaction              mean rating of reports in W             > 4 / 5       3 ratings
//   time_to_proficiency       median days from focus below 75 to 75   < 42 days     3 reached
//
// A metric without enough data has no value (never 0) and says why in its basis. Whether a
// target is met is decided on the counts where they are whole numbers, so a value exactly on
// a boundary (80% adoption, +15% lift) is judged exactly.
//
//   ProgramInput input{.as_of = as_of, .reports = facts, .deals = deals};
//   for (const ProgramMetric& metric : MeasureProgram(input)) { ... metric.value, metric.basis }
//
// Pure and thread-safe: the app gathers the reports and deals from the store.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "model/deal.h"

namespace sc::coaching {

// The quarter the program is measured over: this many days ending at the as-of date.
inline constexpr std::int32_t kProgramWindowDays = 91;
// A focus skill's end score must be at least this many days after its start, so that a rep
// has had a week of practice between the two scores.
inline constexpr std::int32_t kRescoreGapDays = 7;
// The "before" side of the win rate: closed deals in this many days before first coaching.
inline constexpr std::int32_t kWinRateLookbackDays = 180;
// The score at which a skill is Proficient (DOMAIN.md, "Skill model").
inline constexpr double kProficientScore = 75;
// The fewest focus episodes, ratings or proficiency episodes a mean or median is taken over.
inline constexpr std::size_t kMinProgramSample = 3;
// The fewest closed deals on each side of first coaching for a win-rate lift.
inline constexpr std::size_t kMinClosedDeals = 10;

// One stored report of one rep, as the program metrics read it. A rep has at most one report
// per as-of date in the store; should two share a date here, they are taken in the order of
// their fields, so the result never depends on the order of the input.
struct ReportFacts {
  std::string rep_id;
  Date as_of;
  std::map<std::string, double> skills;  // skill key -> score (finite), scored skills only
  std::string focus_skill;               // the first focus area's skill key; "" when none
  bool delivered = false;                // sent to the rep
  bool acknowledged = false;             // the rep acknowledged it
  std::optional<int> rating;             // the rep's rating, 1..5
};

struct ProgramInput {
  Date as_of;                        // the program is measured over the quarter ending here
  std::vector<ReportFacts> reports;  // any order, any reps
  std::vector<model::Deal> deals;    // the same reps' deals, any order
};

// In the order MeasureProgram returns them.
enum class ProgramMetricKind {
  kAdoption,
  kSkillImprovement,
  kWinRateLift,
  kSatisfaction,
  kTimeToProficiency
};

struct ProgramMetric {
  ProgramMetricKind kind = ProgramMetricKind::kAdoption;
  // "adoption", "skill_improvement", "win_rate_lift", "satisfaction", "time_to_proficiency"
  std::string_view key;
  // "Adoption", "Skill improvement", "Win rate after coaching", "Satisfaction",
  // "Time to proficiency"
  std::string_view title;
  std::optional<double> value;  // nullopt: insufficient data
  // "share" (0..1), "points", "relative" (0.15 = +15%), "rating" (1..5), "days"
  std::string_view unit;
  // "> 80%", "+10 points per quarter", "+15% relative", "> 4 / 5", "< 6 weeks"
  std::string target_text;
  std::optional<bool> met;  // nullopt when value is
  std::size_t reps = 0;     // reps behind the value (or behind the attempt, when insufficient)
  std::size_t sample = 0;   // reports, focus episodes, deals or ratings behind it (see basis)
  // What the value rests on, in words: "9 of 11 delivered reports acknowledged"; when there is
  // no value, why: "insufficient data: 2 rated reports; 3 needed".
  std::string basis;

  friend bool operator==(const ProgramMetric&, const ProgramMetric&) = default;
};

// The five metrics, in the order of ProgramMetricKind, measured over the quarter ending at
// input.as_of:
//
//   - adoption: acknowledged / delivered over the delivered reports dated in W; met above
//     0.80. reps: reps with a delivered report in W; sample: those reports. Insufficient when
//     none was delivered.
//   - skill_improvement: a focus episode is a rep and a skill K that is the focus of one of
//     the rep's reports in W. It starts at K's score in the rep's earliest report in W with
//     focus K (no episode when K is unscored there) and ends at K's score in the rep's latest
//     report in W dated kRescoreGapDays or more after the start that scores K (no episode
//     without one). The value is the mean end - start; met at +10 or more. reps: reps with an
//     episode; sample: episodes. Insufficient below kMinProgramSample episodes.
//   - win_rate_lift: a rep is coached from F, the earliest as-of date of their delivered
//     reports (any, not only in W). Pooled over the coached reps' won and lost deals with a
//     close date: before = closed in [F - kWinRateLookbackDays, F - 1], after = closed in
//     [F, input.as_of]; value = (won after / closed after) / (won before / closed before) - 1,
//     met at +0.15 or more. reps: coached reps; sample: closed deals before and after.
//     Insufficient below kMinClosedDeals on either side or with no deal won before.
//   - satisfaction: the mean rating of the reports in W with a rating; met above 4. reps:
//     rated reps; sample: ratings. Insufficient below kMinProgramSample ratings.
//   - time_to_proficiency: over every report up to input.as_of (not only W), a rep and skill
//     K start at the rep's earliest report with focus K that scores K below kProficientScore
//     and reach it at the rep's earliest later-dated report that scores K at or above it. The
//     value is the median of the days between, over the episodes that reached it (an even
//     count takes the mean of the middle two); met below 42. reps: reps with a reached
//     episode; sample: reached episodes. Insufficient below kMinProgramSample reached.
//
// Deterministic: the same reports and deals in any order give the same metrics.
std::vector<ProgramMetric> MeasureProgram(const ProgramInput& input);

}  // namespace sc::coaching
