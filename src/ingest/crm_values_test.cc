#include "ingest/crm_values.h"

#include <gtest/gtest.h>

namespace sc::ingest {
namespace {

TEST(CrmValuesTest, PlainNumbers) {
  EXPECT_EQ(ParseNumber("48500", {}), 48500);
  EXPECT_EQ(ParseNumber(" 48500.5 ", {}), 48500.5);
  EXPECT_EQ(ParseNumber("-3", {}), -3);
  for (const char* text : {"", "12k", "$100", "1,000", "nan", "inf", "1.2.3", "--1"}) {
    EXPECT_EQ(ParseNumber(text, {}), std::nullopt) << text;
  }
}

TEST(CrmValuesTest, FormattedNumbersFromPresets) {
  NumberStyle style{.formatted = true};
  EXPECT_EQ(ParseNumber("$48,500.00", style), 48500);
  EXPECT_EQ(ParseNumber("USD 1,250,000", style), 1250000);
  EXPECT_EQ(ParseNumber("\xE2\x82\xAC" "900", style), 900);  // euro sign
  EXPECT_EQ(ParseNumber("about 900", style), std::nullopt);
}

TEST(CrmValuesTest, DecimalCommaInSemicolonFiles) {
  NumberStyle style{.decimal_comma = true};
  EXPECT_EQ(ParseNumber("12,5", style), 12.5);
  EXPECT_EQ(ParseNumber("1,000,5", style), std::nullopt);
  EXPECT_EQ(ParseNumber("12,5", {}), std::nullopt);
}

TEST(CrmValuesTest, BooleansInEveryCommonSpelling) {
  for (const char* yes : {"true", "TRUE", "yes", "Y", "1"}) EXPECT_EQ(ParseBool(yes), true);
  for (const char* no : {"false", "No", "n", "0"}) EXPECT_EQ(ParseBool(no), false);
  EXPECT_EQ(ParseBool("maybe"), std::nullopt);
}

TEST(CrmValuesTest, DatesByFormat) {
  EXPECT_EQ(ParseDateIn("2026-03-07", DateFormat::kIso)->ToString(), "2026-03-07");
  EXPECT_EQ(ParseDateIn("3/7/2026", DateFormat::kIso), std::nullopt);
  EXPECT_EQ(ParseDateIn("3/7/2026", DateFormat::kUs)->ToString(), "2026-03-07");
  EXPECT_EQ(ParseDateIn("2026-03-07", DateFormat::kUs)->ToString(), "2026-03-07");
  EXPECT_EQ(ParseTimestampIn("3/7/2026 2:30 PM", DateFormat::kUs)->ToString(),
            "2026-03-07T00:00:00Z");
}

}  // namespace
}  // namespace sc::ingest
