#include "analysis/call_type.h"

#include <gtest/gtest.h>

#include "analysis/measure_test_util.h"

namespace sc::analysis {
namespace {

std::vector<TrackerHit> TitleHits(std::string_view title) {
  TrackerScratch scratch = ShippedTrackers().NewScratch();
  std::vector<TrackerHit> hits;
  ShippedTrackers().Scan(title, scratch, &hits);
  return hits;
}

TEST(CallTypeTest, CrmMetadataDecides) {
  TestCall call({{kRep, 0, 5, "Let me share my screen and show you the dashboard."}});
  model::Call meta{.call_type = model::CallType::kNegotiation};
  CallTypeDecision decision = DecideCallType(meta, call.facts(), {});
  EXPECT_EQ(decision.type, model::CallType::kNegotiation);
  EXPECT_EQ(decision.from, "crm");
}

TEST(CallTypeTest, TitleCuesOutweighContent) {
  // "pricing" in the title counts 5; "share my screen" and "dashboard" in the call count 2.
  TestCall call({{kRep, 0, 5, "Let me share my screen and show you the dashboard."}});
  model::Call meta{.title = "Acme pricing review"};
  CallTypeDecision decision = DecideCallType(meta, call.facts(), TitleHits(meta.title));
  EXPECT_EQ(decision.type, model::CallType::kNegotiation);
  EXPECT_EQ(decision.from, "title");
}

TEST(CallTypeTest, ContentCuesDecideWithoutMetadata) {
  TestCall call({{kRep, 0, 5, "Let me share my screen and show you the dashboard."},
                 {kCustomer, 6, 9, "Sure, go ahead."}});
  model::Call meta{.title = "Acme / Northwind"};
  CallTypeDecision decision = DecideCallType(meta, call.facts(), TitleHits(meta.title));
  EXPECT_EQ(decision.type, model::CallType::kDemo);
  EXPECT_EQ(decision.from, "content");
}

TEST(CallTypeTest, TiesGoToTheEarlierStageAndNoCueIsOther) {
  // One discovery cue ("walk me through") and one demo cue ("you can see").
  TestCall tie({{kRep, 0, 5, "Walk me through it, and you can see mine after."}});
  EXPECT_EQ(DecideCallType({}, tie.facts(), {}).type, model::CallType::kDiscovery);
  TestCall none({{kRep, 0, 5, "Hello there."}});
  CallTypeDecision decision = DecideCallType({}, none.facts(), {});
  EXPECT_EQ(decision.type, model::CallType::kOther);
  EXPECT_EQ(decision.from, "content");
}

}  // namespace
}  // namespace sc::analysis
