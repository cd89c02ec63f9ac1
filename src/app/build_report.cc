#include "app/build_report.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "analysis/call_analysis_json.h"
#include "coaching/call_review.h"
#include "coaching/coaching_plan.h"
#include "metrics/benchmarks.h"
#include "metrics/quarterly_trend.h"
#include "report/card.h"
#include "report/html_report.h"
#include "report/markdown_report.h"
#include "report/report_json.h"
#include "scoring/skill_scorer.h"

namespace sc::app {
namespace {

struct Previous {
  scoring::PreviousScores scores;
  std::optional<coaching::PreviousFocus> focus;
};

Previous FromSnapshot(const std::optional<store::SnapshotRecord>& snapshot) {
  Previous out;
  if (!snapshot) return out;
  out.scores.skills = snapshot->skills;
  out.scores.overall = snapshot->overall;
  std::optional<model::Skill> skill = model::ParseSkillKey(snapshot->focus_skill);
  auto score = snapshot->skills.find(snapshot->focus_skill);
  if (skill && score != snapshot->skills.end()) {
    out.focus = coaching::PreviousFocus{*skill, score->second};
  }
  return out;
}

// Components that may become improvement areas (skills below the mark) and have no strength
// moment of the rep's own to show.
std::vector<model::Component> ComponentsNeedingExamples(const scoring::RepScores& scores,
                                                        const scoring::ScoringConfig& config) {
  std::vector<model::Component> needed;
  for (const scoring::SkillScore& skill : scores.skills) {
    if (!skill.score || *skill.score >= config.recommendations.strength_from) continue;
    for (const scoring::ComponentScore& component : skill.components) {
      if (!coaching::OwnStrengthMoment(scores, component.component)) {
        needed.push_back(component.component);
      }
    }
  }
  return needed;
}

// A strength moment per needed component from the team's top group (never the rep), read from
// their stored analyses of the period; the caller strips what would identify them.
Result<std::vector<std::pair<model::Component, scoring::Quote>>> TeamExamples(
    store::Store& store, const RepEvidence& evidence, std::vector<model::Component> needed) {
  std::vector<std::pair<model::Component, scoring::Quote>> examples;
  if (needed.empty()) return examples;
  for (const std::string& rep_id : metrics::TopGroupRepIds(evidence.team, evidence.period)) {
    if (rep_id == evidence.rep.id || needed.empty()) continue;
    SC_ASSIGN_OR_RETURN(std::vector<store::CallAnalysisRecord> stored,
                        store.ListAnalyses(rep_id, evidence.period.from, evidence.period.to));
    for (auto record = stored.rbegin(); record != stored.rend() && !needed.empty(); ++record) {
      Result<model::CallAnalysis> call = analysis::CallAnalysisFromJson(record->json, "");
      if (!call.ok()) continue;  // a colleague's unreadable analysis is not this report's problem
      for (const model::Highlight& highlight : call->highlights) {
        if (highlight.kind != model::HighlightKind::kStrength) continue;
        std::optional<model::Component> shown = model::ParseComponentKey(highlight.component);
        if (!shown) continue;
        // Every needed component this moment can show, by the same rule as the rep's own.
        for (auto wanted = needed.begin(); wanted != needed.end();) {
          std::vector<model::Component> sources = coaching::ExampleSources(*wanted);
          if (std::find(sources.begin(), sources.end(), *shown) == sources.end()) {
            ++wanted;
            continue;
          }
          scoring::Quote quote;
          quote.kind = highlight.kind;
          quote.at_s = highlight.at_s;
          quote.end_s = highlight.end_s;
          quote.text = highlight.quote;
          quote.note = highlight.note;
          examples.emplace_back(*wanted, std::move(quote));
          wanted = needed.erase(wanted);
        }
      }
    }
  }
  return examples;
}

std::size_t DealsReviewed(const scoring::RepScores& scores) {
  std::set<std::string> deals;
  for (const scoring::SkillScore& skill : scores.skills) {
    for (const scoring::ComponentScore& component : skill.components) {
      deals.insert(component.deal_ids.begin(), component.deal_ids.end());
    }
  }
  return deals.size();
}

// The status to store: held when review is required; otherwise a run that was already
// approved or sent for this date keeps that status, else a draft.
report::ReportStatus StatusFor(const coaching::ReviewDecision& review,
                               const std::optional<store::SnapshotRecord>& same_day) {
  if (review.required) return report::ReportStatus::kPendingReview;
  if (same_day) {
    std::optional<report::ReportStatus> stored = report::ParseReportStatus(same_day->status);
    if (stored == report::ReportStatus::kApproved || stored == report::ReportStatus::kSent) {
      return *stored;
    }
  }
  return report::ReportStatus::kDraft;
}

store::SnapshotRecord SnapshotOf(const BuiltReport& built) {
  const report::ReportData& data = built.data;
  store::SnapshotRecord snapshot;
  snapshot.rep_id = data.rep.id;
  snapshot.as_of = data.as_of;
  snapshot.period_from = data.period.from;
  snapshot.period_to = data.period.to;
  snapshot.overall = data.scores.overall;
  for (const scoring::SkillScore& skill : data.scores.skills) {
    if (skill.score) snapshot.skills[std::string(model::SkillKey(skill.skill))] = *skill.score;
    for (const scoring::ComponentScore& component : skill.components) {
      if (component.score) {
        snapshot.components[std::string(model::ComponentKey(component.component))] =
            *component.score;
      }
    }
  }
  if (!data.plan.improvement_areas.empty()) {
    snapshot.focus_skill = model::SkillKey(data.plan.improvement_areas.front().skill);
    snapshot.focus_component = model::ComponentKey(data.plan.improvement_areas.front().focus);
  }
  snapshot.status = report::ReportStatusName(data.status);
  snapshot.report_json = built.json;
  snapshot.report_markdown = built.markdown;
  snapshot.report_html = built.html;
  snapshot.report_card = built.card;
  return snapshot;
}

}  // namespace

Result<BuiltReport> BuildReport(store::Store& store, const CoachingKnowledge& knowledge,
                                const OrganisationRecords& organisation,
                                const ReportOptions& options) {
  const scoring::ScoringConfig& config = knowledge.scoring;
  SC_ASSIGN_OR_RETURN(Period period, Period::Parse(options.period, options.as_of));
  const Period outcomes = config.OutcomePeriod(period);
  SC_ASSIGN_OR_RETURN(RepEvidence evidence,
                      LoadRepEvidence(store, organisation, options.rep_id, period, outcomes));
  SC_ASSIGN_OR_RETURN(std::optional<store::SnapshotRecord> last,
                      store.LatestSnapshotBefore(evidence.rep.id, options.as_of));
  Previous previous = FromSnapshot(last);

  BuiltReport built;
  report::ReportData& data = built.data;
  data.as_of = options.as_of;
  data.period = period;
  data.outcome_period = outcomes;
  data.focus = options.focus;
  data.weights = config.weights;
  data.calls_analyzed = evidence.calls.size();
  data.scores =
      scoring::ScoreRep(scoring::MakeMeasureInput(period, evidence.calls, evidence.records.deals,
                                                  evidence.peers, config),
                        config, previous.scores);
  data.deals_reviewed = DealsReviewed(data.scores);
  data.benchmarks = metrics::BenchmarkRep(evidence.records, evidence.team, period);
  data.quarterly = metrics::MeasureQuarterlyTrend(evidence.records, options.as_of);

  coaching::CoachingContext context{.rep = evidence.rep,
                                    .as_of = options.as_of,
                                    .focus = options.focus,
                                    .previous_focus = previous.focus,
                                    .team_examples = {},
                                    .deals = evidence.records.deals};
  SC_ASSIGN_OR_RETURN(
      context.team_examples,
      TeamExamples(store, evidence, ComponentsNeedingExamples(data.scores, config)));
  SC_ASSIGN_OR_RETURN(data.plan,
                      coaching::BuildCoachingPlan(data.scores, config, knowledge.playbook,
                                                  knowledge.tone, context));
  data.call_review = coaching::ReviewCalls(evidence.calls);
  data.include_call_review = options.include_call_review;
  data.rep = std::move(evidence.rep);

  // A focused report is never stored; any other keeps the status a stored run for the same
  // date already has, whether this run is saved now or later (SaveReport).
  std::optional<store::SnapshotRecord> same_day;
  if (!options.focus) {
    SC_ASSIGN_OR_RETURN(std::vector<store::SnapshotRecord> snapshots,
                        store.ListSnapshots(data.rep.id));
    for (store::SnapshotRecord& snapshot : snapshots) {
      if (snapshot.as_of == options.as_of) same_day = std::move(snapshot);
    }
  }
  data.status = StatusFor(data.plan.review, same_day);
  data.clips = options.clips;
  built.json = report::RenderReportJson(data);
  built.markdown = report::RenderMarkdownReport(data);
  built.html = report::RenderHtmlReport(data);
  built.card = report::RenderCard(data);
  built.storable = !options.focus;
  if (options.save_snapshot && built.storable) SC_RETURN_IF_ERROR(SaveReport(store, built));
  return built;
}

Status SaveReport(store::Store& store, BuiltReport& built) {
  if (!built.storable) {
    return Status::InvalidArgument("a report narrowed to one skill is not stored");
  }
  SC_ASSIGN_OR_RETURN(std::int64_t id, store.SaveSnapshot(SnapshotOf(built)));
  built.snapshot_id = id;
  return Status::Ok();
}

}  // namespace sc::app
