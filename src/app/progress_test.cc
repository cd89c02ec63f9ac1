// A rep's coaching history over the in-memory store: six weekly reports whose focus runs
// Closing, Closing, Closing, Discovery, Discovery, then none, give one focus week per report
// (the focus skill's score then and a report later) and two spells (what each run of the same
// focus moved). Hand-checked against this table:
//
//   as of        focus      closing  discovery  overall
//   2026-10-05   closing    41       70         60
//   2026-10-12   closing    45       68         61
//   2026-10-19   closing    52       66         62
//   2026-10-26   discovery  58       64         63
//   2026-11-02   discovery  60       71         65
//   2026-11-09   (none)     62       75         68
#include "app/progress.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "model/crm_batch.h"
#include "store/memory_store.h"

namespace sc::app {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;

Date Day(int month, int day) { return Date::FromYmd(2026, month, day); }

class ProgressTest : public ::testing::Test {
 protected:
  void SetUp() override {
    model::CrmBatch batch;
    model::Rep manager{.id = "M-1", .name = "Morgan Lee", .role = model::RepRole::kManager};
    model::Rep dana{.id = "R-1", .name = "Dana Reyes", .manager_id = "M-1"};
    model::Rep sam{.id = "R-2", .name = "Sam Okafor", .manager_id = "M-1"};
    model::Rep lee{.id = "R-3", .name = "Lee Park", .manager_id = "M-1"};
    batch.reps = {manager, dana, sam, lee};
    ASSERT_TRUE(store_.ImportCrm(batch).ok());
  }

  // Stores R-1's report as of `as_of` with `focus` and `skills`; returns its id.
  std::int64_t Save(Date as_of, std::string focus, std::map<std::string, double> skills,
                    std::optional<double> overall, std::string rep_id = "R-1",
                    std::string status = "sent") {
    store::SnapshotRecord snapshot;
    snapshot.rep_id = std::move(rep_id);
    snapshot.as_of = as_of;
    snapshot.period_from = Date::FromDays(as_of.days() - 27);
    snapshot.period_to = as_of;
    snapshot.overall = overall;
    snapshot.skills = std::move(skills);
    snapshot.focus_skill = std::move(focus);
    snapshot.status = std::move(status);
    Result<std::int64_t> id = store_.SaveSnapshot(snapshot);
    EXPECT_TRUE(id.ok()) << id.status().ToString();
    return id.ok() ? *id : 0;
  }

  // The six reports of the table above; the latest has no focus unless `latest` is false,
  // in which case it is left out.
  void SaveHistory(bool latest = true) {
    ids_.push_back(Save(Day(10, 5), "closing", {{"closing", 41}, {"discovery", 70}}, 60));
    ids_.push_back(
        Save(Day(10, 12), "closing", {{"closing", 45}, {"discovery", 68}}, 61, "R-1", "approved"));
    ids_.push_back(Save(Day(10, 19), "closing", {{"closing", 52}, {"discovery", 66}}, 62));
    ids_.push_back(Save(Day(10, 26), "discovery", {{"closing", 58}, {"discovery", 64}}, 63));
    ids_.push_back(Save(Day(11, 2), "discovery", {{"closing", 60}, {"discovery", 71}}, 65));
    if (latest) {
      ids_.push_back(
          Save(Day(11, 9), "", {{"closing", 62}, {"discovery", 75}}, 68, "R-1", "draft"));
    }
    // Another rep's report on the same dates never mixes in.
    Save(Day(10, 12), "negotiation", {{"negotiation", 30}}, 30, "R-3");
  }

  ProgressHistory Load(std::string_view rep_id = "R-1") {
    Result<ProgressHistory> history = LoadProgress(store_, rep_id);
    EXPECT_TRUE(history.ok()) << history.status().ToString();
    return history.ok() ? *history : ProgressHistory{};
  }

