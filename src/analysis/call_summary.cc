#include "analysis/call_summary.h"

#include "base/running_mean.h"

namespace sc::analysis {
namespace {

std::optional<double> Ratio(double part, double whole) {
  if (whole <= 0) return std::nullopt;
  return part / whole;
}

}  // namespace

CallSummary SummarizeCalls(std::span<const model::CallAnalysis> calls) {
  CallSummary s;
  RunningMean talk, monologue, patience, sentiment;
  double questions = 0, open = 0, fillers = 0, rep_minutes = 0, specific = 0, handled = 0;
  for (const model::CallAnalysis& a : calls) {
    ++s.calls;
    s.hours += a.duration_s / 3600;
    talk.Add(a.talk_ratio);
    monologue.Add(a.longest_monologue_s);
    patience.Add(a.patience_s);
    sentiment.Add(a.sentiment.customer);
    questions += static_cast<double>(a.questions.rep);
    open += static_cast<double>(a.questions.open);
    fillers += static_cast<double>(a.fillers.total);
    rep_minutes += a.rep_talk_s / 60;
    specific += a.next_steps.specific;
    s.objections += a.objections.size();
    for (const model::Objection& o : a.objections) handled += o.handled;
  }
  double n = static_cast<double>(s.calls);
  s.talk_ratio = talk.value();
  s.questions_per_call = Ratio(questions, n);
  s.open_share = Ratio(open, questions);
  s.fillers_per_min = Ratio(fillers, rep_minutes);
  s.longest_monologue_s = monologue.value();
  s.patience_s = patience.value();
  s.next_step_share = Ratio(specific, n);
  s.objections_handled = Ratio(handled, static_cast<double>(s.objections));
  s.customer_sentiment = sentiment.value();
  return s;
}

}  // namespace sc::analysis
