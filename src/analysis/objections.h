// Objections: customer sentences that push back, by type, and how the rep handled each.
// Definitions: DOMAIN.md, "objections"; the types are the objection.* trackers.
//
// An objection is a customer utterance with a hit of an objection.* tracker; one per type per
// customer turn (consecutive customer utterances), at its first hit. The rep's reply is the
// rep's next turn: the rep's utterances until the customer speaks again (backchannels do not
// end it). The response is:
//   acknowledged         an empathy hit in the reply
//   clarifying_question  a question in the reply (ClassifyQuestion)
//   value                a value hit in the reply
//   reply_s              from the reply's first start to its last end
//   pause_s              from the objection utterance's end to the reply's start (0 if overlapping)
// handled: a reply that is acknowledged, asks or carries value (at least one of the two), and
// lasts at most kDefensiveMonologueSeconds. resolved: the same type is not raised again later
// in the call, and the customer's next turn after the reply has a mean sentiment of at least
// -0.05 (neutral or positive); an objection the rep never answered is neither.
#pragma once

#include <vector>

#include "analysis/call_facts.h"
#include "model/call_analysis.h"

namespace sc::analysis {

inline constexpr double kDefensiveMonologueSeconds = 60.0;

// The objections of the call in time order, each with its response. Pure and thread-safe.
std::vector<model::Objection> FindObjections(const CallFacts& call);

}  // namespace sc::analysis
