#include "bench/component_timing.h"

#include "analysis/tracker_set.h"
#include "analysis/vader.h"
#include "base/file_io.h"

namespace sc::bench {
namespace {

// Loads once with `diagnostics`, so that a failure is reported, then times `runs` more loads of
// the same input. `load` is called as load(Diagnostics*) and returns a Result.
template <typename Load>
Result<Timing> TimeLoads(int runs, Diagnostics* diagnostics, Load load) {
  SC_RETURN_IF_ERROR(load(diagnostics).status());
  return TimeRuns(runs, [&] {
    Diagnostics ignored;
    load(&ignored).status().IgnoreError();  // the same input loaded without error above
  });
}

}  // namespace

Result<Timing> TimeTrackerLoad(const std::filesystem::path& trackers, int runs,
                               Diagnostics* diagnostics) {
  return TimeLoads(runs, diagnostics,
                   [&](Diagnostics* sink) { return analysis::TrackerSet::Load(trackers, sink); });
}

Result<Timing> TimeTrackerCompile(const std::filesystem::path& trackers, int runs,
                                  Diagnostics* diagnostics) {
  SC_ASSIGN_OR_RETURN(std::string yaml, ReadFile(trackers));
  SC_ASSIGN_OR_RETURN(std::vector<analysis::TrackerDefinition> definitions,
                      analysis::ParseTrackerConfig(yaml, trackers.string(), diagnostics));
  return TimeLoads(runs, diagnostics, [&](Diagnostics* sink) {
    return analysis::TrackerSet::Compile(definitions, sink);
  });
}

Result<Timing> TimeAnalyzerLoad(const analysis::AnalyzerPaths& paths, int runs,
                                Diagnostics* diagnostics) {
  return TimeLoads(runs, diagnostics,
                   [&](Diagnostics* sink) { return analysis::CallAnalyzer::Load(paths, sink); });
}

Result<VaderFigures> TimeVader(const std::filesystem::path& lexicon,
                               const std::vector<std::string>& texts, int runs,
                               Diagnostics* diagnostics) {
  SC_ASSIGN_OR_RETURN(analysis::SentimentLexicon loaded,
                      analysis::SentimentLexicon::Load(lexicon, diagnostics));
  analysis::VaderAnalyzer analyzer(loaded);
  VaderFigures figures;
  auto pass = [&] {
    double sum = 0;
    for (const std::string& text : texts) sum += analyzer.Score(text).compound;
    figures.compound_sum = sum;
  };
  pass();
  figures.timing = TimeRuns(runs, pass);
  return figures;
}

}  // namespace sc::bench
