#include "report/report_json.h"

#include <cmath>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "metrics/trend.h"

namespace sc::report {
namespace {

using Json = nlohmann::ordered_json;

Json Rounded(std::optional<double> value, int decimals) {
  if (!value || !std::isfinite(*value)) return nullptr;
  double scale = std::pow(10.0, decimals);
  return std::round(*value * scale) / scale;
}

Json Score(std::optional<double> score) {
  if (!score) return nullptr;
  return static_cast<int>(std::lround(*score));
}

Json TrendJson(std::optional<metrics::Trend> trend) {
  if (!trend) return nullptr;
  return metrics::TrendName(*trend);
}

Json DateOf(const std::optional<Timestamp>& at) {
  if (!at) return nullptr;
  return at->ToString().substr(0, 10);
}

// "12:05": where in the call, as a player shows it.
std::string ClockOf(double seconds) {
  long whole = std::lround(std::max(0.0, seconds));
  if (whole >= 3600) {
    return fmt::format("{}:{:02}:{:02}", whole / 3600, whole / 60 % 60, whole % 60);
  }
  return fmt::format("{}:{:02}", whole / 60, whole % 60);
}

// `call_id` names the quote's call for its clip link when the quote itself does not (a call
// pick's moment); "" when the quote is not to be linked (a team example).
Json QuoteJson(const scoring::Quote& quote, bool with_call, const ClipLinks& clips,
               std::string_view call_id) {
  Json out;
  if (with_call) {
    out["call_id"] = quote.call_id;
    out["call_title"] = quote.call_title;
    out["date"] = DateOf(quote.call_started_at);
  }
  if (clips.enabled() && !call_id.empty()) out["clip_url"] = clips.For(call_id, quote.at_s);
  out["at"] = ClockOf(quote.at_s);
  out["at_s"] = Rounded(quote.at_s, 2);
  out["end_s"] = Rounded(quote.end_s, 2);
  out["moment"] = model::HighlightKindName(quote.kind);
  out["quote"] = quote.text;
  out["note"] = quote.note;
  return out;
}

Json ExampleJson(const std::optional<coaching::Example>& example, const ClipLinks& clips) {
  if (!example) return nullptr;
  Json out;
  out["source"] = example->own ? "own" : "team_top_quartile";
  if (example->deal) {
    const coaching::DealExample& deal = *example->deal;
    out["deal_id"] = deal.deal_id;
    out["deal_name"] = deal.name;
    out["account"] = deal.account;
    out["amount"] = Rounded(deal.amount, 0);
    out["note"] = deal.note;
    return out;
  }
  Json quote = QuoteJson(example->quote, example->own, clips,
                         example->own ? example->quote.call_id : std::string_view());
  out.update(quote);
  return out;
}

Json MeasureJson(const scoring::MeasureScore& measure) {
  const scoring::MeasureInfo& info = scoring::InfoOf(measure.measure);
  return Json{{"type", "measure"},
              {"measure", info.key},
              {"description", info.description},
              {"value", Rounded(measure.taken.value, 3)},
              {"sample", measure.taken.sample},
              {"unit", scoring::SampleUnitName(info.unit, 2)},
              {"min_sample", measure.min_sample},
              {"score", Score(measure.score)},
              {"weight", measure.weight},
              {"target", measure.target}};
}

Json ComponentJson(const scoring::ComponentScore& component, const ClipLinks& clips) {
  Json evidence = Json::array();
  for (const scoring::MeasureScore& measure : component.measures) {
    evidence.push_back(MeasureJson(measure));
  }
  if (!component.call_ids.empty()) {
    evidence.push_back(Json{{"type", "calls"}, {"ids", component.call_ids}});
  }
  if (!component.deal_ids.empty()) {
    evidence.push_back(Json{{"type", "deals"}, {"ids", component.deal_ids}});
  }
  for (const scoring::Quote& quote : component.quotes) {
    Json item{{"type", "quote"}};
    item.update(QuoteJson(quote, true, clips, quote.call_id));
    evidence.push_back(std::move(item));
  }
  return Json{{"score", Score(component.score)},
              {"value", Rounded(component.value, 3)},
              {"target", component.target},
              {"status", scoring::ScoreStatusName(component.status)},
              {"evidence", std::move(evidence)}};
}

Json SkillsJson(const ReportData& report) {
  Json skills = Json::object();
  for (const scoring::SkillScore& skill : report.scores.skills) {
    Json components = Json::object();
    for (const scoring::ComponentScore& component : skill.components) {
      components[std::string(model::ComponentKey(component.component))] =
          ComponentJson(component, report.clips);
    }
    Json level = nullptr;
    if (skill.level) level = scoring::LevelName(*skill.level);
    skills[std::string(model::SkillKey(skill.skill))] =
        Json{{"score", Score(skill.score)},
             {"level", level},
             {"trend", TrendJson(skill.trend)},
             {"previous", Score(skill.previous)},
             {"status", scoring::ScoreStatusName(skill.status)},
             {"weight", report.weights[model::SkillIndex(skill.skill)] / 100.0},
             {"components", std::move(components)}};
  }
  return skills;
}

Json BenchmarkJson(const metrics::Benchmark& benchmark, int decimals) {
  return Json{{"you", Rounded(benchmark.you, decimals)},
              {"team_avg", Rounded(benchmark.team_avg, decimals)},
              {"top_performer", Rounded(benchmark.top_performer, decimals)},
              {"previous", Rounded(benchmark.previous, decimals)},
              {"trend", TrendJson(benchmark.trend)}};
}

int DecimalsOf(metrics::MetricId id) {
  switch (id) {
    case metrics::MetricId::kWinRate:
    case metrics::MetricId::kQuotaAttainment:
    case metrics::MetricId::kForecastAccuracy:
      return 3;
    case metrics::MetricId::kAvgDealSize:
    case metrics::MetricId::kPipelineGeneration:
      return 0;
    default:
      return 1;
  }
}

// The deals behind the rep's own figure, where the metric is computed from deals.
const std::vector<std::string>* EvidenceOf(const metrics::RepMetrics& current,
                                           metrics::MetricId id) {
  switch (id) {
    case metrics::MetricId::kWinRate:
      return &current.win_rate.deal_ids;
    case metrics::MetricId::kAvgDealSize:
      return &current.avg_deal_size.deal_ids;
    case metrics::MetricId::kSalesCycleDays:
      return &current.sales_cycle_days.deal_ids;
    case metrics::MetricId::kPipelineGeneration:
      return &current.pipeline_generation.deal_ids;
    default:
      return nullptr;
  }
}

Json MetricsJson(const ReportData& report) {
  Json out = Json::object();
  for (metrics::MetricId id : metrics::kAllMetrics) {
    Json metric = BenchmarkJson(report.benchmarks.Of(id), DecimalsOf(id));
    if (const std::vector<std::string>* deals = EvidenceOf(report.benchmarks.current, id)) {
      metric["deals"] = *deals;
    }
    out[std::string(metrics::MetricName(id))] = std::move(metric);
  }
  Json stages = Json::array();
  for (const metrics::StageBenchmark& step : report.benchmarks.stage_conversion) {
    Json item{{"from", step.from}, {"to", step.to}};
    item.update(BenchmarkJson(step.benchmark, 3));
    stages.push_back(std::move(item));
  }
  out["stage_conversion"] = std::move(stages);
  Json quarters = Json::array();
  for (const metrics::RepMetrics& quarter : report.quarterly.quarters) {
    Json item{{"from", quarter.period.from.ToString()}, {"to", quarter.period.to.ToString()}};
    for (metrics::MetricId id : metrics::kPerformanceMetrics) {
      item[std::string(metrics::MetricName(id))] =
          Rounded(metrics::ValueOf(quarter, id), DecimalsOf(id));
    }
    quarters.push_back(std::move(item));
  }
  out["quarterly_trend"] = std::move(quarters);
  out["team_size"] = report.benchmarks.team_size;
  out["top_performer_group_size"] = report.benchmarks.top_group_size;
  return out;
}

Json StrengthsJson(const ReportData& report) {
  Json out = Json::array();
  for (const coaching::Strength& strength : report.plan.strengths) {
    out.push_back(Json{{"skill", model::SkillKey(strength.skill)},
                       {"score", Score(strength.score)},
                       {"relative", strength.relative},
                       {"component", model::ComponentKey(strength.component)},
                       {"description", strength.description},
                       {"example", ExampleJson(strength.example, report.clips)}});
  }
  return out;
}

Json AreasJson(const ReportData& report) {
  Json out = Json::array();
  for (const coaching::ImprovementArea& area : report.plan.improvement_areas) {
    out.push_back(Json{{"skill", model::SkillKey(area.skill)},
                       {"current_score", Score(area.current_score)},
                       {"target_score", Score(area.target_score)},
                       {"focus", model::ComponentKey(area.focus)},
                       {"focus_score", Score(area.focus_score)},
                       {"what", area.what},
                       {"coaching", area.coaching},
                       {"why", area.why},
                       {"segment_note", area.segment_note},
                       {"example", ExampleJson(area.example, report.clips)},
                       {"practice", area.practice}});
  }
  return out;
}

Json CallPickJson(const std::optional<coaching::CallPick>& pick, const ClipLinks& clips) {
  if (!pick) return nullptr;
  return Json{{"call_id", pick->call_id},
              {"title", pick->title},
              {"date", DateOf(pick->started_at)},
              {"strength_moments", pick->strengths},
              {"improvement_moments", pick->improvements},
              {"moment", QuoteJson(pick->moment, false, clips, pick->call_id)}};
}

Json CallReviewJson(const coaching::CallReview& review, const ClipLinks& clips) {
  const analysis::CallSummary& summary = review.summary;
  return Json{{"calls", summary.calls},
              {"hours", Rounded(summary.hours, 1)},
              {"talk_ratio", Rounded(summary.talk_ratio, 3)},
              {"questions_per_call", Rounded(summary.questions_per_call, 1)},
              {"fillers_per_min", Rounded(summary.fillers_per_min, 1)},
              {"longest_monologue_s", Rounded(summary.longest_monologue_s, 1)},
              {"specific_next_step_share", Rounded(summary.next_step_share, 3)},
              {"best_call", CallPickJson(review.best, clips)},
              {"call_to_review", CallPickJson(review.to_review, clips)}};
}

Json ProgressJson(const ReportData& report) {
  Json out = Json::array();
  for (const scoring::SkillScore& skill : report.scores.skills) {
    if (!skill.previous && !skill.score) continue;
    Json change = nullptr;
    if (skill.previous && skill.score) change = Score(*skill.score - *skill.previous);
    out.push_back(Json{{"skill", model::SkillKey(skill.skill)},
                       {"last", Score(skill.previous)},
                       {"this", Score(skill.score)},
                       {"change", change},
                       {"trend", TrendJson(skill.trend)}});
  }
  return out;
}

}  // namespace

// In JSON text < > & can only occur inside strings, where \u escapes mean the same.
std::string HtmlSafeJson(std::string_view json) {
  std::string out;
  out.reserve(json.size());
  for (char c : json) {
    switch (c) {
      case '<':
        out += "\\u003c";
        break;
      case '>':
        out += "\\u003e";
        break;
      case '&':
        out += "\\u0026";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string RenderReportJson(const ReportData& report) {
  Json doc;
  doc["rep"] = Json{{"id", report.rep.id},
                    {"name", report.rep.name},
                    {"segment", model::SegmentName(report.rep.segment)}};
  doc["as_of"] = report.as_of.ToString();
  doc["period"] =
      Json{{"from", report.period.from.ToString()}, {"to", report.period.to.ToString()}};
  doc["outcome_period"] = Json{{"from", report.outcome_period.from.ToString()},
                               {"to", report.outcome_period.to.ToString()}};
  doc["focus"] = report.focus ? Json(model::SkillKey(*report.focus)) : Json(nullptr);
  doc["calls_analyzed"] = report.calls_analyzed;
  doc["deals_reviewed"] = report.deals_reviewed;
  Json level = nullptr;
  if (report.scores.overall_level) level = scoring::LevelName(*report.scores.overall_level);
  doc["overall"] = Json{{"score", Score(report.scores.overall)},
                        {"level", level},
                        {"trend", TrendJson(report.scores.overall_trend)},
                        {"previous", Score(report.scores.previous_overall)}};
  doc["skills"] = SkillsJson(report);
  doc["metrics"] = MetricsJson(report);
  doc["strengths"] = StrengthsJson(report);
  doc["improvement_areas"] = AreasJson(report);
  doc["call_review"] =
      report.include_call_review ? CallReviewJson(report.call_review, report.clips) : Json(nullptr);
  doc["this_week"] = report.plan.this_week;
  doc["notes"] = report.plan.notes;
  doc["progress"] = ProgressJson(report);
  doc["review"] =
      Json{{"required", report.plan.review.required}, {"reason", report.plan.review.reason}};
  doc["status"] = ReportStatusName(report.status);
  return HtmlSafeJson(doc.dump(2)) + "\n";
}

}  // namespace sc::report
