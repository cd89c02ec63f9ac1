#include "analysis/fillers.h"

#include <gtest/gtest.h>

#include "analysis/measure_test_util.h"

namespace sc::analysis {
namespace {

TEST(FillersTest, CountsTheRepsFillersByWordAndPerMinute) {
  // Hand count: "Um", "like," (a filler), "you know" (not after do/if/let...), "kind of" after
  // "It's", "basically" = 5. "I'd like to" is a verb, "what kind of tool" a determiner, and
  // the customer's "um" is not the rep's.
  TestCall call({{kRep, 0, 30,
                  "Um, so we were, like, trying to, you know, fix it. I'd like to show you what "
                  "kind of tool it is. It's kind of slow, basically."},
                 {kCustomer, 31, 40, "Um, okay, I see what you mean there."}});
  model::FillerCounts fillers = CountFillers(call.facts(), 30);
  EXPECT_EQ(fillers.total, 5u);
  EXPECT_EQ(fillers.by_word, (std::map<std::string, std::size_t>{
                                 {"um", 1}, {"like", 1}, {"you know", 1}, {"kind of", 1},
                                 {"basically", 1}}));
  ASSERT_TRUE(fillers.per_min.has_value());
  EXPECT_DOUBLE_EQ(*fillers.per_min, 10.0);  // 5 fillers in half a minute of rep speech
  EXPECT_EQ(CountFillersIn(call.facts(), 0), 5u);
  EXPECT_EQ(CountFillersIn(call.facts(), 1), 0u);
}

TEST(FillersTest, QuotativeLikeIsAFillerAndComparisonLikeIsNot) {
  TestCall call({{kRep, 0, 12,
                  "And I was like, this is never going to work. It looks like a good fit. "
                  "Tools like Gong do that."}});
  model::FillerCounts fillers = CountFillers(call.facts(), 12);
  EXPECT_EQ(fillers.total, 1u);
  EXPECT_EQ(fillers.by_word.at("like"), 1u);
}

TEST(FillersTest, RateIsUnknownWithoutRepSpeechTime) {
  TestCall call({{kRep, 0, 0, "Um, hello."}});
  model::FillerCounts fillers = CountFillers(call.facts(), 0);
  EXPECT_EQ(fillers.total, 1u);
  EXPECT_FALSE(fillers.per_min.has_value());
}

}  // namespace
}  // namespace sc::analysis
