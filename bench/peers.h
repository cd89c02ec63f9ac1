// The peers: what a user would otherwise script to score call sentiment, run on the same texts.
//
// Each peer is a small script in bench/peers/ that scores every line of a file with one VADER
// implementation, times only its scoring loop and prints one JSON line (see the scripts). The
// benchmark runs them as child processes and reads that line.
//
//   SC_ASSIGN_OR_RETURN(PeerFigures node, RunPeer({"node", script, utterances, root}));
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "base/result.h"

namespace sc::bench {

struct PeerFigures {
  std::string peer;     // "vader-sentiment (npm)"
  std::string version;  // of the package
  std::string runtime;  // "node v20.20.2"
  std::size_t utterances = 0;
  double seconds = 0;  // the scoring loop only
  double compound_sum = 0;

  double utterances_per_second() const { return static_cast<double>(utterances) / seconds; }
};

// Runs `command` (program and arguments, each passed as is: RunCommand) with stdout captured
// and stderr passed through, and parses its last line. Returns kFailedPrecondition naming the
// command when it cannot start, exits with a failure or prints no figures; kInvalidArgument when
// its figures lack a member or time nothing.
Result<PeerFigures> RunPeer(const std::vector<std::string>& command);

}  // namespace sc::bench
