// `salescoach demo` end to end: the generated team is imported through the normal importers
// and its planted skill levels are visible in plain SQL over the database.
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "e2e/cli_test_util.h"
#include "store/sqlite_database.h"

namespace sc::e2e {
namespace {

using ::testing::HasSubstr;

nlohmann::json ReadGroundTruth(const std::filesystem::path& dir) {
  std::ifstream in(dir / "ground_truth.json");
  return nlohmann::json::parse(in);
}

// The rep the ground truth plants as the weakest negotiator.
std::string LowestNegotiator(const nlohmann::json& truth) {
  std::string rep;
  int lowest = 1000;
  for (const auto& entry : truth["reps"]) {
    int level = entry["levels"]["negotiation"].get<int>();
    if (level < lowest) {
      lowest = level;
      rep = entry["id"].get<std::string>();
    }
  }
  return rep;
}

// Plain SQL, as a sales-ops analyst would ask it: who discounts most on average?
std::string HighestMeanDiscountRep(const std::filesystem::path& db) {
  auto database = std::move(store::SqliteDatabase::Open(db.string())).value();
  auto query = std::move(database.Prepare(
                             "SELECT rep_id FROM deals WHERE discount_pct IS NOT NULL "
                             "GROUP BY rep_id ORDER BY avg(discount_pct) DESC LIMIT 1"))
                   .value();
  EXPECT_TRUE(*query.Step());
  return query.ColumnText(0);
}

void ExpectPlantedSpread(const std::filesystem::path& dir, int reps) {
  nlohmann::json truth = ReadGroundTruth(dir);
  ASSERT_EQ(truth["reps"].size(), static_cast<std::size_t>(reps));
  EXPECT_EQ(HighestMeanDiscountRep(dir / "salescoach.db"), LowestNegotiator(truth));
  store::RecordCounts counts = CountRecords(dir / "salescoach.db");
  EXPECT_GT(counts.reps, reps);  // managers too
  EXPECT_GT(counts.deals, reps * 15);
  EXPECT_GT(counts.activities, reps * 30);
  EXPECT_GT(counts.quotas, 0);
  EXPECT_GT(counts.forecasts, 0);
}

TEST(DemoE2eTest, DefaultTeamIsImportedWithThePlantedSpreadVisibleInSql) {
  ScratchDir dir("demo_default");
  CommandResult result = RunSalescoach(dir.path(), "demo --dir team --as-of 2026-11-24");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr("Imported 14 reps and managers"));
  ExpectPlantedSpread(dir.path() / "team", 12);

  // Importing the demo's own files again updates in place.
  store::RecordCounts before = CountRecords(dir.path() / "team" / "salescoach.db");
  CommandResult again = RunSalescoach(
      dir.path(), "--db team/salescoach.db import crm team/crm/reps.csv team/crm/activities.csv "
                  "team/crm/quotas.csv team/crm/forecasts.csv");
  ASSERT_EQ(again.exit_code, 0) << again.err;
  CommandResult deals = RunSalescoach(
      dir.path(), "--db team/salescoach.db import crm team/crm/deals_salesforce.csv "
                  "--preset salesforce");
  ASSERT_EQ(deals.exit_code, 0) << deals.err;
  EXPECT_THAT(deals.out, HasSubstr("(0 new, "));
  EXPECT_EQ(CountRecords(dir.path() / "team" / "salescoach.db"), before);
}

TEST(DemoE2eTest, AnotherSeedAndSizeKeepThePlantedSpread) {
  ScratchDir dir("demo_other");
  CommandResult result =
      RunSalescoach(dir.path(), "demo --dir team --reps 20 --seed 11 --as-of 2026-06-30");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  ExpectPlantedSpread(dir.path() / "team", 20);
}

TEST(DemoE2eTest, SameSeedGivesTheSameFiles) {
  ScratchDir dir("demo_seed");
  ASSERT_EQ(RunSalescoach(dir.path(), "demo --dir a --as-of 2026-11-24 -q").exit_code, 0);
  ASSERT_EQ(RunSalescoach(dir.path(), "demo --dir b --as-of 2026-11-24 -q").exit_code, 0);
  for (const char* file : {"crm/deals_salesforce.csv", "crm/activities.csv", "calls/manifest.csv",
                           "ground_truth.json"}) {
    std::ifstream a(dir.path() / "a" / file), b(dir.path() / "b" / file);
    std::string text_a((std::istreambuf_iterator<char>(a)), std::istreambuf_iterator<char>());
    std::string text_b((std::istreambuf_iterator<char>(b)), std::istreambuf_iterator<char>());
    EXPECT_FALSE(text_a.empty()) << file;
    EXPECT_EQ(text_a, text_b) << file;
  }
}

}  // namespace
}  // namespace sc::e2e