  store::MemoryStore store_;
  std::vector<std::int64_t> ids_;
};

TEST_F(ProgressTest, EachReportIsAFocusWeekFromItsScoreToTheNextReports) {
  SaveHistory();
  const ProgressHistory history = Load();
  EXPECT_EQ(history.rep.name, "Dana Reyes");
  ASSERT_EQ(history.weeks.size(), 6u);
  const std::vector<FocusWeek>& weeks = history.weeks;

  EXPECT_EQ(weeks[0].as_of, Day(10, 5));
  EXPECT_EQ(weeks[0].report_id, ids_[0]);
  EXPECT_EQ(weeks[0].overall, 60);
  EXPECT_EQ(weeks[0].focus_skill, "closing");
  EXPECT_EQ(weeks[0].start, 41);
  EXPECT_EQ(weeks[0].end, 45);
  EXPECT_EQ(weeks[0].status, "sent");

  EXPECT_EQ(weeks[1].start, 45);
  EXPECT_EQ(weeks[1].end, 52);
  EXPECT_EQ(weeks[1].status, "approved");
  // The last Closing week ends in the first Discovery report: Closing's score there.
  EXPECT_EQ(weeks[2].start, 52);
  EXPECT_EQ(weeks[2].end, 58);

  EXPECT_EQ(weeks[3].focus_skill, "discovery");
  EXPECT_EQ(weeks[3].start, 64);
  EXPECT_EQ(weeks[3].end, 71);
  EXPECT_EQ(weeks[4].start, 71);
  EXPECT_EQ(weeks[4].end, 75);

  // The latest report has no focus: nothing to start or end, but its date, id and overall.
  EXPECT_EQ(weeks[5].as_of, Day(11, 9));
  EXPECT_EQ(weeks[5].report_id, ids_[5]);
  EXPECT_EQ(weeks[5].overall, 68);
  EXPECT_EQ(weeks[5].focus_skill, "");
  EXPECT_EQ(weeks[5].start, std::nullopt);
  EXPECT_EQ(weeks[5].end, std::nullopt);
  EXPECT_EQ(weeks[5].status, "draft");
}

TEST_F(ProgressTest, TheLatestWeekHasNoEnd) {
  SaveHistory(/*latest=*/false);
  const ProgressHistory history = Load();
  ASSERT_EQ(history.weeks.size(), 5u);
  EXPECT_EQ(history.weeks[4].start, 71);
  EXPECT_EQ(history.weeks[4].end, std::nullopt);
}

TEST_F(ProgressTest, ASpellRunsFromItsFirstReportToTheReportAfterItsLast) {
  SaveHistory();
  const ProgressHistory history = Load();
  ASSERT_EQ(history.spells.size(), 2u);

  const FocusSpell& closing = history.spells[0];
  EXPECT_EQ(closing.focus_skill, "closing");
  EXPECT_EQ(closing.from, Day(10, 5));
  EXPECT_EQ(closing.to, Day(10, 19));
  EXPECT_EQ(closing.reports, 3u);
  EXPECT_EQ(closing.start, 41);
  EXPECT_EQ(closing.end, 58);  // in the 10-26 report, the first after the spell
  EXPECT_FALSE(closing.current);

  const FocusSpell& discovery = history.spells[1];
  EXPECT_EQ(discovery.focus_skill, "discovery");
  EXPECT_EQ(discovery.from, Day(10, 26));
  EXPECT_EQ(discovery.to, Day(11, 2));
  EXPECT_EQ(discovery.reports, 2u);
  EXPECT_EQ(discovery.start, 64);
  EXPECT_EQ(discovery.end, 75);     // in the 11-09 report, which has no focus of its own
  EXPECT_FALSE(discovery.current);  // the latest report has no focus
}

TEST_F(ProgressTest, TheCurrentSpellEndsInTheLatestReportSoFar) {
  SaveHistory(/*latest=*/false);
  const ProgressHistory history = Load();
  ASSERT_EQ(history.spells.size(), 2u);
  EXPECT_FALSE(history.spells[0].current);
  const FocusSpell& discovery = history.spells[1];
  EXPECT_EQ(discovery.from, Day(10, 26));
  EXPECT_EQ(discovery.to, Day(11, 2));
  EXPECT_EQ(discovery.reports, 2u);
  EXPECT_EQ(discovery.start, 64);
  EXPECT_EQ(discovery.end, 71);
  EXPECT_TRUE(discovery.current);
}

TEST_F(ProgressTest, AReportWithoutFocusBreaksASpell) {
  Save(Day(10, 5), "closing", {{"closing", 41}}, 41);
  Save(Day(10, 12), "closing", {{"closing", 45}}, 45);
  Save(Day(10, 19), "", {{"closing", 50}}, 50);
  Save(Day(10, 26), "closing", {{"closing", 48}}, 48);
  const ProgressHistory history = Load();
  ASSERT_EQ(history.spells.size(), 2u);
  EXPECT_EQ(history.spells[0].focus_skill, "closing");
  EXPECT_EQ(history.spells[0].from, Day(10, 5));
  EXPECT_EQ(history.spells[0].to, Day(10, 12));
  EXPECT_EQ(history.spells[0].reports, 2u);
  EXPECT_EQ(history.spells[0].start, 41);
  EXPECT_EQ(history.spells[0].end, 50);
  EXPECT_FALSE(history.spells[0].current);
  EXPECT_EQ(history.spells[1].focus_skill, "closing");
  EXPECT_EQ(history.spells[1].from, Day(10, 26));
  EXPECT_EQ(history.spells[1].to, Day(10, 26));
  EXPECT_EQ(history.spells[1].reports, 1u);
  EXPECT_EQ(history.spells[1].start, 48);
  EXPECT_EQ(history.spells[1].end, 48);
  EXPECT_TRUE(history.spells[1].current);
}

TEST_F(ProgressTest, AnUnscoredFocusSkillHasNoScore) {
  // The first report names a focus it has no score for; the second does not score the
  // first's focus, so that week has no end.
  Save(Day(10, 5), "negotiation", {{"closing", 41}}, 41);
  Save(Day(10, 12), "closing", {{"closing", 45}}, 45);
  Save(Day(10, 19), "closing", {{"discovery", 70}}, 70);
  const ProgressHistory history = Load();
  ASSERT_EQ(history.weeks.size(), 3u);
  EXPECT_EQ(history.weeks[0].start, std::nullopt);
  EXPECT_EQ(history.weeks[0].end, std::nullopt);
  EXPECT_EQ(history.weeks[1].start, 45);
  EXPECT_EQ(history.weeks[1].end, std::nullopt);
  EXPECT_EQ(history.weeks[2].start, std::nullopt);
  ASSERT_EQ(history.spells.size(), 2u);
  EXPECT_EQ(history.spells[0].focus_skill, "negotiation");
  EXPECT_EQ(history.spells[0].start, std::nullopt);
  EXPECT_EQ(history.spells[0].end, std::nullopt);
  EXPECT_EQ(history.spells[1].start, 45);
  EXPECT_EQ(history.spells[1].end, std::nullopt);  // the latest report does not score it
  EXPECT_TRUE(history.spells[1].current);
}

TEST_F(ProgressTest, ARepWithoutReportsHasAnEmptyHistory) {
  SaveHistory();
  const ProgressHistory history = Load("R-2");
  EXPECT_EQ(history.rep.id, "R-2");
  EXPECT_EQ(history.rep.name, "Sam Okafor");
  EXPECT_THAT(history.weeks, IsEmpty());
  EXPECT_THAT(history.spells, IsEmpty());
}

TEST_F(ProgressTest, OnlyTheRepsOwnReportsCount) {
  SaveHistory();
  const ProgressHistory history = Load("R-3");
  ASSERT_EQ(history.weeks.size(), 1u);
  EXPECT_EQ(history.weeks[0].focus_skill, "negotiation");
  ASSERT_EQ(history.spells.size(), 1u);
  EXPECT_TRUE(history.spells[0].current);
}

TEST_F(ProgressTest, AnUnknownRepIsNotFound) {
  Result<ProgressHistory> history = LoadProgress(store_, "R-9");
  ASSERT_FALSE(history.ok());
  EXPECT_EQ(history.status().code(), StatusCode::kNotFound);
  EXPECT_THAT(history.status().message(), HasSubstr("R-9"));
}

TEST_F(ProgressTest, AManagerHasNoProgress) {
  Result<ProgressHistory> history = LoadProgress(store_, "M-1");
  ASSERT_FALSE(history.ok());
  EXPECT_EQ(history.status().code(), StatusCode::kInvalidArgument);
  EXPECT_THAT(history.status().message(), HasSubstr("manager"));
}

}  // namespace
}  // namespace sc::app
