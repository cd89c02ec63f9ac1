// The benchmark corpus: sample-team calls written as salescoach JSON files, generated once and
// reused while its parameters stay the same.
//
// The calls come from sample::GenerateSampleTeam in batches of a few reps, batch b with seed
// `seed + b`, so that only one batch of model::Call is in memory at a time; batches are added
// until the files hold at least `min_bytes`. The files go to DIR/calls/ ("b000-C-000001.json");
// DIR/corpus.json, written last, records the parameters and the totals, and marks the corpus
// as complete.
//
//   SC_ASSIGN_OR_RETURN(CorpusInfo info, EnsureCorpus(options, progress));
//   SC_ASSIGN_OR_RETURN(std::vector<CorpusFile> files, LoadCorpus(options.dir));
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace sc::bench {

struct CorpusOptions {
  std::filesystem::path dir;
  std::uint64_t min_bytes = 50'000'000;
  std::uint64_t seed = 7;
  int reps_per_batch = 4;  // about 8 MB of JSON per batch
};

struct CorpusInfo {
  std::size_t files = 0;
  std::uint64_t bytes = 0;
  bool generated = false;  // false when a complete corpus with these parameters was reused
};

struct CorpusFile {
  std::string name;  // the file name, for diagnostics
  std::string text;
};

// Called with one line of progress at a time ("generated 12.3 MB of 50.0 MB").
using Progress = std::function<void(std::string_view)>;

// Reuses the corpus in options.dir when its corpus.json records the same parameters and the
// files it lists are all there; otherwise removes DIR/calls/ and DIR/corpus.json and generates
// the corpus again. Returns kInvalidArgument for options the generator rejects, kIoError naming
// the path when a file cannot be written or removed.
Result<CorpusInfo> EnsureCorpus(const CorpusOptions& options, const Progress& progress);

// Reads every file of the complete corpus in `dir` into memory, in file name order. Returns
// kFailedPrecondition when corpus.json is missing or the files do not match it, kIoError when
// a file cannot be read.
Result<std::vector<CorpusFile>> LoadCorpus(const std::filesystem::path& dir);

}  // namespace sc::bench
