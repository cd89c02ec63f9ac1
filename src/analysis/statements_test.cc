#include "analysis/statements.h"

#include <gtest/gtest.h>

#include "analysis/measure_test_util.h"

namespace sc::analysis {
namespace {

TEST(StatementsTest, CountsEachKindPerSentence) {
  // Hand labels: sentence 1 is a feature only ("Our platform", "dashboard"); sentence 2 is
  // value ("saves", "hours a week", "so that") and personal ("your team"); sentence 3 a trial
  // close; then empathy ("I understand") and personalization ("You mentioned"); the customer
  // states one pain ("struggle", "takes forever": one sentence).
  TestCall call({{kRep, 0, 20,
                  "Our platform has a dashboard. It saves your team five hours a week, so that "
                  "reps sell more. How does that sound?"},
                 {kCustomer, 21, 30, "We struggle with onboarding and it takes forever."},
                 {kRep, 31, 36, "I understand. You mentioned onboarding is slow."}});
  StatementCounts counts = CountStatements(call.facts());
  EXPECT_EQ(counts, (StatementCounts{.value = 1,
                                     .feature = 1,
                                     .trial_closes = 1,
                                     .empathy = 1,
                                     .personalization = 2,
                                     .customer_pains = 1}));
  EXPECT_FALSE(IsValueSentence(call.facts(), 0, 0));
  EXPECT_TRUE(IsValueSentence(call.facts(), 0, 1));
}

TEST(StatementsTest, RepTrackersDoNotCountInCustomerSpeech) {
  TestCall call({{kCustomer, 0, 10, "Your platform saves time, I understand that. How does that sound?"}});
  EXPECT_EQ(CountStatements(call.facts()), StatementCounts{});
}

}  // namespace
}  // namespace sc::analysis
