#include "app/analyze_calls.h"

#include <algorithm>
#include <atomic>
#include <span>

#include "analysis/call_analysis_json.h"
#include "base/thread_pool.h"

namespace sc::app {
namespace {

// Analyzes `calls` on `pool`, each worker pulling the next call and reusing its own scratch.
std::vector<store::CallAnalysisRecord> AnalyzeChunk(const analysis::CallAnalyzer& analyzer,
                                                    const std::vector<model::Call>& calls,
                                                    ThreadPool& pool, std::size_t workers) {
  std::vector<store::CallAnalysisRecord> records(calls.size());
  std::atomic<std::size_t> next{0};
  pool.ParallelFor(std::min(workers, calls.size()), [&](std::size_t) {
    analysis::CallAnalyzer::Scratch scratch = analyzer.NewScratch();
    for (std::size_t i = next++; i < calls.size(); i = next++) {
      model::CallAnalysis analysis = analyzer.Analyze(calls[i], scratch);
      records[i] = {.call_id = calls[i].id,
                    .version = analyzer.version(),
                    .json = analysis::CallAnalysisToJson(analysis)};
    }
  });
  return records;
}

}  // namespace

Result<AnalyzeSummary> AnalyzeStoredCalls(store::Store& store,
                                          const analysis::CallAnalyzer& analyzer,
                                          const AnalyzeOptions& options) {
  SC_ASSIGN_OR_RETURN(std::vector<std::string> all_ids, store.ListCallIds());
  std::vector<std::string> ids;
  if (options.all) {
    ids = all_ids;
  } else {
    SC_ASSIGN_OR_RETURN(ids, store.ListCallsToAnalyze(analyzer.version()));
  }
  AnalyzeSummary summary;
  summary.up_to_date = all_ids.size() - ids.size();
  std::size_t workers = options.threads > 0 ? options.threads : ThreadPool::DefaultThreads();
  ThreadPool pool(workers);
  std::size_t chunk = std::max<std::size_t>(1, options.chunk);
  for (std::size_t begin = 0; begin < ids.size(); begin += chunk) {
    std::span<const std::string> slice(ids.data() + begin, std::min(chunk, ids.size() - begin));
    SC_ASSIGN_OR_RETURN(std::vector<model::Call> calls, store.LoadCalls(slice));
    std::vector<store::CallAnalysisRecord> records = AnalyzeChunk(analyzer, calls, pool, workers);
    SC_RETURN_IF_ERROR(store.SaveAnalyses(records).status());
    summary.analyzed += calls.size();
    for (const model::Call& call : calls) summary.utterances += call.utterances.size();
    if (options.progress) options.progress(summary.analyzed, ids.size());
  }
  return summary;
}

}  // namespace sc::app
