// Benchmarks on hand-made teams; every team average and top-quartile mean is worked out in the
// comments from the reps' quota attainment, won amounts and lost deals.
#include "metrics/benchmarks.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "metrics/test_records.h"

namespace sc::metrics {
namespace {

using fixtures::Day;
using fixtures::kQ1;
using fixtures::Lost;
using fixtures::Quota;
using fixtures::Won;
using ::testing::DoubleEq;
using ::testing::Optional;

// A rep with a Q1 2026 quota of `quota` (none when 0), one deal won in Q1 for `won` (none when
// 0) and `lost` deals of 10,000 lost in Q1 in "Prospecting". Every deal is created on
// 2026-01-01; the won one closes on 2026-02-10 (a 40-day cycle), the lost ones on 2026-02-01.
// So win rate = 1 / (1 + lost), average deal size = won, quota attainment = won / quota, and
// the Prospecting -> Qualification conversion equals the win rate.
RepRecords Rep(const std::string& id, double won, double quota, int lost) {
  RepRecords rep{.rep_id = id};
  if (won > 0) rep.deals.push_back(Won(id + "-W", won, Day(2026, 1, 1), Day(2026, 2, 10)));
  for (int i = 0; i < lost; ++i) {
    rep.deals.push_back(Lost(id + "-L" + std::to_string(i), 10'000, Day(2026, 1, 1),
                             Day(2026, 2, 1), "Prospecting"));
  }
  if (quota > 0) rep.quotas.push_back(Quota(Day(2026, 1, 1), Day(2026, 3, 31), quota));
  return rep;
}

// R5 also has a previous period. Q1's previous period is the 90 days 2025-10-03 to 2025-12-31.
//   R5-P   won 45,000, created 2025-10-10, closed 2025-11-09 (21 + 9 = 30 days)
//   R5-PL  lost, created 2025-10-10, closed 2025-12-31: the day before Q1, so in the previous
//          period and not in Q1
//   a Q4 2025 quota of 92,000 over its 92 days: 90 of them in the previous period, so
//          92,000 * 90 / 92 = 90,000, and attainment 45,000 / 90,000 = 0.5.
RepRecords R5() {
  RepRecords rep = Rep("R5", 60'000, 100'000, 1);
  rep.deals.push_back(Won("R5-P", 45'000, Day(2025, 10, 10), Day(2025, 11, 9)));
  rep.deals.push_back(Lost("R5-PL", 10'000, Day(2025, 10, 10), Day(2025, 12, 31), "Prospecting"));
  rep.quotas.push_back(Quota(Day(2025, 10, 1), Day(2025, 12, 31), 92'000));
  return rep;
}

// Eight reps, quota 100,000 each; attainment = won / 100,000.
//        won      attainment  lost  win rate
//   R1  120,000   1.2         1     0.5
//   R2  100,000   1.0         0     1.0
//   R3   90,000   0.9         3     0.25
//   R4   80,000   0.8         1     0.5
//   R5   60,000   0.6         1     0.5
//   R6   50,000   0.5         1     0.5
//   R7   40,000   0.4         1     0.5
//   R8   20,000   0.2         1     0.5
// Top group: max(3, ceil(8 / 4) = 2) = 3 reps: R1, R2, R3.
std::vector<RepRecords> TeamOfEight() {
  return {Rep("R1", 120'000, 100'000, 1),
          Rep("R2", 100'000, 100'000, 0),
          Rep("R3", 90'000, 100'000, 3),
          Rep("R4", 80'000, 100'000, 1),
          R5(),
          Rep("R6", 50'000, 100'000, 1),
          Rep("R7", 40'000, 100'000, 1),
          Rep("R8", 20'000, 100'000, 1)};
}

TEST(TopGroupSizeTest, IsAQuarterOfTheRankedRepsButNeverFewerThanThree) {
  EXPECT_EQ(TopGroupSize(0), 0u);
  EXPECT_EQ(TopGroupSize(1), 0u);
  EXPECT_EQ(TopGroupSize(2), 0u);   // too few for an aggregate
  EXPECT_EQ(TopGroupSize(3), 3u);   // ceil(3 / 4) = 1, at least 3
  EXPECT_EQ(TopGroupSize(8), 3u);   // ceil(8 / 4) = 2, at least 3
  EXPECT_EQ(TopGroupSize(12), 3u);  // ceil(12 / 4) = 3
  EXPECT_EQ(TopGroupSize(13), 4u);  // ceil(13 / 4) = 4
  EXPECT_EQ(TopGroupSize(40), 10u);
}

TEST(BenchmarksTest, TeamOfEightComparesWithTheTeamAndItsTopThree) {
  std::vector<RepRecords> team = TeamOfEight();
  RepBenchmarks result = BenchmarkRep(R5(), team, kQ1);
  EXPECT_EQ(result.team_size, 8u);
  EXPECT_EQ(result.top_group_size, 3u);

  const Benchmark& attainment = result.Of(MetricId::kQuotaAttainment);
  EXPECT_THAT(attainment.you, Optional(DoubleEq(0.6)));
  // (1.2 + 1.0 + 0.9 + 0.8 + 0.6 + 0.5 + 0.4 + 0.2) / 8 = 5.6 / 8 = 0.7.
  EXPECT_THAT(attainment.team_avg, Optional(DoubleEq(0.7)));
  // (1.2 + 1.0 + 0.9) / 3 = 3.1 / 3.
  EXPECT_THAT(attainment.top_performer, Optional(DoubleEq(3.1 / 3)));

  const Benchmark& win_rate = result.Of(MetricId::kWinRate);
  EXPECT_THAT(win_rate.you, Optional(DoubleEq(0.5)));
  // (0.5 + 1.0 + 0.25 + 5 * 0.5) / 8 = 4.25 / 8 = 0.53125.
  EXPECT_THAT(win_rate.team_avg, Optional(DoubleEq(0.53125)));
  // (0.5 + 1.0 + 0.25) / 3 = 1.75 / 3.
  EXPECT_THAT(win_rate.top_performer, Optional(DoubleEq(1.75 / 3)));

  const Benchmark& size = result.Of(MetricId::kAvgDealSize);
  EXPECT_THAT(size.you, Optional(DoubleEq(60'000)));
  // (120 + 100 + 90 + 80 + 60 + 50 + 40 + 20) thousand / 8 = 560,000 / 8 = 70,000.
  EXPECT_THAT(size.team_avg, Optional(DoubleEq(70'000)));
  // (120,000 + 100,000 + 90,000) / 3 = 310,000 / 3.
  EXPECT_THAT(size.top_performer, Optional(DoubleEq(310'000.0 / 3)));

  // Everyone's won deal took 40 days.
  EXPECT_THAT(result.Of(MetricId::kSalesCycleDays).team_avg, Optional(DoubleEq(40)));
  EXPECT_THAT(result.Of(MetricId::kSalesCycleDays).top_performer, Optional(DoubleEq(40)));

  // Nobody logged an activity: a known 0 for everyone, so the team figures are 0 too.
  const Benchmark& calls = result.Of(MetricId::kCallsPerWeek);
  EXPECT_THAT(calls.you, Optional(DoubleEq(0)));
  EXPECT_THAT(calls.team_avg, Optional(DoubleEq(0)));
  EXPECT_THAT(calls.top_performer, Optional(DoubleEq(0)));

  // Nobody forecast: unknown throughout, and no arrow.
  EXPECT_EQ(result.Of(MetricId::kForecastAccuracy), Benchmark{});
}

TEST(BenchmarksTest, TopGroupRepIdsAreTheTopThreeByAttainmentHighestFirst) {
  EXPECT_EQ(TopGroupRepIds(TeamOfEight(), kQ1), (std::vector<std::string>{"R1", "R2", "R3"}));
  std::vector<RepRecords> two = {Rep("R1", 120'000, 100'000, 1), R5()};
  EXPECT_TRUE(TopGroupRepIds(two, kQ1).empty());  // fewer than three: no group
}

TEST(BenchmarksTest, PreviousIsTheRepsOwnPreviousPeriodWithArrows) {
  RepBenchmarks result = BenchmarkRep(R5(), TeamOfEight(), kQ1);
  EXPECT_EQ(result.previous.period, (Period{Day(2025, 10, 3), Day(2025, 12, 31)}));

  // Attainment 0.5 -> 0.6: +0.1 > 0.05 * 0.5 = 0.025, up.
  const Benchmark& attainment = result.Of(MetricId::kQuotaAttainment);
  EXPECT_THAT(attainment.previous, Optional(DoubleEq(0.5)));
  EXPECT_THAT(attainment.trend, Optional(Trend::kUp));

  // Win rate: R5-P won, R5-PL lost (on 2025-12-31) = 0.5, then 0.5: flat.
  const Benchmark& win_rate = result.Of(MetricId::kWinRate);
  EXPECT_THAT(win_rate.previous, Optional(DoubleEq(0.5)));
  EXPECT_THAT(win_rate.trend, Optional(Trend::kFlat));
  EXPECT_EQ(result.previous.win_rate.deal_ids, (std::vector<std::string>{"R5-P", "R5-PL"}));
  EXPECT_EQ(result.current.win_rate.deal_ids, (std::vector<std::string>{"R5-W", "R5-L0"}));

  // Average deal size 45,000 -> 60,000: up.
  EXPECT_THAT(result.Of(MetricId::kAvgDealSize).previous, Optional(DoubleEq(45'000)));
  EXPECT_THAT(result.Of(MetricId::kAvgDealSize).trend, Optional(Trend::kUp));

  // Sales cycle 30 -> 40 days: worse, and the arrow still says the number went up.
  const Benchmark& cycle = result.Of(MetricId::kSalesCycleDays);
  EXPECT_THAT(cycle.previous, Optional(DoubleEq(30)));
  EXPECT_THAT(cycle.you, Optional(DoubleEq(40)));
  EXPECT_THAT(cycle.trend, Optional(Trend::kUp));

  // Calls 0 -> 0: flat.
  EXPECT_THAT(result.Of(MetricId::kCallsPerWeek).trend, Optional(Trend::kFlat));
}

TEST(BenchmarksTest, TheThresholdDecidesWhatIsFlat) {
  // With 50%: attainment +20%, deal size +33% and cycle +33% are all flat.
  RepBenchmarks result =
      BenchmarkRep(R5(), TeamOfEight(), kQ1, BenchmarkOptions{.trend_threshold = 0.5});
  EXPECT_THAT(result.Of(MetricId::kQuotaAttainment).trend, Optional(Trend::kFlat));
  EXPECT_THAT(result.Of(MetricId::kAvgDealSize).trend, Optional(Trend::kFlat));
  EXPECT_THAT(result.Of(MetricId::kSalesCycleDays).trend, Optional(Trend::kFlat));
}

TEST(BenchmarksTest, StageConversionIsBenchmarkedStepByStep) {
  RepBenchmarks result = BenchmarkRep(R5(), TeamOfEight(), kQ1);
  ASSERT_EQ(result.stage_conversion.size(), 5u);
  const StageBenchmark& first = result.stage_conversion[0];
  EXPECT_EQ(first.from, "Prospecting");
  EXPECT_EQ(first.to, "Qualification");
  // Lost deals stayed in Prospecting, so this step is each rep's win rate (see above).
  EXPECT_THAT(first.benchmark.you, Optional(DoubleEq(0.5)));
  EXPECT_THAT(first.benchmark.team_avg, Optional(DoubleEq(0.53125)));
  EXPECT_THAT(first.benchmark.top_performer, Optional(DoubleEq(1.75 / 3)));
  // Previous: R5-P advanced, R5-PL did not: 0.5, flat.
  EXPECT_THAT(first.benchmark.previous, Optional(DoubleEq(0.5)));
  EXPECT_THAT(first.benchmark.trend, Optional(Trend::kFlat));
  // Qualification -> Discovery: only won deals reached Qualification, and all went on.
  EXPECT_THAT(result.stage_conversion[1].benchmark.team_avg, Optional(DoubleEq(1.0)));
}

TEST(BenchmarksTest, TheTeamsOrderDoesNotMatter) {
  std::vector<RepRecords> team = TeamOfEight();
  RepBenchmarks forward = BenchmarkRep(R5(), team, kQ1);
  std::reverse(team.begin(), team.end());
  RepBenchmarks backward = BenchmarkRep(R5(), team, kQ1);
  for (MetricId id : kAllMetrics) {
    const Benchmark& a = forward.Of(id);
    const Benchmark& b = backward.Of(id);
    EXPECT_EQ(a.you, b.you) << MetricName(id);
    EXPECT_EQ(a.previous, b.previous) << MetricName(id);
    EXPECT_EQ(a.trend, b.trend) << MetricName(id);
    // Summed in another order, the means may differ in the last bit.
    ASSERT_EQ(a.team_avg.has_value(), b.team_avg.has_value()) << MetricName(id);
    if (a.team_avg) {
      EXPECT_DOUBLE_EQ(*a.team_avg, *b.team_avg) << MetricName(id);
    }
    ASSERT_EQ(a.top_performer.has_value(), b.top_performer.has_value()) << MetricName(id);
    if (a.top_performer) {
      EXPECT_DOUBLE_EQ(*a.top_performer, *b.top_performer) << MetricName(id);
    }
  }
}

TEST(BenchmarksTest, TeamOfExactlyThreeIsItsOwnTopGroup) {
  // R1 1.2, R5 0.6, R8 0.2: n = 3, the group is all three.
  std::vector<RepRecords> team = {Rep("R1", 120'000, 100'000, 1), R5(),
                                  Rep("R8", 20'000, 100'000, 1)};
  RepBenchmarks result = BenchmarkRep(R5(), team, kQ1);
  EXPECT_EQ(result.top_group_size, 3u);
  const Benchmark& attainment = result.Of(MetricId::kQuotaAttainment);
  // (1.2 + 0.6 + 0.2) / 3 = 2.0 / 3 for both.
  EXPECT_THAT(attainment.team_avg, Optional(DoubleEq(2.0 / 3)));
  EXPECT_THAT(attainment.top_performer, Optional(DoubleEq(2.0 / 3)));
  // (120,000 + 60,000 + 20,000) / 3.
  EXPECT_THAT(result.Of(MetricId::kAvgDealSize).top_performer, Optional(DoubleEq(200'000.0 / 3)));
}

TEST(BenchmarksTest, TeamOfOneHasNoTeamFigures) {
  std::vector<RepRecords> team = {R5()};
  RepBenchmarks result = BenchmarkRep(R5(), team, kQ1);
  EXPECT_EQ(result.team_size, 1u);
  EXPECT_EQ(result.top_group_size, 0u);
  for (MetricId id : kAllMetrics) {
    EXPECT_EQ(result.Of(id).team_avg, std::nullopt) << MetricName(id);
    EXPECT_EQ(result.Of(id).top_performer, std::nullopt) << MetricName(id);
  }
  // The rep's own numbers and arrows are all there.
  EXPECT_THAT(result.Of(MetricId::kQuotaAttainment).you, Optional(DoubleEq(0.6)));
  EXPECT_THAT(result.Of(MetricId::kQuotaAttainment).trend, Optional(Trend::kUp));
}

TEST(BenchmarksTest, TeamOfTwoHasNoTeamAverageThatWouldRevealTheColleague) {
  // A mean of R5's 0.6 and R1's 1.2 would let R5 work out R1's: 2 * 0.9 - 0.6.
  std::vector<RepRecords> team = {Rep("R1", 120'000, 100'000, 1), R5()};
  RepBenchmarks result = BenchmarkRep(R5(), team, kQ1);
  EXPECT_EQ(result.top_group_size, 0u);
  for (MetricId id : kAllMetrics) {
    EXPECT_EQ(result.Of(id).team_avg, std::nullopt) << MetricName(id);
    EXPECT_EQ(result.Of(id).top_performer, std::nullopt) << MetricName(id);
  }
}

TEST(BenchmarksTest, RepsTiedAtTheCutAllJoinTheTopGroup) {
  // As TeamOfEight, but R4 won 45,000 of a 50,000 quota: 0.9, tied with R3 at the cut.
  // The group is R1, R2, R3 and R4.
  std::vector<RepRecords> team = TeamOfEight();
  team[3] = Rep("R4", 45'000, 50'000, 1);
  RepBenchmarks result = BenchmarkRep(R5(), team, kQ1);
  EXPECT_EQ(result.top_group_size, 4u);
  // (1.2 + 1.0 + 0.9 + 0.9) / 4 = 4.0 / 4 = 1.0.
  EXPECT_THAT(result.Of(MetricId::kQuotaAttainment).top_performer, Optional(DoubleEq(1.0)));
  // (120,000 + 100,000 + 90,000 + 45,000) / 4 = 355,000 / 4 = 88,750.
  EXPECT_THAT(result.Of(MetricId::kAvgDealSize).top_performer, Optional(DoubleEq(88'750)));

  // Which of the tied reps comes first in the team does not change the group.
  std::swap(team[2], team[3]);
  RepBenchmarks swapped = BenchmarkRep(R5(), team, kQ1);
  EXPECT_EQ(swapped.top_group_size, 4u);
  EXPECT_THAT(swapped.Of(MetricId::kAvgDealSize).top_performer, Optional(DoubleEq(88'750)));
}

TEST(BenchmarksTest, TiesInsideTheGroupDoNotGrowIt) {
  // R2 and R3 both at 1.0, R4 at 0.8 below the cut: the group stays R1, R2, R3.
  std::vector<RepRecords> team = TeamOfEight();
  team[2] = Rep("R3", 100'000, 100'000, 3);
  RepBenchmarks result = BenchmarkRep(R5(), team, kQ1);
  EXPECT_EQ(result.top_group_size, 3u);
  // (1.2 + 1.0 + 1.0) / 3 = 3.2 / 3.
  EXPECT_THAT(result.Of(MetricId::kQuotaAttainment).top_performer, Optional(DoubleEq(3.2 / 3)));
}

TEST(BenchmarksTest, RepsWithoutAQuotaAreNotRankedButCountInTheTeamAverage) {
  // R9 has no quota: no attainment, so three ranked reps and a group of R1, R2, R3.
  std::vector<RepRecords> team = {Rep("R1", 120'000, 100'000, 1), Rep("R2", 100'000, 100'000, 0),
                                  Rep("R3", 90'000, 100'000, 3), Rep("R9", 10'000, 0, 1)};
  RepBenchmarks result = BenchmarkRep(team[3], team, kQ1);
  EXPECT_EQ(result.top_group_size, 3u);
  EXPECT_EQ(result.Of(MetricId::kQuotaAttainment).you, std::nullopt);
  EXPECT_EQ(result.Of(MetricId::kQuotaAttainment).trend, std::nullopt);
  // Attainment is known for three: (1.2 + 1.0 + 0.9) / 3.
  EXPECT_THAT(result.Of(MetricId::kQuotaAttainment).team_avg, Optional(DoubleEq(3.1 / 3)));
  // Deal size for all four: (120,000 + 100,000 + 90,000 + 10,000) / 4 = 80,000.
  EXPECT_THAT(result.Of(MetricId::kAvgDealSize).team_avg, Optional(DoubleEq(80'000)));
}

TEST(BenchmarksTest, AGroupMetricKnownForFewerThanThreeRepsIsUnknown) {
  // R0 has a quota but no deals: attainment 0 (known), no win rate. The group is all three,
  // yet only R1 and R2 have a win rate, so neither a team nor a top win rate is shown.
  std::vector<RepRecords> team = {Rep("R1", 120'000, 100'000, 1), Rep("R2", 100'000, 100'000, 0),
                                  Rep("R0", 0, 100'000, 0)};
  RepBenchmarks result = BenchmarkRep(team[2], team, kQ1);
  EXPECT_EQ(result.top_group_size, 3u);
  const Benchmark& win_rate = result.Of(MetricId::kWinRate);
  EXPECT_EQ(win_rate.you, std::nullopt);
  EXPECT_EQ(win_rate.trend, std::nullopt);
  EXPECT_EQ(win_rate.team_avg, std::nullopt);
  EXPECT_EQ(win_rate.top_performer, std::nullopt);
  // Attainment is known for all three: (1.2 + 1.0 + 0) / 3 = 2.2 / 3.
  EXPECT_THAT(result.Of(MetricId::kQuotaAttainment).you, Optional(DoubleEq(0)));
  EXPECT_THAT(result.Of(MetricId::kQuotaAttainment).top_performer, Optional(DoubleEq(2.2 / 3)));
}

TEST(BenchmarksTest, ALargeTeamWithFewQuotasHasNoTopGroup) {
  // Eight reps, only two with a quota: no top group, yet a team average of deal size.
  std::vector<RepRecords> team = TeamOfEight();
  for (std::size_t i = 2; i < team.size(); ++i) team[i].quotas.clear();
  RepBenchmarks result = BenchmarkRep(team[0], team, kQ1);
  EXPECT_EQ(result.top_group_size, 0u);
  EXPECT_EQ(result.Of(MetricId::kAvgDealSize).top_performer, std::nullopt);
  EXPECT_THAT(result.Of(MetricId::kAvgDealSize).team_avg, Optional(DoubleEq(70'000)));
}

}  // namespace
}  // namespace sc::metrics
