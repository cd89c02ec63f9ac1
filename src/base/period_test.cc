#include "base/period.h"

#include <gtest/gtest.h>

namespace sc {
namespace {

const Date kAsOf = Date::FromYmd(2026, 11, 24);

TEST(PeriodTest, RollingWindowsEndOnTheAsOfDate) {
  Result<Period> period = Period::Parse("90d", kAsOf);
  ASSERT_TRUE(period.ok());
  EXPECT_EQ(period->ToString(), "2026-08-27 to 2026-11-24");
  EXPECT_EQ(period->days(), 90);
  EXPECT_EQ(Period::Parse("2w", kAsOf)->days(), 14);
  EXPECT_EQ(Period::Parse("1d", kAsOf)->from, kAsOf);
}

TEST(PeriodTest, QuarterRunsFromTheQuarterStartToTheAsOfDate) {
  EXPECT_EQ(Period::Parse("quarter", kAsOf)->ToString(), "2026-10-01 to 2026-11-24");
  EXPECT_EQ(QuarterOf(Date::FromYmd(2026, 12, 31)).ToString(), "2026-10-01 to 2026-12-31");
  EXPECT_EQ(QuarterOf(Date::FromYmd(2026, 2, 1)).ToString(), "2026-01-01 to 2026-03-31");
}

TEST(PeriodTest, PreviousHasTheSameLengthAndEndsTheDayBefore) {
  Period previous = Period::Parse("30d", kAsOf)->Previous();
  EXPECT_EQ(previous.ToString(), "2026-09-26 to 2026-10-25");
  EXPECT_EQ(previous.days(), 30);
}

TEST(PeriodTest, RejectsUnknownSpecificationsNamingTheAcceptedForms) {
  for (const char* spec : {"", "d", "0d", "-5d", "90x", "quarterly", "9000d", "12.5d"}) {
    Result<Period> period = Period::Parse(spec, kAsOf);
    ASSERT_FALSE(period.ok()) << spec;
    EXPECT_EQ(period.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(period.status().message().find("90d"), std::string::npos);
  }
}

}  // namespace
}  // namespace sc
