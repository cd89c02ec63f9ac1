#include "app/feedback.h"

#include <fmt/format.h>

#include "app/review.h"

namespace sc::app {
namespace {

// Ok when the rep can have read report `report_id`: it exists and was not kept from them by a
// manager's review.
Status CheckReleased(store::Store& store, std::int64_t report_id) {
  SC_ASSIGN_OR_RETURN(store::SnapshotRecord report, FindReport(store, report_id));
  if (report.status == "pending_review") {
    return Status::FailedPrecondition(fmt::format(
        "report {0} is held for a manager's review, so its rep has not been given it; it takes "
        "feedback once approved (`salescoach review show {0}`, `salescoach review approve {0}`)",
        report_id));
  }
  if (report.status == "rejected") {
    return Status::FailedPrecondition(fmt::format(
        "report {0} was rejected in review, so its rep was never given it and it takes no "
        "feedback (`salescoach review show {0}` says why)",
        report_id));
  }
  return Status::Ok();
}

}  // namespace

Status AcknowledgeReport(store::Store& store, std::int64_t report_id, Timestamp at) {
  SC_RETURN_IF_ERROR(CheckReleased(store, report_id));
  return store.AcknowledgeReport(report_id, at);
}

Status RateReport(store::Store& store, std::int64_t report_id, int rating, Timestamp at) {
  SC_RETURN_IF_ERROR(CheckReleased(store, report_id));
  return store.RateReport(report_id, rating, at);
}

}  // namespace sc::app
