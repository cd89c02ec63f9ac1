#include "store/store.h"

#include <array>
#include <cmath>

#include <fmt/format.h>

namespace sc::store {
namespace {

constexpr std::array<std::string_view, 5> kSnapshotStatuses = {
    "draft", "pending_review", "approved", "rejected", "sent"};

bool IsScore(double score) { return std::isfinite(score) && score >= 0 && score <= 100; }

Status BadScore(std::string_view what, double score) {
  return Status::InvalidArgument(
      fmt::format("snapshot {} is {}; scores must be finite and within 0..100", what, score));
}

}  // namespace

Status CheckSnapshotStatus(std::string_view status) {
  for (std::string_view known : kSnapshotStatuses) {
    if (status == known) return Status::Ok();
  }
  return Status::InvalidArgument(fmt::format(
      "snapshot status '{}' is not one of draft, pending_review, approved, rejected, sent", status));
}

Status CheckReview(const SnapshotRecord& stored, std::string_view decision) {
  if (decision != "approved" && decision != "rejected") {
    return Status::InvalidArgument(
        fmt::format("a review decides 'approved' or 'rejected', not '{}'", decision));
  }
  if (stored.status != "pending_review") {
    return Status::FailedPrecondition(fmt::format(
        "report {} is {}, not pending review; only a held report is approved or rejected",
        stored.id, stored.status));
  }
  return Status::Ok();
}

Status CheckSnapshot(const SnapshotRecord& snapshot) {
  SC_RETURN_IF_ERROR(CheckSnapshotStatus(snapshot.status));
  if (snapshot.overall && !IsScore(*snapshot.overall)) {
    return BadScore("overall score", *snapshot.overall);
  }
  for (const auto& [key, score] : snapshot.skills) {
    if (!IsScore(score)) return BadScore(fmt::format("score of skill '{}'", key), score);
  }
  for (const auto& [key, score] : snapshot.components) {
    if (!IsScore(score)) return BadScore(fmt::format("score of component '{}'", key), score);
  }
  return Status::Ok();
}

Result<UpsertCount> Store::SaveCalls(const std::vector<model::Call>& calls) {
  bool given = false;
  return SaveCalls([&]() -> Result<std::vector<model::Call>> {
    if (given) return std::vector<model::Call>();
    given = true;
    return calls;
  });
}

}  // namespace sc::store
