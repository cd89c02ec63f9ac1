#include "analysis/sentiment_summary.h"

#include <gtest/gtest.h>

#include "analysis/measure_test_util.h"

namespace sc::analysis {
namespace {

TEST(SentimentSummaryTest, MeansBySideAndThirdWithoutBackchannels) {
  // VADER compounds (the npm package agrees): "Thanks, this is really helpful!" 0.7419,
  // "I hate the current tool." -0.5719, "Okay." 0.2263 (a backchannel: left out),
  // "Sure, I can send that over." 0.3182, "We will review it next week." 0,
  // "We love the reporting." 0.6369. The call runs 0-30 s: thirds end at 10 and 20 s.
  TestCall call({{kRep, 0, 5, "Thanks, this is really helpful!"},
                 {kCustomer, 5, 10, "I hate the current tool."},
                 {kCustomer, 10.5, 11, "Okay."},
                 {kRep, 11, 15, "Sure, I can send that over."},
                 {kCustomer, 15, 20, "We will review it next week."},
                 {kCustomer, 21, 30, "We love the reporting."}});
  model::SentimentSummary s = SummarizeSentiment(call.facts());
  ASSERT_TRUE(s.customer && s.customer_start && s.customer_end && s.rep);
  EXPECT_NEAR(*s.customer, (-0.5719 + 0 + 0.6369) / 3, 1e-9);
  EXPECT_NEAR(*s.customer_start, -0.5719, 1e-9);
  EXPECT_NEAR(*s.customer_end, 0.6369, 1e-9);
  EXPECT_NEAR(*s.rep, (0.7419 + 0.3182) / 2, 1e-9);
}

TEST(SentimentSummaryTest, SilentSideIsUnknown) {
  TestCall call({{kRep, 0, 5, "Thanks, this is really helpful!"}});
  model::SentimentSummary s = SummarizeSentiment(call.facts());
  EXPECT_FALSE(s.customer.has_value());
  EXPECT_FALSE(s.customer_start.has_value());
  EXPECT_TRUE(s.rep.has_value());
}

}  // namespace
}  // namespace sc::analysis
