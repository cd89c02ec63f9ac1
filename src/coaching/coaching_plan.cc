#include "coaching/coaching_plan.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "analysis/quote.h"
#include "scoring/levels.h"

namespace sc::coaching {
namespace {

using model::Component;
using model::Skill;
using scoring::ComponentScore;
using scoring::RepScores;
using scoring::SkillScore;

bool IsNewRep(const CoachingContext& context, const Playbook& playbook) {
  if (!context.rep.hire_date) return false;
  return playbook.IsNewRep(context.rep.hire_date->DaysUntil(context.as_of));
}

// The scored component with the lowest score (first in order on ties); among fundamentals
// below `below` first when `fundamentals_first`.
const ComponentScore* WeakestComponent(const SkillScore& skill, const Playbook& playbook,
                                       bool fundamentals_first, double below) {
  const ComponentScore* weakest = nullptr;
  if (fundamentals_first) {
    for (const ComponentScore& component : skill.components) {
      if (!component.score || *component.score >= below) continue;
      if (!playbook.Advice(component.component).fundamentals) continue;
      if (!weakest || *component.score < *weakest->score) weakest = &component;
    }
    if (weakest) return weakest;
  }
  for (const ComponentScore& component : skill.components) {
    if (!component.score) continue;
    if (!weakest || *component.score < *weakest->score) weakest = &component;
  }
  return weakest;
}

// The scored component with the highest score; with `scores`, only among components with
// something of the rep's own to show: a call moment or evidence deals.
// The call moments a plan already quotes, so no moment appears twice in one report.
using Shown = std::vector<const scoring::Quote*>;

const ComponentScore* StrongestComponent(const SkillScore& skill, const RepScores* scores,
                                         const Shown& shown) {
  const ComponentScore* strongest = nullptr;
  for (const ComponentScore& component : skill.components) {
    if (!component.score) continue;
    if (scores && !OwnStrengthMoment(*scores, component.component, shown) &&
        component.deal_ids.empty()) {
      continue;
    }
    if (!strongest || *component.score > *strongest->score) strongest = &component;
  }
  return strongest;
}

scoring::Quote Redacted(scoring::Quote quote) {
  quote.text = analysis::RedactPersonalData(quote.text);
  return quote;
}

std::optional<Example> OwnMoment(const RepScores& scores, Component component, Shown& shown) {
  const scoring::Quote* moment = OwnStrengthMoment(scores, component, shown);
  if (!moment) return std::nullopt;
  shown.push_back(moment);
  return Example{true, Redacted(*moment), std::nullopt};
}

// The deals among `deals` that are evidence of `component`.
std::vector<const model::Deal*> EvidenceDeals(const ComponentScore& component,
                                              const std::vector<model::Deal>& deals) {
  std::vector<const model::Deal*> out;
  for (const model::Deal& deal : deals) {
    if (std::find(component.deal_ids.begin(), component.deal_ids.end(), deal.id) !=
        component.deal_ids.end()) {
      out.push_back(&deal);
    }
  }
  return out;
}

std::optional<Example> DealMoment(const ComponentScore& component,
                                  const std::vector<model::Deal>& deals) {
  std::vector<const model::Deal*> evidence = EvidenceDeals(component, deals);
  std::optional<DealExample> best = BestDeal(component.component, evidence);
  if (!best) return std::nullopt;
  return Example{true, {}, std::move(best)};
}

// The rep's own example for `component`: a call moment, else a deal.
std::optional<Example> OwnExample(const RepScores& scores, Component component,
                                  const CoachingContext& context, Shown& shown) {
  if (std::optional<Example> moment = OwnMoment(scores, component, shown)) return moment;
  return DealMoment(scores.Of(component), context.deals);
}

std::optional<Example> TeamMoment(Component component, const CoachingContext& context) {
  for (const auto& [candidate, quote] : context.team_examples) {
    if (candidate != component) continue;
    scoring::Quote anonymous;
    anonymous.kind = quote.kind;
    anonymous.text = analysis::RedactPersonalData(quote.text);
    anonymous.note = quote.note;
    anonymous.at_s = quote.at_s;
    anonymous.end_s = quote.end_s;
    return Example{false, std::move(anonymous)};
  }
  return std::nullopt;
}

std::vector<const SkillScore*> ScoredSkills(const RepScores& scores, std::optional<Skill> focus) {
  std::vector<const SkillScore*> out;
  for (const SkillScore& skill : scores.skills) {
    if (!skill.score) continue;
    if (focus && skill.skill != *focus) continue;
    out.push_back(&skill);
  }
  return out;
}

std::vector<ImprovementArea> ImprovementAreas(const RepScores& scores,
                                              const scoring::ScoringConfig& config,
                                              const Playbook& playbook,
                                              const CoachingContext& context, int week,
                                              Shown& shown) {
  const scoring::RecommendationRule& rule = config.recommendations;
  const bool new_rep = IsNewRep(context, playbook);
  const double below = context.focus ? rule.strength_from : rule.improve_below;
  std::vector<const SkillScore*> gaps;
  for (const SkillScore* skill : ScoredSkills(scores, context.focus)) {
    if (*skill->score < below) gaps.push_back(skill);
  }
  std::stable_sort(gaps.begin(), gaps.end(),
                   [](const SkillScore* a, const SkillScore* b) { return *a->score < *b->score; });
  std::size_t max_areas = rule.max_areas;
  if (new_rep) max_areas = std::min(max_areas, playbook.tenure().new_rep_max_focus_areas);
  if (gaps.size() > max_areas) gaps.resize(max_areas);

  std::vector<ImprovementArea> areas;
  for (const SkillScore* skill : gaps) {
    const ComponentScore* focus = WeakestComponent(*skill, playbook, new_rep, rule.improve_below);
    const ComponentAdvice& advice = playbook.Advice(focus->component);
    ImprovementArea area{
        .skill = skill->skill,
        .current_score = *skill->score,
        .target_score = rule.target_score,
        .focus = focus->component,
        .focus_score = focus->score,
        .what = advice.what,
        .why = advice.why,
        .coaching = playbook.Choose(focus->component, AdviceKind::kTip, context.rep.id, week),
        .practice = playbook.Choose(focus->component, AdviceKind::kPractice, context.rep.id, week),
        .segment_note = std::string(playbook.SegmentNote(context.rep.segment, skill->skill)),
        .example = OwnExample(scores, focus->component, context, shown),
    };
    if (!area.example) area.example = TeamMoment(focus->component, context);
    areas.push_back(std::move(area));
  }
  return areas;
}

std::vector<Strength> Strengths(const RepScores& scores, const scoring::ScoringConfig& config,
                                const Playbook& playbook, const CoachingContext& context,
                                Shown& shown) {
  std::vector<const SkillScore*> ranked = ScoredSkills(scores, context.focus);
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const SkillScore* a, const SkillScore* b) { return *a->score > *b->score; });
  std::vector<Strength> strengths;
  for (const SkillScore* skill : ranked) {
    bool relative = *skill->score < config.recommendations.strength_from;
    // With a focus, a skill below the mark is its improvement area and not a strength too.
    if (relative && context.focus) break;
    // Balance: with no skill at the mark, the best one is still named, as a relative strength
    // (also coached when every scored skill is an improvement area).
    if (relative && !strengths.empty()) break;
    // The best component that has a moment to show, so the quote matches the description;
    // else the best component, without a quote.
    const ComponentScore* best = StrongestComponent(*skill, &scores, shown);
    if (!best) best = StrongestComponent(*skill, nullptr, shown);
    strengths.push_back(Strength{.skill = skill->skill,
                                 .score = *skill->score,
                                 .relative = relative,
                                 .component = best->component,
                                 .description = playbook.Advice(best->component).strength,
                                 .example = OwnExample(scores, best->component, context, shown)});
    if (relative) break;
  }
  return strengths;
}

