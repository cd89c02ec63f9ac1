// Tests of MeasureProgram: each metric on small hand-built programs that meet and miss its
// target, the edges of the quarter, the boundaries of "insufficient data", and independence
// from the order of the input. Every program is measured as of 2026-06-30, so the quarter W
// runs from 2026-04-01 (as_of - 90) to 2026-06-30; 2026-03-31 is just outside it.
#include "coaching/program_metrics.h"

#include <algorithm>
#include <random>

#include <fmt/format.h>
#include <gtest/gtest.h>

namespace sc::coaching {
namespace {

using model::Deal;
using model::DealStatus;

const Date kAsOf = Date::FromYmd(2026, 6, 30);

Date D(std::string_view text) { return *Date::Parse(text); }

// A report delivered to `rep` on `date`, acknowledged or not.
ReportFacts Sent(std::string rep, std::string_view date, bool acknowledged) {
  return {
      .rep_id = std::move(rep), .as_of = D(date), .delivered = true, .acknowledged = acknowledged};
}

// A report of `rep` on `date` that the rep rated.
ReportFacts Rated(std::string rep, std::string_view date, int rating) {
  return {.rep_id = std::move(rep), .as_of = D(date), .delivered = true, .rating = rating};
}

// A report of `rep` on `date` with these skill scores and focus skill ("" for none).
ReportFacts Scored(std::string rep, std::string_view date, std::map<std::string, double> skills,
                   std::string focus = "") {
  return {.rep_id = std::move(rep),
          .as_of = D(date),
          .skills = std::move(skills),
          .focus_skill = std::move(focus)};
}

// `won` won and `lost` lost deals of `rep`, all closed on `closed`.
void AddClosed(std::vector<Deal>* deals, std::string_view rep, int won, int lost,
               std::string_view closed) {
  for (int index = 0; index < won + lost; ++index) {
    Deal deal;
    deal.id = fmt::format("{}-{}", rep, deals->size());
    deal.rep_id = std::string(rep);
    deal.status = index < won ? DealStatus::kWon : DealStatus::kLost;
    deal.created_at = D(closed).AddDays(-30);
    deal.closed_at = D(closed);
    deals->push_back(deal);
  }
}

ProgramMetric Measure(const ProgramInput& input, ProgramMetricKind kind) {
  return MeasureProgram(input).at(static_cast<std::size_t>(kind));
}

ProgramMetric Measure(std::vector<ReportFacts> reports, ProgramMetricKind kind,
                      std::vector<Deal> deals = {}) {
  return Measure(ProgramInput{kAsOf, std::move(reports), std::move(deals)}, kind);
}

TEST(ProgramMetricsTest, FiveMetricsInOrderWithTheirKeysUnitsAndTargets) {
  std::vector<ProgramMetric> metrics = MeasureProgram(ProgramInput{.as_of = kAsOf});
  ASSERT_EQ(metrics.size(), 5u);
  EXPECT_EQ(metrics[0].kind, ProgramMetricKind::kAdoption);
  EXPECT_EQ(metrics[0].key, "adoption");
  EXPECT_EQ(metrics[0].title, "Adoption");
  EXPECT_EQ(metrics[0].unit, "share");
  EXPECT_EQ(metrics[0].target_text, "> 80%");
  EXPECT_EQ(metrics[1].kind, ProgramMetricKind::kSkillImprovement);
  EXPECT_EQ(metrics[1].key, "skill_improvement");
  EXPECT_EQ(metrics[1].title, "Skill improvement");
  EXPECT_EQ(metrics[1].unit, "points");
  EXPECT_EQ(metrics[1].target_text, "+10 points per quarter");
  EXPECT_EQ(metrics[2].kind, ProgramMetricKind::kWinRateLift);
  EXPECT_EQ(metrics[2].key, "win_rate_lift");
  EXPECT_EQ(metrics[2].title, "Win rate after coaching");
  EXPECT_EQ(metrics[2].unit, "relative");
  EXPECT_EQ(metrics[2].target_text, "+15% relative");
  EXPECT_EQ(metrics[3].kind, ProgramMetricKind::kSatisfaction);
  EXPECT_EQ(metrics[3].key, "satisfaction");
  EXPECT_EQ(metrics[3].title, "Satisfaction");
  EXPECT_EQ(metrics[3].unit, "rating");
  EXPECT_EQ(metrics[3].target_text, "> 4 / 5");
  EXPECT_EQ(metrics[4].kind, ProgramMetricKind::kTimeToProficiency);
  EXPECT_EQ(metrics[4].key, "time_to_proficiency");
  EXPECT_EQ(metrics[4].title, "Time to proficiency");
  EXPECT_EQ(metrics[4].unit, "days");
  EXPECT_EQ(metrics[4].target_text, "< 6 weeks");
  // With no reports and no deals, every metric is insufficient, never 0.
  for (const ProgramMetric& metric : metrics) {
    EXPECT_EQ(metric.value, std::nullopt) << metric.key;
    EXPECT_EQ(metric.met, std::nullopt) << metric.key;
    EXPECT_TRUE(metric.basis.starts_with("insufficient data: ")) << metric.basis;
  }
}

// --- Adoption ---

TEST(ProgramMetricsTest, AdoptionAboveEightyPercentMeetsTheTarget) {
  // ana: 6 delivered, 5 acknowledged; ben: 5 delivered, 4 acknowledged; cy: never delivered.
  std::vector<ReportFacts> reports;
  for (int week = 0; week < 6; ++week) {
    reports.push_back(Sent("ana", D("2026-04-06").AddDays(7 * week).ToString(), week != 0));
  }
  for (int week = 0; week < 5; ++week) {
    reports.push_back(Sent("ben", D("2026-04-06").AddDays(7 * week).ToString(), week != 4));
  }
  reports.push_back(Scored("cy", "2026-05-01", {}));
  ProgramMetric adoption = Measure(reports, ProgramMetricKind::kAdoption);
  // (5 + 4) / (6 + 5) = 9 / 11 = 0.8181... > 0.80.
  EXPECT_DOUBLE_EQ(*adoption.value, 9.0 / 11.0);
  EXPECT_EQ(adoption.met, true);
  EXPECT_EQ(adoption.reps, 2u);     // cy had nothing delivered
  EXPECT_EQ(adoption.sample, 11u);  // delivered reports
  EXPECT_EQ(adoption.basis, "9 of 11 delivered reports acknowledged");
}

TEST(ProgramMetricsTest, AdoptionOfExactlyEightyPercentMissesTheTarget) {
  std::vector<ReportFacts> reports = {
      Sent("ana", "2026-04-06", true), Sent("ana", "2026-04-13", true),
      Sent("ana", "2026-04-20", false), Sent("ben", "2026-04-06", true),
      Sent("ben", "2026-04-13", true)};
  ProgramMetric adoption = Measure(reports, ProgramMetricKind::kAdoption);
  // 4 / 5 = 0.80, which is not above 0.80.
  EXPECT_DOUBLE_EQ(*adoption.value, 0.8);
  EXPECT_EQ(adoption.met, false);
  EXPECT_EQ(adoption.basis, "4 of 5 delivered reports acknowledged");
}

TEST(ProgramMetricsTest, AdoptionWithNoDeliveredReportIsInsufficient) {
  // Two reports, neither delivered (say, both held for review).
  std::vector<ReportFacts> reports = {Scored("ana", "2026-04-06", {{"discovery", 35}}),
                                      Scored("ben", "2026-05-06", {{"closing", 38}})};
  ProgramMetric adoption = Measure(reports, ProgramMetricKind::kAdoption);
  EXPECT_EQ(adoption.value, std::nullopt);
  EXPECT_EQ(adoption.met, std::nullopt);
  EXPECT_EQ(adoption.reps, 0u);
  EXPECT_EQ(adoption.sample, 0u);
  EXPECT_EQ(adoption.basis, "insufficient data: 0 delivered reports; 1 needed");
}

TEST(ProgramMetricsTest, AdoptionCountsTheQuartersFirstAndLastDayOnly) {
  std::vector<ReportFacts> reports = {
      Sent("ana", "2026-03-31", false),  // as_of - 91: just outside W
      Sent("ana", "2026-04-01", true),   // as_of - 90: the first day of W
      Sent("ana", "2026-06-30", true),   // as_of: the last day of W
      Sent("ana", "2026-07-01", false),  // after as_of
  };
  ProgramMetric adoption = Measure(reports, ProgramMetricKind::kAdoption);
  // 2 / 2 = 1: both unacknowledged reports are outside W.
  EXPECT_DOUBLE_EQ(*adoption.value, 1.0);
  EXPECT_EQ(adoption.sample, 2u);
  EXPECT_EQ(adoption.basis, "2 of 2 delivered reports acknowledged");
}

// --- Skill improvement ---

// Three focus episodes in W, ending at the given scores:
//   ana discovery from 50 (04-06) to `ana_end` (06-01; 04-20's 58 is not the latest),
//   ben closing from 40 (05-04) to `ben_end` (06-29),
//   cy presentation from 60 (04-01) to `cy_end` (04-08, exactly 7 days later).
std::vector<ReportFacts> ThreeEpisodes(double ana_end, double ben_end, double cy_end) {
  return {Scored("ana", "2026-04-06", {{"discovery", 50}}, "discovery"),
          Scored("ana", "2026-04-20", {{"discovery", 58}}, "discovery"),
          Scored("ana", "2026-06-01", {{"discovery", ana_end}}),
          Scored("ben", "2026-05-04", {{"closing", 40}}, "closing"),
          Scored("ben", "2026-06-29", {{"closing", ben_end}}, "closing"),
          Scored("cy", "2026-04-01", {{"presentation", 60}}, "presentation"),
          Scored("cy", "2026-04-08", {{"presentation", cy_end}})};
}

TEST(ProgramMetricsTest, SkillImprovementOfTenPointsMeetsTheTarget) {
  ProgramMetric improvement =
      Measure(ThreeEpisodes(62, 52, 66), ProgramMetricKind::kSkillImprovement);
  // (62 - 50) + (52 - 40) + (66 - 60) = 12 + 12 + 6 = 30; 30 / 3 = 10, at the target.
  EXPECT_DOUBLE_EQ(*improvement.value, 10.0);
  EXPECT_EQ(improvement.met, true);
  EXPECT_EQ(improvement.reps, 3u);
  EXPECT_EQ(improvement.sample, 3u);
  EXPECT_EQ(improvement.basis, "3 focus skills rescored at least 7 days later");
}

TEST(ProgramMetricsTest, SkillImprovementBelowTenPointsMissesTheTarget) {
  ProgramMetric improvement =
      Measure(ThreeEpisodes(55, 48, 62), ProgramMetricKind::kSkillImprovement);
  // (55 - 50) + (48 - 40) + (62 - 60) = 5 + 8 + 2 = 15; 15 / 3 = 5.
  EXPECT_DOUBLE_EQ(*improvement.value, 5.0);
  EXPECT_EQ(improvement.met, false);
}

TEST(ProgramMetricsTest, SkillImprovementNeedsThreeEpisodes) {
  std::vector<ReportFacts> reports = ThreeEpisodes(62, 52, 66);
  std::erase_if(reports, [](const ReportFacts& report) { return report.rep_id == "cy"; });
  ProgramMetric two = Measure(reports, ProgramMetricKind::kSkillImprovement);
  // ana and ben: 2 episodes.
  EXPECT_EQ(two.value, std::nullopt);
  EXPECT_EQ(two.met, std::nullopt);
  EXPECT_EQ(two.reps, 2u);
  EXPECT_EQ(two.sample, 2u);
  EXPECT_EQ(two.basis,
            "insufficient data: 2 focus skills rescored at least 7 days later; 3 needed");
}

TEST(ProgramMetricsTest, SkillImprovementEndsAWeekOrMoreAfterTheStart) {
  std::vector<ReportFacts> reports = ThreeEpisodes(62, 52, 66);
  std::erase_if(reports, [](const ReportFacts& report) { return report.rep_id == "cy"; });
  reports.push_back(Scored("dee", "2026-05-01", {{"negotiation", 45}}, "negotiation"));
  reports.push_back(Scored("dee", "2026-05-07", {{"negotiation", 60}}));
  ProgramMetric six_days = Measure(reports, ProgramMetricKind::kSkillImprovement);
  // dee's only later score is 6 days after the start: no episode, so ana and ben alone.
  EXPECT_EQ(six_days.value, std::nullopt);
  EXPECT_EQ(six_days.sample, 2u);

  reports.back().as_of = D("2026-05-08");
  ProgramMetric seven_days = Measure(reports, ProgramMetricKind::kSkillImprovement);
  // 7 days: an episode of 60 - 45 = 15; (12 + 12 + 15) / 3 = 13.
  EXPECT_DOUBLE_EQ(*seven_days.value, 13.0);
  EXPECT_EQ(seven_days.sample, 3u);
}

TEST(ProgramMetricsTest, SkillImprovementSkipsAFocusSkillUnscoredAtItsStart) {
  std::vector<ReportFacts> reports = ThreeEpisodes(62, 52, 66);
  // eve's first negotiation focus has no negotiation score, so there is no episode, although a
  // later focus report would have started one (40 -> 60).
  reports.push_back(Scored("eve", "2026-05-01", {{"discovery", 50}}, "negotiation"));
  reports.push_back(Scored("eve", "2026-05-15", {{"negotiation", 40}}, "negotiation"));
  reports.push_back(Scored("eve", "2026-06-15", {{"negotiation", 60}}));
  ProgramMetric improvement = Measure(reports, ProgramMetricKind::kSkillImprovement);
  // Still 30 / 3 = 10 over ana, ben and cy.
  EXPECT_DOUBLE_EQ(*improvement.value, 10.0);
  EXPECT_EQ(improvement.reps, 3u);
  EXPECT_EQ(improvement.sample, 3u);
}

TEST(ProgramMetricsTest, AFocusThatMovesToAnotherSkillGivesTwoEpisodes) {
  std::vector<ReportFacts> reports = {
      // Outside W (as_of - 91): were it counted, discovery would start at 30.
      Scored("ana", "2026-03-31", {{"discovery", 30}}, "discovery"),
      Scored("ana", "2026-04-01", {{"discovery", 50}, {"closing", 40}}, "discovery"),
      Scored("ana", "2026-05-01", {{"discovery", 58}, {"closing", 45}}, "closing"),
      Scored("ana", "2026-06-01", {{"discovery", 63}, {"closing", 52}}, "closing"),
      Scored("ben", "2026-05-04", {{"closing", 40}}, "closing"),
      Scored("ben", "2026-06-29", {{"closing", 50}}),
  };
  ProgramMetric improvement = Measure(reports, ProgramMetricKind::kSkillImprovement);
  // ana discovery: 04-01's 50 to 06-01's 63 = +13; ana closing: 05-01's 45 (its first focus
  // report) to 06-01's 52 = +7; ben closing: 40 to 50 = +10. (13 + 7 + 10) / 3 = 10.
  EXPECT_DOUBLE_EQ(*improvement.value, 10.0);
  EXPECT_EQ(improvement.reps, 2u);
  EXPECT_EQ(improvement.sample, 3u);
}

// --- Win rate after coaching ---

// ana, first coached on 2026-04-01: "before" is 2025-10-03 (04-01 - 180) to 2026-03-31 and
// "after" is 2026-04-01 to 2026-06-30. The won deals close on the first day of their side, the
// lost ones on the last, so both edges of both sides are in every count.
void AddAnaDeals(std::vector<Deal>* deals, int won_before, int closed_before, int won_after,
                 int closed_after) {
  AddClosed(deals, "ana", won_before, 0, "2025-10-03");
  AddClosed(deals, "ana", 0, closed_before - won_before, "2026-03-31");
  AddClosed(deals, "ana", won_after, 0, "2026-04-01");
  AddClosed(deals, "ana", 0, closed_after - won_after, "2026-06-30");
}

std::vector<ReportFacts> AnaCoachedFromApril() {
  return {Sent("ana", "2026-04-01", true), Sent("ana", "2026-05-01", false)};
}

TEST(ProgramMetricsTest, WinRateLiftOfTwentyFivePercentMeetsTheTarget) {
  std::vector<Deal> deals;
  AddAnaDeals(&deals, 4, 10, 5, 10);
  // Outside both sides: a day too early, a day after as_of, still open, won without a date.
  AddClosed(&deals, "ana", 5, 0, "2025-10-02");
  AddClosed(&deals, "ana", 0, 5, "2026-07-01");
  deals.push_back(Deal{.id = "open", .rep_id = "ana", .status = DealStatus::kOpen});
  deals.push_back(Deal{.id = "undated", .rep_id = "ana", .status = DealStatus::kWon});
  ProgramMetric lift = Measure(AnaCoachedFromApril(), ProgramMetricKind::kWinRateLift, deals);
  // before 4 / 10 = 0.4, after 5 / 10 = 0.5; 0.5 / 0.4 - 1 = 0.25.
  EXPECT_NEAR(*lift.value, 0.25, 1e-12);
  EXPECT_EQ(lift.met, true);
  EXPECT_EQ(lift.reps, 1u);
  EXPECT_EQ(lift.sample, 20u);
  EXPECT_EQ(lift.basis,
            "5 of 10 closed deals won after first coaching, 4 of 10 in the 180 days before");
}

TEST(ProgramMetricsTest, WinRateLiftOfExactlyFifteenPercentMeetsTheTarget) {
  std::vector<Deal> deals;
  AddAnaDeals(&deals, 5, 10, 23, 40);
  ProgramMetric lift = Measure(AnaCoachedFromApril(), ProgramMetricKind::kWinRateLift, deals);
  // before 5 / 10 = 0.5, after 23 / 40 = 0.575; 0.575 / 0.5 - 1 = 0.15, on the target (decided
  // on the counts: 100 * 23 * 10 = 23000 >= 115 * 5 * 40 = 23000).
  EXPECT_NEAR(*lift.value, 0.15, 1e-12);
  EXPECT_EQ(lift.met, true);
  EXPECT_EQ(lift.sample, 50u);
}

TEST(ProgramMetricsTest, WinRateLiftOfTenPercentMissesTheTarget) {
  std::vector<Deal> deals;
  AddAnaDeals(&deals, 5, 10, 22, 40);
  ProgramMetric lift = Measure(AnaCoachedFromApril(), ProgramMetricKind::kWinRateLift, deals);
  // before 0.5, after 22 / 40 = 0.55; 0.55 / 0.5 - 1 = 0.10.
  EXPECT_NEAR(*lift.value, 0.10, 1e-12);
  EXPECT_EQ(lift.met, false);
}

TEST(ProgramMetricsTest, WinRateLiftNeedsTenClosedDealsOnEachSide) {
  std::vector<Deal> nine_before;
  AddAnaDeals(&nine_before, 4, 9, 5, 10);
  ProgramMetric lift = Measure(AnaCoachedFromApril(), ProgramMetricKind::kWinRateLift, nine_before);
  EXPECT_EQ(lift.value, std::nullopt);
  EXPECT_EQ(lift.met, std::nullopt);
  EXPECT_EQ(lift.reps, 1u);
  EXPECT_EQ(lift.sample, 19u);  // 9 + 10
  EXPECT_EQ(lift.basis,
            "insufficient data: 9 closed deals in the 180 days before first coaching and 10 "
            "after; 10 needed on each side");

  std::vector<Deal> nine_after;
  AddAnaDeals(&nine_after, 4, 10, 5, 9);
  EXPECT_EQ(Measure(AnaCoachedFromApril(), ProgramMetricKind::kWinRateLift, nine_after).value,
            std::nullopt);

  std::vector<Deal> ten_each;
  AddAnaDeals(&ten_each, 4, 10, 5, 10);
  // 0.5 / 0.4 - 1 = 0.25.
  EXPECT_NEAR(*Measure(AnaCoachedFromApril(), ProgramMetricKind::kWinRateLift, ten_each).value,
              0.25, 1e-12);
}

TEST(ProgramMetricsTest, WinRateLiftWithNoDealWonBeforeIsInsufficient) {
  std::vector<Deal> deals;
  AddAnaDeals(&deals, 0, 10, 5, 10);
  ProgramMetric lift = Measure(AnaCoachedFromApril(), ProgramMetricKind::kWinRateLift, deals);
  EXPECT_EQ(lift.value, std::nullopt);
  EXPECT_EQ(lift.sample, 20u);
  EXPECT_EQ(lift.basis,
            "insufficient data: none of 10 closed deals won in the 180 days before first "
            "coaching");
}

TEST(ProgramMetricsTest, WinRateLiftWithoutDeliveredReportsOrDealsIsInsufficient) {
  std::vector<Deal> deals;
  AddAnaDeals(&deals, 4, 10, 5, 10);
  ProgramMetric never_sent = Measure({Scored("ana", "2026-04-01", {{"discovery", 35}})},
                                     ProgramMetricKind::kWinRateLift, deals);
  EXPECT_EQ(never_sent.value, std::nullopt);
  EXPECT_EQ(never_sent.reps, 0u);
  EXPECT_EQ(never_sent.sample, 0u);
  EXPECT_EQ(never_sent.basis, "insufficient data: no rep has been delivered a report");

  ProgramMetric no_deals = Measure(AnaCoachedFromApril(), ProgramMetricKind::kWinRateLift);
  EXPECT_EQ(no_deals.value, std::nullopt);
  EXPECT_EQ(no_deals.reps, 1u);
  EXPECT_EQ(no_deals.sample, 0u);
  EXPECT_EQ(no_deals.basis,
            "insufficient data: 0 closed deals in the 180 days before first coaching and 0 "
            "after; 10 needed on each side");
}

TEST(ProgramMetricsTest, RepsNeverDeliveredAReportAreNotInTheWinRatePools) {
  std::vector<ReportFacts> reports = AnaCoachedFromApril();
  // ben's reports were never delivered, so ben has no first coaching date.
  reports.push_back(Scored("ben", "2026-04-01", {{"closing", 38}}, "closing"));
  reports.push_back(Scored("ben", "2026-05-01", {{"closing", 39}}, "closing"));
  std::vector<Deal> deals;
  AddAnaDeals(&deals, 4, 10, 5, 10);
  AddClosed(&deals, "ben", 0, 10, "2026-03-01");
  AddClosed(&deals, "ben", 10, 0, "2026-05-15");
  ProgramInput input{kAsOf, reports, deals};
  ProgramMetric lift = Measure(input, ProgramMetricKind::kWinRateLift);
  // ana alone: 0.5 / 0.4 - 1 = 0.25 (with ben's 20 deals it would be 15/20 / 4/20 - 1 = 2.75).
  EXPECT_NEAR(*lift.value, 0.25, 1e-12);
  EXPECT_EQ(lift.reps, 1u);
  EXPECT_EQ(lift.sample, 20u);
  ProgramMetric adoption = Measure(input, ProgramMetricKind::kAdoption);
  // ana's 1 of 2; ben had nothing delivered.
  EXPECT_DOUBLE_EQ(*adoption.value, 0.5);
  EXPECT_EQ(adoption.reps, 1u);
}

TEST(ProgramMetricsTest, FirstCoachingIsTheEarliestDeliveredReportEvenBeforeTheQuarter) {
  // ana was first coached on 2026-01-15, before W: "before" is 2025-07-19 to 2026-01-14.
  std::vector<ReportFacts> reports = {Sent("ana", "2026-04-01", true),
                                      Sent("ana", "2026-01-15", true),
                                      Scored("ana", "2025-12-01", {{"closing", 30}})};
  std::vector<Deal> deals;
  AddClosed(&deals, "ana", 2, 8, "2025-12-01");
  AddClosed(&deals, "ana", 3, 7, "2026-02-01");
  ProgramMetric lift = Measure(reports, ProgramMetricKind::kWinRateLift, deals);
  // before 2 / 10 = 0.2, after 3 / 10 = 0.3; 0.3 / 0.2 - 1 = 0.5. Had the 04-01 report been
  // first, the 02-01 deals would be "before" and none "after".
  EXPECT_NEAR(*lift.value, 0.5, 1e-12);
  EXPECT_EQ(lift.met, true);
}

// --- Satisfaction ---

TEST(ProgramMetricsTest, SatisfactionAboveFourMeetsTheTarget) {
  std::vector<ReportFacts> reports = {Rated("ana", "2026-04-01", 5), Rated("ana", "2026-05-01", 4),
                                      Rated("ben", "2026-06-30", 4),
                                      Rated("ben", "2026-03-31", 1),    // just outside W
                                      Sent("cy", "2026-05-01", true)};  // not rated
  ProgramMetric satisfaction = Measure(reports, ProgramMetricKind::kSatisfaction);
  // (5 + 4 + 4) / 3 = 13 / 3 = 4.33... > 4.
  EXPECT_DOUBLE_EQ(*satisfaction.value, 13.0 / 3.0);
  EXPECT_EQ(satisfaction.met, true);
  EXPECT_EQ(satisfaction.reps, 2u);
  EXPECT_EQ(satisfaction.sample, 3u);
  EXPECT_EQ(satisfaction.basis, "3 rated reports");
}

TEST(ProgramMetricsTest, SatisfactionOfExactlyFourMissesTheTarget) {
  std::vector<ReportFacts> reports = {Rated("ana", "2026-04-01", 5), Rated("ana", "2026-05-01", 3),
                                      Rated("ben", "2026-06-30", 4)};
  ProgramMetric satisfaction = Measure(reports, ProgramMetricKind::kSatisfaction);
  // (5 + 3 + 4) / 3 = 4, not above 4.
  EXPECT_DOUBLE_EQ(*satisfaction.value, 4.0);
  EXPECT_EQ(satisfaction.met, false);
}

TEST(ProgramMetricsTest, SatisfactionNeedsThreeRatings) {
  std::vector<ReportFacts> reports = {Rated("ana", "2026-04-01", 5), Rated("ben", "2026-05-01", 5)};
  ProgramMetric two = Measure(reports, ProgramMetricKind::kSatisfaction);
  EXPECT_EQ(two.value, std::nullopt);
  EXPECT_EQ(two.met, std::nullopt);
  EXPECT_EQ(two.reps, 2u);
  EXPECT_EQ(two.sample, 2u);
  EXPECT_EQ(two.basis, "insufficient data: 2 rated reports; 3 needed");

  reports.push_back(Rated("ana", "2026-06-01", 2));
  // (5 + 5 + 2) / 3 = 4.
  EXPECT_DOUBLE_EQ(*Measure(reports, ProgramMetricKind::kSatisfaction).value, 4.0);
}

// --- Time to proficiency ---

// A focus on `skill` scored 60 on `start`, and the same skill scored 80 `days` later.
void AddReached(std::vector<ReportFacts>* reports, std::string rep, std::string_view start,
                int days, std::string skill = "discovery") {
  reports->push_back(Scored(rep, start, {{skill, 60}}, skill));
  reports->push_back(Scored(rep, D(start).AddDays(days).ToString(), {{skill, 80}}));
}

TEST(ProgramMetricsTest, TimeToProficiencyStartsBelowSeventyFiveAndEndsAtIt) {
  std::vector<ReportFacts> reports = {
      // ana: before W, which this metric does not need: 60 on 01-05 to 75 on 01-25, 20 days.
      Scored("ana", "2026-01-05", {{"discovery", 60}}, "discovery"),
      Scored("ana", "2026-01-25", {{"discovery", 75}}),
      // ben: the 80 on 04-01 is no start; 70 on 04-15 is, to 76 on 05-15: 30 days.
      Scored("ben", "2026-04-01", {{"discovery", 80}}, "discovery"),
      Scored("ben", "2026-04-15", {{"discovery", 70}}, "discovery"),
      Scored("ben", "2026-05-15", {{"discovery", 76}}),
      // cy: 50 on 03-01, 74 on 04-01 is not yet 75, 75 on 04-20: 50 days.
      Scored("cy", "2026-03-01", {{"closing", 50}}, "closing"),
      Scored("cy", "2026-04-01", {{"closing", 74}}, "closing"),
      Scored("cy", "2026-04-20", {{"closing", 75}}),
      // dee: started on 05-01, not there by as_of.
      Scored("dee", "2026-05-01", {{"negotiation", 55}}, "negotiation"),
      Scored("dee", "2026-06-30", {{"negotiation", 74}}),
  };
  ProgramMetric proficiency = Measure(reports, ProgramMetricKind::kTimeToProficiency);
  // Days 20, 30, 50: the median of an odd count is the middle one, 30 < 42.
  EXPECT_DOUBLE_EQ(*proficiency.value, 30.0);
  EXPECT_EQ(proficiency.met, true);
  EXPECT_EQ(proficiency.reps, 3u);
  EXPECT_EQ(proficiency.sample, 3u);
  EXPECT_EQ(proficiency.basis, "3 of 4 focus skills reached 75");
}

TEST(ProgramMetricsTest, TimeToProficiencyOfAnEvenCountIsTheMeanOfTheMiddleTwo) {
  std::vector<ReportFacts> reports;
  AddReached(&reports, "ana", "2026-04-01", 70);
  AddReached(&reports, "ben", "2026-04-01", 28);
  AddReached(&reports, "cy", "2026-04-01", 49);
  AddReached(&reports, "ana", "2026-04-02", 35, "closing");
  ProgramMetric proficiency = Measure(reports, ProgramMetricKind::kTimeToProficiency);
  // Days 28, 35, 49, 70: (35 + 49) / 2 = 42, which is not under 42.
  EXPECT_DOUBLE_EQ(*proficiency.value, 42.0);
  EXPECT_EQ(proficiency.met, false);
  EXPECT_EQ(proficiency.reps, 3u);
  EXPECT_EQ(proficiency.sample, 4u);
}

TEST(ProgramMetricsTest, TimeToProficiencyNeedsThreeReachedSkills) {
  std::vector<ReportFacts> reports;
  AddReached(&reports, "ana", "2026-04-01", 21);
  AddReached(&reports, "ben", "2026-04-01", 28);
  reports.push_back(Scored("cy", "2026-05-01", {{"closing", 50}}, "closing"));
  ProgramMetric two = Measure(reports, ProgramMetricKind::kTimeToProficiency);
  EXPECT_EQ(two.value, std::nullopt);
  EXPECT_EQ(two.met, std::nullopt);
  EXPECT_EQ(two.reps, 2u);
  EXPECT_EQ(two.sample, 2u);
  EXPECT_EQ(two.basis, "insufficient data: 2 of 3 focus skills reached 75; 3 needed");

  reports.push_back(Scored("cy", "2026-05-15", {{"closing", 90}}));
  ProgramMetric three = Measure(reports, ProgramMetricKind::kTimeToProficiency);
  // Days 21, 28, 14: the median is 21.
  EXPECT_DOUBLE_EQ(*three.value, 21.0);
  EXPECT_EQ(three.basis, "3 of 3 focus skills reached 75");
}

// --- Across metrics ---

TEST(ProgramMetricsTest, ReportsAfterTheAsOfDateCountNowhere) {
  std::vector<ReportFacts> reports = ThreeEpisodes(62, 52, 66);
  AddReached(&reports, "ana", "2026-04-01", 20, "closing");
  AddReached(&reports, "ben", "2026-04-01", 30, "negotiation");
  AddReached(&reports, "cy", "2026-04-01", 40, "qualification");
  for (std::string_view rep : {"ana", "ben", "cy"}) {
    reports.push_back(Rated(std::string(rep), "2026-06-30", 5));
  }
  reports.back().acknowledged = true;
  // The day after as_of: dee's delivered, unacknowledged report with a low rating, a late end
  // score for ana's discovery, and dee reaching 75 on a focus that started on 06-25.
  reports.push_back(Rated("dee", "2026-07-01", 1));
  reports.push_back(Scored("ana", "2026-07-01", {{"discovery", 99}}));
  reports.push_back(Scored("dee", "2026-06-25", {{"closing", 60}}, "closing"));
  reports.push_back(Scored("dee", "2026-07-01", {{"closing", 80}}));
  std::vector<Deal> deals;
  AddClosed(&deals, "dee", 10, 0, "2026-03-01");
  AddClosed(&deals, "dee", 0, 10, "2026-06-01");
  std::vector<ProgramMetric> metrics = MeasureProgram(ProgramInput{kAsOf, reports, deals});

  // 1 of the 3 reports delivered on 06-30 was acknowledged; dee's 07-01 one is not counted.
  EXPECT_DOUBLE_EQ(*metrics[0].value, 1.0 / 3.0);
  EXPECT_EQ(metrics[0].sample, 3u);
  // ana discovery +12, ben closing +12, cy presentation +6, and the three reached skills +20
  // each (60 to 80): 90 / 6 = 15. Counting ana's 99 on 07-01 would make her discovery +49.
  EXPECT_DOUBLE_EQ(*metrics[1].value, 15.0);
  // dee's only delivered report is after as_of, so dee is not coached.
  EXPECT_EQ(metrics[2].reps, 3u);
  EXPECT_EQ(metrics[2].sample, 0u);
  // (5 + 5 + 5) / 3 = 5: dee's 1 is not counted.
  EXPECT_DOUBLE_EQ(*metrics[3].value, 5.0);
  // Days 20, 30, 40: the median is 30. Started but not reached by as_of: ana discovery, ben
  // closing, cy presentation (never 75) and dee closing (75 only on 07-01).
  EXPECT_DOUBLE_EQ(*metrics[4].value, 30.0);
  EXPECT_EQ(metrics[4].basis, "3 of 7 focus skills reached 75");
}

TEST(ProgramMetricsTest, TheOrderOfReportsAndDealsDoesNotMatter) {
  std::vector<ReportFacts> reports = ThreeEpisodes(62, 52, 66);
  for (const ReportFacts& report : AnaCoachedFromApril()) reports.push_back(report);
  AddReached(&reports, "ben", "2026-01-10", 25, "closing");
  AddReached(&reports, "cy", "2026-02-10", 45, "closing");
  AddReached(&reports, "dee", "2026-03-10", 33, "closing");
  reports.push_back(Rated("ben", "2026-05-05", 5));
  reports.push_back(Rated("cy", "2026-04-09", 3));
  reports.push_back(Rated("dee", "2026-04-10", 4));
  // Two reports of fay on one day: whichever comes first in the input, the same one starts.
  reports.push_back(Scored("fay", "2026-05-01", {{"discovery", 40}}, "discovery"));
  reports.push_back(Scored("fay", "2026-05-01", {{"discovery", 50}}, "discovery"));
  reports.push_back(Scored("fay", "2026-06-01", {{"discovery", 61}}));
  std::vector<Deal> deals;
  AddAnaDeals(&deals, 4, 10, 6, 12);

  ProgramInput input{kAsOf, reports, deals};
  const std::vector<ProgramMetric> expected = MeasureProgram(input);
  // ana +12, ben +12, cy +6, fay from the 40 (the fields' order puts it first) to 61 = +21:
  // 51 / 4 = 12.75.
  EXPECT_DOUBLE_EQ(*expected[1].value, 12.75);
  std::mt19937 random(20260630);
  for (int round = 0; round < 20; ++round) {
    std::shuffle(input.reports.begin(), input.reports.end(), random);
    std::shuffle(input.deals.begin(), input.deals.end(), random);
    EXPECT_EQ(MeasureProgram(input), expected) << "round " << round;
  }
}

}  // namespace
}  // namespace sc::coaching
