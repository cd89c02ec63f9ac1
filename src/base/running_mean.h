// A mean built one value at a time that knows when it has nothing to say: nullopt, never NaN.
#pragma once

#include <optional>

namespace sc {

class RunningMean {
 public:
  void Add(double value) {
    sum_ += value;
    ++count_;
  }
  void Add(const std::optional<double>& value) {
    if (value) Add(*value);
  }
  std::optional<double> value() const {
    if (count_ == 0) return std::nullopt;
    return sum_ / count_;
  }

 private:
  double sum_ = 0;
  long count_ = 0;
};

}  // namespace sc
