// A rep's calls summed up: the per-call measures averaged the way a manager reads them
// (DOMAIN.md, "Call measures (per call, then aggregated per rep)"). Rates are pooled over the
// calls (fillers per minute of all rep speech, not a mean of per-call rates, so a short call
// does not weigh as much as an hour-long one); shares are over the calls where the measure
// exists. A value with no call to take it from is nullopt.
#pragma once

#include <cstddef>
#include <optional>
#include <span>

#include "model/call_analysis.h"

namespace sc::analysis {

struct CallSummary {
  std::size_t calls = 0;
  double hours = 0;
  std::optional<double> talk_ratio;           // mean over calls with a talk ratio
  std::optional<double> questions_per_call;   // rep questions
  std::optional<double> open_share;           // open / rep questions, pooled
  std::optional<double> fillers_per_min;      // pooled over rep speech
  std::optional<double> longest_monologue_s;  // mean of each call's longest
  std::optional<double> patience_s;           // mean of each call's median
  std::optional<double> next_step_share;      // calls with a specific next step
  std::size_t objections = 0;
  std::optional<double> objections_handled;   // handled / objections
  std::optional<double> customer_sentiment;   // mean over calls
};

// Pure and thread-safe.
CallSummary SummarizeCalls(std::span<const model::CallAnalysis> calls);

}  // namespace sc::analysis
