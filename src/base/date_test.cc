#include "base/date.h"

#include <gtest/gtest.h>

namespace sc {
namespace {

TEST(DateTest, ParsesIsoDatesAndPrintsThemBack) {
  std::optional<Date> date = Date::Parse("2026-11-24");
  ASSERT_TRUE(date.has_value());
  EXPECT_EQ(date->year(), 2026);
  EXPECT_EQ(date->month(), 11);
  EXPECT_EQ(date->day(), 24);
  EXPECT_EQ(date->ToString(), "2026-11-24");
  EXPECT_EQ(date->weekday(), 1);  // a Tuesday
}

TEST(DateTest, KeepsTheDatePartOfATimestamp) {
  EXPECT_EQ(Date::Parse("2026-02-28T23:10:00Z")->ToString(), "2026-02-28");
  EXPECT_EQ(Date::Parse("2026-02-28 08:00")->ToString(), "2026-02-28");
}

TEST(DateTest, RejectsMalformedAndImpossibleDates) {
  for (const char* text : {"", "2026-13-01", "2026-02-30", "2026/02/01", "26-02-01",
                           "2026-02-01x", "2026-2-1", "2026-02-01T25:00"}) {
    EXPECT_FALSE(Date::Parse(text).has_value()) << text;
  }
}

TEST(DateTest, ParsesUsDates) {
  EXPECT_EQ(Date::ParseUs("1/5/2026")->ToString(), "2026-01-05");
  EXPECT_EQ(Date::ParseUs("12/31/2025")->ToString(), "2025-12-31");
  EXPECT_EQ(Date::ParseUs("12/31/2025 4:05 PM")->ToString(), "2025-12-31");
  for (const char* text : {"13/1/2026", "2/30/2026", "2026-01-05", "1/5/26", "/5/2026"}) {
    EXPECT_FALSE(Date::ParseUs(text).has_value()) << text;
  }
}

TEST(DateTest, ArithmeticCrossesMonthsAndYears) {
  Date date = Date::FromYmd(2025, 12, 31);
  EXPECT_EQ(date.AddDays(1).ToString(), "2026-01-01");
  EXPECT_EQ(date.AddDays(-365).ToString(), "2024-12-31");
  EXPECT_EQ(Date::FromYmd(2024, 2, 28).DaysUntil(Date::FromYmd(2024, 3, 1)), 2);  // leap year
}

TEST(TimestampTest, ParsesOffsetsIntoUtc) {
  EXPECT_EQ(Timestamp::Parse("2026-03-01T10:30:00Z")->ToString(), "2026-03-01T10:30:00Z");
  EXPECT_EQ(Timestamp::Parse("2026-03-01T10:30:00+02:00")->ToString(), "2026-03-01T08:30:00Z");
  EXPECT_EQ(Timestamp::Parse("2026-03-01 23:30-01:00")->ToString(), "2026-03-02T00:30:00Z");
  EXPECT_EQ(Timestamp::Parse("2026-03-01T10:30:00.250Z")->ToString(), "2026-03-01T10:30:00Z");
  EXPECT_EQ(Timestamp::Parse("2026-03-01")->ToString(), "2026-03-01T00:00:00Z");
  for (const char* text : {"2026-03-01T", "2026-03-01T10", "2026-03-01T10:30:00+25:00",
                           "2026-03-01T10:30:00 UTC", "2026-03-01T10:61"}) {
    EXPECT_FALSE(Timestamp::Parse(text).has_value()) << text;
  }
}

}  // namespace
}  // namespace sc
