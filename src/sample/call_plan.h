// Call planning: which of a rep's deals get recorded calls, of which type, and when.
//
// Every rep gets 30-40 calls. Each call type belongs to a part of the deal's stage history
// (discovery calls in Discovery, demos in Demo, negotiation calls in Proposal or
// Negotiation, closing calls in the last days before a close, check-ins any time), falls on
// a weekday in business hours (14:00-21:30 UTC, US working hours) inside the window, and never
// after the deal closed. On any one deal, typed calls follow the stage order.
#pragma once

#include <cstddef>
#include <vector>

#include "base/date.h"
#include "model/call.h"
#include "sample/deal_plan.h"
#include "sample/random.h"

namespace sc::sample {

struct PlannedCall {
  std::size_t deal = 0;  // index into the rep's planned deals
  model::CallType type = model::CallType::kOther;
  Timestamp started_at;
  double target_seconds = 0;  // how long the call should run
};

inline constexpr int kMinCallsPerRep = 30;
inline constexpr int kMaxCallsPerRep = 40;

// Plans the rep's calls, sorted by start time. REQUIRES: `deals` is not empty and every deal
// closes (or is still open) on or after window.first_day.
std::vector<PlannedCall> PlanCalls(const std::vector<PlannedDeal>& deals, DealWindow window,
                                   Rng& rng);

}  // namespace sc::sample
