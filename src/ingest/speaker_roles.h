// Speaker roles: which speakers of a call are on the rep's side and which are the customer's.
//
// Coaching measures the rep (talk share, questions, next steps), so every utterance needs a
// role. ResolveSpeakerRoles decides them from the best evidence available, in this order:
//
//   1. "transcript": roles the format carries (Gong party affiliation, salescoach JSON role)
//      are kept as they are.
//   2. "manifest": speakers named in the manifest's rep_speakers (or, without those, the
//      call's own rep_speakers) are reps. Names compare trimmed, white space collapsed and
//      ASCII case-insensitive.
//   3. "crm_names": a speaker whose name equals a CRM rep's name, email address or email
//      local part ("dana.reyes" for dana.reyes@acme.com) is a rep.
//   4. "heuristic", only when none of the above found a rep: the rep is the speaker who
//      speaks first (reps open their calls and set the agenda), unless another speaker uses
//      seller phrases ("thanks for taking the time", "our platform", "we help", "i'll send",
//      "let me show you", ...) more often; then that speaker is the rep. Exactly one rep.
//
// After that, every speaker without a role is a customer. The placeholder speaker "Unknown"
// (speech a caption file does not attribute) keeps role unknown: nobody can tell its side.
// Each utterance's role is then set from its speaker's, so one speaker has one role.
//
//   RoleResolution resolution = ResolveSpeakerRoles(call, {.rep_speakers = entry.rep_speakers,
//                                                         .crm_reps = {{"Dana Reyes", ""}}});
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/call.h"

namespace sc::ingest {

// A CRM rep as role resolution needs it. Pass the call's rep and any colleagues who may join
// the call: a speaker matching any of them is on the rep's side.
struct CrmRepName {
  std::string name;
  std::string email;  // may be empty
};

struct RoleHints {
  std::vector<std::string> rep_speakers;  // from the manifest; may be empty
  std::vector<CrmRepName> crm_reps;       // may be empty
};

enum class RoleMethod { kNone, kTranscript, kManifest, kCrmNames, kHeuristic };

// "none", "transcript", "manifest", "crm_names", "heuristic".
std::string_view RoleMethodName(RoleMethod method);

struct RoleResolution {
  // The first method in the order above that found a rep (kTranscript also when the format
  // set roles but named no rep); kNone when the call has no speaker to decide.
  RoleMethod method = RoleMethod::kNone;
  std::vector<std::string> rep_speakers;  // speakers resolved as reps, in order of first speech
  // rep_speakers names (from the hints or the call) that no speaker of the call has: usually
  // a misspelling worth reporting to the user.
  std::vector<std::string> unmatched_rep_speakers;
};

// Sets the role of every utterance of `call` as described above and says how. Deterministic:
// the same call and hints always give the same roles. Thread-safe for distinct calls.
RoleResolution ResolveSpeakerRoles(model::Call& call, const RoleHints& hints);

}  // namespace sc::ingest
