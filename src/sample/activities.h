// A rep's CRM activity log: a "meeting" (video) or "call" (phone) activity for every recorded
// call, linked by call_id; emails at each stage change and close; and a few unrecorded
// phone calls. Everything falls inside the window, in business hours.
#pragma once

#include <string>
#include <vector>

#include "model/activity.h"
#include "model/call.h"
#include "sample/deal_plan.h"
#include "sample/sample_team.h"

namespace sc::sample {

// The activity type a call in `format` is logged as: phone calls are transcribed by AWS,
// video meetings exported by the meeting platform or Gong.
model::ActivityType ActivityTypeFor(TranscriptFormat format);

// The rep's activities sorted by time, ids left empty for the caller to number. `deal_ids`
// is parallel to `deals`; `calls` and `call_meta` are the rep's recorded calls.
std::vector<model::Activity> PlanActivities(const model::Rep& rep,
                                            const std::vector<PlannedDeal>& deals,
                                            const std::vector<std::string>& deal_ids,
                                            const std::vector<model::Call>& calls,
                                            const std::vector<CallMeta>& call_meta,
                                            DealWindow window, Rng& rng);

}  // namespace sc::sample
