#include "bench/pipeline.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <latch>
#include <optional>
#include <thread>

#include "base/check.h"
#include "base/diagnostics.h"
#include "ingest/native_json_reader.h"

namespace sc::bench {
namespace {

struct WorkerResult {
  PassTotals totals;
  std::optional<Status> failure;  // the first file that did not parse
};

void AddTotals(const PassTotals& from, PassTotals& to) {
  to.bytes += from.bytes;
  to.calls += from.calls;
  to.utterances += from.utterances;
  to.rep_questions += from.rep_questions;
  to.objections += from.objections;
}

// Parses and analyzes files, taking the next index from `next`, until none are left.
void Work(const std::vector<CorpusFile>& files, const analysis::CallAnalyzer& analyzer, Stage stage,
          analysis::CallAnalyzer::Scratch& scratch, std::atomic<std::size_t>& next,
          WorkerResult& result) {
  for (std::size_t index = next++; index < files.size(); index = next++) {
    const CorpusFile& file = files[index];
    Diagnostics diagnostics;
    Result<model::Call> call = ingest::ReadNativeJson(file.text, file.name, &diagnostics);
    if (!call.ok()) {
      if (!result.failure) {
        result.failure = Status::InvalidArgument(
            fmt::format("{}: {}\n{}", file.name, call.status().message(), diagnostics.FormatAll()));
      }
      continue;
    }
    result.totals.bytes += file.text.size();
    result.totals.calls += 1;
    result.totals.utterances += call->utterances.size();
    if (stage == Stage::kParse) continue;
    model::CallAnalysis analysis = analyzer.Analyze(*call, scratch);
    result.totals.rep_questions += analysis.questions.rep;
    result.totals.objections += analysis.objections.size();
  }
}

struct Pass {
  double seconds = 0;
  PassTotals totals;
};

// One pass over all files with `threads` workers. The clock starts once every worker has its
// scratch and stops when the last one has finished.
Result<Pass> RunPass(const std::vector<CorpusFile>& files, const analysis::CallAnalyzer& analyzer,
                     Stage stage, int threads) {
  std::vector<WorkerResult> results(static_cast<std::size_t>(threads));
  std::atomic<std::size_t> next{0};
  std::atomic<bool> go{false};
  std::latch ready(threads);
  std::vector<std::thread> workers;
  for (WorkerResult& result : results) {
    workers.emplace_back([&] {
      analysis::CallAnalyzer::Scratch scratch = analyzer.NewScratch();
      ready.count_down();
      go.wait(false);
      Work(files, analyzer, stage, scratch, next, result);
    });
  }
  ready.wait();
  Stopwatch stopwatch;
  go = true;
  go.notify_all();
  for (std::thread& worker : workers) worker.join();
  Pass pass{.seconds = stopwatch.Seconds()};
  for (const WorkerResult& result : results) {
    if (result.failure) return *result.failure;
    AddTotals(result.totals, pass.totals);
  }
  return pass;
}

}  // namespace

Result<PipelineFigures> MeasurePipeline(const std::vector<CorpusFile>& files,
                                        const analysis::CallAnalyzer& analyzer, Stage stage,
                                        const std::vector<int>& thread_counts, int repetitions,
                                        const Progress& progress) {
  SC_CHECK(!thread_counts.empty() && repetitions >= 1);
  int most_threads = *std::max_element(thread_counts.begin(), thread_counts.end());
  SC_ASSIGN_OR_RETURN(Pass warm_up, RunPass(files, analyzer, stage, most_threads));
  PipelineFigures figures{.totals = warm_up.totals};
  for (int threads : thread_counts) figures.runs.push_back({.threads = threads});
  for (int repetition = 1; repetition <= repetitions; ++repetition) {
    for (PipelineRun& run : figures.runs) {
      SC_ASSIGN_OR_RETURN(Pass pass, RunPass(files, analyzer, stage, run.threads));
      if (pass.totals != figures.totals) {
        return Status::Internal("two passes over the same corpus gave different totals");
      }
      run.timing.seconds.push_back(pass.seconds);
      progress(fmt::format("{} pass {}/{}, {} thread{}: {:.2f} s",
                           stage == Stage::kParse ? "parse" : "analysis", repetition, repetitions,
                           run.threads, run.threads == 1 ? "" : "s", pass.seconds));
    }
  }
  return figures;
}

}  // namespace sc::bench
