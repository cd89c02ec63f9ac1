// Running another program and reading what it prints: the Node.js and Python scripts that
// tests and the benchmark compare salescoach with.
//
//   SC_ASSIGN_OR_RETURN(CommandOutput run, RunCommand({"node", "script.js", "input.txt"}));
//   if (run.exit_status != 0) ...
#pragma once

#include <string>
#include <vector>

#include "base/result.h"

namespace sc {

struct CommandOutput {
  std::string out;       // everything the program wrote to stdout
  int exit_status = -1;  // its exit status; -1 when it did not exit normally (a signal)
};

// Runs `argv` (the program, found on PATH, then its arguments, each passed as is) through
// /bin/sh with stdout captured and stderr passed through, and waits for it to end. A program
// that cannot be found gives the shell's exit status 127. Returns kFailedPrecondition naming
// the program when no process could be started. REQUIRES: !argv.empty().
Result<CommandOutput> RunCommand(const std::vector<std::string>& argv);

}  // namespace sc