std::vector<std::string> ThisWeek(const std::vector<ImprovementArea>& areas,
                                  const std::vector<Strength>& strengths, const Playbook& playbook,
                                  const CoachingContext& context, int week) {
  std::vector<std::string> items;
  for (std::size_t i = 0; i < areas.size() && i < 2; ++i) {
    items.push_back(playbook.Choose(areas[i].focus, AdviceKind::kAction, context.rep.id, week));
  }
  if (!areas.empty()) {
    items.push_back(areas.front().practice);
  } else if (!strengths.empty()) {
    // Nothing below the mark: keep the best skill sharp.
    items.push_back(
        playbook.Choose(strengths.front().component, AdviceKind::kPractice, context.rep.id, week));
  }
  return items;
}

// As the JSON shows scores: rounded half away from zero.
std::string Whole(double score) { return fmt::format("{}", std::lround(score)); }

std::vector<std::string> Notes(const RepScores& scores, const scoring::ScoringConfig& config,
                               const Playbook& playbook, const CoachingContext& context) {
  std::vector<std::string> notes;
  if (IsNewRep(context, playbook)) notes.push_back(playbook.tenure().new_rep_note);
  if (context.previous_focus) {
    const SkillScore& now = scores.Of(context.previous_focus->skill);
    if (now.score) {
      metrics::Trend trend =
          scoring::ScoreTrend(*now.score, context.previous_focus->score, config.trend_points);
      FocusMovement movement = trend == metrics::Trend::kUp     ? FocusMovement::kMovedUp
                               : trend == metrics::Trend::kDown ? FocusMovement::kMovedDown
                                                                : FocusMovement::kFlat;
      notes.push_back(playbook.FollowUp(movement, model::SkillTitle(context.previous_focus->skill),
                                        Whole(context.previous_focus->score), Whole(*now.score)));
    }
  }
  return notes;
}

