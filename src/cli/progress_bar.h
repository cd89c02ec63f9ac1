// A progress bar on stderr for long work, shown only when stderr is a terminal and the user did
// not ask for quiet (INTERFACES.md: progress on stderr when it is a terminal). Redraws in
// place, at most a few times a second, and clears its line when done.
//
//   ProgressBar bar("analyzing calls", global.quiet);
//   bar.Update(done, total);
//   bar.Finish();
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

namespace sc::cli {

class ProgressBar {
 public:
  ProgressBar(std::string label, bool quiet);
  ~ProgressBar() { Finish(); }
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  void Update(std::size_t done, std::size_t total);
  void Finish();

 private:
  std::string label_;
  bool enabled_ = false;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point last_draw_{};
};

}  // namespace sc::cli
