#include "app/analyzer_setup.h"

#include <cstdlib>

namespace sc::app {
namespace {

std::filesystem::path FromEnvironment(const char* name, const std::filesystem::path& fallback) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? std::filesystem::path(value) : fallback;
}

// `config_dir / name` when that file exists, else `fallback`.
std::filesystem::path Override(const std::filesystem::path& config_dir, const char* name,
                               const std::filesystem::path& fallback) {
  if (config_dir.empty()) return fallback;
  std::filesystem::path candidate = config_dir / name;
  std::error_code error;
  return std::filesystem::is_regular_file(candidate, error) ? candidate : fallback;
}

}  // namespace

std::filesystem::path ResolveDataFile(const std::filesystem::path& config_dir,
                                      const char* override_name,
                                      const std::filesystem::path& data_relative) {
  std::filesystem::path data = FromEnvironment("SALESCOACH_DATA_DIR", SC_DATA_DIR);
  return Override(config_dir, override_name, data / data_relative);
}

analysis::AnalyzerPaths ResolveAnalyzerPaths(const std::filesystem::path& config_dir) {
  std::filesystem::path lexicon = FromEnvironment("SALESCOACH_VADER_LEXICON", SC_VADER_LEXICON);
  return {.trackers = ResolveDataFile(config_dir, "trackers.yaml", "trackers/en.yaml"),
          .lexicon = Override(config_dir, "vader_lexicon.txt", lexicon),
          .stopwords = ResolveDataFile(config_dir, "stopwords.txt", "words/stopwords.en.txt")};
}

Result<analysis::CallAnalyzer> LoadCallAnalyzer(const std::filesystem::path& config_dir,
                                                Diagnostics* diagnostics) {
  return analysis::CallAnalyzer::Load(ResolveAnalyzerPaths(config_dir), diagnostics);
}

}  // namespace sc::app
