// Filler words in the rep's speech: DOMAIN.md, "filler words". The cues are the filler
// tracker ("um", "uh", "you know", "kind of" after no determiner, ...) and filler.like, which
// matches "like" only as a filler or quotative ("it was, like, slow", "I was like ...") and
// never as a verb or preposition ("I'd like to", "looks like"); docs/trackers.md explains both.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "analysis/call_facts.h"
#include "model/call_analysis.h"

namespace sc::analysis {

// The word a filler hit stands for in FillerCounts::by_word: the phrase as written in the
// tracker file for a literal, "like" for a filler.like hit, else the matched text in lower case.
std::string FillerWord(const CallFacts& call, std::size_t utterance, const TrackerHit& hit);

// Fillers in utterance `i` (0 unless it is the rep's).
std::size_t CountFillersIn(const CallFacts& call, std::size_t i);

// Counts the rep's fillers by word; per_min is over `rep_talk_s` seconds of rep speech
// (nullopt when it is 0). Pure and thread-safe.
model::FillerCounts CountFillers(const CallFacts& call, double rep_talk_s);

}  // namespace sc::analysis
