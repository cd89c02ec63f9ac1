#include "store/store.h"

#include <array>
#include <cmath>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace sc::store {
namespace {

constexpr std::array<std::string_view, 5> kSnapshotStatuses = {
    "draft", "pending_review", "approved", "rejected", "sent"};

constexpr std::array<std::string_view, 2> kDeliveryKinds = {"report", "followup"};
constexpr std::array<std::string_view, 3> kDeliveryChannels = {"email", "webhook", "file"};
constexpr std::array<std::string_view, 3> kDeliveryStatuses = {"queued", "sent", "failed"};

// Ok when `value` is one of `known`; otherwise kInvalidArgument naming the delivery `field`.
template <std::size_t N>
Status CheckOneOf(std::string_view field, std::string_view value,
                  const std::array<std::string_view, N>& known) {
  for (std::string_view name : known) {
    if (value == name) return Status::Ok();
  }
  return Status::InvalidArgument(
      fmt::format("delivery {} '{}' is not one of {}", field, value, fmt::join(known, ", ")));
}

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

Status CheckDelivery(const DeliveryRecord& delivery) {
  SC_RETURN_IF_ERROR(CheckOneOf("kind", delivery.kind, kDeliveryKinds));
  SC_RETURN_IF_ERROR(CheckOneOf("channel", delivery.channel, kDeliveryChannels));
  SC_RETURN_IF_ERROR(CheckOneOf("status", delivery.status, kDeliveryStatuses));
  if (delivery.recipients.empty()) {
    return Status::InvalidArgument(
        "delivery recipients are empty; a message needs somewhere to go");
  }
  for (std::size_t i = 0; i < delivery.recipients.size(); ++i) {
    const std::string& recipient = delivery.recipients[i];
    // The SQLite backend keeps recipients one per line, so a line break would split one.
    if (recipient.empty() || recipient.find_first_of("\r\n") != std::string::npos) {
      return Status::InvalidArgument(fmt::format(
          "delivery recipient {} is {}", i + 1,
          recipient.empty() ? "empty" : fmt::format("'{}', which holds a line break", recipient)));
    }
  }
  return Status::Ok();
}

Status CheckRating(int rating) {
  if (rating < 1 || rating > 5) {
    return Status::InvalidArgument(
        fmt::format("a rating of {} is not within 1..5 (1: not useful, 5: very useful)", rating));
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
