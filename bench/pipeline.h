// The analysis pipeline the benchmark times: each corpus file parsed with
// ingest::ReadNativeJson and its call analyzed with analysis::CallAnalyzer, as an import does,
// on one thread and on several.
//
// Files are already in memory, so disk I/O is not timed. Each worker thread takes the next file
// in corpus order and keeps its own CallAnalyzer::Scratch; the analyzer itself is shared.
//
//   SC_ASSIGN_OR_RETURN(std::vector<PipelineRun> runs,
//                       MeasurePipeline(files, analyzer, Stage::kParseAndAnalyze, {1, 2}, 5,
//                                       progress));
#pragma once

#include <cstdint>
#include <vector>

#include "analysis/call_analyzer.h"
#include "base/result.h"
#include "bench/corpus.h"
#include "bench/timing.h"

namespace sc::bench {

// What one pass over the corpus found; the same on every pass and thread count.
struct PassTotals {
  std::uint64_t bytes = 0;  // transcript JSON read
  std::uint64_t calls = 0;
  std::uint64_t utterances = 0;  // as parsed
  std::uint64_t rep_questions = 0;
  std::uint64_t objections = 0;

  friend bool operator==(const PassTotals&, const PassTotals&) = default;
};

// How much of the pipeline a pass runs: parsing alone shows what the analysis adds.
enum class Stage { kParse, kParseAndAnalyze };

struct PipelineRun {
  int threads = 1;
  Timing timing;  // one entry per pass
};

struct PipelineFigures {
  PassTotals totals;
  std::vector<PipelineRun> runs;  // in the order of `thread_counts`
};

// Times `repetitions` passes of `stage` over `files` for each of `thread_counts`, after one
// untimed pass on the largest count. Passes alternate between the thread counts, so that other load
// on the machine falls on all of them alike. Returns kInvalidArgument with the file's diagnostics
// when a file does not parse, kInternal when two passes disagree on the totals. With kParse the
// analysis totals (rep_questions, objections) stay 0.
// REQUIRES: thread counts >= 1, repetitions >= 1.
Result<PipelineFigures> MeasurePipeline(const std::vector<CorpusFile>& files,
                                        const analysis::CallAnalyzer& analyzer, Stage stage,
                                        const std::vector<int>& thread_counts, int repetitions,
                                        const Progress& progress);

}  // namespace sc::bench
