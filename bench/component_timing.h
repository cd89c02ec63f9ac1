// Timings of the analyzer's parts on their own: what start-up pays (tracker compilation, the
// whole CallAnalyzer::Load) and VADER scoring alone, the part the peers also do.
//
// Each function runs the work `runs` times and returns every run's time; a failure to load is
// returned as the loader's Status, with its diagnostics in `*diagnostics`.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "analysis/call_analyzer.h"
#include "base/diagnostics.h"
#include "base/result.h"
#include "bench/timing.h"

namespace sc::bench {

// TrackerSet::Load: read, parse, validate and compile the file, and check its examples.
Result<Timing> TimeTrackerLoad(const std::filesystem::path& trackers, int runs,
                               Diagnostics* diagnostics);

// TrackerSet::Compile alone, from definitions parsed once beforehand.
Result<Timing> TimeTrackerCompile(const std::filesystem::path& trackers, int runs,
                                  Diagnostics* diagnostics);

// CallAnalyzer::Load: trackers, lexicon and stop words.
Result<Timing> TimeAnalyzerLoad(const analysis::AnalyzerPaths& paths, int runs,
                                Diagnostics* diagnostics);

struct VaderFigures {
  Timing timing;            // one entry per pass over all texts
  double compound_sum = 0;  // of one pass, to compare with the peers' scores
};

// VaderAnalyzer::Score on every text, one thread, `runs` passes after an untimed one.
Result<VaderFigures> TimeVader(const std::filesystem::path& lexicon,
                               const std::vector<std::string>& texts, int runs,
                               Diagnostics* diagnostics);

}  // namespace sc::bench
