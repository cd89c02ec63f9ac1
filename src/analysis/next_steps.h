// Next steps: did the call end with an agreed action, and was it specific? Definition:
// DOMAIN.md, "next steps"; the cues are the next_step, next_step.owner and next_step.time
// trackers.
//
// A next step is a sentence with a next_step hit in an utterance starting in the last third of
// the call, by either side (the customer may propose it, the rep must secure it). It is
// specific when an owner and a time are named in that sentence, or in the rest of that
// utterance and the next utterance of the other side ("Tuesday at 2 works for me"). The call's
// next step is its last specific one, else its last one.
#pragma once

#include "analysis/call_facts.h"
#include "model/call_analysis.h"

namespace sc::analysis {

// Pure and thread-safe.
model::NextStep FindNextStep(const CallFacts& call);

}  // namespace sc::analysis
