#include "bench/component_timing.h"

#include "analysis/tracker_set.h"
#include "analysis/vader.h"
#include "base/file_io.h"

namespace sc::bench {

Result<Timing> TimeTrackerLoad(const std::filesystem::path& trackers, int runs,
                               Diagnostics* diagnostics) {
  SC_RETURN_IF_ERROR(analysis::TrackerSet::Load(trackers, diagnostics).status());
  return TimeRuns(runs, [&] {
    Diagnostics ignored;
    Result<analysis::TrackerSet> set = analysis::TrackerSet::Load(trackers, &ignored);
    set.status().IgnoreError();  // the same file loaded above
  });
}

Result<Timing> TimeTrackerCompile(const std::filesystem::path& trackers, int runs,
                                  Diagnostics* diagnostics) {
  SC_ASSIGN_OR_RETURN(std::string yaml, ReadFile(trackers));
  SC_ASSIGN_OR_RETURN(std::vector<analysis::TrackerDefinition> definitions,
                      analysis::ParseTrackerConfig(yaml, trackers.string(), diagnostics));
  SC_RETURN_IF_ERROR(analysis::TrackerSet::Compile(definitions, diagnostics).status());
  return TimeRuns(runs, [&] {
    Diagnostics ignored;
    Result<analysis::TrackerSet> set = analysis::TrackerSet::Compile(definitions, &ignored);
    set.status().IgnoreError();  // the same definitions compiled above
  });
}

Result<Timing> TimeAnalyzerLoad(const analysis::AnalyzerPaths& paths, int runs,
                                Diagnostics* diagnostics) {
  SC_RETURN_IF_ERROR(analysis::CallAnalyzer::Load(paths, diagnostics).status());
  return TimeRuns(runs, [&] {
    Diagnostics ignored;
    Result<analysis::CallAnalyzer> analyzer = analysis::CallAnalyzer::Load(paths, &ignored);
    analyzer.status().IgnoreError();  // the same files loaded above
  });
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
