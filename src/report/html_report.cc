#include "report/html_report.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "report/report_text.h"

namespace sc::report {
namespace {

using text::HtmlEscape;

constexpr std::string_view kTable =
    R"(<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" )"
    R"(style="width:100%;border-collapse:collapse;">)";
constexpr std::string_view kCell =
    "padding:6px 8px;border-bottom:1px solid #e2e8f0;text-align:left;vertical-align:top;";
constexpr std::string_view kHeadCell =
    "padding:6px 8px;border-bottom:2px solid #cbd5e0;text-align:left;font-weight:bold;"
    "background-color:#f7fafc;";

void H2(std::string& out, std::string_view title) {
  out += fmt::format(
      "<h2 style=\"margin:0 0 12px 0;font-size:22px;line-height:28px;color:#1a202c;\">{}</h2>\n",
      HtmlEscape(title));
}

void H3(std::string& out, std::string_view title) {
  out += fmt::format(
      "<h3 style=\"margin:24px 0 8px 0;font-size:18px;line-height:24px;color:#1a202c;\">{}"
      "</h3>\n",
      HtmlEscape(title));
}

void H4(std::string& out, std::string_view title) {
  out += fmt::format(
      "<h4 style=\"margin:16px 0 8px 0;font-size:15px;line-height:20px;color:#1a202c;\">{}"
      "</h4>\n",
      HtmlEscape(title));
}

// A paragraph of `html` (already escaped).
void P(std::string& out, std::string_view html) {
  out += fmt::format("<p style=\"margin:0 0 10px 0;\">{}</p>\n", html);
}

// "<strong>Label</strong>: value", both escaped.
std::string Labelled(std::string_view label, std::string_view value) {
  return fmt::format("<strong>{}</strong>: {}", HtmlEscape(label), HtmlEscape(value));
}

std::string_view ColourOf(double score) {
  scoring::Level level = scoring::LevelOf(score, scoring::LevelBands{});
  switch (level) {
    case scoring::Level::kExpert:
    case scoring::Level::kProficient:
      return "#2f855a";
    case scoring::Level::kDeveloping:
      return "#b7791f";
    case scoring::Level::kNeedsCoaching:
      return "#dd6b20";
    case scoring::Level::kCritical:
      return "#c53030";
  }
  return "#718096";
}

// A horizontal bar for a 0..100 score; a sentence-free empty string when unknown.
std::string Bar(std::optional<double> score) {
  if (!score || !std::isfinite(*score)) return "";
  long filled = std::clamp(std::lround(*score), 0L, 100L);
  std::string out(kTable);
  out += "<tr>";
  constexpr std::string_view kSegment =
      "<td width=\"{0}%\" style=\"width:{0}%;height:8px;background-color:{1};font-size:0;"
      "line-height:0;\">&nbsp;</td>";
  if (filled > 0) out += fmt::format(kSegment, filled, ColourOf(*score));
  if (filled < 100) out += fmt::format(kSegment, 100 - filled, "#e2e8f0");
  out += "</tr></table>";
  return out;
}

// A table with a header row; every cell is already HTML.
void Table(std::string& out, const std::vector<std::string>& head,
           const std::vector<std::vector<std::string>>& rows) {
  out += kTable;
  out += "\n<tr>";
  for (const std::string& cell : head) {
    out += fmt::format("<th style=\"{}\">{}</th>", kHeadCell, HtmlEscape(cell));
  }
  out += "</tr>\n";
  for (const std::vector<std::string>& row : rows) {
    out += "<tr>";
    for (const std::string& cell : row) out += fmt::format("<td style=\"{}\">{}</td>", kCell, cell);
    out += "</tr>\n";
  }
  out += "</table>\n";
}

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
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += fmt::format("<title>Sales Coaching Report: {}</title>\n</head>\n",
                     HtmlEscape(name.empty() ? report.rep.id : name));
  out += "<body style=\"margin:0;padding:0;background-color:#f4f5f7;\">\n";
  out +=
      "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" "
      "border=\"0\" style=\"width:100%;background-color:#f4f5f7;\">\n<tr><td align=\"center\" "
      "style=\"padding:24px 8px;\">\n";
  out +=
      "<table role=\"presentation\" width=\"640\" cellpadding=\"0\" cellspacing=\"0\" "
      "border=\"0\" style=\"width:640px;max-width:100%;background-color:#ffffff;"
      "font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:20px;"
      "color:#1f2933;\">\n<tr><td style=\"padding:24px;text-align:left;\">\n";
  Header(out, report);
  Summary(out, report);
  Skills(out, report);
  Strengths(out, report);
  Areas(out, report);
  Calls(out, report);
  ThisWeek(out, report);
  Progress(out, report);
  out += "</td></tr>\n</table>\n</td></tr>\n</table>\n</body>\n</html>\n";
  return out;
}

}  // namespace sc::report
