// Each side's sentiment over the call: DOMAIN.md, "customer sentiment". The score of an
// utterance is its VADER compound (call_facts.h); a side's score is the mean over its
// utterances that are not backchannels ("Okay." and "Great." acknowledge, they do not express
// how the buyer feels about the deal). Start and end are the customer's mean in the first and
// the last third of the call (CallFacts::ThirdOf), so end - start is the trend.
#pragma once

#include "analysis/call_facts.h"
#include "model/call_analysis.h"

namespace sc::analysis {

// Pure and thread-safe.
model::SentimentSummary SummarizeSentiment(const CallFacts& call);

}  // namespace sc::analysis
