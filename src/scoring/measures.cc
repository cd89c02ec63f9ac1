#include "scoring/measures.h"

#include <array>

#include "base/check.h"

namespace sc::scoring {
namespace {

using enum MeasureId;
using enum SampleUnit;

constexpr std::array<MeasureInfo, kMeasureCount> kMeasures = {{
    {kQuestionsPerDiscoveryCall, "questions_per_discovery_call", "rep questions per discovery call",
     kCalls, "count"},
    {kOpenQuestionShare, "open_question_share",
     "open questions among rep questions on discovery calls", kCalls, "share"},
    {kFollowUpShare, "follow_up_share",
     "rep questions on discovery calls that follow up on the customer's words", kCalls, "share"},
    {kDiscoveryTalkRatio, "discovery_talk_ratio", "rep share of talk time on discovery calls",
     kCalls, "share"},
    {kPatience, "patience_s", "pause before answering the customer", kCalls, "seconds"},
    {kCustomerStory, "customer_story_s", "longest customer story on discovery calls", kCalls,
     "seconds"},
    {kDealsWithPainShare, "deals_with_pain_share", "deals with the customer's pain recorded",
     kDeals, "share"},
    {kCustomerPainsPerDiscoveryCall, "customer_pains_per_discovery_call",
     "pains the customer stated per discovery call", kCalls, "count"},
    {kFrameworkCompleteness, "framework_completeness", "MEDDPICC fields filled on qualified deals",
     kDeals, "share"},
    {kIcpFitShare, "icp_fit_share", "deals that fit the ideal customer profile", kDeals, "share"},
    {kClosedOutEarlyShare, "closed_out_early_share",
     "lost deals disqualified or closed out at an early stage", kDeals, "share"},
    {kValueStatementShare, "value_statement_share",
     "product statements that carry a customer outcome", kCalls, "share"},
    {kPersonalizationPerDemoCall, "personalization_per_demo_call",
     "references to the customer's own words and situation per demo call", kCalls, "count"},
    {kDemoTalkRatio, "demo_talk_ratio", "rep share of talk time on demo calls", kCalls, "share"},
    {kDemoLongestMonologue, "demo_longest_monologue_s", "longest rep monologue on demo calls",
     kCalls, "seconds"},
    {kCustomerQuestionsPerDemoCall, "customer_questions_per_demo_call",
     "customer questions per demo call", kCalls, "count"},
    {kObjectionsHandledShare, "objections_handled_share",
     "objections acknowledged and answered with a question or value", kObjections, "share"},
    {kObjectionClarifiedShare, "objections_clarified_share",
     "objections answered with a clarifying question", kObjections, "share"},
    {kObjectionPause, "objection_pause_s", "pause before replying to an objection", kObjections,
     "seconds"},
    {kObjectionsAcknowledgedShare, "objections_acknowledged_share",
     "objections acknowledged with empathy", kObjections, "share"},
    {kObjectionsResolvedShare, "objections_resolved_share",
     "objections not raised again and followed by a calm customer", kObjections, "share"},
    {kAverageDiscount, "average_discount_pct", "average discount on won deals", kDeals, "percent"},
    {kConcessionsPerNegotiationCall, "concessions_per_negotiation_call",
     "discount offers and concessions per negotiation call", kCalls, "count"},
    {kPriceObjectionWinRate, "price_objection_win_rate",
     "win rate of deals that met a price objection", kDeals, "share"},
    {kWonDealSizeVsPeers, "won_deal_size_vs_peers",
     "average won deal size against same-segment peers", kDeals, "ratio"},
    {kTrialClosesPerCall, "trial_closes_per_call", "trial closes per demo or negotiation call",
     kCalls, "count"},
    {kSpecificNextStepShare, "specific_next_step_share",
     "calls ending with a specific next step (action, owner, time)", kCalls, "share"},
    {kWinRate, "win_rate", "win rate of deals closed in the period", kDeals, "share"},
    {kWinRateVsTeam, "win_rate_vs_team", "win rate against the team's", kDeals, "ratio"},
}};

}  // namespace

std::span<const MeasureInfo> AllMeasures() { return kMeasures; }

const MeasureInfo& InfoOf(MeasureId id) {
  const MeasureInfo& info = kMeasures[static_cast<std::size_t>(id)];
  SC_CHECK(info.id == id);
  return info;
}

std::optional<MeasureId> ParseMeasureKey(std::string_view key) {
  for (const MeasureInfo& info : kMeasures) {
    if (info.key == key) return info.id;
  }
  return std::nullopt;
}

std::string_view SampleUnitName(SampleUnit unit, std::size_t count) {
  bool one = count == 1;
  switch (unit) {
    case kCalls:
      return one ? "call" : "calls";
    case kObjections:
      return one ? "objection" : "objections";
    case kDeals:
      return one ? "deal" : "deals";
  }
  return "";
}

bool IsDealMeasure(MeasureId id) { return InfoOf(id).unit == kDeals; }

MeasureValue TakeMeasure(MeasureId id, const MeasureInput& input) {
  return IsDealMeasure(id) ? TakeDealMeasure(id, input) : TakeCallMeasure(id, input.calls);
}

}  // namespace sc::scoring
