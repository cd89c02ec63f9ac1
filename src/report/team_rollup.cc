#include "report/team_rollup.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include <fmt/format.h>

#include "report/html_blocks.h"
#include "report/report_text.h"
#include "scoring/levels.h"

namespace sc::report {
namespace {

using text::HtmlEscape;
using text::MarkdownEscape;

constexpr double kCritical = 40;  // below: Critical (DOMAIN.md, Guardrails)
constexpr double kGapPoints = 10;
constexpr double kProficient = 75;
constexpr double kBigFall = 10;

std::string RepLabel(const model::Rep& rep) {
  std::string name = text::OneLine(rep.name);
  return name.empty() ? rep.id : fmt::format("{} ({})", name, rep.id);
}

// The mean of `value` over the reps that have one.
std::optional<double> TeamMean(
    const TeamRollupData& team,
    const std::function<std::optional<double>(const ReportData&)>& value) {
  double sum = 0;
  int count = 0;
  for (const ReportData& report : team.reports) {
    if (std::optional<double> v = value(report); v && std::isfinite(*v)) {
      sum += *v;
      ++count;
    }
  }
  if (count == 0) return std::nullopt;
  return sum / count;
}

// "🟢 82": the level's colour, then the score; kUnknown when unscored.
std::string HeatCell(std::optional<double> score) {
  if (!score || !std::isfinite(*score)) return std::string(text::kUnknown);
  switch (scoring::LevelOf(*score, scoring::LevelBands{})) {
    case scoring::Level::kExpert:
    case scoring::Level::kProficient:
      return fmt::format("🟢 {}", text::ScoreNumber(score));
    case scoring::Level::kDeveloping:
      return fmt::format("🟡 {}", text::ScoreNumber(score));
    case scoring::Level::kNeedsCoaching:
      return fmt::format("🟠 {}", text::ScoreNumber(score));
    case scoring::Level::kCritical:
      return fmt::format("🔴 {}", text::ScoreNumber(score));
  }
  return std::string(text::kUnknown);
}

std::string FocusOf(const ReportData& report) {
  if (report.plan.improvement_areas.empty()) return std::string(text::kUnknown);
  return std::string(model::SkillTitle(report.plan.improvement_areas.front().skill));
}

// The heat map's rows: one per rep, then the team's means.
std::vector<std::vector<std::string>> HeatRows(const TeamRollupData& team) {
  std::vector<std::vector<std::string>> rows;
  for (const ReportData& report : team.reports) {
    std::vector<std::string> row = {RepLabel(report.rep)};
    for (const scoring::SkillScore& skill : report.scores.skills)
      row.push_back(HeatCell(skill.score));
    row.push_back(HeatCell(report.scores.overall));
    row.push_back(FocusOf(report));
    rows.push_back(std::move(row));
  }
  std::vector<std::string> mean = {"Team mean"};
  for (model::Skill skill : model::kAllSkills) {
    mean.push_back(text::ScoreNumber(
        TeamMean(team, [skill](const ReportData& r) { return r.scores.Of(skill).score; })));
  }
  mean.push_back(
      text::ScoreNumber(TeamMean(team, [](const ReportData& r) { return r.scores.overall; })));
  mean.push_back(std::string(text::kUnknown));  // a team has no focus of its own
  rows.push_back(std::move(mean));
  return rows;
}

std::vector<std::string> HeatHead() {
  std::vector<std::string> head = {"Rep"};
  for (model::Skill skill : model::kAllSkills) head.emplace_back(model::SkillTitle(skill));
  head.emplace_back("Overall");
  head.emplace_back("Focus");
  return head;
}

// "Closing 36 and the overall 38 are Critical (below 40)." for a held report: what the
// manager is asked to look at. Falls back to the report's own reason.
std::string CriticalScores(const ReportData& report) {
  std::vector<std::string> critical;
  for (const scoring::SkillScore& skill : report.scores.skills) {
    if (skill.score && *skill.score < kCritical) {
      critical.push_back(
          fmt::format("{} {}", model::SkillTitle(skill.skill), text::ScoreNumber(skill.score)));
    }
  }
  if (report.scores.overall && *report.scores.overall < kCritical) {
    critical.push_back(fmt::format("the overall {}", text::ScoreNumber(report.scores.overall)));
  }
  if (critical.empty()) return text::OneLine(report.plan.review.reason);
  std::string list =
      critical.size() == 1
          ? critical.front()
          : fmt::format("{} and {}", fmt::join(critical.begin(), critical.end() - 1, ", "),
                        critical.back());
  return fmt::format("{} {} Critical (below 40)", list, critical.size() == 1 ? "is" : "are");
}

struct HeldLine {
  std::string rep;
  std::string reason;
  std::int64_t id = 0;
};
std::vector<HeldLine> Held(const TeamRollupData& team) {
  std::vector<HeldLine> held;
  for (std::size_t i = 0; i < team.reports.size(); ++i) {
    const ReportData& report = team.reports[i];
    if (report.status != ReportStatus::kPendingReview) continue;
    held.push_back({RepLabel(report.rep), CriticalScores(report),
                    i < team.report_ids.size() ? team.report_ids[i] : 0});
  }
  return held;
}

// "Malik Costa: why it is held."
std::string HeldSentence(const HeldLine& line) {
  std::string reason = line.reason;
  if (!reason.empty() && reason.back() != '.') reason += '.';
  return fmt::format("{}: {}", line.rep, reason);
}

// How to review it, around the command: nothing when the report is not stored.
constexpr std::string_view kReviewBefore = " Review it with ";
constexpr std::string_view kReviewAfter = ", then approve or reject it.";
std::string ReviewCommand(const HeldLine& line) {
  return fmt::format("salescoach review show {}", line.id);
}

constexpr std::string_view kNoAttention =
    "No rep needs attention first: no Critical score, no falling skill, and no skill 10 or "
    "more points below the team.";
constexpr std::string_view kNoneHeld = "No report is held for review.";
constexpr std::string_view kHeatLegend =
    "🟢 Proficient or Expert (75+) · 🟡 Developing (60-74) · 🟠 Needs Coaching (40-59) · "
    "🔴 Critical (below 40)";
// An empty team: the sentences that stand in for the heat map and the call measures.
constexpr std::string_view kNoReports =
    "No rep's report is in this roll-up, so there is no score to map.";
constexpr std::string_view kNoCallMeasures =
    "No rep's report is in this roll-up, so there is no call to measure.";

}  // namespace

std::vector<AttentionItem> NeedsAttention(const TeamRollupData& team) {
  struct Ranked {
    AttentionItem item;
    double lowest = 100;
  };
  std::vector<Ranked> ranked;
  for (const ReportData& report : team.reports) {
    Ranked entry{{RepLabel(report.rep), 0, {}}, 100};
    auto flag = [&](int priority, std::string reason) {
      if (entry.item.priority == 0 || priority < entry.item.priority)
        entry.item.priority = priority;
      entry.item.reasons.push_back(std::move(reason));
    };
    for (const scoring::SkillScore& skill : report.scores.skills) {
      if (!skill.score) continue;
      std::string title(model::SkillTitle(skill.skill));
      entry.lowest = std::min(entry.lowest, *skill.score);
      if (*skill.score < kCritical)
        flag(1, fmt::format("{} {} (Critical)", title, text::ScoreNumber(skill.score)));
    }
    // A held report is held for its Critical scores, already named; say it only otherwise.
    if (report.status == ReportStatus::kPendingReview && entry.item.reasons.empty()) {
      flag(1, "report held for review");
    }
    for (const scoring::SkillScore& skill : report.scores.skills) {
      // A small dip in a strong skill is noise to a manager; a fall that leaves the skill
      // below Proficient, or a fall of 10 points or more, is not.
      const bool falling =
          skill.score && skill.previous && skill.trend == metrics::Trend::kDown &&
          *skill.score >= kCritical &&  // a Critical skill is already named
          (*skill.score < kProficient || *skill.previous - *skill.score >= kBigFall);
      if (falling) {
        flag(2, fmt::format("{} fell {} → {}", model::SkillTitle(skill.skill),
                            text::ScoreNumber(skill.previous), text::ScoreNumber(skill.score)));
      }
    }
    for (const scoring::SkillScore& skill : report.scores.skills) {
      std::optional<double> mean =
          TeamMean(team, [&skill](const ReportData& r) { return r.scores.Of(skill.skill).score; });
      if (!skill.score || !mean || *skill.score < kCritical) continue;
      // Compared as shown: whole numbers, rounded the way every score is.
      double team_score = std::round(*mean), gap = team_score - std::round(*skill.score);
      if (gap >= kGapPoints) {
        flag(3, fmt::format("{} {}, {} below the team's {}", model::SkillTitle(skill.skill),
                            text::ScoreNumber(skill.score), text::ScoreNumber(gap),
                            text::ScoreNumber(team_score)));
      }
    }
    if (entry.item.priority != 0) ranked.push_back(std::move(entry));
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
    if (a.item.priority != b.item.priority) return a.item.priority < b.item.priority;
    return a.lowest < b.lowest;
  });
  std::vector<AttentionItem> out;
  for (Ranked& entry : ranked) out.push_back(std::move(entry.item));
  return out;
}

