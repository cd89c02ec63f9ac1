#include "report/report_text.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "model/skill.h"

namespace sc::report::text {
namespace {

bool Known(const std::optional<double>& value) { return value && std::isfinite(*value); }

// "37.2" or "40": one decimal, without a trailing ".0".
std::string Compact(double value) {
  std::string out = fmt::format("{:.1f}", RoundHalfAway(value, 1));
  if (out.size() > 2 && out.compare(out.size() - 2, 2, ".0") == 0) out.resize(out.size() - 2);
  return out;
}

std::string TitleOf(model::Skill skill) { return std::string(model::SkillTitle(skill)); }

std::string Upper1(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 32);
  return text;
}

std::string EndSentence(std::string text) {
  if (!text.empty() && text.back() != '.' && text.back() != '!' && text.back() != '?') {
    text += '.';
  }
  return text;
}

// "the note: "the quote" (12:35)", leaving out what is missing.
std::string MomentSummary(const scoring::Quote& quote) {
  std::string out = OneLine(quote.note);
  std::string said = OneLine(quote.text);
  if (!said.empty()) {
    // "Ties the product to an outcome: "..."": the note's own full stop gives way to the colon.
    if (!out.empty() && out.back() == '.') out.pop_back();
    if (!out.empty()) out += ": ";
    out += fmt::format("\"{}\" ({})", said, Clock(quote.at_s));
  }
  return out.empty() ? std::string(kUnknown) : Upper1(out);
}

std::optional<CallPickText> PickOf(const std::optional<coaching::CallPick>& pick,
                                   const ClipLinks& clips) {
  if (!pick) return std::nullopt;
  return CallPickText{OneLine(pick->title), DateText(pick->started_at), MomentSummary(pick->moment),
                      clips.For(pick->call_id, pick->moment.at_s)};
}

bool AnyScored(const ReportData& report) {
  return std::any_of(report.scores.skills.begin(), report.scores.skills.end(),
                     [](const scoring::SkillScore& skill) { return Known(skill.score); });
}

bool HasPreviousReport(const ReportData& report) {
  if (report.scores.previous_overall) return true;
  return std::any_of(report.scores.skills.begin(), report.scores.skills.end(),
                     [](const scoring::SkillScore& skill) { return skill.previous.has_value(); });
}

std::optional<model::Skill> FirstFocusSkill(const ReportData& report) {
  if (!report.plan.improvement_areas.empty()) return report.plan.improvement_areas[0].skill;
  if (report.focus) return report.focus;
  if (!report.plan.strengths.empty()) return report.plan.strengths[0].skill;
  return std::nullopt;
}

}  // namespace

double RoundHalfAway(double value, int decimals) {
  double scale = std::pow(10.0, decimals);
  return std::round(value * scale) / scale;
}

std::string Score(std::optional<double> score) {
  if (!Known(score)) return std::string(kUnknown);
  return fmt::format("{}/100", std::lround(*score));
}

std::string ScoreNumber(std::optional<double> score) {
  if (!Known(score)) return std::string(kUnknown);
  return fmt::format("{}", std::lround(*score));
}

std::string SignedPoints(std::optional<double> change) {
  if (!Known(change)) return std::string(kUnknown);
  long points = std::lround(*change);
  return points > 0 ? fmt::format("+{}", points) : fmt::format("{}", points);
}

std::string LevelText(std::optional<scoring::Level> level) {
  if (!level) return std::string(kUnknown);
  return std::string(scoring::LevelName(*level));
}

std::string TrendArrow(std::optional<metrics::Trend> trend) {
  if (!trend) return std::string(kUnknown);
  switch (*trend) {
    case metrics::Trend::kUp:
      return "↑";
    case metrics::Trend::kDown:
      return "↓";
    case metrics::Trend::kFlat:
      return "→";
    case metrics::Trend::kNew:
      return "new";
  }
  return std::string(kUnknown);
}

std::string Percent(std::optional<double> share) {
  if (!Known(share)) return std::string(kUnknown);
  return fmt::format("{}%", std::lround(*share * 100));
}

std::string Money(std::optional<double> amount) {
  if (!Known(amount)) return std::string(kUnknown);
  const char* sign = *amount < 0 ? "-" : "";
  double value = std::fabs(*amount);
  if (RoundHalfAway(value / 1000, 1) >= 1000) {
    return fmt::format("{}${}M", sign, Compact(value / 1e6));
  }
  if (std::lround(value) >= 1000) return fmt::format("{}${}K", sign, Compact(value / 1000));
  return fmt::format("{}${}", sign, std::lround(value));
}

