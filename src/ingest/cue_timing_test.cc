#include "ingest/cue_timing.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace sc::ingest {
namespace {

using ::testing::DoubleNear;
using ::testing::Optional;

std::optional<double> Cue(std::string_view text) {
  return ParseClockTime(text, ClockRules::kCueTimestamp, ".");
}

TEST(ParseClockTimeTest, CueTimestamps) {
  EXPECT_THAT(Cue("00:01:02.500"), Optional(DoubleNear(62.5, 1e-9)));
  EXPECT_THAT(Cue("01:02.003"), Optional(DoubleNear(62.003, 1e-9)));
  EXPECT_THAT(Cue("1:00:00.000"), Optional(DoubleNear(3600, 1e-9)));
  EXPECT_THAT(Cue("100:00:00.000"), Optional(DoubleNear(360000, 1e-9)));
  EXPECT_EQ(Cue("00:01:02.5"), std::nullopt);
  EXPECT_EQ(Cue("00:01:02"), std::nullopt);
  EXPECT_EQ(Cue("00:1:02.000"), std::nullopt);
  EXPECT_EQ(Cue("00:60:00.000"), std::nullopt);
  EXPECT_EQ(Cue("00:00:60.000"), std::nullopt);
  EXPECT_EQ(Cue("00:00:01,000"), std::nullopt);
  EXPECT_EQ(Cue("12345:00:00.000"), std::nullopt);
  EXPECT_EQ(Cue("-1:00.000"), std::nullopt);
  EXPECT_EQ(Cue(""), std::nullopt);
  EXPECT_THAT(ParseClockTime("00:00:01,250", ClockRules::kCueTimestamp, ".,"),
              Optional(DoubleNear(1.25, 1e-9)));
}

TEST(ParseClockTimeTest, LooseStamps) {
  EXPECT_THAT(ParseClockTime("1:02", ClockRules::kLoose, "."), Optional(DoubleNear(62, 1e-9)));
  EXPECT_THAT(ParseClockTime("0:01:02.5", ClockRules::kLoose, "."),
              Optional(DoubleNear(62.5, 1e-9)));
  EXPECT_EQ(ParseClockTime("1:2:3:4", ClockRules::kLoose, "."), std::nullopt);
  EXPECT_EQ(ParseClockTime("12:345", ClockRules::kLoose, "."), std::nullopt);
  EXPECT_EQ(ParseClockTime("12:34.", ClockRules::kLoose, "."), std::nullopt);
}

TEST(FormatCueTimestampTest, WritesHoursMinutesSecondsMilliseconds) {
  EXPECT_EQ(FormatCueTimestamp(62.5, '.'), "00:01:02.500");
  EXPECT_EQ(FormatCueTimestamp(3725.0049, ','), "01:02:05,005");
  EXPECT_EQ(FormatCueTimestamp(0, '.'), "00:00:00.000");
}

TEST(ParseTimingLineTest, IgnoresCueSettings) {
  TimingLine line = ParseTimingLine("00:00:01.000-->00:00:02.500 align:start line:0", ".", '.');
  ASSERT_TRUE(line.timing.has_value());
  EXPECT_DOUBLE_EQ(line.timing->start_s, 1.0);
  EXPECT_DOUBLE_EQ(line.timing->end_s, 2.5);
  EXPECT_EQ(line.shown, "00:00:01.000-->00:00:02.500");
}

TEST(ParseTimingLineTest, LocatesTheBadSideAndGuessesTheFix) {
  TimingLine line = ParseTimingLine("  00:00:01.000 --> 0:02.5", ".", '.');
  EXPECT_FALSE(line.timing.has_value());
  EXPECT_EQ(line.error_column, 19u);
  EXPECT_EQ(line.shown, "00:00:01.000 --> 0:02.5");
  EXPECT_EQ(line.suggestion, "00:00:01.000 --> 00:00:02.500");
  TimingLine no_guess = ParseTimingLine("soon --> later", ",.", ',');
  EXPECT_EQ(no_guess.error_column, 0u);
  EXPECT_EQ(no_guess.suggestion, "");
}

}  // namespace
}  // namespace sc::ingest
