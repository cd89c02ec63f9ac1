// CallAnalyzer: one call's transcript in, every call measure out (model/call_analysis.h).
//
// The analyzer holds the knowledge it works from, all of it data read at start-up: the
// trackers (data/trackers/en.yaml), the VADER lexicon (from the npm package vader-sentiment)
// and the stop words (data/words/stopwords.en.txt). It is immutable once loaded and shared
// read-only by every thread; each thread brings its own Scratch.
//
//   SC_ASSIGN_OR_RETURN(CallAnalyzer analyzer, CallAnalyzer::Load(paths, &diagnostics));
//   CallAnalyzer::Scratch scratch = analyzer.NewScratch();  // one per thread
//   model::CallAnalysis analysis = analyzer.Analyze(call, scratch);
//
// Measures and their definitions: DOMAIN.md, "Call measures", and docs/call-analysis.md.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "analysis/tracker_set.h"
#include "base/diagnostics.h"
#include "base/result.h"
#include "model/call.h"
#include "model/call_analysis.h"

namespace sc::analysis {

// Bumped whenever a change to the code changes any measure, so stored analyses are redone.
inline constexpr int kAnalysisCodeVersion = 1;

struct AnalyzerPaths {
  std::filesystem::path trackers;   // a tracker YAML file
  std::filesystem::path lexicon;    // a VADER lexicon (vader_lexicon.txt)
  std::filesystem::path stopwords;  // a word list
};

struct AnalyzeOptions {
  bool utterances = false;  // fill CallAnalysis::utterances
};

struct AnalyzerResources;  // defined in call_analyzer.cc

class CallAnalyzer {
 public:
  // Per-thread working memory. Not thread-safe; movable.
  class Scratch {
   public:
    Scratch(Scratch&&) noexcept = default;
    Scratch& operator=(Scratch&&) noexcept = default;

   private:
    friend class CallAnalyzer;
    explicit Scratch(TrackerScratch trackers) : trackers_(std::move(trackers)) {}
    TrackerScratch trackers_;
  };

  // Loads and checks the three files. On failure returns what the failing loader returns
  // (kNotFound, kIoError, or kInvalidArgument with located diagnostics in `*diagnostics`).
  static Result<CallAnalyzer> Load(const AnalyzerPaths& paths, Diagnostics* diagnostics);

  Scratch NewScratch() const;

  // Analyzes `call` (utterances in time order, roles resolved). Pure apart from `scratch`;
  // thread-safe given a scratch per thread.
  model::CallAnalysis Analyze(const model::Call& call, Scratch& scratch,
                              const AnalyzeOptions& options = {}) const;

  // "<code version>-<hash of the tracker, lexicon and stop word files>": stored with each
  // analysis, so editing a tracker or upgrading salescoach re-runs the analysis of every call.
  const std::string& version() const;

 private:
  explicit CallAnalyzer(std::shared_ptr<const AnalyzerResources> resources)
      : resources_(std::move(resources)) {}

  std::shared_ptr<const AnalyzerResources> resources_;
};

}  // namespace sc::analysis