std::string Days(std::optional<double> days) {
  if (!Known(days)) return std::string(kUnknown);
  long whole = std::lround(*days);
  return fmt::format("{} day{}", whole, whole == 1 ? "" : "s");
}

std::string OneDecimal(std::optional<double> value) {
  if (!Known(value)) return std::string(kUnknown);
  double rounded = RoundHalfAway(*value, 1);
  if (rounded == 0) rounded = 0;  // no "-0.0"
  return fmt::format("{:.1f}", rounded);
}

std::string DateText(Date date) { return date.ToString(); }

std::string DateText(const std::optional<Timestamp>& at) {
  if (!at) return std::string(kUnknown);
  return at->date().ToString();
}

std::string Clock(double seconds) {
  long whole = std::isfinite(seconds) ? std::lround(std::max(0.0, seconds)) : 0;
  if (whole >= 3600) {
    return fmt::format("{}:{:02}:{:02}", whole / 3600, whole / 60 % 60, whole % 60);
  }
  return fmt::format("{}:{:02}", whole / 60, whole % 60);
}

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string MarkdownEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (std::string_view("\\`*_<>|").find(c) != std::string_view::npos) out += '\\';
    out += c;
    // "[text](url)" would be a link: break it after the "]". A lone "[email]" stays as written.
    if (c == ']' && i + 1 < text.size() && (text[i + 1] == '(' || text[i + 1] == '[')) {
      out += '\\';
    }
  }
  return out;
}

