// Call type: discovery, demo, negotiation, closing or other (DOMAIN.md, "call type").
//
// CRM metadata decides when present (the manifest's call_type, or the project's JSON). Else
// the call_type.* trackers (data/trackers/en.yaml) are cues: each hit in the title counts
// kTitleWeight, each hit in the utterances counts 1, and the type with the most wins
// ("title" when the title's cues alone decide it, else "content"). Ties go to the earlier
// stage of a deal (discovery, then demo, negotiation, closing). A call with no cue is "other".
#pragma once

#include <string>

#include "analysis/call_facts.h"
#include "model/call.h"

namespace sc::analysis {

inline constexpr int kTitleWeight = 5;

struct CallTypeDecision {
  model::CallType type = model::CallType::kOther;
  std::string from;  // "crm", "title" or "content"
};

// `title_hits` are the tracker hits in the call's title (speaker filters do not apply).
// Pure and thread-safe.
CallTypeDecision DecideCallType(const model::Call& call, const CallFacts& facts,
                                const std::vector<TrackerHit>& title_hits);

}  // namespace sc::analysis
