#include "ingest/column_map.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace sc::ingest {
namespace {

using ::testing::HasSubstr;

TEST(ColumnMapTest, ParsesAMappingFile) {
  Diagnostics diagnostics;
  Result<ColumnMap> map = ParseMappingFile(
      "kind: deals\ndate_format: us\ncolumns:\n  Deal Ref: id\n  Owner: rep_id\n", "map.yaml",
      &diagnostics);
  ASSERT_TRUE(map.ok()) << diagnostics.FormatAll();
  EXPECT_EQ(map->kind, CrmKind::kDeals);
  EXPECT_EQ(map->date_format, DateFormat::kUs);
  ASSERT_EQ(map->columns.size(), 2u);
  EXPECT_EQ(map->columns[1], (std::pair<std::string, std::string>{"Owner", "rep_id"}));
}

struct BadMappingCase {
  std::string name;
  std::string yaml;
  std::size_t line;
  std::size_t column;
  std::string message;
  std::string hint;
};

class BadMappingTest : public ::testing::TestWithParam<BadMappingCase> {};

TEST_P(BadMappingTest, IsLocatedWithAHint) {
  const BadMappingCase& c = GetParam();
  Diagnostics diagnostics;
  Result<ColumnMap> map = ParseMappingFile(c.yaml, "map.yaml", &diagnostics);
  ASSERT_FALSE(map.ok());
  EXPECT_EQ(map.status().code(), StatusCode::kInvalidArgument);
  ASSERT_EQ(diagnostics.size(), 1u) << diagnostics.FormatAll();
  EXPECT_EQ(diagnostics[0].line, c.line);
  EXPECT_EQ(diagnostics[0].column, c.column);
  EXPECT_THAT(diagnostics[0].message, HasSubstr(c.message));
  EXPECT_THAT(diagnostics[0].hint, HasSubstr(c.hint));
}

INSTANTIATE_TEST_SUITE_P(
    Cases, BadMappingTest,
    ::testing::Values(
        BadMappingCase{"MisspeltField", "kind: deals\ncolumns:\n  Value: ammount\n", 3, 10,
                       "'ammount' is not a field of deals", "did you mean 'amount'?"},
        BadMappingCase{"UnknownKind", "kind: leads\ncolumns:\n  A: id\n", 1, 7,
                       "unknown kind 'leads'", "reps, deals"},
        BadMappingCase{"BadYaml", "kind: deals\ncolumns:\n  A: [id\n", 4, 1, "end of sequence",
                       "indentation"},
        BadMappingCase{"NoColumns", "kind: deals\n", 1, 1, "needs 'kind' and a 'columns'",
                       "docs/crm-import.md"},
        BadMappingCase{"FieldTwice", "kind: deals\ncolumns:\n  A: id\n  B: id\n", 4, 6,
                       "field 'id' is mapped twice", "one column"},
        BadMappingCase{"BadDateFormat", "kind: deals\ndate_format: eu\ncolumns:\n  A: id\n", 2,
                       14, "unknown date_format 'eu'", "iso"}),
    [](const auto& param_info) { return param_info.param.name; });

TEST(ColumnMapTest, UnknownPresetNamesTheKnownOnes) {
  Result<ColumnMap> map = PresetColumnMap("pipedrive");
  ASSERT_FALSE(map.ok());
  EXPECT_THAT(map.status().message(), HasSubstr("'salesforce' and 'hubspot'"));
}

TEST(ColumnMapTest, KindFromHeaderAndFileName) {
  RecordTable quotas{.fields = {"rep_id", "period_start", "period_end", "amount"}};
  EXPECT_EQ(KindFromHeader(quotas), CrmKind::kQuotas);
  RecordTable forecasts{.fields = {"rep_id", "period_start", "period_end", "amount",
                                   "submitted_at"}};
  EXPECT_EQ(KindFromHeader(forecasts), CrmKind::kForecasts);
  RecordTable reps{.fields = {"ID", "Name"}};
  EXPECT_EQ(KindFromHeader(reps), CrmKind::kReps);
  RecordTable unknown{.fields = {"foo"}};
  EXPECT_EQ(KindFromHeader(unknown), std::nullopt);
  EXPECT_EQ(KindFromFileName("exports/2026-q3-Opportunities.csv"), CrmKind::kDeals);
  EXPECT_EQ(KindFromFileName("crm/activities.jsonl"), CrmKind::kActivities);
  EXPECT_EQ(KindFromFileName("data.csv"), std::nullopt);
}

}  // namespace
}  // namespace sc::ingest
