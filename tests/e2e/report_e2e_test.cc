// `salescoach report` on the demo team: the documented JSON, every score explained down to its
// calls, deals and quotes, the critical rep held for review, snapshots that give trends, and
// located errors for bad options and a broken scoring file.
#include <cctype>
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "base/file_io.h"
#include "cli_test_util.h"

namespace sc::e2e {
namespace {

using nlohmann::json;

constexpr char kAsOf[] = "2026-11-24";

std::string ReadText(const std::filesystem::path& path) {
  Result<std::string> text = ReadFile(path);
  EXPECT_TRUE(text.ok()) << text.status().ToString();
  return text.ok() ? *text : std::string();
}
// One demo team for the whole suite: generating it takes a couple of seconds.
class ReportE2eTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new ScratchDir("report_e2e");
    CommandResult demo =
        RunSalescoach(dir_->path(), std::string("demo --dir team --weeks 1 --as-of ") + kAsOf);
    ASSERT_EQ(demo.exit_code, 0) << demo.err;
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }

  static CommandResult Report(const std::string& args) {
    return RunSalescoach(dir_->path(), "--db team/salescoach.db report " + args);
  }
  static json ReportJson(const std::string& args) {
    CommandResult result = Report(args + " --format json");
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return json::parse(result.out);
  }

  static ScratchDir* dir_;
};

ScratchDir* ReportE2eTest::dir_ = nullptr;

TEST_F(ReportE2eTest, DemoWroteEveryRepsReportAndHeldTheCriticalOne) {
  int held = 0;
  json ground_truth = json::parse(ReadText(dir_->path() / "team" / "ground_truth.json"));
  for (const json& rep : ground_truth["reps"]) {
    std::filesystem::path path =
        dir_->path() / "team" / "reports" / (rep["id"].get<std::string>() + ".json");
    ASSERT_TRUE(std::filesystem::exists(path)) << path;
    json report = json::parse(ReadText(path));
    bool critical = !rep["critical"].empty();
    EXPECT_EQ(report["review"]["required"], critical) << rep["id"];
    EXPECT_EQ(report["status"], critical ? "pending_review" : "draft") << rep["id"];
    held += critical;
  }
  EXPECT_EQ(held, 1);
}

TEST_F(ReportE2eTest, JsonHasTheDocumentedShapeAndExplainsEveryScore) {
  json report = ReportJson(std::string("--rep R-001 --no-snapshot --as-of ") + kAsOf);
  for (const char* key : {"rep", "period", "calls_analyzed", "deals_reviewed", "overall", "skills",
                          "metrics", "strengths", "improvement_areas", "call_review", "this_week",
                          "progress", "review", "status"}) {
    EXPECT_TRUE(report.contains(key)) << key;
  }
  EXPECT_EQ(report["rep"]["id"], "R-001");
  EXPECT_EQ(report["period"]["to"], kAsOf);
  EXPECT_EQ(report["period"]["from"], "2026-08-27");  // 90 days, both ends included
  EXPECT_GT(report["calls_analyzed"].get<int>(), 0);
  for (const char* skill : {"discovery", "qualification", "presentation", "objection_handling",
                            "negotiation", "closing"}) {
    const json& s = report["skills"][skill];
    ASSERT_EQ(s["components"].size(), 3u) << skill;
    for (const auto& [key, component] : s["components"].items()) {
      SCOPED_TRACE(std::string(skill) + "." + key);
      ASSERT_TRUE(component["evidence"].is_array());
      ASSERT_FALSE(component["evidence"].empty());
      EXPECT_EQ(component["evidence"][0]["type"], "measure");
      if (component["status"] == "scored") {
        EXPECT_TRUE(component["score"].is_number_integer());
        // A scored component rests on calls or deals a reader can open.
        bool sources = false;
        for (const json& item : component["evidence"]) {
          sources = sources || item["type"] == "calls" || item["type"] == "deals";
        }
        EXPECT_TRUE(sources);
      } else {
        EXPECT_TRUE(component["score"].is_null());
      }
    }
  }
  for (const char* metric : {"win_rate", "avg_deal_size", "sales_cycle_days", "quota_attainment"}) {
    for (const char* key : {"you", "team_avg", "top_performer", "trend"}) {
      EXPECT_TRUE(report["metrics"][metric].contains(key)) << metric << "." << key;
    }
  }
  EXPECT_FALSE(report["strengths"].empty());  // every report names a strength
  for (const json& area : report["improvement_areas"]) {
    EXPECT_EQ(area["target_score"], 75);
    EXPECT_LT(area["current_score"].get<int>(), 70);
    for (const char* key : {"focus", "coaching", "why", "practice", "what"}) {
      EXPECT_FALSE(area[key].get<std::string>().empty()) << key;
    }
  }
}

