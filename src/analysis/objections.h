// Objections: customer sentences that push back, by type, and how the rep handled each.
// Definitions: DOMAIN.md, "objections"; the types are the objection.* trackers.
// docs/call-analysis.md, "Objections", has worked examples.
//
// A side takes the floor with an utterance that is not a backchannel (interaction.h); the
// other side's backchannels ("mm-hm", "I hear you.") do not end its turn.
//
// An objection is a customer utterance with a hit of an objection.* tracker; one per type per
// customer turn (the customer's utterances between two times the rep takes the floor), at its
// first hit. Its text is the quoted sentence of that hit, at_s its utterance's start. The rep's
// reply starts where the rep next takes the floor and lasts until the customer takes it back.
// When that reply asks a question, the rep's next turn, after the customer's answer, is part of
// the response too: acknowledge, explore, then respond is one way of handling an objection.
// The response is:
//   acknowledged         an empathy hit in a rep utterance from the objection to the reply's
//                        end (a backchannel "I hear you." before the reply counts)
//   clarifying_question  a question in one of those utterances (ClassifyQuestion)
//   value                a value hit in one of those utterances
//   reply_s              the longer of the response's turns, from its first start to its last
//                        rep utterance's end
//   pause_s              from the end of the customer's last utterance before the reply to
//                        the reply's start (0 if they overlap)
// handled: acknowledged, then a clarifying question or value (at least one of the two), in a
// reply of at most kDefensiveMonologueSeconds. resolved: the same type is not raised again
// later in the call, and the customer's reaction (their utterances from the response's last
// turn through their next turn) has a mean sentiment of at least -0.05 (neutral or positive); an
// objection the rep never answered, or whose answer the customer never reacted to, is not
// resolved, and one never answered is not handled either (response is nullopt).
#pragma once

#include <vector>

#include "analysis/call_facts.h"
#include "model/call_analysis.h"

namespace sc::analysis {

// A longer reply is a defensive monologue: the rep talks past the concern instead of exploring
// it, however well acknowledged.
inline constexpr double kDefensiveMonologueSeconds = 60.0;

// The objections of the call in time order, each with its response. Pure and thread-safe.
std::vector<model::Objection> FindObjections(const CallFacts& call);

}  // namespace sc::analysis
