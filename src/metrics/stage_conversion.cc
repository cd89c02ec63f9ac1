#include "metrics/stage_conversion.h"

#include <algorithm>

#include "base/text.h"

namespace sc::metrics {
namespace {

// How many stages of the list `deal` reached (1 = only the first); nullopt when its stage is
// not on the list.
std::optional<std::size_t> StagesReached(const model::Deal& deal,
                                         std::span<const std::string> stages) {
  if (deal.status == model::DealStatus::kWon) return stages.size();
  auto it = std::find_if(stages.begin(), stages.end(), [&deal](const std::string& stage) {
    return EqualsIgnoreCase(stage, deal.stage);
  });
  if (it == stages.end()) return std::nullopt;
  return static_cast<std::size_t>(it - stages.begin()) + 1;
}

}  // namespace

const std::vector<std::string>& DefaultStages() {
  static const std::vector<std::string> kStages = {"Prospecting", "Qualification", "Discovery",
                                                   "Demo",        "Proposal",      "Negotiation"};
  return kStages;
}

StageConversion MeasureStageConversion(std::span<const model::Deal> deals, Period period,
                                       std::span<const std::string> stages) {
  StageConversion conversion;
  for (std::size_t i = 0; i + 1 < stages.size(); ++i) {
    conversion.steps.push_back({.from = stages[i], .to = stages[i + 1]});
  }
  for (const model::Deal& deal : deals) {
    if (!period.Contains(deal.created_at)) continue;
    std::optional<std::size_t> reached = StagesReached(deal, stages);
    if (!reached) {
      conversion.unplaced_ids.push_back(deal.id);
      continue;
    }
    for (std::size_t i = 0; i < conversion.steps.size() && i < *reached; ++i) {
      conversion.steps[i].reached_ids.push_back(deal.id);
      if (i + 1 < *reached) conversion.steps[i].advanced_ids.push_back(deal.id);
    }
  }
  for (StageStep& step : conversion.steps) {
    if (step.reached_ids.empty()) continue;
    step.rate = static_cast<double>(step.advanced_ids.size()) / step.reached_ids.size();
  }
  return conversion;
}

}  // namespace sc::metrics
