#include "report/report_data.h"

#include <array>
#include <utility>

namespace sc::report {
namespace {

constexpr std::array<std::pair<ReportStatus, std::string_view>, 4> kStatusNames = {{
    {ReportStatus::kDraft, "draft"},
    {ReportStatus::kPendingReview, "pending_review"},
    {ReportStatus::kApproved, "approved"},
    {ReportStatus::kSent, "sent"},
}};

}  // namespace

std::string_view ReportStatusName(ReportStatus status) {
  for (const auto& [value, name] : kStatusNames) {
    if (value == status) return name;
  }
  return "draft";
}

std::optional<ReportStatus> ParseReportStatus(std::string_view name) {
  for (const auto& [value, candidate] : kStatusNames) {
    if (candidate == name) return value;
  }
  return std::nullopt;
}

}  // namespace sc::report
