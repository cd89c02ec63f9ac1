// Wall-clock timing of repeated runs: the seconds of each run, and their best and median.
#pragma once

#include <algorithm>
#include <chrono>
#include <vector>

namespace sc::bench {

class Stopwatch {
 public:
  Stopwatch() : start_(std::chrono::steady_clock::now()) {}
  double Seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

 private:
  std::chrono::steady_clock::time_point start_;
};

// The seconds each run took. Best is the fastest run: other work on the machine only ever
// slows a run down, so the fastest is the closest to what the code itself costs.
struct Timing {
  std::vector<double> seconds;

  // REQUIRES: !seconds.empty() for both.
  double best() const { return *std::min_element(seconds.begin(), seconds.end()); }
  double median() const {
    std::vector<double> sorted = seconds;
    std::sort(sorted.begin(), sorted.end());
    std::size_t middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
};

// Runs `run` `count` times and times each run.
template <typename Run>
Timing TimeRuns(int count, Run run) {
  Timing timing;
  for (int index = 0; index < count; ++index) {
    Stopwatch stopwatch;
    run();
    timing.seconds.push_back(stopwatch.Seconds());
  }
  return timing;
}

}  // namespace sc::bench