std::string OneLine(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    bool blank = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (blank) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string_view MetricTitle(metrics::MetricId id) {
  switch (id) {
    case metrics::MetricId::kWinRate:
      return "Win Rate";
    case metrics::MetricId::kAvgDealSize:
      return "Avg Deal Size";
    case metrics::MetricId::kSalesCycleDays:
      return "Sales Cycle";
    case metrics::MetricId::kQuotaAttainment:
      return "Quota Attainment";
    case metrics::MetricId::kPipelineGeneration:
      return "Pipeline Generation";
    case metrics::MetricId::kForecastAccuracy:
      return "Forecast Accuracy";
    case metrics::MetricId::kCallsPerWeek:
      return "Calls per Week";
    case metrics::MetricId::kMeetingsPerWeek:
      return "Meetings per Week";
    case metrics::MetricId::kEmailsPerWeek:
      return "Emails per Week";
  }
  return "Metric";
}

std::string MetricValue(metrics::MetricId id, std::optional<double> value) {
  switch (id) {
    case metrics::MetricId::kWinRate:
    case metrics::MetricId::kQuotaAttainment:
    case metrics::MetricId::kForecastAccuracy:
      return Percent(value);
    case metrics::MetricId::kAvgDealSize:
    case metrics::MetricId::kPipelineGeneration:
      return Money(value);
    case metrics::MetricId::kSalesCycleDays:
      return Days(value);
    default:
      return OneDecimal(value);
  }
}

bool LowerIsBetter(metrics::MetricId id) { return id == metrics::MetricId::kSalesCycleDays; }

std::vector<MetricRow> MetricRows(const ReportData& report) {
  std::vector<MetricRow> rows;
  bool any = false;
  for (metrics::MetricId id : metrics::kPerformanceMetrics) {
    const metrics::Benchmark& benchmark = report.benchmarks.Of(id);
    any =
        any || Known(benchmark.you) || Known(benchmark.team_avg) || Known(benchmark.top_performer);
    rows.push_back(MetricRow{id, std::string(MetricTitle(id)), MetricValue(id, benchmark.you),
                             MetricValue(id, benchmark.team_avg),
                             MetricValue(id, benchmark.top_performer),
                             TrendArrow(benchmark.trend)});
  }
  if (!any) rows.clear();
  return rows;
}

std::string OverallText(const ReportData& report) {
  if (!Known(report.scores.overall)) return std::string(kNotEnoughData) + " yet";
  std::string out = Score(report.scores.overall);
  if (report.scores.overall_level) out += " (" + LevelText(report.scores.overall_level) + ")";
  return out;
}

std::vector<SkillRow> SkillRows(const ReportData& report) {
  std::vector<SkillRow> rows;
  if (!AnyScored(report)) return rows;
  for (model::Skill skill : model::kAllSkills) {
    const scoring::SkillScore& score = report.scores.Of(skill);
    bool known = Known(score.score);
    rows.push_back(SkillRow{TitleOf(skill),
                            known ? Score(score.score) : std::string(kNotEnoughData),
                            known ? LevelText(score.level) : std::string(kUnknown),
                            known ? TrendArrow(score.trend) : std::string(kUnknown)});
  }
  return rows;
}

ExampleText ExampleOf(const coaching::Example& example, const ClipLinks& clips) {
  ExampleText out;
  if (example.deal) {
    const coaching::DealExample& deal = *example.deal;
    out.kind = ExampleText::Kind::kDeal;
    std::string name = OneLine(deal.name);
    if (name.empty()) name = "One of your deals";
    std::vector<std::string> details;
    if (!OneLine(deal.account).empty()) details.push_back(OneLine(deal.account));
    if (Known(deal.amount) && deal.amount > 0) details.push_back(Money(deal.amount));
    out.attribution =
        details.empty() ? name : fmt::format("{} ({})", name, fmt::join(details, ", "));
    out.note = OneLine(deal.note);
    return out;
  }
  out.quote = OneLine(example.quote.text);
  if (!example.own) {
    out.kind = ExampleText::Kind::kTeam;
    out.attribution = "a top performer on your team";
    return out;
  }
  out.kind = ExampleText::Kind::kCall;
  std::vector<std::string> where;
  if (!OneLine(example.quote.call_title).empty())
    where.push_back(OneLine(example.quote.call_title));
  if (example.quote.call_started_at) where.push_back(DateText(example.quote.call_started_at));
  where.push_back(Clock(example.quote.at_s));
  out.attribution = fmt::format("{}", fmt::join(where, ", "));
  out.note = OneLine(example.quote.note);
  out.clip_url = clips.For(example.quote.call_id, example.quote.at_s);
  return out;
}

StrengthText StrengthOf(const coaching::Strength& strength, const ClipLinks& clips) {
  StrengthText out;
  out.skill = TitleOf(strength.skill);
  out.score = Score(strength.score);
  std::string line = OneLine(strength.description);
  if (line.empty())
    line = std::string("Your ") + std::string(model::ComponentTitle(strength.component));
  if (strength.relative) line += fmt::format(" ({})", kRelativeStrength);
  out.doing_well.push_back(line);
  if (strength.example) {
    ExampleText example = ExampleOf(*strength.example, clips);
    // Quotes with nothing said are not shown; a deal is shown by its line.
    if (example.kind == ExampleText::Kind::kDeal || !example.quote.empty()) {
      out.example = std::move(example);
    }
  }
  return out;
}

AreaText AreaOf(const coaching::ImprovementArea& area, const ClipLinks& clips) {
  AreaText out;
  out.skill = TitleOf(area.skill);
  out.current = Score(area.current_score);
  out.target = Score(area.target_score);
  out.what = OneLine(area.what);
  std::string component = std::string(model::ComponentTitle(area.focus));
  std::string focus =
      area.focus_score ? fmt::format("{}: {}", component, Score(area.focus_score)) : component;
  out.what = out.what.empty() ? focus : fmt::format("{} ({})", out.what, focus);
  out.why = OneLine(area.why);
  std::string note = OneLine(area.segment_note);
  if (!note.empty()) out.why = out.why.empty() ? note : EndSentence(out.why) + " " + note;
  out.tip = OneLine(area.coaching);
  out.practice = OneLine(area.practice);
  if (area.example) {
    ExampleText example = ExampleOf(*area.example, clips);
    if (example.kind == ExampleText::Kind::kDeal || !example.quote.empty()) {
      out.example = std::move(example);
    }
  }
  return out;
}

std::string NoAreasText(const ReportData& report) {
  if (!AnyScored(report)) {
    return "No focus area yet: no skill has enough data to score.";
  }
  return "No focus area this week: every scored skill is on track. Keep practising what "
         "works.";
}

CallReviewText CallReviewOf(const ReportData& report) {
  const analysis::CallSummary& summary = report.call_review.summary;
  CallReviewText out;
  out.included = report.include_call_review;
  out.any_calls = summary.calls > 0;
  out.calls = fmt::format("{} call{}, {} hours", summary.calls, summary.calls == 1 ? "" : "s",
                          OneDecimal(summary.hours));
  if (Known(summary.talk_ratio)) {
    long you = std::lround(std::clamp(*summary.talk_ratio, 0.0, 1.0) * 100);
    out.talk = fmt::format("{}% you / {}% customer (Target: 40/60)", you, 100 - you);
  } else {
    out.talk = fmt::format("{} (Target: 40/60)", kNotEnoughData);
  }
  out.questions =
      Known(summary.questions_per_call)
          ? fmt::format("{} avg per call (Target: 10+)", OneDecimal(summary.questions_per_call))
          : fmt::format("{} (Target: 10+)", kNotEnoughData);
  out.fillers = Known(summary.fillers_per_min) ? fmt::format("{} per minute (Target: < 3)",
                                                             OneDecimal(summary.fillers_per_min))
                                               : fmt::format("{} (Target: < 3)", kNotEnoughData);
  out.best = PickOf(report.call_review.best, report.clips);
  out.to_review = PickOf(report.call_review.to_review, report.clips);
  return out;
}

std::vector<WeekItem> ThisWeekItems(const ReportData& report) {
  std::vector<WeekItem> items;
  const auto& actions = report.plan.this_week;
  const auto& areas = report.plan.improvement_areas;
  std::size_t named = std::min<std::size_t>(areas.size(), 2);
  for (std::size_t i = 0; i < actions.size(); ++i) {
    std::string action = OneLine(actions[i]);
    if (action.empty()) continue;
    bool area_action = i < named && i + 1 < actions.size();
    items.push_back(WeekItem{area_action ? TitleOf(areas[i].skill) : "Practice", action});
  }
  return items;
}

std::vector<ProgressRow> ProgressRows(const ReportData& report) {
  std::vector<ProgressRow> rows;
  std::optional<model::Skill> skill = FirstFocusSkill(report);
  if (!skill || !HasPreviousReport(report)) return rows;
  const scoring::SkillScore& score = report.scores.Of(*skill);
  std::string title = TitleOf(*skill);
  std::optional<double> change;
  if (Known(score.previous) && Known(score.score)) change = *score.score - *score.previous;
  rows.push_back(
      ProgressRow{"Last Week", title, ScoreNumber(score.previous), ScoreNumber(score.score),
                  change ? SignedPoints(change)
                         : (Known(score.score) ? std::string("new") : std::string(kUnknown))});
  rows.push_back(ProgressRow{"This Week", title, ScoreNumber(score.score), std::string(kUnknown),
                             std::string(kUnknown)});
  return rows;
}

std::string ProgressEmptyText(const ReportData& report) {
  if (!HasPreviousReport(report)) return std::string(kFirstReport);
  return "No focus skill this week, so there is no progress to track yet.";
}

std::string ReviewText(const ReportData& report) {
  if (!report.plan.review.required) return "";
  std::string reason = OneLine(report.plan.review.reason);
  if (reason.empty()) return "a manager reviews this report before it is sent.";
  return EndSentence(reason);
}

CardText CardOf(const ReportData& report) {
  CardText out;
  out.rep = OneLine(report.rep.name);
  if (out.rep.empty()) out.rep = OneLine(report.rep.id);
  if (!report.plan.strengths.empty()) {
    const coaching::Strength& top = report.plan.strengths[0];
    out.strength = fmt::format("{} ({})", TitleOf(top.skill), Score(top.score));
  } else {
    out.strength = fmt::format("{} yet", kNotEnoughData);
  }
  if (!report.plan.improvement_areas.empty()) {
    const coaching::ImprovementArea& area = report.plan.improvement_areas[0];
    out.focus = fmt::format("{} ({})", TitleOf(area.skill), Score(area.current_score));
    out.tip = OneLine(area.coaching);
  } else {
    out.focus = AnyScored(report) ? "none this week: every scored skill is on track"
                                  : fmt::format("{} yet", kNotEnoughData);
    if (!report.plan.this_week.empty()) out.tip = OneLine(report.plan.this_week.back());
  }
  if (out.tip.empty()) {
    out.tip = "No tip this week yet: once calls are analyzed, the card suggests one.";
  }
  if (!report.include_call_review) {
    out.call_to_review = "not included in this report";
  } else if (report.call_review.to_review) {
    const coaching::CallPick& pick = *report.call_review.to_review;
    out.call_to_review = fmt::format("{}, {}", OneLine(pick.title), DateText(pick.started_at));
  } else if (report.call_review.summary.calls == 0) {
    out.call_to_review = "none: no calls were analyzed in this period";
  } else {
    out.call_to_review = std::string(kNoCallToReview);
  }
  return out;
}

}  // namespace sc::report::text
