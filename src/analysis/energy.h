// Energy: a text-only proxy for how lively the rep sounds (DOMAIN.md, "energy"), 0..1, for
// transcripts without audio. Three parts, each 0..1:
//   pace (weight 0.4)        rep words per minute: 1 within 140-190 wpm, falling linearly to 0
//                            at 90 and at 240 (mumbling or rushing)
//   affect (weight 0.4)      share of the rep's utterances (backchannels aside) that are
//                            positive (VADER compound >= 0.05) or exclaim ('!'), over 0.5,
//                            capped at 1: half the rep's turns upbeat is full marks
//   steadiness (weight 0.2)  1 minus the coefficient of variation of the rep's pace across the
//                            call's thirds (1 when only one third has rep speech)
// nullopt when the rep has no timed speech.
#pragma once

#include <optional>

#include "analysis/call_facts.h"
#include "analysis/interaction.h"

namespace sc::analysis {

// Pure and thread-safe.
std::optional<double> EstimateEnergy(const CallFacts& call, const InteractionMeasures& interaction);

// The pace part alone, for tests and the docs: 0..1 from words per minute.
double PaceScore(double wpm);

}  // namespace sc::analysis
