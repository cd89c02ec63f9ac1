// A sentiment lexicon: lower-case tokens (words, slang, emoticons) with a mean valence.
//
// The lexicon is knowledge kept as data: salescoach reads it at run time from a text file, by
// default vader_lexicon.txt from the npm package vader-sentiment (pinned in package-lock.json),
// so a user can point salescoach at another lexicon without rebuilding. Each line is
//
//   token<TAB>mean valence<TAB>standard deviation<TAB>raw ratings
//
// Only the first two fields are read; the rest is kept for people, not for us. docs/sentiment.md
// describes the format and where the file comes from.
//
//   Diagnostics diagnostics;
//   SC_ASSIGN_OR_RETURN(SentimentLexicon lexicon, SentimentLexicon::Load(path, &diagnostics));
//   std::optional<double> valence = lexicon.Valence("good");  // 1.9
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string_view>
#include <utility>

#include "analysis/vader_word_table.h"
#include "base/diagnostics.h"
#include "base/result.h"

namespace sc::analysis {
// Immutable after Parse/Load: every const method may be called from many threads at once.
class SentimentLexicon {
 public:
  // Parses lexicon text; `source` names it in diagnostics and messages. Blank lines are
  // skipped, a UTF-8 byte order mark is ignored, and when a token appears twice the later line
  // wins (the reference JavaScript object literal behaves the same way; vader_lexicon.txt
  // repeats 14 tokens). Returns kInvalidArgument when a line has no tab after the token, an
  // empty token, or a mean that is not a finite decimal number; every such line is added to
  // `*diagnostics` with its file:line:column and a hint. Returns kInvalidArgument with a
  // whole-file diagnostic when there are no entries at all.
  // REQUIRES: diagnostics != nullptr.
  static Result<SentimentLexicon> Parse(std::string_view text, std::string_view source,
                                        Diagnostics* diagnostics);

  // Reads the file at `path` and parses it. Returns kNotFound when the file does not exist,
  // kIoError when it cannot be read, else what Parse returns.
  // REQUIRES: diagnostics != nullptr.
  static Result<SentimentLexicon> Load(const std::filesystem::path& path, Diagnostics* diagnostics);

  // The mean valence of `lower_token`, or nullopt when the lexicon does not hold it. Lookup is
  // exact: the caller lower-cases (VADER looks up token.toLowerCase()).
  std::optional<double> Valence(std::string_view lower_token) const {
    const double* valence = valences_.Find(lower_token);
    if (valence == nullptr) return std::nullopt;
    return *valence;
  }

  std::size_t size() const { return valences_.size(); }

 private:
  explicit SentimentLexicon(WordTable<double> valences) : valences_(std::move(valences)) {}

  WordTable<double> valences_;
};

}  // namespace sc::analysis
