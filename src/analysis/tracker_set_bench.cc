// Compile time and scan throughput of the shipped trackers (data/trackers/en.yaml).
//
//   cmake --build build/release --target analysis_trackers_bench
//   ./build/release/src/analysis/analysis_trackers_bench
//
// Targets (ARCHITECTURE.md, "Speed"): loading and compiling the file under 50 ms; scanning at
// hundreds of MB/s per core. The corpus is a fixed set of sales-call utterances, repeated, so
// runs compare.
#include <array>
#include <filesystem>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "analysis/tracker_set.h"
#include "base/check.h"
#include "base/file_io.h"

namespace sc::analysis {
namespace {

const std::filesystem::path kShippedFile =
    std::filesystem::path(SC_DATA_DIR) / "trackers" / "en.yaml";

constexpr std::array<std::string_view, 16> kUtterances = {
    "Thanks for making the time today. Before we dive in, how is the quarter going for your "
    "team so far?",
    "Honestly it's been a bit rough. We missed our number last quarter and, um, the board is "
    "asking a lot of questions about forecast accuracy.",
    "That makes sense. Can you walk me through how your reps prepare for a forecast call right "
    "now?",
    "Mostly spreadsheets. Every Friday the managers pull numbers from Salesforce and, you know, "
    "it takes like four or five hours a week per manager.",
    "Mm-hm.",
    "So what happens when a deal slips? Who notices first, and how do they find out?",
    "Usually the rep tells us at the last minute. I mean, sometimes we only find out at the end "
    "of the month when it's already too late to do anything.",
    "I hear you. A lot of teams we work with saw the same thing before they started reviewing "
    "calls, which means they catch risk two or three weeks earlier.",
    "Right.",
    "Our platform flags deals where the customer raises a price objection or a competitor, so "
    "that your managers can coach before the deal is lost. One customer cut slippage by 30% "
    "and saved about $200k in the first two quarters.",
    "That sounds interesting, but we already use Gong for call recording and, honestly, it's "
    "kind of expensive. I'd need to run it by my CFO before we change anything.",
    "That's a fair concern. Does it make sense to look at how the two compare on a short call "
    "with your CFO next week?",
    "Yeah, maybe. I was like, we can't justify another tool unless it pays for itself.",
    "Totally understandable. I'll send over a one-page ROI summary by Thursday at 2pm, and "
    "let's book a meeting for Tuesday the 14th. How does that sound?",
    "Okay, that works for me.",
    "Great. On a scale of 1 to 10, how confident are you that this solves the forecasting "
    "problem you mentioned?",
};

std::vector<std::string> Corpus(std::size_t bytes) {
  std::vector<std::string> corpus;
  std::size_t total = 0;
  for (std::size_t index = 0; total < bytes; ++index) {
    corpus.emplace_back(kUtterances[index % kUtterances.size()]);
    total += corpus.back().size();
  }
  return corpus;
}

TrackerSet LoadShipped() {
  Diagnostics diagnostics;
  Result<TrackerSet> set = TrackerSet::Load(kShippedFile, &diagnostics);
  SC_CHECK(set.ok());
  return std::move(set).value();
}

// Read, parse, validate, compile and check examples: what start-up pays.
void BM_LoadAndCompile(benchmark::State& state) {
  for (auto _ : state) {
    TrackerSet set = LoadShipped();
    benchmark::DoNotOptimize(set);
  }
}
BENCHMARK(BM_LoadAndCompile)->Unit(benchmark::kMillisecond);

// Compile alone, from definitions already parsed.
void BM_Compile(benchmark::State& state) {
  Diagnostics diagnostics;
  Result<std::string> yaml = ReadFile(kShippedFile);
  SC_CHECK(yaml.ok());
  Result<std::vector<TrackerDefinition>> trackers =
      ParseTrackerConfig(*yaml, kShippedFile.string(), &diagnostics);
  SC_CHECK(trackers.ok());
  for (auto _ : state) {
    Result<TrackerSet> set = TrackerSet::Compile(*trackers, &diagnostics);
    benchmark::DoNotOptimize(set);
  }
}
BENCHMARK(BM_Compile)->Unit(benchmark::kMillisecond);

// Scanning utterance by utterance, as call analysis does; one scratch per thread.
void BM_ScanUtterances(benchmark::State& state) {
  static const TrackerSet* const set = new TrackerSet(LoadShipped());
  static const std::vector<std::string>* const corpus =
      new std::vector<std::string>(Corpus(4 << 20));
  TrackerScratch scratch = set->NewScratch();
  std::vector<TrackerHit> hits;
  std::size_t bytes = 0;
  std::size_t hit_count = 0;
  for (auto _ : state) {
    for (const std::string& utterance : *corpus) {
      set->Scan(utterance, scratch, &hits);
      bytes += utterance.size();
      hit_count += hits.size();
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
  state.counters["hits_per_kb"] =
      benchmark::Counter(static_cast<double>(hit_count) * 1024.0 / static_cast<double>(bytes),
                         benchmark::Counter::kAvgThreads);
}
BENCHMARK(BM_ScanUtterances)->Unit(benchmark::kMillisecond)->UseRealTime()->ThreadRange(1, 4);

// Scanning texts of a given size (the utterances joined with spaces): shows the fixed cost per
// Scan call against the cost per byte.
void BM_ScanTextOfSize(benchmark::State& state) {
  const TrackerSet set = LoadShipped();
  std::string text;
  for (std::size_t index = 0; text.size() < static_cast<std::size_t>(state.range(0)); ++index) {
    text += kUtterances[index % kUtterances.size()];
    text += ' ';
  }
  text.resize(static_cast<std::size_t>(state.range(0)));
  TrackerScratch scratch = set.NewScratch();
  std::vector<TrackerHit> hits;
  for (auto _ : state) {
    set.Scan(text, scratch, &hits);
    benchmark::DoNotOptimize(hits.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * state.range(0));
}
BENCHMARK(BM_ScanTextOfSize)->RangeMultiplier(8)->Range(64, 256 << 10);

}  // namespace
}  // namespace sc::analysis
