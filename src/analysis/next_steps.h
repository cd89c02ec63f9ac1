// Next steps: did the call end with an agreed action, and was it specific? Definition:
// DOMAIN.md, "next steps"; the cues are the next_step, next_step.owner and next_step.time
// trackers.
//
// A next step is a sentence with a next_step hit in an utterance starting in the last third of
// the call, by either side (the customer may propose it, the rep must secure it). It is
// specific when an owner and a time are both named, each in that sentence, after it in the same
// utterance, or in the next utterance of the other side ("Tuesday at 2 works for me"). The call's
// next step is its last specific one, else its last one: its text is that sentence quoted
// (quote.h), at_s its utterance's start. A call with none has present == false. A next step
// agreed earlier in the call does not count: plans made at the start are agendas, not
// commitments. docs/call-analysis.md, "Next steps", has worked examples.
#pragma once

#include "analysis/call_facts.h"
#include "model/call_analysis.h"

namespace sc::analysis {

// Pure and thread-safe.
model::NextStep FindNextStep(const CallFacts& call);

}  // namespace sc::analysis