std::vector<TeamCallMeasure> TeamCallMeasures(const TeamRollupData& team) {
  struct Spec {
    std::string name;
    std::function<std::optional<double>(const analysis::CallSummary&)> value;
    std::function<std::string(std::optional<double>)> format;
    std::string target;
    std::function<bool(double)> on_target;
  };
  const std::vector<Spec> specs = {
      {"Talk ratio", [](const analysis::CallSummary& s) { return s.talk_ratio; },
       [](std::optional<double> v) {
         return v ? fmt::format("{} rep / {} customer", text::Percent(v), text::Percent(1 - *v))
                  : text::Percent(v);
       },
       "40/60 (rep 43% or less)", [](double v) { return v <= 0.43; }},
      {"Questions per call", [](const analysis::CallSummary& s) { return s.questions_per_call; },
       [](std::optional<double> v) { return text::OneDecimal(v); }, "10+",
       [](double v) { return v >= 10; }},
      {"Fillers per minute", [](const analysis::CallSummary& s) { return s.fillers_per_min; },
       [](std::optional<double> v) { return text::OneDecimal(v); }, "under 3",
       [](double v) { return v < 3; }},
      {"Calls with a specific next step",
       [](const analysis::CallSummary& s) { return s.next_step_share; },
       [](std::optional<double> v) { return text::Percent(v); }, "80%+",
       [](double v) { return v >= 0.8; }},
  };
  std::vector<TeamCallMeasure> out;
  for (const Spec& spec : specs) {
    int measured = 0, on_target = 0;
    for (const ReportData& report : team.reports) {
      std::optional<double> v = spec.value(report.call_review.summary);
      if (!v || !std::isfinite(*v)) continue;
      ++measured;
      on_target += spec.on_target(*v);
    }
    std::optional<double> mean =
        TeamMean(team, [&spec](const ReportData& r) { return spec.value(r.call_review.summary); });
    out.push_back({spec.name, spec.format(mean), spec.target,
                   measured == 0 ? std::string(text::kUnknown)
                                 : fmt::format("{} of {} reps", on_target, measured)});
  }
  return out;
}