TEST_F(ReportE2eTest, FocusedAndNoSnapshotRunsAreNotStored) {
  store::RecordCounts before = CountRecords(dir_->path() / "team" / "salescoach.db");
  ReportJson("--rep R-005 --focus discovery --as-of 2026-12-08");
  ReportJson("--rep R-005 --no-snapshot --as-of 2026-12-08");
  EXPECT_EQ(CountRecords(dir_->path() / "team" / "salescoach.db").snapshots, before.snapshots);
  ReportJson("--rep R-005 --as-of 2026-12-08");
  EXPECT_EQ(CountRecords(dir_->path() / "team" / "salescoach.db").snapshots, before.snapshots + 1);
}

TEST_F(ReportE2eTest, NoCallReviewLeavesTheSectionOut) {
  json without =
      ReportJson(std::string("--rep R-001 --no-snapshot --no-call-review --as-of ") + kAsOf);
  EXPECT_TRUE(without["call_review"].is_null());
  json with =
      ReportJson(std::string("--rep R-001 --no-snapshot --include-call-review --as-of ") + kAsOf);
  EXPECT_GT(with["call_review"]["calls"].get<int>(), 0);
  EXPECT_EQ(Report("--rep R-001 --include-call-review --no-call-review").exit_code, 2);
}

TEST_F(ReportE2eTest, EveryFormatRendersTheSameReport) {
  const std::string rep = std::string("--rep R-001 --no-snapshot --as-of ") + kAsOf;
  CommandResult md = Report(rep + " --format md");
  ASSERT_EQ(md.exit_code, 0) << md.err;
  std::size_t at = 0;
  for (const char* heading : {"## 📈 Sales Coaching Report", "### Performance Summary",
                              "### Skill Assessment", "### ✅ Strengths",
                              "### 🎯 Focus Areas for Improvement",
                              "### 📞 Call Review Highlights", "### 📋 This Week's Focus",
                              "### Progress Tracking"}) {
    std::size_t found = md.out.find(heading, at);
    ASSERT_NE(found, std::string::npos) << heading;
    at = found;
  }
  // No number printed as "nan" (a word of its own, not part of one such as "finance").
  for (std::size_t nan = md.out.find("nan"); nan != std::string::npos;
       nan = md.out.find("nan", nan + 1)) {
    bool inside_word =
        (nan > 0 && std::isalpha(static_cast<unsigned char>(md.out[nan - 1]))) ||
        (nan + 3 < md.out.size() && std::isalpha(static_cast<unsigned char>(md.out[nan + 3])));
    EXPECT_TRUE(inside_word) << md.out.substr(nan > 40 ? nan - 40 : 0, 80);
  }
  CommandResult card = Report(rep + " --format card");
  EXPECT_EQ(card.out.rfind("## ⚡ Quick Coaching: ", 0), 0u) << card.out;
  CommandResult html = Report(rep + " --format html");
  EXPECT_EQ(html.out.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_EQ(html.out.find("<script"), std::string::npos);
  for (const char* file : {"R-001.md", "R-001.card.md", "R-001.html", "R-001.json"}) {
    EXPECT_TRUE(std::filesystem::exists(dir_->path() / "team" / "reports" / file)) << file;
  }
}

TEST_F(ReportE2eTest, ManagerApprovesOrRejectsHeldReports) {
  auto run = [&](const std::string& args) {
    return RunSalescoach(dir_->path(), "--db team/salescoach.db review " + args);
  };
  CommandResult list = run("list");
  ASSERT_EQ(list.exit_code, 0) << list.err;
  // One held report: the critical rep's, with the reason it is held.
  std::istringstream lines(list.out);
  std::string header, row, extra;
  std::getline(lines, header);
  ASSERT_TRUE(std::getline(lines, row)) << list.out;
  EXPECT_FALSE(std::getline(lines, extra)) << list.out;
  EXPECT_NE(row.find("(Critical)"), std::string::npos) << row;
  const std::string id = row.substr(0, row.find_first_not_of(" 0123456789"));
  EXPECT_EQ(run("reject " + id).exit_code, 2);  // a rejection needs --reason
  CommandResult approved = run("approve " + id + " --by \"Emeka Castillo\"");
  ASSERT_EQ(approved.exit_code, 0) << approved.err;
  json shown = json::parse(run("show " + id).out);
  EXPECT_EQ(shown["status"], "approved");
  EXPECT_EQ(shown["review"]["by"], "Emeka Castillo");
  EXPECT_EQ(run("list").out, "No reports are waiting for review.\n");
  CommandResult again = run("reject " + id + " --reason late");
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_NE(again.err.find("not pending review"), std::string::npos) << again.err;
  EXPECT_EQ(run("show 99999").exit_code, 1);
}

TEST_F(ReportE2eTest, FocusNarrowsToOneSkill) {
  json report = ReportJson(std::string("--rep R-001 --focus closing --as-of ") + kAsOf);
  EXPECT_EQ(report["focus"], "closing");
  for (const json& area : report["improvement_areas"]) EXPECT_EQ(area["skill"], "closing");
  for (const json& strength : report["strengths"]) EXPECT_EQ(strength["skill"], "closing");
}

TEST_F(ReportE2eTest, SnapshotsGiveTrendsAndFollowUpOnTheLastFocus) {
  json first = ReportJson("--rep R-002 --as-of 2026-11-17");
  EXPECT_EQ(first["overall"]["trend"], "new");
  json second = ReportJson(std::string("--rep R-002 --as-of ") + kAsOf);
  EXPECT_EQ(second["overall"]["previous"], first["overall"]["score"]);
  EXPECT_NE(second["overall"]["trend"], "new");
  ASSERT_FALSE(second["progress"].empty());
  EXPECT_FALSE(second["progress"][0]["last"].is_null());
  if (!first["improvement_areas"].empty()) {
    // The note says whether last week's focus moved.
    ASSERT_FALSE(second["notes"].empty());
  }
}

TEST_F(ReportE2eTest, UnknownRepAndBadOptionsFailClearly) {
  CommandResult unknown = Report("--rep R-999");
  EXPECT_NE(unknown.exit_code, 0);
  EXPECT_NE(unknown.err.find("no rep has id 'R-999'"), std::string::npos) << unknown.err;
  CommandResult manager = Report("--rep M-01");
  EXPECT_NE(manager.exit_code, 0);
  EXPECT_NE(manager.err.find("'M-01' is a manager"), std::string::npos) << manager.err;
  CommandResult period = Report("--rep R-001 --period 90x");
  EXPECT_NE(period.exit_code, 0);
  EXPECT_NE(period.err.find("90x"), std::string::npos) << period.err;
  CommandResult focus = Report("--rep R-001 --focus charisma");
  EXPECT_EQ(focus.exit_code, 2) << focus.err;
}

TEST_F(ReportE2eTest, BrokenScoringOverrideIsLocatedAndStoresNothing) {
  ScratchDir config("report_config");
  config.Write("scoring.yaml", "version: 1\nweights: {discovery: -1}\n");
  store::RecordCounts before = CountRecords(dir_->path() / "team" / "salescoach.db");
  CommandResult result =
      RunSalescoach(dir_->path(), "--db team/salescoach.db --config " + config.path().string() +
                                      " report --rep R-003 --as-of 2026-12-01");
  EXPECT_EQ(result.exit_code, 65) << result.err;
  EXPECT_NE(result.err.find("scoring.yaml:2:"), std::string::npos) << result.err;
  EXPECT_EQ(CountRecords(dir_->path() / "team" / "salescoach.db"), before);
}

}  // namespace
}  // namespace sc::e2e
