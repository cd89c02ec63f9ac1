// Call review: the numbers of the report's "Call Review Highlights" (calls, hours, talk ratio,
// questions per call, fillers per minute) and the two calls it points at: the best call, the
// one with the most strength moments over improvement moments, and the call to review, the one
// with the most improvement moments over strengths. Ties go to the more recent call; the call
// to review is never the best call and needs at least one improvement moment.
//
// Pure and thread-safe.
#pragma once

#include <optional>
#include <span>
#include <string>

#include "analysis/call_summary.h"
#include "model/call_analysis.h"
#include "scoring/rep_scores.h"

namespace sc::coaching {

struct CallPick {
  std::string call_id;
  std::string title;
  std::optional<Timestamp> started_at;
  std::size_t strengths = 0;     // strength moments in the call
  std::size_t improvements = 0;  // improvement moments in the call
  scoring::Quote moment;         // the moment that shows why (first of the kind that decided)
};

struct CallReview {
  analysis::CallSummary summary;
  std::optional<CallPick> best;
  std::optional<CallPick> to_review;
};

// `calls` in time order, as the store lists them.
CallReview ReviewCalls(std::span<const model::CallAnalysis> calls);

}  // namespace sc::coaching