std::string RenderTeamRollupMarkdown(const TeamRollupData& team) {
  std::string out = fmt::format("## 👥 Team Coaching Summary: {}\n\n", MarkdownEscape(team.title));
  out += fmt::format("**As of**: {}\n**Period**: {} to {}\n**Reps**: {}\n\n",
                     text::DateText(team.as_of), text::DateText(team.period.from),
                     text::DateText(team.period.to), team.reports.size());
  out += "### 🗺️ Skills Heat Map\n\n";
  if (team.reports.empty()) {
    out += fmt::format("{}\n\n", kNoReports);
  } else {
    std::vector<std::string> head = HeatHead();
    out += fmt::format(
        "| {} |\n|{}\n", fmt::join(head, " | "),
        fmt::format("{}", fmt::join(std::vector<std::string>(head.size(), "---|"), "")));
    for (const std::vector<std::string>& row : HeatRows(team)) {
      std::vector<std::string> cells;
      for (const std::string& cell : row) cells.push_back(MarkdownEscape(cell));
      out += fmt::format("| {} |\n", fmt::join(cells, " | "));
    }
    out += fmt::format("\n{}\n\n", kHeatLegend);
  }

  out += "### 🚩 Who Needs Attention First\n\n";
  std::vector<AttentionItem> attention = NeedsAttention(team);
  if (attention.empty()) out += fmt::format("{}\n", kNoAttention);
  int number = 0;
  for (const AttentionItem& item : attention) {
    out += fmt::format("{}. **{}**: {}\n", ++number, MarkdownEscape(item.rep),
                       MarkdownEscape(fmt::format("{}", fmt::join(item.reasons, "; "))));
  }
  out += "\n### ⏸️ Held for Review\n\n";
  std::vector<HeldLine> held = Held(team);
  if (held.empty()) out += fmt::format("{}\n", kNoneHeld);
  for (const HeldLine& line : held) {
    out += fmt::format("- {}", MarkdownEscape(HeldSentence(line)));
    if (line.id != 0)
      out += fmt::format("{}`{}`{}", kReviewBefore, ReviewCommand(line), kReviewAfter);
    out += '\n';
  }
  out += "\n### 📞 Team Call Measures\n\n";
  if (team.reports.empty()) return out + fmt::format("{}\n", kNoCallMeasures);
  out +=
      "| Measure | Team | Target | On target |\n"
      "|---------|------|--------|-----------|\n";
  for (const TeamCallMeasure& measure : TeamCallMeasures(team)) {
    out += fmt::format("| {} | {} | {} | {} |\n", measure.name, measure.team, measure.target,
                       measure.on_target);
  }
  out += "\nTeam figures are the mean of each rep's own figure over their calls in the period.\n";
  return out;
}

