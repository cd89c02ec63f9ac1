// The benchmark's figures, the goals they are held against, and the two ways they are shown: a
// table for people and JSON for tools (bench/README.md describes both).
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "bench/component_timing.h"
#include "bench/corpus.h"
#include "bench/peers.h"
#include "bench/pipeline.h"

namespace sc::bench {

struct Machine {
  std::string date;       // "2026-11-24 14:30 UTC", when the run started
  std::string cpu_model;  // /proc/cpuinfo's first "model name"
  unsigned hardware_threads = 0;
  std::string load_average;  // /proc/loadavg's 1-minute figure at the start: other work running
};

struct PeerRun {
  std::string name;                    // "node vader-sentiment", to name a peer that failed
  std::optional<PeerFigures> figures;  // nullopt when the peer did not run
  std::string failure;                 // why not
};

struct BenchFigures {
  Machine machine;
  std::string analyzer_version;
  std::string corpus_dir;
  CorpusInfo corpus;
  PipelineFigures pipeline;  // parse and analyze
  PipelineFigures parse;     // parse alone, one thread
  Timing tracker_load;
  Timing tracker_compile;
  Timing analyzer_load;
  std::size_t sentiment_utterances = 0;  // the texts VADER and the peers scored
  VaderFigures vader;
  std::vector<PeerRun> peers;
};

struct Goal {
  std::string name;                // "full analysis, 1 thread"
  std::string target;              // ">= 150 MB/s"
  std::optional<double> measured;  // nullopt when it could not be measured
  std::string unit;                // "MB/s", "x", "ms"
  bool pass = false;
  std::string note;  // why it was not measured
};

// The goals: full analysis at 150 MB/s or more on one thread, 1.7 times that or more on
// two, TrackerSet::Load under 50 ms, and per peer 100 times its utterances per second or more
// (our full analysis on one thread against the peer's single-threaded scoring). Each is judged
// on the best run.
std::vector<Goal> EvaluateGoals(const BenchFigures& figures);

std::string RenderTable(const BenchFigures& figures, const std::vector<Goal>& goals);
nlohmann::json ToJson(const BenchFigures& figures, const std::vector<Goal>& goals);

}  // namespace sc::bench
