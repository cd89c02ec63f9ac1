#include "coaching/call_review.h"

#include "analysis/quote.h"

namespace sc::coaching {
namespace {

CallPick Pick(const model::CallAnalysis& call, model::HighlightKind deciding) {
  CallPick pick{call.call_id, call.title, call.started_at, 0, 0, {}};
  bool have_moment = false;
  for (const model::Highlight& highlight : call.highlights) {
    bool strength = highlight.kind == model::HighlightKind::kStrength;
    ++(strength ? pick.strengths : pick.improvements);
    if (!have_moment && highlight.kind == deciding) {
      pick.moment = scoring::Quote{highlight.kind,
                                   call.call_id,
                                   call.title,
                                   call.started_at,
                                   highlight.at_s,
                                   highlight.end_s,
                                   analysis::RedactPersonalData(highlight.quote),
                                   highlight.note};
      have_moment = true;
    }
  }
  return pick;
}

long Balance(const CallPick& pick) {
  return static_cast<long>(pick.strengths) - static_cast<long>(pick.improvements);
}

}  // namespace

CallReview ReviewCalls(std::span<const model::CallAnalysis> calls) {
  CallReview review;
  review.summary = analysis::SummarizeCalls(calls);
  for (const model::CallAnalysis& call : calls) {
    CallPick best = Pick(call, model::HighlightKind::kStrength);
    if (best.strengths > 0 && (!review.best || Balance(best) >= Balance(*review.best))) {
      review.best = std::move(best);
    }
  }
  for (const model::CallAnalysis& call : calls) {
    if (review.best && call.call_id == review.best->call_id) continue;
    CallPick worst = Pick(call, model::HighlightKind::kImprovement);
    if (worst.improvements > 0 &&
        (!review.to_review || Balance(worst) <= Balance(*review.to_review))) {
      review.to_review = std::move(worst);
    }
  }
  return review;
}

}  // namespace sc::coaching
