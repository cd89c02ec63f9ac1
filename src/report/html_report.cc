#include "report/html_report.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "report/html_blocks.h"
#include "report/report_text.h"

namespace sc::report {
namespace {

using text::HtmlEscape;
using namespace html;  // the building blocks of every page

// " · ▶ Listen" linked to a quoted moment's recording, or nothing without a clip link.
std::string ListenLink(std::string_view url) {
  if (url.empty()) return "";
  return fmt::format(" · <a href=\"{}\" style=\"color:#2b6cb0;\">{}</a>", HtmlEscape(url),
                     HtmlEscape(text::kListen));
}

// A quote block: its lines are already HTML.
void Quote(std::string& out, const std::vector<std::string>& lines) {
  out +=
      "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" "
      "border=\"0\" style=\"width:100%;margin:0 0 10px 0;\"><tr><td style=\"padding:8px 12px;"
      "border-left:4px solid #3182ce;background-color:#ebf8ff;\">";
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) out += "<br>";
    out += lines[i];
  }
  out += "</td></tr></table>\n";
}

void Example(std::string& out, const text::ExampleText& example, std::string_view label) {
  switch (example.kind) {
    case text::ExampleText::Kind::kDeal: {
      std::vector<std::string> lines = {
          fmt::format("💼 <strong>Deal</strong>: {}", HtmlEscape(example.attribution))};
      if (!example.note.empty()) lines.push_back("— " + HtmlEscape(example.note));
      Quote(out, lines);
      return;
    }
    case text::ExampleText::Kind::kTeam:
      Quote(out, {fmt::format("📞 {}&quot;{}&quot;", label, HtmlEscape(example.quote)),
                  "— " + HtmlEscape(example.attribution)});
      return;
    case text::ExampleText::Kind::kCall: {
      std::string source = HtmlEscape(example.attribution);
      if (!example.note.empty()) source += " (" + HtmlEscape(example.note) + ")";
      source += ListenLink(example.clip_url);
      Quote(out,
            {fmt::format("📞 {}&quot;{}&quot;", label, HtmlEscape(example.quote)), "— " + source});
      return;
    }
  }
}

void Header(std::string& out, const ReportData& report) {
  H2(out, "📈 Sales Coaching Report");
  std::string name = text::OneLine(report.rep.name);
  P(out, Labelled("Rep", name.empty() ? report.rep.id : name) + "<br>" +
             Labelled("Period", report.period.ToString()) + "<br>" +
             Labelled("Calls Analyzed", std::to_string(report.calls_analyzed)) + "<br>" +
             Labelled("Deals Reviewed", std::to_string(report.deals_reviewed)));
  std::string review = text::ReviewText(report);
  if (!review.empty()) {
    out +=
        "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" "
        "border=\"0\" style=\"width:100%;margin:0 0 10px 0;\"><tr><td style=\"padding:8px "
        "12px;border-left:4px solid #c53030;background-color:#fff5f5;\">";
    out += "⚠️ " + Labelled(text::kReviewLabel, review);
    out += "</td></tr></table>\n";
  }
}

void Summary(std::string& out, const ReportData& report) {
  H3(out, "Performance Summary");
  P(out, Labelled("Overall Score", text::OverallText(report)));
  if (report.scores.overall && std::isfinite(*report.scores.overall)) {
    out += Bar(report.scores.overall) + "\n";
  }
  std::vector<text::MetricRow> rows = text::MetricRows(report);
  if (rows.empty()) {
    P(out, HtmlEscape(text::kNoMetrics));
    return;
  }
  std::vector<std::vector<std::string>> cells;
  for (const text::MetricRow& row : rows) {
    cells.push_back({HtmlEscape(row.title), HtmlEscape(row.you), HtmlEscape(row.team_avg),
                     HtmlEscape(row.top_performer), HtmlEscape(row.trend)});
  }
  out += "<div style=\"height:10px;line-height:10px;font-size:0;\">&nbsp;</div>\n";
  Table(out, {"Metric", "You", "Team Avg", "Top Performer", "Trend"}, cells);
  P(out, fmt::format("<span style=\"font-size:12px;color:#4a5568;\">{}</span>",
                     HtmlEscape(text::kMetricsNote)));
}

void Skills(std::string& out, const ReportData& report) {
  H3(out, "Skill Assessment");
  std::vector<text::SkillRow> rows = text::SkillRows(report);
  if (rows.empty()) {
    P(out, HtmlEscape(text::kNoSkills));
    return;
  }
  std::vector<std::vector<std::string>> cells;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const text::SkillRow& row = rows[i];
    std::string bar = Bar(report.scores.skills[i].score);
    cells.push_back({HtmlEscape(row.skill), HtmlEscape(row.score),
                     bar.empty() ? HtmlEscape(text::kUnknown) : bar, HtmlEscape(row.level),
                     HtmlEscape(row.trend)});
  }
  Table(out, {"Skill Area", "Score", "", "Level", "Trend"}, cells);
}

