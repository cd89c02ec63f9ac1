// WordSet: a list of words read from a data file, such as the stop words that are not
// "content" when deciding whether the rep reused the customer's words.
//
// The file has one word per line; blank lines and lines starting with '#' are skipped, and
// surrounding white space is ignored. A word is ASCII letters and apostrophes (' or ’), the
// only characters SplitWords keeps; it is stored in lower case with ’ written '.
// data/words/stopwords.en.txt ships with salescoach and can be replaced without rebuilding.
//
//   SC_ASSIGN_OR_RETURN(WordSet stopwords, WordSet::Load(data_dir / "words/stopwords.en.txt",
//                                                        &diagnostics));
//   std::vector<std::string> words = ContentWords(customer_text, stopwords);
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "base/diagnostics.h"
#include "base/result.h"

namespace sc::analysis {

// Immutable after Parse/Load: every const method may be called from many threads at once.
class WordSet {
 public:
  WordSet() = default;

  // Parses the file's text; `source` names it in diagnostics. A UTF-8 byte order mark and CR
  // line ends are accepted; an empty list is valid. Returns kInvalidArgument, with a located
  // diagnostic per line (at most 20; the message counts them all), for a line holding invalid
  // UTF-8, more than one word, or a character other than a letter or an apostrophe.
  // REQUIRES: diagnostics != nullptr.
  static Result<WordSet> Parse(std::string_view text, std::string_view source,
                               Diagnostics* diagnostics);
  // Reads and parses a file: kNotFound or kIoError naming the path when it cannot be read,
  // else what Parse returns.
  static Result<WordSet> Load(const std::filesystem::path& path, Diagnostics* diagnostics);

  // True when `word` (lower case, apostrophes as ') is in the set.
  bool Contains(std::string_view word) const;
  // True when `stem` is the stem (see ContentWords) of a word in the set: with "like" listed,
  // the stem "lik" of "likes", "liked" and "liking".
  bool ContainsStem(std::string_view stem) const;
  std::size_t size() const { return words_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view word) const {
      return std::hash<std::string_view>{}(word);
    }
  };
  std::unordered_set<std::string, Hash, std::equal_to<>> words_;
  std::unordered_set<std::string, Hash, std::equal_to<>> stems_;
};

// One word of a text: bytes [begin, end) holding a run of ASCII letters and apostrophes
// (' or ’), and its lower-case form with ’ written '. Leading and trailing apostrophes (quote
// marks) are not part of it.
struct Word {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::string lower;
};

// The words of `text`, in order; digits, hyphens and every other character separate words
// ("follow-up" is "follow" and "up"). REQUIRES: text.size() < 4 GiB.
std::vector<Word> SplitWords(std::string_view text);

// The content words of `text` as stems, in text order with duplicates kept: the words of
// SplitWords at least 3 letters long, with a possessive 's removed ("customer's"), leaving out
// other contractions ("don't", "we'll") and every word that is in `stopwords` or shares the
// stem of a word in it. The stem drops a plural -s, -es or -ies (to -y), then -ing or -ed
// (undoubling a final consonant: "planning"), then a final -e, each only when 3 letters
// remain, so "integrations"/"integration" and "pricing"/"priced"/"price" match.
std::vector<std::string> ContentWords(std::string_view text, const WordSet& stopwords);

}  // namespace sc::analysis