ReviewDecision Review(const RepScores& scores, const scoring::ScoringConfig& config) {
  const double floor = config.recommendations.review_below;
  std::vector<std::string> reasons;
  for (const SkillScore& skill : scores.skills) {
    if (skill.score && *skill.score < floor) {
      reasons.push_back(
          fmt::format("{} scored {}", model::SkillTitle(skill.skill), Whole(*skill.score)));
    }
  }
  if (scores.overall && *scores.overall < floor) {
    reasons.push_back(fmt::format("the overall score is {}", Whole(*scores.overall)));
  }
  if (reasons.empty()) return {};
  std::string joined;
  for (const std::string& reason : reasons) {
    joined += fmt::format("{}{}", joined.empty() ? "" : "; ", reason);
  }
  return {true, fmt::format("{}: below {} (Critical), so a manager reviews this report before "
                            "it is sent",
                            joined, Whole(floor))};
}

// Every sentence the plan generates, for the tone check (quotes are people's own words and are
// not checked).
std::vector<const std::string*> GeneratedText(const CoachingPlan& plan) {
  std::vector<const std::string*> text;
  for (const ImprovementArea& area : plan.improvement_areas) {
    for (const std::string* part :
         {&area.what, &area.why, &area.coaching, &area.practice, &area.segment_note}) {
      text.push_back(part);
    }
  }
  for (const Strength& strength : plan.strengths) text.push_back(&strength.description);
  for (const std::string& item : plan.this_week) text.push_back(&item);
  for (const std::string& note : plan.notes) text.push_back(&note);
  return text;
}

}  // namespace

const scoring::Quote* OwnStrengthMoment(const RepScores& scores, Component component,
                                        std::span<const scoring::Quote* const> skip) {
  for (Component source : ExampleSources(component)) {
    for (const scoring::Quote& quote : scores.Of(source).quotes) {
      if (quote.kind != model::HighlightKind::kStrength) continue;
      // The same moment may be marked for several components: compare where it is.
      bool shown = std::any_of(skip.begin(), skip.end(), [&](const scoring::Quote* other) {
        return other->call_id == quote.call_id && other->at_s == quote.at_s;
      });
      if (shown) continue;
      return &quote;
    }
  }
  return nullptr;
}

std::vector<Component> ExampleSources(Component component) {
  switch (component) {
    case Component::kNeedIdentification:
    case Component::kPersonalization:
      return {component, Component::kActiveListening, Component::kQuestionQuality};
    case Component::kEngagement:
      return {component, Component::kTrialClose};
    case Component::kEmpathy:
    case Component::kResolution:
      return {component, Component::kResponseQuality};
    case Component::kDiscountManagement:
      return {component, Component::kValueDefense};
    default:
      return {component};
  }
}

int WeekIndex(Date date) {
  std::int32_t days = date.days();
  return static_cast<int>(days >= 0 ? days / 7 : (days - 6) / 7);
}

Result<CoachingPlan> BuildCoachingPlan(const RepScores& scores,
                                       const scoring::ScoringConfig& config,
                                       const Playbook& playbook, const ToneCheck& tone,
                                       const CoachingContext& context) {
  const int week = WeekIndex(context.as_of);
  CoachingPlan plan;
  Shown shown;
  plan.improvement_areas = ImprovementAreas(scores, config, playbook, context, week, shown);
  plan.strengths = Strengths(scores, config, playbook, context, shown);
  plan.this_week = ThisWeek(plan.improvement_areas, plan.strengths, playbook, context, week);
  plan.notes = Notes(scores, config, playbook, context);
  plan.review = Review(scores, config);
  for (const std::string* text : GeneratedText(plan)) {
    std::vector<std::string> offending = tone.Offending(*text);
    if (offending.empty()) continue;
    return Status::FailedPrecondition(fmt::format(
        "coaching text fails the tone check ('{}' in \"{}\"); reword the playbook entry",
        offending.front(), *text));
  }
  return plan;
}

}  // namespace sc::coaching
