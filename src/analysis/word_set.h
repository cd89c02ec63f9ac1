// WordSet: a list of words read from a data file, such as the stop words that are not
// "content" when deciding whether the rep reused the customer's words.
//
// The file has one lower-case word per line; blank lines and lines starting with '#' are
// skipped. data/words/stopwords.en.txt ships with salescoach and can be replaced without
// rebuilding.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "base/diagnostics.h"
#include "base/result.h"

namespace sc::analysis {

class WordSet {
 public:
  WordSet() = default;

  // Parses the file's text; `source` names it in diagnostics. Returns kInvalidArgument, with a
  // located diagnostic per line, for a line holding more than one word or invalid UTF-8.
  static Result<WordSet> Parse(std::string_view text, std::string_view source,
                               Diagnostics* diagnostics);
  // Reads and parses a file: kNotFound or kIoError naming the path when it cannot be read.
  static Result<WordSet> Load(const std::filesystem::path& path, Diagnostics* diagnostics);

  // True when `word` (lower case) is in the set.
  bool Contains(std::string_view word) const;
  std::size_t size() const { return words_.size(); }

 private:
  std::unordered_set<std::string> words_;
};

// The content words of `text`: lower-cased runs of ASCII letters and apostrophes, at least 3
// letters long, not in `stopwords`, with a plural -s and -es, -ing and -ed removed so that
// "integrations" and "integration" match. In text order, duplicates kept.
std::vector<std::string> ContentWords(std::string_view text, const WordSet& stopwords);

}  // namespace sc::analysis
