// Hand-computed measures over small sets of calls and deals; the arithmetic is beside each
// expected value.
#include "scoring/measures.h"

#include <gtest/gtest.h>

namespace sc::scoring {
namespace {

using model::CallAnalysis;
using model::CallType;
using model::Deal;
using model::DealStatus;
using model::Objection;
using model::ObjectionResponse;

CallAnalysis Call(std::string id, CallType type) {
  CallAnalysis call;
  call.call_id = std::move(id);
  call.call_type = type;
  return call;
}

Objection MakeObjection(bool handled, bool acknowledged, bool clarified, double pause,
                        bool resolved) {
  Objection objection;
  objection.type = "price";
  objection.handled = handled;
  objection.resolved = resolved;
  objection.response = ObjectionResponse{acknowledged, clarified, false, 10, pause};
  return objection;
}

const Period kPeriod{*Date::Parse("2026-09-01"), *Date::Parse("2026-11-29")};

Deal MakeDeal(std::string id, DealStatus status, std::string created,
              std::optional<std::string> closed, double amount) {
  Deal deal;
  deal.id = std::move(id);
  deal.status = status;
  deal.created_at = *Date::Parse(created);
  if (closed) deal.closed_at = *Date::Parse(*closed);
  deal.amount = amount;
  deal.stage = status == DealStatus::kWon ? "Closed Won" : "Proposal";
  return deal;
}

MeasureValue Take(MeasureId id, std::span<const CallAnalysis> calls,
                  std::span<const Deal> deals = {}, PeerBaseline peers = {}) {
  MeasureInput input{kPeriod,
                     kPeriod,
                     calls,
                     deals,
                     peers,
                     {"Prospecting", "Qualification"},
                     {"Prospecting", "Qualification", "Discovery", "Demo"}};
  return TakeMeasure(id, input);
}

TEST(CallMeasuresTest, DiscoveryQuestionsCountOnlyDiscoveryCalls) {
  std::vector<CallAnalysis> calls = {Call("c1", CallType::kDiscovery), Call("c2", CallType::kDemo),
                                     Call("c3", CallType::kDiscovery)};
  calls[0].questions = {.rep = 10, .open = 6, .closed = 4, .follow_up = 5};
  calls[1].questions = {.rep = 30, .open = 0, .closed = 30, .follow_up = 0};
  calls[2].questions = {.rep = 4, .open = 1, .closed = 3, .follow_up = 0};
  MeasureValue per_call = Take(MeasureId::kQuestionsPerDiscoveryCall, calls);
  EXPECT_DOUBLE_EQ(*per_call.value, 7);  // (10 + 4) / 2; the demo's 30 are left out
  EXPECT_EQ(per_call.sample, 2u);
  EXPECT_EQ(per_call.call_ids, (std::vector<std::string>{"c1", "c3"}));
  // Pooled, not a mean of shares: (6 + 1) / (10 + 4) = 0.5, where the mean would be 0.425.
  EXPECT_DOUBLE_EQ(*Take(MeasureId::kOpenQuestionShare, calls).value, 0.5);
  EXPECT_DOUBLE_EQ(*Take(MeasureId::kFollowUpShare, calls).value, 5.0 / 14);
}

TEST(CallMeasuresTest, NoCallOfTheTypeMeansNoValueNotZero) {
  std::vector<CallAnalysis> calls = {Call("c1", CallType::kDemo)};
  MeasureValue value = Take(MeasureId::kQuestionsPerDiscoveryCall, calls);
  EXPECT_EQ(value.value, std::nullopt);
  EXPECT_EQ(value.sample, 0u);
  EXPECT_EQ(Take(MeasureId::kObjectionsHandledShare, calls).value, std::nullopt);
  EXPECT_EQ(Take(MeasureId::kSpecificNextStepShare, {}).value, std::nullopt);
}

TEST(CallMeasuresTest, TalkRatioAndPatienceSkipCallsWithoutThem) {
  std::vector<CallAnalysis> calls = {Call("c1", CallType::kDiscovery),
                                     Call("c2", CallType::kDiscovery),
                                     Call("c3", CallType::kOther)};
  calls[0].talk_ratio = 0.6;
  calls[0].patience_s = 0.4;
  calls[1].talk_ratio = 0.4;  // no patience: the customer never spoke before the rep
  calls[2].patience_s = 1.0;
  calls[2].talk_ratio = 0.9;  // not a discovery call
  EXPECT_DOUBLE_EQ(*Take(MeasureId::kDiscoveryTalkRatio, calls).value, 0.5);  // (0.6 + 0.4) / 2
  MeasureValue patience = Take(MeasureId::kPatience, calls);
  EXPECT_DOUBLE_EQ(*patience.value, 0.7);  // (0.4 + 1.0) / 2, every call type
  EXPECT_EQ(patience.call_ids, (std::vector<std::string>{"c1", "c3"}));
}

TEST(CallMeasuresTest, ObjectionSharesCountObjectionsAcrossCalls) {
  std::vector<CallAnalysis> calls = {Call("c1", CallType::kDemo), Call("c2", CallType::kOther),
                                     Call("c3", CallType::kNegotiation)};
  calls[0].objections = {MakeObjection(true, true, true, 1.5, true),
                         MakeObjection(false, false, false, 0.3, false)};
  calls[2].objections = {MakeObjection(false, true, false, 0.6, true)};
  calls[2].objections.push_back(Objection{});  // never answered: no response
  MeasureValue handled = Take(MeasureId::kObjectionsHandledShare, calls);
  EXPECT_DOUBLE_EQ(*handled.value, 0.25);  // 1 of 4
  EXPECT_EQ(handled.sample, 4u);           // objections, not calls
  EXPECT_EQ(handled.call_ids, (std::vector<std::string>{"c1", "c3"}));
  EXPECT_DOUBLE_EQ(*Take(MeasureId::kObjectionsAcknowledgedShare, calls).value, 0.5);  // 2 of 4
  EXPECT_DOUBLE_EQ(*Take(MeasureId::kObjectionClarifiedShare, calls).value, 0.25);
  EXPECT_DOUBLE_EQ(*Take(MeasureId::kObjectionsResolvedShare, calls).value, 0.5);
  MeasureValue pause = Take(MeasureId::kObjectionPause, calls);
  EXPECT_DOUBLE_EQ(*pause.value, 0.8);  // (1.5 + 0.3 + 0.6) / 3; the unanswered one has none
  EXPECT_EQ(pause.sample, 3u);
}

TEST(CallMeasuresTest, StatementsTrialClosesNextStepsAndConcessions) {
  std::vector<CallAnalysis> calls = {Call("c1", CallType::kDemo),
                                     Call("c2", CallType::kNegotiation),
                                     Call("c3", CallType::kDiscovery)};
  calls[0].value_statements = 6;
  calls[0].feature_statements = 2;
  calls[1].value_statements = 1;
  calls[1].feature_statements = 1;
  calls[0].trial_closes = 3;
  calls[1].trial_closes = 0;
  calls[2].trial_closes = 5;  // a discovery call: not where trial closes are expected
  calls[0].next_steps.specific = true;
  calls[2].next_steps.specific = true;
  calls[1].trackers["discount"].resize(4);
  calls[0].personalization = 7;
  EXPECT_DOUBLE_EQ(*Take(MeasureId::kValueStatementShare, calls).value, 0.7);  // 7 / 10
  EXPECT_DOUBLE_EQ(*Take(MeasureId::kTrialClosesPerCall, calls).value, 1.5);   // (3 + 0) / 2
  EXPECT_DOUBLE_EQ(*Take(MeasureId::kSpecificNextStepShare, calls).value, 2.0 / 3);
  EXPECT_DOUBLE_EQ(*Take(MeasureId::kConcessionsPerNegotiationCall, calls).value, 4);
  EXPECT_DOUBLE_EQ(*Take(MeasureId::kPersonalizationPerDemoCall, calls).value, 7);
}

TEST(CallMeasuresTest, StoriesPainsAndDemoEngagement) {
  std::vector<CallAnalysis> calls = {Call("c1", CallType::kDiscovery),
                                     Call("c2", CallType::kDiscovery), Call("c3", CallType::kDemo),
                                     Call("c4", CallType::kDemo)};
  calls[0].longest_customer_story_s = 90;
  calls[1].longest_customer_story_s = 30;
  calls[0].customer_pains = 5;
  calls[1].customer_pains = 2;
  calls[2].talk_ratio = 0.7;
  calls[3].talk_ratio = 0.5;
  calls[2].longest_monologue_s = 300;  // c4 has no timestamps: no monologue
  calls[2].questions.customer = 10;
  calls[3].questions.customer = 20;
  EXPECT_DOUBLE_EQ(*Take(MeasureId::kCustomerStory, calls).value, 60);  // (90 + 30) / 2
  EXPECT_DOUBLE_EQ(*Take(MeasureId::kCustomerPainsPerDiscoveryCall, calls).value, 3.5);
  EXPECT_DOUBLE_EQ(*Take(MeasureId::kDemoTalkRatio, calls).value, 0.6);  // (0.7 + 0.5) / 2
  MeasureValue monologue = Take(MeasureId::kDemoLongestMonologue, calls);
  EXPECT_DOUBLE_EQ(*monologue.value, 300);
  EXPECT_EQ(monologue.sample, 1u);
  EXPECT_DOUBLE_EQ(*Take(MeasureId::kCustomerQuestionsPerDemoCall, calls).value, 15);
}

TEST(DealMeasuresTest, QualificationReadsQualifiedDealsInPlay) {
  std::vector<Deal> deals = {
      MakeDeal("d1", DealStatus::kOpen, "2026-10-01", std::nullopt, 100),
      MakeDeal("d2", DealStatus::kWon, "2026-06-01", "2026-09-15", 100),
      MakeDeal("d3", DealStatus::kLost, "2026-03-01", "2026-05-01", 100),  // closed before
      MakeDeal("d4", DealStatus::kOpen, "2026-12-05", std::nullopt, 100),  // created after
      MakeDeal("d5", DealStatus::kOpen, "2026-11-01", std::nullopt, 100),
  };
  deals[0].meddpicc.metrics = "20% faster forecast";
  deals[0].meddpicc.identify_pain = "spreadsheets";
  deals[1].meddpicc = {"m", "eb", "dc", "dp", "pp", "pain", "champ", "comp"};
  deals[4].stage = "Prospecting";  // not qualified yet
  deals[0].icp_fit = true;
  deals[1].icp_fit = false;
  deals[2].icp_fit = true;
  MeasureValue completeness = Take(MeasureId::kFrameworkCompleteness, {}, deals);
  EXPECT_DOUBLE_EQ(*completeness.value, 0.625);  // (2/8 + 8/8) / 2 over d1 and d2
  EXPECT_EQ(completeness.deal_ids, (std::vector<std::string>{"d1", "d2"}));
  EXPECT_DOUBLE_EQ(*Take(MeasureId::kDealsWithPainShare, {}, deals).value, 1);  // both
  // In play: d1, d2, d5; d5's fit is not recorded, so 1 fit of d1, d2.
  EXPECT_DOUBLE_EQ(*Take(MeasureId::kIcpFitShare, {}, deals).value, 0.5);
}

TEST(DealMeasuresTest, ClosedOutEarlyCountsDisqualifiedOrEarlyStageLosses) {
  std::vector<Deal> deals = {
      MakeDeal("d1", DealStatus::kLost, "2026-08-01", "2026-09-10", 100),
      MakeDeal("d2", DealStatus::kLost, "2026-08-01", "2026-09-10", 100),
      MakeDeal("d3", DealStatus::kLost, "2026-08-01", "2026-09-10", 100),
      MakeDeal("d4", DealStatus::kLost, "2026-08-01", "2026-08-30", 100),  // before the period
  };
  deals[0].stage = "discovery";  // any case
  deals[1].disqualified = true;  // stage Proposal, but disqualified
  EXPECT_DOUBLE_EQ(*Take(MeasureId::kClosedOutEarlyShare, {}, deals).value, 2.0 / 3);
}

TEST(DealMeasuresTest, OutcomesAgainstPeers) {
  std::vector<Deal> deals = {
      MakeDeal("d1", DealStatus::kWon, "2026-08-01", "2026-09-10", 30000),
      MakeDeal("d2", DealStatus::kWon, "2026-08-01", "2026-10-10", 10000),
      MakeDeal("d3", DealStatus::kLost, "2026-08-01", "2026-10-10", 50000),
      MakeDeal("d4", DealStatus::kLost, "2026-08-01", "2026-11-29", 50000),  // last day counts
  };
  deals[0].discount_pct = 10;
  deals[1].discount_pct = 20;
  deals[2].discount_pct = 40;  // lost: not a discount given
  deals[0].price_objection = true;
  deals[2].price_objection = true;
  deals[3].price_objection = false;
  PeerBaseline peers{.win_rate = 0.25, .avg_won_deal_size = 40000};
  EXPECT_DOUBLE_EQ(*Take(MeasureId::kWinRate, {}, deals, peers).value, 0.5);      // 2 of 4
  EXPECT_DOUBLE_EQ(*Take(MeasureId::kWinRateVsTeam, {}, deals, peers).value, 2);  // 0.5 / 0.25
  EXPECT_DOUBLE_EQ(*Take(MeasureId::kAverageDiscount, {}, deals, peers).value, 15);
  EXPECT_DOUBLE_EQ(*Take(MeasureId::kPriceObjectionWinRate, {}, deals, peers).value, 0.5);
  // (30000 + 10000) / 2 = 20000 against 40000.
  EXPECT_DOUBLE_EQ(*Take(MeasureId::kWonDealSizeVsPeers, {}, deals, peers).value, 0.5);
  // Without a team figure there is nothing to compare with.
  EXPECT_EQ(Take(MeasureId::kWinRateVsTeam, {}, deals, {}).value, std::nullopt);
  EXPECT_EQ(Take(MeasureId::kWonDealSizeVsPeers, {}, deals, {.avg_won_deal_size = 0}).value,
            std::nullopt);
}

TEST(DealMeasuresTest, OutcomesAreReadOverTheOutcomePeriodNotTheReportPeriod) {
  std::vector<Deal> deals = {
      MakeDeal("d1", DealStatus::kWon, "2026-05-01", "2026-07-15", 30000),  // before kPeriod
      MakeDeal("d2", DealStatus::kLost, "2026-08-01", "2026-10-10", 10000),
  };
  MeasureInput input{kPeriod, {*Date::Parse("2026-06-03"), kPeriod.to}, {}, deals, {}, {}, {}};
  EXPECT_DOUBLE_EQ(*TakeMeasure(MeasureId::kWinRate, input).value, 0.5);  // d1 and d2
  EXPECT_DOUBLE_EQ(*Take(MeasureId::kWinRate, {}, deals).value, 0);       // d2 only
}

TEST(DealMeasuresTest, EmptyPeriodHasNoValueAnywhere) {
  for (const MeasureInfo& info : AllMeasures()) {
    MeasureValue value = Take(info.id, {}, {}, {.win_rate = 0.3, .avg_won_deal_size = 1000});
    EXPECT_EQ(value.value, std::nullopt) << info.key;
    EXPECT_EQ(value.sample, 0u) << info.key;
  }
}

TEST(DealMeasuresTest, RepWithNoClosedDealsHasNoOutcomes) {
  std::vector<Deal> deals = {MakeDeal("d1", DealStatus::kOpen, "2026-10-01", std::nullopt, 100)};
  PeerBaseline peers{.win_rate = 0.3, .avg_won_deal_size = 1000};
  EXPECT_EQ(Take(MeasureId::kWinRate, {}, deals, peers).value, std::nullopt);
  EXPECT_EQ(Take(MeasureId::kAverageDiscount, {}, deals, peers).value, std::nullopt);
  EXPECT_EQ(Take(MeasureId::kWonDealSizeVsPeers, {}, deals, peers).value, std::nullopt);
  EXPECT_EQ(Take(MeasureId::kClosedOutEarlyShare, {}, deals, peers).value, std::nullopt);
}

TEST(MeasuresTest, EveryMeasureHasAUniqueKeyAndRoundTrips) {
  for (const MeasureInfo& info : AllMeasures()) {
    EXPECT_EQ(ParseMeasureKey(info.key), info.id);
    EXPECT_EQ(&InfoOf(info.id), &info);
  }
  EXPECT_EQ(ParseMeasureKey("charisma"), std::nullopt);
  EXPECT_EQ(SampleUnitName(SampleUnit::kObjections, 1), "objection");
  EXPECT_EQ(SampleUnitName(SampleUnit::kDeals, 2), "deals");
}

}  // namespace
}  // namespace sc::scoring
