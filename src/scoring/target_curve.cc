#include "scoring/target_curve.h"

#include <cmath>

#include <fmt/format.h>

namespace sc::scoring {

Result<TargetCurve> TargetCurve::FromPoints(std::vector<CurvePoint> points) {
  if (points.size() < 2) {
    return Status::InvalidArgument("a target curve needs at least two points");
  }
  for (std::size_t i = 0; i < points.size(); ++i) {
    const CurvePoint& point = points[i];
    if (!std::isfinite(point.value) || !std::isfinite(point.score)) {
      return Status::InvalidArgument(fmt::format("point {} of the curve is not a number", i + 1));
    }
    if (point.score < 0 || point.score > 100) {
      return Status::InvalidArgument(
          fmt::format("point {} scores {}, outside 0..100", i + 1, point.score));
    }
    if (i > 0 && point.value <= points[i - 1].value) {
      return Status::InvalidArgument(fmt::format(
          "point {} has value {}, not above the previous point's {}: values must increase", i + 1,
          point.value, points[i - 1].value));
    }
  }
  return TargetCurve(std::move(points));
}

double TargetCurve::Score(double value) const {
  if (value <= points_.front().value) return points_.front().score;
  if (value >= points_.back().value) return points_.back().score;
  std::size_t upper = 1;
  while (points_[upper].value < value) ++upper;
  const CurvePoint& a = points_[upper - 1];
  const CurvePoint& b = points_[upper];
  return a.score + (b.score - a.score) * (value - a.value) / (b.value - a.value);
}

std::optional<double> TargetCurve::ValueFor(double score) const {
  if (points_.front().score >= score) return points_.front().value;
  for (std::size_t i = 1; i < points_.size(); ++i) {
    const CurvePoint& a = points_[i - 1];
    const CurvePoint& b = points_[i];
    if (b.score >= score) {
      return a.value + (b.value - a.value) * (score - a.score) / (b.score - a.score);
    }
  }
  return std::nullopt;
}

}  // namespace sc::scoring
