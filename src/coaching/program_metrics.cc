#include "coaching/program_metrics.h"

#include <algorithm>
#include <set>
#include <span>
#include <tuple>

#include <fmt/format.h>

#include "base/period.h"

namespace sc::coaching {
namespace {

using model::Deal;
using model::DealStatus;

// Reports sorted by rep, then date (SortedReports), or one rep's run of them.
using Reports = std::span<const ReportFacts* const>;

// "1 rated report", "2 rated reports".
std::string Count(std::size_t count, std::string_view singular, std::string_view plural) {
  return fmt::format("{} {}", count, count == 1 ? singular : plural);
}

std::string Insufficient(std::string_view why) { return fmt::format("insufficient data: {}", why); }

ProgramMetric Blank(ProgramMetricKind kind) {
  ProgramMetric metric;
  metric.kind = kind;
  switch (kind) {
    case ProgramMetricKind::kAdoption:
      metric.key = "adoption";
      metric.title = "Adoption";
      metric.unit = "share";
      metric.target_text = "> 80%";
      break;
    case ProgramMetricKind::kSkillImprovement:
      metric.key = "skill_improvement";
      metric.title = "Skill improvement";
      metric.unit = "points";
      metric.target_text = "+10 points per quarter";
      break;
    case ProgramMetricKind::kWinRateLift:
      metric.key = "win_rate_lift";
      metric.title = "Win rate after coaching";
      metric.unit = "relative";
      metric.target_text = "+15% relative";
      break;
    case ProgramMetricKind::kSatisfaction:
      metric.key = "satisfaction";
      metric.title = "Satisfaction";
      metric.unit = "rating";
      metric.target_text = "> 4 / 5";
      break;
    case ProgramMetricKind::kTimeToProficiency:
      metric.key = "time_to_proficiency";
      metric.title = "Time to proficiency";
      metric.unit = "days";
      metric.target_text = "< 6 weeks";
      break;
  }
  return metric;
}

// The reports dated up to `as_of`, by rep, then date, then the rest of their fields: a total
// order, so that which of two same-day reports comes first never depends on the input order.
std::vector<const ReportFacts*> SortedReports(const std::vector<ReportFacts>& reports, Date as_of) {
  std::vector<const ReportFacts*> sorted;
  for (const ReportFacts& report : reports) {
    if (report.as_of <= as_of) sorted.push_back(&report);
  }
  std::sort(sorted.begin(), sorted.end(), [](const ReportFacts* a, const ReportFacts* b) {
    return std::tie(a->rep_id, a->as_of, a->focus_skill, a->skills, a->delivered, a->acknowledged,
                    a->rating) < std::tie(b->rep_id, b->as_of, b->focus_skill, b->skills,
                                          b->delivered, b->acknowledged, b->rating);
  });
  return sorted;
}

// Splits reports sorted by rep into one run per rep.
std::vector<Reports> ByRep(Reports sorted) {
  std::vector<Reports> runs;
  std::size_t begin = 0;
  for (std::size_t index = 1; index <= sorted.size(); ++index) {
    if (index == sorted.size() || sorted[index]->rep_id != sorted[begin]->rep_id) {
      runs.push_back(sorted.subspan(begin, index - begin));
      begin = index;
    }
  }
  return runs;
}

std::vector<const ReportFacts*> InWindow(Reports sorted, const Period& window) {
  std::vector<const ReportFacts*> kept;
  for (const ReportFacts* report : sorted) {
    if (window.Contains(report->as_of)) kept.push_back(report);
  }
  return kept;
}

// The skill keys that are the focus of one of `reports`, in key order.
std::set<std::string> FocusSkills(Reports reports) {
  std::set<std::string> skills;
  for (const ReportFacts* report : reports) {
    if (!report->focus_skill.empty()) skills.insert(report->focus_skill);
  }
  return skills;
}

std::optional<double> ScoreOf(const ReportFacts& report, const std::string& skill) {
  auto found = report.skills.find(skill);
  if (found == report.skills.end()) return std::nullopt;
  return found->second;
}

ProgramMetric Adoption(Reports in_window) {
  ProgramMetric metric = Blank(ProgramMetricKind::kAdoption);
  std::size_t delivered = 0;
  std::size_t acknowledged = 0;
  std::set<std::string> reps;
  for (const ReportFacts* report : in_window) {
    if (!report->delivered) continue;
    ++delivered;
    if (report->acknowledged) ++acknowledged;
    reps.insert(report->rep_id);
  }
  metric.reps = reps.size();
  metric.sample = delivered;
  if (delivered == 0) {
    metric.basis = Insufficient("0 delivered reports; 1 needed");
    return metric;
  }
  metric.value = static_cast<double>(acknowledged) / static_cast<double>(delivered);
  // acknowledged / delivered > 4 / 5, on whole numbers.
  metric.met = 5 * acknowledged > 4 * delivered;
  metric.basis = fmt::format("{} of {} acknowledged", acknowledged,
                             Count(delivered, "delivered report", "delivered reports"));
  return metric;
}

ProgramMetric SkillImprovement(std::span<const Reports> in_window_by_rep) {
  ProgramMetric metric = Blank(ProgramMetricKind::kSkillImprovement);
  double total_change = 0;
  std::size_t episodes = 0;
  for (Reports reports : in_window_by_rep) {
    bool rep_counted = false;
    for (const std::string& skill : FocusSkills(reports)) {
      const ReportFacts* start = *std::find_if(
          reports.begin(), reports.end(),
          [&](const ReportFacts* candidate) { return candidate->focus_skill == skill; });
      std::optional<double> start_score = ScoreOf(*start, skill);
      if (!start_score) continue;
      std::optional<double> end_score;
      for (const ReportFacts* report : reports) {
        if (start->as_of.DaysUntil(report->as_of) < kRescoreGapDays) continue;
        if (std::optional<double> score = ScoreOf(*report, skill)) end_score = score;
      }
      if (!end_score) continue;
      total_change += *end_score - *start_score;
      ++episodes;
      rep_counted = true;
    }
    if (rep_counted) ++metric.reps;
  }
  metric.sample = episodes;
  std::string episodes_text = fmt::format(
      "{} at least {} days later", Count(episodes, "focus skill rescored", "focus skills rescored"),
      kRescoreGapDays);
  if (episodes < kMinProgramSample) {
    metric.basis = Insufficient(fmt::format("{}; {} needed", episodes_text, kMinProgramSample));
    return metric;
  }
  metric.value = total_change / static_cast<double>(episodes);
  // mean >= 10, without the rounding of the division.
  metric.met = total_change >= 10.0 * static_cast<double>(episodes);
  metric.basis = episodes_text;
  return metric;
}

struct ClosedDeals {
  std::size_t closed = 0;
  std::size_t won = 0;
};

ProgramMetric WinRateLift(Reports sorted, const std::vector<Deal>& deals, Date as_of) {
  ProgramMetric metric = Blank(ProgramMetricKind::kWinRateLift);
  // Sorted by rep and date, so a rep's first delivered report is met first.
  std::map<std::string, Date> first_coaching;
  for (const ReportFacts* report : sorted) {
    if (report->delivered) first_coaching.emplace(report->rep_id, report->as_of);
  }
  ClosedDeals before;
  ClosedDeals after;
  for (const Deal& deal : deals) {
    auto coached = first_coaching.find(deal.rep_id);
    if (coached == first_coaching.end() || !deal.closed_at) continue;
    if (deal.status != DealStatus::kWon && deal.status != DealStatus::kLost) continue;
    const Date first = coached->second;
    const Date closed = *deal.closed_at;
    ClosedDeals* side = nullptr;
    if (closed >= first.AddDays(-kWinRateLookbackDays) && closed < first) side = &before;
    if (closed >= first && closed <= as_of) side = &after;
    if (side == nullptr) continue;
    ++side->closed;
    if (deal.status == DealStatus::kWon) ++side->won;
  }
  metric.reps = first_coaching.size();
  metric.sample = before.closed + after.closed;
  if (first_coaching.empty()) {
    metric.basis = Insufficient("no rep has been delivered a report");
    return metric;
  }
  if (before.closed < kMinClosedDeals || after.closed < kMinClosedDeals) {
    metric.basis = Insufficient(
        fmt::format("{} in the {} days before first coaching and {} after; {} needed on each side",
                    Count(before.closed, "closed deal", "closed deals"), kWinRateLookbackDays,
                    after.closed, kMinClosedDeals));
    return metric;
  }
  if (before.won == 0) {
    metric.basis =
        Insufficient(fmt::format("none of {} closed deals won in the {} days before "
                                 "first coaching",
                                 before.closed, kWinRateLookbackDays));
    return metric;
  }
  const double rate_before = static_cast<double>(before.won) / static_cast<double>(before.closed);
  const double rate_after = static_cast<double>(after.won) / static_cast<double>(after.closed);
  metric.value = rate_after / rate_before - 1;
  // rate_after / rate_before >= 115 / 100, cross-multiplied so that the counts decide exactly.
  metric.met = 100 * after.won * before.closed >= 115 * before.won * after.closed;
  metric.basis =
      fmt::format("{} of {} closed deals won after first coaching, {} of {} in the {} days before",
                  after.won, after.closed, before.won, before.closed, kWinRateLookbackDays);
  return metric;
}

ProgramMetric Satisfaction(Reports in_window) {
  ProgramMetric metric = Blank(ProgramMetricKind::kSatisfaction);
  long long total = 0;
  std::size_t ratings = 0;
  std::set<std::string> reps;
  for (const ReportFacts* report : in_window) {
    if (!report->rating) continue;
    total += *report->rating;
    ++ratings;
    reps.insert(report->rep_id);
  }
  metric.reps = reps.size();
  metric.sample = ratings;
  std::string ratings_text = Count(ratings, "rated report", "rated reports");
  if (ratings < kMinProgramSample) {
    metric.basis = Insufficient(fmt::format("{}; {} needed", ratings_text, kMinProgramSample));
    return metric;
  }
  metric.value = static_cast<double>(total) / static_cast<double>(ratings);
  metric.met = total > 4 * static_cast<long long>(ratings);
  metric.basis = ratings_text;
  return metric;
}

double Median(std::vector<std::int32_t> values) {
  std::sort(values.begin(), values.end());
  const std::size_t middle = values.size() / 2;
  if (values.size() % 2 == 1) return values[middle];
  return (static_cast<double>(values[middle - 1]) + values[middle]) / 2;
}

ProgramMetric TimeToProficiency(std::span<const Reports> by_rep) {
  ProgramMetric metric = Blank(ProgramMetricKind::kTimeToProficiency);
  std::size_t started = 0;
  std::vector<std::int32_t> days;
  for (Reports reports : by_rep) {
    bool rep_counted = false;
    for (const std::string& skill : FocusSkills(reports)) {
      auto start = std::find_if(reports.begin(), reports.end(), [&](const ReportFacts* candidate) {
        std::optional<double> score = ScoreOf(*candidate, skill);
        return candidate->focus_skill == skill && score && *score < kProficientScore;
      });
      if (start == reports.end()) continue;
      ++started;
      const Date start_date = (*start)->as_of;
      auto end = std::find_if(start, reports.end(), [&](const ReportFacts* candidate) {
        std::optional<double> score = ScoreOf(*candidate, skill);
        return candidate->as_of > start_date && score && *score >= kProficientScore;
      });
      if (end == reports.end()) continue;
      days.push_back(start_date.DaysUntil((*end)->as_of));
      rep_counted = true;
    }
    if (rep_counted) ++metric.reps;
  }
  metric.sample = days.size();
  std::string reached_text =
      fmt::format("{} of {} reached {:g}", days.size(),
                  Count(started, "focus skill", "focus skills"), kProficientScore);
  if (days.size() < kMinProgramSample) {
    metric.basis = Insufficient(fmt::format("{}; {} needed", reached_text, kMinProgramSample));
    return metric;
  }
  const double median = Median(std::move(days));
  metric.value = median;
  metric.met = median < 42;  // 6 weeks
  metric.basis = reached_text;
  return metric;
}

}  // namespace

std::vector<ProgramMetric> MeasureProgram(const ProgramInput& input) {
  const std::vector<const ReportFacts*> sorted = SortedReports(input.reports, input.as_of);
  const Period window{input.as_of.AddDays(-(kProgramWindowDays - 1)), input.as_of};
  const std::vector<const ReportFacts*> in_window = InWindow(sorted, window);
  const std::vector<Reports> all_by_rep = ByRep(sorted);
  const std::vector<Reports> in_window_by_rep = ByRep(in_window);
  return {Adoption(in_window), SkillImprovement(in_window_by_rep),
          WinRateLift(sorted, input.deals, input.as_of), Satisfaction(in_window),
          TimeToProficiency(all_by_rep)};
}

}  // namespace sc::coaching
