#include "scoring/skill_scorer.h"

#include <algorithm>
#include <cmath>

namespace sc::scoring {
namespace {

void AddUnique(const std::vector<std::string>& ids, std::vector<std::string>* out) {
  for (const std::string& id : ids) {
    if (std::find(out->begin(), out->end(), id) == out->end()) out->push_back(id);
  }
}

// The component's highlights across the calls, most recent call first, capped per kind.
std::vector<Quote> QuotesFor(model::Component component,
                             std::span<const model::CallAnalysis> calls) {
  std::vector<Quote> quotes;
  for (model::HighlightKind kind :
       {model::HighlightKind::kStrength, model::HighlightKind::kImprovement}) {
    std::size_t taken = 0;
    for (auto call = calls.rbegin(); call != calls.rend() && taken < kMaxQuotesPerKind; ++call) {
      for (const model::Highlight& highlight : call->highlights) {
        if (highlight.kind != kind || highlight.component != model::ComponentKey(component)) {
          continue;
        }
        quotes.push_back(Quote{kind, call->call_id, call->title, call->started_at, highlight.at_s,
                               highlight.end_s, highlight.quote, highlight.note});
        ++taken;
        break;  // one moment per call, so the quotes come from different calls
      }
    }
  }
  return quotes;
}

ComponentScore ScoreComponent(model::Component component, const ComponentSpec& spec,
                              const MeasureInput& input) {
  ComponentScore out;
  out.component = component;
  double weighted = 0;
  double weights = 0;
  for (const MeasureSpec& measure : spec.measures) {
    MeasureScore scored{measure.measure, TakeMeasure(measure.measure, input),
                        std::nullopt,    measure.min_sample,
                        measure.target,  measure.weight};
    if (scored.taken.value && scored.taken.sample >= measure.min_sample) {
      scored.score = measure.curve.Score(*scored.taken.value);
      weighted += *scored.score * measure.weight;
      weights += measure.weight;
    }
    AddUnique(scored.taken.call_ids, &out.call_ids);
    AddUnique(scored.taken.deal_ids, &out.deal_ids);
    out.measures.push_back(std::move(scored));
  }
  if (!out.measures.empty()) {
    out.value = out.measures.front().taken.value;
    out.target = out.measures.front().target;
  }
  if (weights > 0) {
    out.status = ScoreStatus::kScored;
    out.score = std::round(weighted / weights);
  }
  out.quotes = QuotesFor(component, input.calls);
  return out;
}

}  // namespace

std::string_view ScoreStatusName(ScoreStatus status) {
  return status == ScoreStatus::kScored ? "scored" : "insufficient_data";
}

RepScores ScoreRep(const MeasureInput& input, const ScoringConfig& config,
                   const PreviousScores& previous) {
  RepScores out;
  double weighted = 0;
  double weights = 0;
  for (model::Skill skill : model::kAllSkills) {
    SkillScore& scored = out.skills[model::SkillIndex(skill)];
    scored.skill = skill;
    double sum = 0;
    int count = 0;
    const auto components = model::ComponentsOf(skill);
    for (std::size_t i = 0; i < components.size(); ++i) {
      scored.components[i] = ScoreComponent(components[i], config.Of(components[i]), input);
      if (scored.components[i].score) {
        sum += *scored.components[i].score;
        ++count;
      }
    }
    auto found = previous.skills.find(std::string(model::SkillKey(skill)));
    if (found != previous.skills.end()) scored.previous = found->second;
    if (count == 0) continue;
    scored.status = ScoreStatus::kScored;
    scored.score = std::round(sum / count);
    scored.level = LevelOf(*scored.score, config.levels);
    scored.trend = ScoreTrend(*scored.score, scored.previous, config.trend_points);
    double weight = config.weights[model::SkillIndex(skill)];
    weighted += *scored.score * weight;
    weights += weight;
  }
  out.previous_overall = previous.overall;
  if (weights > 0) {
    out.overall = std::round(weighted / weights);
    out.overall_level = LevelOf(*out.overall, config.levels);
    out.overall_trend = ScoreTrend(*out.overall, previous.overall, config.trend_points);
  }
  return out;
}

MeasureInput MakeMeasureInput(Period period, std::span<const model::CallAnalysis> calls,
                              std::span<const model::Deal> deals, PeerBaseline peers,
                              const ScoringConfig& config) {
  return MeasureInput{period,
                      config.OutcomePeriod(period),
                      calls,
                      deals,
                      peers,
                      config.early_stages,
                      config.closed_out_stages};
}

}  // namespace sc::scoring
