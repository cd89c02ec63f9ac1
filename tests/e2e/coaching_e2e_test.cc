// A quarter of coaching on the demo team: weekly reports with their progress tables, the
// deliveries and feedback behind them, `progress`, `team` for one manager, and `impact` with
// every program metric computed from the generated history.
#include <string>

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "base/file_io.h"
#include "cli_test_util.h"

namespace sc::e2e {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

constexpr char kAsOf[] = "2026-11-24";

class CoachingE2eTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new ScratchDir("coaching_e2e");
    demo_ = new CommandResult(
        RunSalescoach(dir_->path(), fmt::format("demo --dir team --as-of {}", kAsOf)));
    ASSERT_EQ(demo_->exit_code, 0) << demo_->err;
  }
  static void TearDownTestSuite() {
    delete demo_;
    delete dir_;
  }
  static CommandResult Run(const std::string& args) {
    return RunSalescoach(dir_->path(), "--db team/salescoach.db " + args);
  }

  static ScratchDir* dir_;
  static CommandResult* demo_;
};

ScratchDir* CoachingE2eTest::dir_ = nullptr;
CommandResult* CoachingE2eTest::demo_ = nullptr;

TEST_F(CoachingE2eTest, TheDemoReplaysAQuarterOfWeeklyCoaching) {
  EXPECT_THAT(demo_->out, HasSubstr("A quarter of weekly coaching, 2026-09-01 to 2026-11-24"));
  store::RecordCounts counts = CountRecords(dir_->path() / "team" / "salescoach.db");
  EXPECT_EQ(counts.snapshots, 13 * 12);
  // Most weeks 11 reports are sent (the critical rep's are held, and a rep with a Critical
  // week is held that week), each with its follow-up.
  EXPECT_EQ(counts.deliveries % 2, 0);
  EXPECT_GE(counts.deliveries, 2 * 13 * 9);
  EXPECT_LE(counts.deliveries, 2 * 13 * 11);
  EXPECT_GT(counts.feedback, 13 * 9 / 2);
  EXPECT_TRUE(std::filesystem::exists(dir_->path() / "team" / "outbox"));
  EXPECT_TRUE(std::filesystem::exists(dir_->path() / "team" / "reports" / "team-M-01.md"));
}

TEST_F(CoachingE2eTest, EveryReportHasAFilledProgressTable) {
  for (int rep = 1; rep <= 12; ++rep) {
    std::string id = fmt::format("R-{:03d}", rep);
    std::string md = ReadFile(dir_->path() / "team" / "reports" / (id + ".md")).value();
    EXPECT_THAT(md, HasSubstr("| Week | Focus Area | Score Start | Score End | Δ |")) << id;
    EXPECT_THAT(md, Not(HasSubstr("This is your first report"))) << id;
  }
}

TEST_F(CoachingE2eTest, ProgressShowsTheWholeHistory) {
  CommandResult progress = Run("progress --rep R-001");
  ASSERT_EQ(progress.exit_code, 0) << progress.err;
  EXPECT_THAT(progress.out, HasSubstr("13 reports from 2026-09-01 to 2026-11-24"));
  EXPECT_THAT(progress.out, HasSubstr("Focus areas"));
  CommandResult manager = Run("progress --rep M-01");
  EXPECT_NE(manager.exit_code, 0);
  EXPECT_THAT(manager.err, HasSubstr("is a manager"));
  CommandResult unknown = Run("progress --rep R-999");
  EXPECT_NE(unknown.exit_code, 0);
  EXPECT_THAT(unknown.err, HasSubstr("no rep has id 'R-999'"));
}

TEST_F(CoachingE2eTest, ImpactComputesEveryMetricFromTheHistory) {
  CommandResult impact = Run(fmt::format("impact --as-of {}", kAsOf));
  ASSERT_EQ(impact.exit_code, 0) << impact.err;
  EXPECT_THAT(impact.out, HasSubstr("All reps (12 reps, 156 reports)"));
  for (const char* metric : {"Adoption", "Skill improvement", "Win rate after coaching",
                             "Satisfaction", "Time to proficiency"}) {
    EXPECT_THAT(impact.out, HasSubstr(metric));
  }
  std::string all = impact.out.substr(0, impact.out.find("\n\n", impact.out.find("All reps")));
  EXPECT_THAT(all, Not(HasSubstr("insufficient data"))) << impact.out;
  EXPECT_THAT(demo_->out, HasSubstr("Coaching impact over the quarter"));
}

TEST_F(CoachingE2eTest, AManagersTeamRunCoversOnlyTheirReps) {
  CommandResult team = Run(fmt::format("team --manager M-01 --as-of {} --out m01", kAsOf));
  ASSERT_EQ(team.exit_code, 0) << team.err;
  std::string rollup = ReadFile(dir_->path() / "m01" / "team-M-01.md").value();
  EXPECT_THAT(rollup, HasSubstr("Emeka Castillo's team"));
  EXPECT_THAT(rollup, HasSubstr("R-001"));
  EXPECT_THAT(rollup, Not(HasSubstr("R-007")));  // Miles Ortiz's rep
  EXPECT_FALSE(std::filesystem::exists(dir_->path() / "m01" / "team-M-02.md"));
  EXPECT_FALSE(std::filesystem::exists(dir_->path() / "m01" / "R-007.md"));
  CommandResult not_manager = Run("team --manager R-001");
  EXPECT_NE(not_manager.exit_code, 0);
  EXPECT_THAT(not_manager.err, HasSubstr("is a rep, not a manager"));
}

}  // namespace
}  // namespace sc::e2e