void Strengths(std::string& out, const ReportData& report) {
  H3(out, "✅ Strengths");
  if (report.plan.strengths.empty()) P(out, HtmlEscape(text::kNoStrengths));
  for (const coaching::Strength& strength : report.plan.strengths) {
    text::StrengthText shown = text::StrengthOf(strength, report.clips);
    P(out, fmt::format("<strong>{}</strong> - Score: {}", HtmlEscape(shown.skill),
                       HtmlEscape(shown.score)));
    out += Bar(strength.score) + "\n";
    P(out, "What you&#39;re doing well:");
    out += "<ul style=\"margin:0 0 10px 0;padding-left:20px;\">\n";
    for (const std::string& item : shown.doing_well) {
      out += fmt::format("<li>{}</li>\n", HtmlEscape(item));
    }
    out += "</ul>\n";
    if (shown.example) Example(out, *shown.example, "<strong>Call Highlight</strong>: ");
  }
}

void Areas(std::string& out, const ReportData& report) {
  H3(out, "🎯 Focus Areas for Improvement");
  if (report.plan.improvement_areas.empty()) {
    P(out, HtmlEscape(text::NoAreasText(report)));
    return;
  }
  int number = 0;
  for (const coaching::ImprovementArea& area : report.plan.improvement_areas) {
    text::AreaText shown = text::AreaOf(area, report.clips);
    H4(out, fmt::format("{}. {} - Current: {} → Target: {}", ++number, shown.skill, shown.current,
                        shown.target));
    out += Bar(area.current_score) + "\n";
    out += "<div style=\"height:8px;line-height:8px;font-size:0;\">&nbsp;</div>\n";
    P(out, Labelled("What to improve", shown.what));
    if (!shown.why.empty()) P(out, Labelled("Why it matters", shown.why));
    if (!shown.tip.empty()) P(out, "<strong>Coaching Tip</strong>:<br>" + HtmlEscape(shown.tip));
    if (shown.example) {
      P(out, "<strong>Example to Study</strong>:");
      Example(out, *shown.example, "");
    }
    if (!shown.practice.empty()) {
      P(out, "<strong>Practice Activity</strong>:");
      out += fmt::format("<ul style=\"margin:0 0 10px 0;padding-left:20px;\"><li>{}</li></ul>\n",
                         HtmlEscape(shown.practice));
    }
  }
}

std::string Pick(std::string_view label, std::string_view what,
                 const std::optional<text::CallPickText>& pick, std::string_view none) {
  if (!pick) return Labelled(label, none);
  return fmt::format("<strong>{}</strong>: {} - {}<br>{}: {}{}", HtmlEscape(label),
                     HtmlEscape(pick->title), HtmlEscape(pick->date), HtmlEscape(what),
                     HtmlEscape(pick->summary), ListenLink(pick->clip_url));
}

void Calls(std::string& out, const ReportData& report) {
  H3(out, "📞 Call Review Highlights");
  text::CallReviewText review = text::CallReviewOf(report);
  if (!review.included || !review.any_calls) {
    P(out, HtmlEscape(review.included ? text::kNoCalls : text::kCallReviewLeftOut));
    return;
  }
  P(out, Labelled("Calls Analyzed", review.calls));
  P(out, Labelled("Talk Ratio", review.talk) + "<br>" +
             Labelled("Questions Asked", review.questions) + "<br>" +
             Labelled("Filler Words", review.fillers));
  P(out, Pick("Best Call", "What went well", review.best, text::kNoBestCall));
  P(out,
    Pick("Call to Review", "Improvement opportunity", review.to_review, text::kNoCallToReview));
}

void ThisWeek(std::string& out, const ReportData& report) {
  H3(out, "📋 This Week's Focus");
  std::vector<text::WeekItem> items = text::ThisWeekItems(report);
  if (items.empty()) {
    P(out, HtmlEscape(text::kNoWeekItems));
  } else {
    out += "<ol style=\"margin:0 0 10px 0;padding-left:20px;\">\n";
    for (const text::WeekItem& item : items) {
      out += fmt::format("<li>{}</li>\n", Labelled(item.label, item.action));
    }
    out += "</ol>\n";
  }
  std::vector<std::string> notes;
  for (const std::string& note : report.plan.notes) {
    std::string shown = text::OneLine(note);
    if (!shown.empty()) notes.push_back(shown);
  }
  if (notes.empty()) return;
  P(out, "<strong>Notes</strong>:");
  out += "<ul style=\"margin:0 0 10px 0;padding-left:20px;\">\n";
  for (const std::string& note : notes) out += fmt::format("<li>{}</li>\n", HtmlEscape(note));
  out += "</ul>\n";
}

void Progress(std::string& out, const ReportData& report) {
  H3(out, "Progress Tracking");
  std::vector<text::ProgressRow> rows = text::ProgressRows(report);
  if (rows.empty()) {
    P(out, HtmlEscape(text::ProgressEmptyText(report)));
    return;
  }
  std::vector<std::vector<std::string>> cells;
  for (const text::ProgressRow& row : rows) {
    cells.push_back({HtmlEscape(row.week), HtmlEscape(row.skill), HtmlEscape(row.start),
                     HtmlEscape(row.end), HtmlEscape(row.change)});
  }
  Table(out, {"Week", "Focus Area", "Score Start", "Score End", "Δ"}, cells);
}

}  // namespace

std::string RenderHtmlReport(const ReportData& report) {
  std::string name = text::OneLine(report.rep.name);
  std::string out = PageStart(
      fmt::format("Sales Coaching Report: {}", name.empty() ? report.rep.id : name), 640);
  Header(out, report);
  Summary(out, report);
  Skills(out, report);
  Strengths(out, report);
  Areas(out, report);
  Calls(out, report);
  ThisWeek(out, report);
  Progress(out, report);
  out += PageEnd();
  return out;
}

}  // namespace sc::report
