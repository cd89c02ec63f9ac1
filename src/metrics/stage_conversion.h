// Stage conversion: of the deals created in a period, the share that reached each next stage.
//
// Stages are an ordered list of the CRM's open-stage names, compared case-insensitively. Which
// stages a deal reached follows from where it is now:
//   - a won deal reached every stage;
//   - a lost or open deal reached the stage it is in and every stage before it;
//   - a lost or open deal in a stage not on the list cannot be placed: it counts toward no
//     step and is listed in `unplaced_ids`.
// The step from stage i to stage i + 1 converts advanced / reached: of the deals that reached
// stage i, the share that reached stage i + 1. CRMs keep the current stage, not the history,
// so a deal that skipped a stage is counted as having passed through it.
//
//   StageConversion conversion = MeasureStageConversion(records.deals, period);
//   // conversion.steps[0]: "Prospecting" -> "Qualification"
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/period.h"
#include "model/deal.h"

namespace sc::metrics {

// The stages the sample data uses, in order: "Prospecting", "Qualification", "Discovery",
// "Demo", "Proposal", "Negotiation".
const std::vector<std::string>& DefaultStages();

struct StageStep {
  std::string from;
  std::string to;
  // advanced / reached, 0..1; nullopt when no deal reached `from`.
  std::optional<double> rate;
  std::vector<std::string> reached_ids;   // the deals that reached `from`, in input order
  std::vector<std::string> advanced_ids;  // of those, the deals that reached `to`

  friend bool operator==(const StageStep&, const StageStep&) = default;
};

struct StageConversion {
  std::vector<StageStep> steps;           // one fewer than the stages, in stage order
  std::vector<std::string> unplaced_ids;  // lost or open deals in a stage not on the list

  friend bool operator==(const StageConversion&, const StageConversion&) = default;
};

// Measures the deals created in `period`. With fewer than two stages there are no steps.
StageConversion MeasureStageConversion(std::span<const model::Deal> deals, Period period,
                                       std::span<const std::string> stages = DefaultStages());

}  // namespace sc::metrics