std::string RenderTeamRollupHtml(const TeamRollupData& team) {
  using namespace html;
  std::string out = PageStart(fmt::format("Team Coaching Summary: {}", team.title), 880);
  H2(out, fmt::format("👥 Team Coaching Summary: {}", team.title));
  P(out, Labelled("As of", text::DateText(team.as_of)) + "<br>" +
             Labelled("Period", fmt::format("{} to {}", text::DateText(team.period.from),
                                            text::DateText(team.period.to))) +
             "<br>" + Labelled("Reps", std::to_string(team.reports.size())));
  H3(out, "🗺️ Skills Heat Map");
  if (team.reports.empty()) {
    P(out, HtmlEscape(kNoReports));
  } else {
    std::vector<std::vector<std::string>> rows;
    for (const std::vector<std::string>& row : HeatRows(team)) {
      std::vector<std::string> cells;
      for (const std::string& cell : row) cells.push_back(HtmlEscape(cell));
      rows.push_back(std::move(cells));
    }
    Table(out, HeatHead(), rows);
    P(out, HtmlEscape(kHeatLegend));
  }
  H3(out, "🚩 Who Needs Attention First");
  std::vector<AttentionItem> attention = NeedsAttention(team);
  if (attention.empty()) P(out, HtmlEscape(kNoAttention));
  int number = 0;
  for (const AttentionItem& item : attention) {
    P(out, fmt::format("{}. <strong>{}</strong>: {}", ++number, HtmlEscape(item.rep),
                       HtmlEscape(fmt::format("{}", fmt::join(item.reasons, "; ")))));
  }
  H3(out, "⏸️ Held for Review");
  std::vector<HeldLine> held = Held(team);
  if (held.empty()) P(out, HtmlEscape(kNoneHeld));
  for (const HeldLine& line : held) {
    std::string text = HtmlEscape(HeldSentence(line));
    if (line.id != 0) {
      text += fmt::format("{}<code>{}</code>{}", kReviewBefore, HtmlEscape(ReviewCommand(line)),
                          kReviewAfter);
    }
    P(out, text);
  }
  H3(out, "📞 Team Call Measures");
  if (team.reports.empty()) {
    P(out, HtmlEscape(kNoCallMeasures));
    return out + PageEnd();
  }
  std::vector<std::vector<std::string>> measures;
  for (const TeamCallMeasure& measure : TeamCallMeasures(team)) {
    measures.push_back({HtmlEscape(measure.name), HtmlEscape(measure.team),
                        HtmlEscape(measure.target), HtmlEscape(measure.on_target)});
  }
  Table(out, {"Measure", "Team", "Target", "On target"}, measures);
  P(out, HtmlEscape("Team figures are the mean of each rep's own figure over their calls in the "
                    "period."));
  out += PageEnd();
  return out;
}

}  // namespace sc::report
