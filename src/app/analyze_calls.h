// The use case behind `salescoach analyze`: every stored call not yet analyzed by this
// analyzer version is analyzed, on all cores, and its analysis stored, so that reports never
// re-read transcripts.
//
// Calls are loaded a chunk at a time (memory stays bounded however many calls are stored),
// analyzed in parallel with one scratch per worker, and each chunk's analyses are written in
// one transaction: an interrupted run keeps what it finished, and the next run picks up the
// rest. A call is re-analyzed only when its stored analysis has another version (the code or
// a knowledge file changed, call_analyzer.h) or, with `all`, always.
//
//   SC_ASSIGN_OR_RETURN(AnalyzeSummary summary, AnalyzeStoredCalls(store, analyzer, {}));
#pragma once

#include <cstddef>
#include <functional>

#include "analysis/call_analyzer.h"
#include "base/result.h"
#include "store/store.h"

namespace sc::app {

struct AnalyzeOptions {
  bool all = false;         // re-analyze calls whose analysis is up to date too
  std::size_t threads = 0;  // 0 = one per core
  std::size_t chunk = 256;  // calls loaded and written at a time
  // Called on the calling thread after each chunk with (calls done, calls to do).
  std::function<void(std::size_t, std::size_t)> progress;
};

struct AnalyzeSummary {
  std::size_t analyzed = 0;    // calls analyzed in this run
  std::size_t up_to_date = 0;  // calls skipped because their analysis is current
  std::size_t utterances = 0;  // utterances analyzed
};

// Returns the store's failure (kUnavailable, kIoError) if loading or saving fails; chunks
// already written stay written.
Result<AnalyzeSummary> AnalyzeStoredCalls(store::Store& store,
                                          const analysis::CallAnalyzer& analyzer,
                                          const AnalyzeOptions& options);

}  // namespace sc::app
