// The manager's review of held reports (DOMAIN.md, "Guardrails": a report with a Critical
// score is held as pending review and not delivered until a manager approves it):
// `salescoach review list | show | approve | reject`.
//
// Every decision is recorded with who made it and when (the caller passes the time: the CLI
// reads the clock, the use case does not).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/result.h"
#include "store/store.h"

namespace sc::app {

// A held report, as the review list shows it.
struct HeldReport {
  std::int64_t id = 0;
  std::string rep_id;
  std::string rep_name;
  Date as_of;
  std::optional<double> overall;
  std::string reason;  // why it is held, from the report
};

// Reports pending review, oldest first; of `manager_id`'s reps only when it is not empty. A
// held report is left out once its rep has a newer report: the newer one is the one to review.
Result<std::vector<HeldReport>> ListHeldReports(store::Store& store, std::string_view manager_id);

// The stored report `id`; kNotFound naming it when there is none.
Result<store::SnapshotRecord> FindReport(store::Store& store, std::int64_t id);

// The stored report document with its current status and review (who, when, note) written in:
// the document was rendered before the review, so its own "status" may be stale.
std::string CurrentReportJson(const store::SnapshotRecord& report);

// Approves or rejects the held report `id` (a rejection needs a reason: kInvalidArgument
// without one); see Store::RecordReview for the other failures.
Status ApproveReport(store::Store& store, std::int64_t id, std::string_view by, Timestamp at);
Status RejectReport(store::Store& store, std::int64_t id, std::string_view by, Timestamp at,
                    std::string_view reason);

}  // namespace sc::app
