// Prepares one planned call for CallScript: who is on it (the rep, maybe a solutions
// engineer, one to three of the account's contacts), how each of them speaks, the slot
// values the phrase banks need, and the call's title.
#pragma once

#include <string>
#include <vector>

#include "model/rep.h"
#include "sample/call_plan.h"
#include "sample/call_script.h"
#include "sample/deal_plan.h"
#include "sample/rep_behavior.h"
#include "sample/roster.h"
#include "sample/sample_team.h"

namespace sc::sample {

struct PreparedCall {
  CallSetting setting;
  std::vector<CallParticipant> participants;  // the rep first, parallel to setting.voices
  std::string title;                          // "Discovery: Harbor Freight x Northwind"
};

struct CallPeople {
  const model::Rep& rep;
  const RepTraits& traits;
  const Colleague& solutions_engineer;
};

// `first_meeting` adds introductions; `personal_data` has the main contact volunteer an
// email address and a phone number.
PreparedCall PrepareCall(const PlannedDeal& deal, const PlannedCall& call, const CallPeople& people,
                         bool first_meeting, bool personal_data, Rng& rng);

// "Discovery", "Demo", "Negotiation", "Closing" or "Check-in".
std::string_view CallTitleWord(model::CallType type);

}  // namespace sc::sample
