#include "analysis/quote.h"

#include <gtest/gtest.h>

namespace sc::analysis {
namespace {

TEST(RedactTest, ReplacesEmailsPhonesAndLongNumbers) {
  EXPECT_EQ(RedactPersonalData("Mail jane.doe@acme.com."), "Mail [email].");
  EXPECT_EQ(RedactPersonalData("Call me at (415) 555-0132 or +44 20 7946 0958."),
            "Call me at [phone] or [phone].");
  EXPECT_EQ(RedactPersonalData("My card is 4111 1111 1111 1111"), "My card is [number]");
  EXPECT_EQ(RedactPersonalData("Account 123456789 is ours"), "Account [number] is ours");
}

TEST(RedactTest, KeepsAmountsPercentagesDatesAndTimes) {
  std::string text = "We saved $40,000 and 12% by 2026-11-24 at 14:30, 3 of 5 teams. Not @ all.";
  EXPECT_EQ(RedactPersonalData(text), text);
  EXPECT_EQ(RedactPersonalData("$1250000 budget"), "$1250000 budget");
}

TEST(QuoteTest, TakesWholeSentencesThatFit) {
  std::string text = "First one here. Second one here. Third one is long enough to overflow.";
  auto sentences = SplitSentences(text);
  EXPECT_EQ(QuoteSentences(text, sentences, 0, 40), "First one here. Second one here.");
  EXPECT_EQ(QuoteSentences(text, sentences, 1, 40), "Second one here.");
}

TEST(QuoteTest, CutsAnOverlongSentenceAfterAWholeWord) {
  std::string text = "This sentence is far too long to fit, so it gets cut somewhere sensible.";
  EXPECT_EQ(QuoteText(text, 30), "This sentence is far too\xE2\x80\xA6");
  std::string word(50, 'a');
  EXPECT_EQ(QuoteText(word, 10), std::string(7, 'a') + "\xE2\x80\xA6");
}

TEST(QuoteTest, NeverSplitsAUtf8Character) {
  std::string text = "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9";  // 6 x é, 12 bytes
  EXPECT_EQ(QuoteText(text, 8), "\xC3\xA9\xC3\xA9\xE2\x80\xA6");
}

TEST(QuoteTest, RedactsBeforeMeasuring) {
  EXPECT_EQ(QuoteText("Write to someone.with.a.long.name@example.com today."),
            "Write to [email] today.");
}

}  // namespace
}  // namespace sc::analysis
