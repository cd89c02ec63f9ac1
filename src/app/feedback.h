// A rep's feedback on a report (`salescoach feedback REPORT --ack --rating N`): that they
// reviewed it and how useful it was, 1 to 5. These feed the coaching program's adoption
// (reports acknowledged out of reports delivered) and satisfaction (mean rating) metrics.
//
// Only a report its rep can have read takes feedback: one held for a manager's review, or
// rejected in it, was never released to the rep. The caller passes the time (the CLI reads
// the clock, the use case does not).
#pragma once

#include <cstdint>

#include "base/date.h"
#include "base/status.h"
#include "store/store.h"

namespace sc::app {

// Records that the rep reviewed report `report_id` at `at`; acknowledging again is Ok and
// keeps the first time. Returns kNotFound naming the report when there is none and
// kFailedPrecondition when it is pending review or rejected; otherwise what
// Store::AcknowledgeReport returns. Nothing is written on failure.
Status AcknowledgeReport(store::Store& store, std::int64_t report_id, Timestamp at);

// Records the rep's rating of report `report_id` (1..5) at `at`, replacing an earlier rating.
// Returns kNotFound and kFailedPrecondition as AcknowledgeReport does; otherwise what
// Store::RateReport returns (kInvalidArgument for a rating outside 1..5). Nothing is written
// on failure.
Status RateReport(store::Store& store, std::int64_t report_id, int rating, Timestamp at);

}  // namespace sc::app
