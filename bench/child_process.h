// Runs a program as a child process and measures it as the operating system sees it: wall time
// from spawn to exit, and the child's peak resident memory (wait4's ru_maxrss).
//
//   SC_ASSIGN_OR_RETURN(ChildRun run, RunChild({"salescoach", "analyze"}, "analyze.log"));
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "base/result.h"

namespace sc::bench {

struct ChildRun {
  double seconds = 0;       // wall time, spawn to exit
  double peak_rss_mb = 0;   // ru_maxrss of the child, in MB (10^6 bytes)
  double user_seconds = 0;  // CPU time of the child
  double system_seconds = 0;
  int exit_code = 0;  // the exit status, or 128 + signal when a signal ended it
};

// Runs `command` (the program, then its arguments, passed as is; the program is looked up on
// PATH when it has no slash) with stdin from /dev/null and stdout and stderr both appended to
// `output` (created as needed). Returns kFailedPrecondition naming the program when it cannot
// be started or `output` cannot be opened; a program that fails is not an error here: its
// exit_code says so.
Result<ChildRun> RunChild(const std::vector<std::string>& command,
                          const std::filesystem::path& output);

}  // namespace sc::bench
