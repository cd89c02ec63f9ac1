#include "report/markdown_report.h"

#include <fmt/format.h>

#include "report/report_text.h"

namespace sc::report {
namespace {

using text::MarkdownEscape;

void Line(std::string& out, std::string_view line = "") {
  out += line;
  out += '\n';
}

void Blank(std::string& out) { out += '\n'; }

// " · [▶ Listen](url)" after a quoted moment, or nothing without a clip link. ClipLinks
// refuses templates with characters that could end the link early.
std::string ListenLink(std::string_view url) {
  if (url.empty()) return "";
  return fmt::format(" · [{}]({})", text::kListen, url);
}

// The example block: a quote with its source, or a deal line.
void Example(std::string& out, const text::ExampleText& example, std::string_view label) {
  switch (example.kind) {
    case text::ExampleText::Kind::kDeal:
      Line(out, fmt::format("> 💼 **Deal**: {}", MarkdownEscape(example.attribution)));
      if (!example.note.empty()) {
        Line(out, fmt::format("> — {}", MarkdownEscape(example.note)));
      }
      return;
    case text::ExampleText::Kind::kTeam:
      Line(out, fmt::format("> 📞 {}\"{}\"", label, MarkdownEscape(example.quote)));
      Line(out, fmt::format("> — {}", example.attribution));
      return;
    case text::ExampleText::Kind::kCall:
      Line(out, fmt::format("> 📞 {}\"{}\"", label, MarkdownEscape(example.quote)));
      if (example.note.empty()) {
        Line(out, fmt::format("> — {}{}", MarkdownEscape(example.attribution),
                              ListenLink(example.clip_url)));
      } else {
        Line(out, fmt::format("> — {} ({}){}", MarkdownEscape(example.attribution),
                              MarkdownEscape(example.note), ListenLink(example.clip_url)));
      }
      return;
  }
}

void Header(std::string& out, const ReportData& report) {
  Line(out, "## 📈 Sales Coaching Report");
  Blank(out);
  std::string name = text::OneLine(report.rep.name);
  Line(out, fmt::format("**Rep**: {}", MarkdownEscape(name.empty() ? report.rep.id : name)));
  Line(out, fmt::format("**Period**: {}", report.period.ToString()));
  Line(out, fmt::format("**Calls Analyzed**: {}", report.calls_analyzed));
  Line(out, fmt::format("**Deals Reviewed**: {}", report.deals_reviewed));
  std::string review = text::ReviewText(report);
  if (!review.empty()) {
    Blank(out);
    Line(out, fmt::format("> ⚠️ **{}**: {}", text::kReviewLabel, MarkdownEscape(review)));
  }
  Blank(out);
}

void Summary(std::string& out, const ReportData& report) {
  Line(out, "### Performance Summary");
  Blank(out);
  Line(out, fmt::format("**Overall Score**: {}", text::OverallText(report)));
  Blank(out);
  std::vector<text::MetricRow> rows = text::MetricRows(report);
  if (rows.empty()) {
    Line(out, text::kNoMetrics);
    Blank(out);
    return;
  }
  Line(out, "| Metric | You | Team Avg | Top Performer | Trend |");
  Line(out, "|--------|-----|----------|---------------|-------|");
  for (const text::MetricRow& row : rows) {
    Line(out, fmt::format("| {} | {} | {} | {} | {} |", row.title, row.you, row.team_avg,
                          row.top_performer, row.trend));
  }
  Blank(out);
  Line(out, text::kMetricsNote);
  Blank(out);
}

void Skills(std::string& out, const ReportData& report) {
  Line(out, "### Skill Assessment");
  Blank(out);
  std::vector<text::SkillRow> rows = text::SkillRows(report);
  if (rows.empty()) {
    Line(out, text::kNoSkills);
    Blank(out);
    return;
  }
  Line(out, "| Skill Area | Score | Level | Trend |");
  Line(out, "|------------|-------|-------|-------|");
  for (const text::SkillRow& row : rows) {
    Line(out, fmt::format("| {} | {} | {} | {} |", MarkdownEscape(row.skill), row.score, row.level,
                          row.trend));
  }
  Blank(out);
}

void Strengths(std::string& out, const ReportData& report) {
  Line(out, "### ✅ Strengths");
  Blank(out);
  if (report.plan.strengths.empty()) {
    Line(out, text::kNoStrengths);
    Blank(out);
  }
  for (const coaching::Strength& strength : report.plan.strengths) {
    text::StrengthText shown = text::StrengthOf(strength, report.clips);
    Line(out, fmt::format("**{}** - Score: {}", MarkdownEscape(shown.skill), shown.score));
    Blank(out);
    Line(out, "What you're doing well:");
    for (const std::string& item : shown.doing_well) {
      Line(out, fmt::format("- {}", MarkdownEscape(item)));
    }
    Blank(out);
    if (shown.example) {
      Example(out, *shown.example, "**Call Highlight**: ");
      Blank(out);
    }
  }
  Line(out, "---");
  Blank(out);
}

void Areas(std::string& out, const ReportData& report) {
  Line(out, "### 🎯 Focus Areas for Improvement");
  Blank(out);
  if (report.plan.improvement_areas.empty()) {
    Line(out, MarkdownEscape(text::NoAreasText(report)));
    Blank(out);
    Line(out, "---");
    Blank(out);
    return;
  }
  int number = 0;
  for (const coaching::ImprovementArea& area : report.plan.improvement_areas) {
    text::AreaText shown = text::AreaOf(area, report.clips);
    Line(out, fmt::format("#### {}. {} - Current: {} → Target: {}", ++number,
                          MarkdownEscape(shown.skill), shown.current, shown.target));
    Blank(out);
    Line(out, fmt::format("**What to improve**: {}", MarkdownEscape(shown.what)));
    Blank(out);
    if (!shown.why.empty()) {
      Line(out, fmt::format("**Why it matters**: {}", MarkdownEscape(shown.why)));
      Blank(out);
    }
    if (!shown.tip.empty()) {
      Line(out, "**Coaching Tip**:");
      Line(out, MarkdownEscape(shown.tip));
      Blank(out);
    }
    if (shown.example) {
      Line(out, "**Example to Study**:");
      Example(out, *shown.example, "");
      Blank(out);
    }
    if (!shown.practice.empty()) {
      Line(out, "**Practice Activity**:");
      Line(out, fmt::format("- {}", MarkdownEscape(shown.practice)));
      Blank(out);
    }
    Line(out, "---");
    Blank(out);
  }
}

void Pick(std::string& out, std::string_view label, std::string_view what,
          const std::optional<text::CallPickText>& pick, std::string_view none) {
  if (!pick) {
    Line(out, fmt::format("**{}**: {}", label, none));
    return;
  }
  Line(out, fmt::format("**{}**: {} - {}", label, MarkdownEscape(pick->title), pick->date));
  Line(out,
       fmt::format("- {}: {}{}", what, MarkdownEscape(pick->summary), ListenLink(pick->clip_url)));
}

void Calls(std::string& out, const ReportData& report) {
  Line(out, "### 📞 Call Review Highlights");
  Blank(out);
  text::CallReviewText review = text::CallReviewOf(report);
  if (!review.included || !review.any_calls) {
    Line(out, review.included ? text::kNoCalls : text::kCallReviewLeftOut);
    Blank(out);
    return;
  }
  Line(out, fmt::format("**Calls Analyzed**: {}", review.calls));
  Blank(out);
  Line(out, fmt::format("**Talk Ratio**: {}", review.talk));
  Line(out, fmt::format("**Questions Asked**: {}", review.questions));
  Line(out, fmt::format("**Filler Words**: {}", review.fillers));
  Blank(out);
  Pick(out, "Best Call", "What went well", review.best, text::kNoBestCall);
  Blank(out);
  Pick(out, "Call to Review", "Improvement opportunity", review.to_review, text::kNoCallToReview);
  Blank(out);
}

void ThisWeek(std::string& out, const ReportData& report) {
  Line(out, "### 📋 This Week's Focus");
  Blank(out);
  std::vector<text::WeekItem> items = text::ThisWeekItems(report);
  if (items.empty()) Line(out, text::kNoWeekItems);
  int number = 0;
  for (const text::WeekItem& item : items) {
    Line(out, fmt::format("{}. **{}**: {}", ++number, MarkdownEscape(item.label),
                          MarkdownEscape(item.action)));
  }
  Blank(out);
  bool any_note = false;
  for (const std::string& note : report.plan.notes) {
    std::string shown = text::OneLine(note);
    if (shown.empty()) continue;
    if (!any_note) {
      Line(out, "**Notes**:");
      any_note = true;
    }
    Line(out, fmt::format("- {}", MarkdownEscape(shown)));
  }
  if (any_note) Blank(out);
}

void Progress(std::string& out, const ReportData& report) {
  Line(out, "### Progress Tracking");
  Blank(out);
  std::vector<text::ProgressRow> rows = text::ProgressRows(report);
  if (rows.empty()) {
    Line(out, text::ProgressEmptyText(report));
    return;
  }
  Line(out, "| Week | Focus Area | Score Start | Score End | Δ |");
  Line(out, "|------|------------|-------------|-----------|---|");
  for (const text::ProgressRow& row : rows) {
    Line(out, fmt::format("| {} | {} | {} | {} | {} |", row.week, MarkdownEscape(row.skill),
                          row.start, row.end, row.change));
  }
}

}  // namespace

std::string RenderMarkdownReport(const ReportData& report) {
  std::string out;
  Header(out, report);
  Summary(out, report);
  Skills(out, report);
  Strengths(out, report);
  Areas(out, report);
  Calls(out, report);
  ThisWeek(out, report);
  Progress(out, report);
  return out;
}

}  // namespace sc::report
