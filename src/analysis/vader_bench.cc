// Throughput of VaderAnalyzer::Score on short sales-call sentences, one core.
//
//   build/release/src/analysis/analysis_sentiment_bench
//
// items_per_second is sentences per second. The sentences come from the agreement corpus
// (testdata/vader_sentences.txt), so they mix short and long, positive, negative and neutral.
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "analysis/vader.h"
#include "base/check.h"
#include "base/file_io.h"
#include "base/text.h"

namespace sc::analysis {
namespace {

const SentimentLexicon& Lexicon() {
  static const SentimentLexicon* lexicon = [] {
    Diagnostics diagnostics;
    Result<SentimentLexicon> loaded = SentimentLexicon::Load(SC_VADER_LEXICON, &diagnostics);
    SC_CHECK(loaded.ok());
    return new SentimentLexicon(std::move(loaded).value());
  }();
  return *lexicon;
}

std::vector<std::string> Sentences() {
  Result<std::string> corpus = ReadFile(SC_VADER_SENTENCES);
  SC_CHECK(corpus.ok());
  std::vector<std::string> sentences;
  for (std::string_view line : Split(*corpus, '\n')) {
    if (!line.empty()) sentences.emplace_back(line);
  }
  return sentences;
}

void BM_ScoreCorpusSentence(benchmark::State& state) {
  VaderAnalyzer analyzer(Lexicon());
  std::vector<std::string> sentences = Sentences();
  std::size_t index = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(analyzer.Score(sentences[index]));
    if (++index == sentences.size()) index = 0;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ScoreCorpusSentence);

void BM_ScoreShortSentence(benchmark::State& state) {
  VaderAnalyzer analyzer(Lexicon());
  for (auto _ : state) {
    benchmark::DoNotOptimize(analyzer.Score("The pricing is not bad, but the rollout worries me."));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ScoreShortSentence);

void BM_LoadLexicon(benchmark::State& state) {
  for (auto _ : state) {
    Diagnostics diagnostics;
    benchmark::DoNotOptimize(SentimentLexicon::Load(SC_VADER_LEXICON, &diagnostics).ok());
  }
}
BENCHMARK(BM_LoadLexicon)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace sc::analysis
