// Measures: the raw numbers behind the eighteen components, taken from a rep's call analyses
// and deals over one period (DOMAIN.md, "Skill model", "raw measure").
//
// Each measure is one number with its sample (how many calls, objections or deals it rests
// on) and its evidence (the call and deal ids it was taken from), so a report can say "8.1
// questions per discovery call over 9 discovery calls" and list those calls. Which measures
// feed which component, and their target curves, are data (scoring_config.h); this file only
// knows how to take each measure.
//
// Period rules: calls are taken as given (the caller passes the calls of the period); a deal
// counts when it is "in play" in the period (created on or before its last day and not closed
// before its first), or, for outcome measures (win rate, discount, deal size, price objection
// win rate, closed out early), when it closed in the outcome period: the trailing window of
// the scoring config's outcome_window_days ending with the period. A rep closes a handful of
// deals a quarter, so outcomes are read over a longer window than calls to rest on enough
// deals. A measure with nothing to take it from has no value, never 0 or NaN.
//
// Pure and thread-safe.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/period.h"
#include "model/call_analysis.h"
#include "model/deal.h"

namespace sc::scoring {

enum class MeasureId {
  // discovery
  kQuestionsPerDiscoveryCall,
  kOpenQuestionShare,
  kFollowUpShare,
  kDiscoveryTalkRatio,
  kPatience,
  kCustomerStory,
  kDealsWithPainShare,
  kCustomerPainsPerDiscoveryCall,
  // qualification
  kFrameworkCompleteness,
  kIcpFitShare,
  kClosedOutEarlyShare,
  // presentation
  kValueStatementShare,
  kPersonalizationPerDemoCall,
  kDemoTalkRatio,
  kDemoLongestMonologue,
  kCustomerQuestionsPerDemoCall,
  // objection handling
  kObjectionsHandledShare,
  kObjectionClarifiedShare,
  kObjectionPause,
  kObjectionsAcknowledgedShare,
  kObjectionsResolvedShare,
  // negotiation
  kAverageDiscount,
  kConcessionsPerNegotiationCall,
  kPriceObjectionWinRate,
  kWonDealSizeVsPeers,
  // closing
  kTrialClosesPerCall,
  kSpecificNextStepShare,
  kWinRate,
  kWinRateVsTeam,
};

inline constexpr std::size_t kMeasureCount =
    static_cast<std::size_t>(MeasureId::kWinRateVsTeam) + 1;

// What a measure's sample counts.
enum class SampleUnit { kCalls, kObjections, kDeals };

struct MeasureInfo {
  MeasureId id;
  std::string_view key;          // the config and JSON key: "questions_per_discovery_call"
  std::string_view description;  // one line for reports: "rep questions per discovery call"
  SampleUnit unit;
  std::string_view
      format;  // how to show the value: "count", "share", "seconds", "percent", "ratio"
};

// Every measure, in MeasureId order.
std::span<const MeasureInfo> AllMeasures();
const MeasureInfo& InfoOf(MeasureId id);
// The measure with `key`, or nullopt.
std::optional<MeasureId> ParseMeasureKey(std::string_view key);
std::string_view SampleUnitName(SampleUnit unit, std::size_t count);  // "call" / "calls", ...

// Aggregates over the rep's peers that some measures compare with. The caller computes them
// from the team (never one colleague's figures); unknown when there is nothing to compare.
struct PeerBaseline {
  // Both over the outcome period (MeasureInput::outcome_period).
  std::optional<double> win_rate;           // the team's win rate, 0..1
  std::optional<double> avg_won_deal_size;  // mean won deal size of same-segment peers
};

// Everything the measures read.
struct MeasureInput {
  Period period;
  Period outcome_period;                       // ends with `period`; at least as long
  std::span<const model::CallAnalysis> calls;  // the rep's calls in the period
  std::span<const model::Deal> deals;          // the rep's deals (any period; filtered here)
  PeerBaseline peers;
  // Stages (as the CRM names them, compared case-insensitively) at which a deal has not yet
  // been qualified: framework completeness skips deals still there, and a lost deal closed
  // out at one of `closed_out_stages` was disqualified early rather than dragged along.
  std::vector<std::string> early_stages;
  std::vector<std::string> closed_out_stages;
};

struct MeasureValue {
  std::optional<double> value;
  std::size_t sample = 0;             // in the measure's SampleUnit
  std::vector<std::string> call_ids;  // calls it was taken from, in input order
  std::vector<std::string> deal_ids;  // deals it was taken from, in input order

  friend bool operator==(const MeasureValue&, const MeasureValue&) = default;
};

MeasureValue TakeMeasure(MeasureId id, const MeasureInput& input);

// The two families TakeMeasure dispatches to (call_measures.cc, deal_measures.cc).
// REQUIRES: the id is of that family (IsDealMeasure).
MeasureValue TakeCallMeasure(MeasureId id, std::span<const model::CallAnalysis> calls);
MeasureValue TakeDealMeasure(MeasureId id, const MeasureInput& input);

// True when the measure is taken from deals.
bool IsDealMeasure(MeasureId id);

}  // namespace sc::scoring
