// Where call analysis finds its knowledge, and loading it: trackers, the VADER lexicon and the
// stop words. Every file can be replaced without rebuilding:
//
//   file        default                                         overridden by
//   trackers    <data>/trackers/en.yaml                         <config>/trackers.yaml
//   stop words  <data>/words/stopwords.en.txt                   <config>/stopwords.txt
//   lexicon     node_modules/vader-sentiment/vader_lexicon.txt  <config>/vader_lexicon.txt,
//                                                               $SALESCOACH_VADER_LEXICON
//
// <data> is $SALESCOACH_DATA_DIR, else the data/ folder of the source tree salescoach was built
// from; <config> is the --config folder, when given.
#pragma once

#include <filesystem>
#include <optional>

#include "analysis/call_analyzer.h"
#include "base/diagnostics.h"
#include "base/result.h"

namespace sc::app {

// `config_dir / override_name` when that file exists, else `data_relative` under <data>: how
// every knowledge file (trackers, scoring, playbook, tone) is found.
std::filesystem::path ResolveDataFile(const std::filesystem::path& config_dir,
                                      const char* override_name,
                                      const std::filesystem::path& data_relative);

analysis::AnalyzerPaths ResolveAnalyzerPaths(const std::filesystem::path& config_dir);

// Resolves the paths and loads the analyzer; failures name the file and how to fix it.
Result<analysis::CallAnalyzer> LoadCallAnalyzer(const std::filesystem::path& config_dir,
                                                Diagnostics* diagnostics);

}  // namespace sc::app
