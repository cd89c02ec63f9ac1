// TargetCurve: how a raw measure maps to a 0-100 component score (DOMAIN.md, "Skill model").
//
// A curve is a list of (value, score) points with strictly increasing values; between two
// points the score is interpolated linearly, and beyond the first or last point it stays at
// that point's score. So a curve can rise ("more is better"), fall ("less is better") or peak
// ("best between 35% and 50%"):
//
//   TargetCurve talk = *TargetCurve::FromPoints({{0.3, 70}, {0.43, 100}, {0.5, 95}, {0.75, 20}});
//   talk.Score(0.43);  // 100
//   talk.Score(0.6);   // 65, on the line from (0.5, 95) to (0.75, 20)
//
// Curves come from the scoring config (scoring_config.h), so a sales leader edits targets
// without a rebuild.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/result.h"

namespace sc::scoring {

struct CurvePoint {
  double value = 0;
  double score = 0;
  friend bool operator==(const CurvePoint&, const CurvePoint&) = default;
};

class TargetCurve {
 public:
  // An empty curve, only to be assigned over: Score() and ValueFor() need one from FromPoints.
  TargetCurve() = default;
  // Returns kInvalidArgument, naming the problem, unless there are at least two points, every
  // value and score is finite, values strictly increase and scores lie in 0..100.
  static Result<TargetCurve> FromPoints(std::vector<CurvePoint> points);

  // The score for `value`, 0..100. `value` must be finite.
  double Score(double value) const;
  // The smallest value that scores at least `score`, when the curve reaches it; used to say
  // what a rep would need ("11 questions per discovery call reach 75").
  std::optional<double> ValueFor(double score) const;

  const std::vector<CurvePoint>& points() const { return points_; }

  friend bool operator==(const TargetCurve&, const TargetCurve&) = default;

 private:
  explicit TargetCurve(std::vector<CurvePoint> points) : points_(std::move(points)) {}
  std::vector<CurvePoint> points_;
};

}  // namespace sc::scoring
