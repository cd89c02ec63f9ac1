// ScoreRep: measures → components → skills → overall, by the scoring config.
//
//   - A measure scores when its sample reaches its min_sample: its value through its curve.
//   - A component's score is the weighted mean of its scoring measures, rounded; with none it
//     is "insufficient data".
//   - A skill's score is the mean of its scored components, rounded; with none, insufficient.
//   - The overall score is the weighted mean of the scored skills (weights renormalised over
//     them), rounded; with none, unknown.
//   - Levels by the config's bands; trends against `previous` (the last snapshot) by the
//     config's trend_points.
//   - Each component carries the calls' highlights on it as quotes (strengths first, then
//     improvements; the most recent calls first, at most kMaxQuotesPerKind of each kind).
//
// Pure and thread-safe.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "scoring/measures.h"
#include "scoring/rep_scores.h"
#include "scoring/scoring_config.h"

namespace sc::scoring {

inline constexpr std::size_t kMaxQuotesPerKind = 3;

// Scores from the rep's previous snapshot, by skill key; empty when there is none.
struct PreviousScores {
  std::map<std::string, double> skills;
  std::optional<double> overall;
};

RepScores ScoreRep(const MeasureInput& input, const ScoringConfig& config,
                   const PreviousScores& previous = {});

// The MeasureInput's stage lists from the config, the rest from the arguments.
MeasureInput MakeMeasureInput(Period period, std::span<const model::CallAnalysis> calls,
                              std::span<const model::Deal> deals, PeerBaseline peers,
                              const ScoringConfig& config);

}  // namespace sc::scoring
