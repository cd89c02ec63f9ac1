#include "analysis/word_set.h"

#include <algorithm>
#include <utility>

#include <fmt/format.h>

#include "base/file_io.h"
#include "base/text.h"

namespace sc::analysis {
namespace {

// A file with many bad lines (the wrong file, a binary) needs no more than this many
// diagnostics to show what is wrong; the status message still counts them all.
constexpr std::size_t kMaxLineDiagnostics = 20;
// Shorter words ("ok", "hr") are never content words; stems keep at least this many letters.
constexpr std::size_t kMinContentLetters = 3;

constexpr std::string_view kUtf8ByteOrderMark = "\xEF\xBB\xBF";
constexpr std::string_view kRightSingleQuote = "\xE2\x80\x99";  // ’, the typographic apostrophe
constexpr std::string_view kFormatHint =
    "write one word per line, letters and apostrophes only (\"don't\"); text is split into "
    "words at every other character, so anything else could never match";

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsSpace(char c) { return c == ' ' || c == '\t'; }

// The length of the apostrophe at `offset` of `text` (1 for ', 3 for ’), or 0.
std::size_t ApostropheAt(std::string_view text, std::size_t offset) {
  if (text[offset] == '\'') return 1;
  return text.substr(offset, kRightSingleQuote.size()) == kRightSingleQuote ? 3 : 0;
}

// Lower case with ’ written ', for comparing words.
std::string NormalizeWord(std::string_view word) {
  std::string lower;
  for (std::size_t i = 0; i < word.size();) {
    std::size_t apostrophe = ApostropheAt(word, i);
    if (apostrophe > 0) {
      lower += '\'';
      i += apostrophe;
    } else {
      lower += static_cast<char>(IsAsciiLetter(word[i]) ? word[i] | 0x20 : word[i]);
      ++i;
    }
  }
  return lower;
}

// The bytes of the UTF-8 character starting at `offset` of valid UTF-8 `text`.
std::size_t CharacterLength(std::string_view text, std::size_t offset) {
  std::size_t length = 1;
  while (offset + length < text.size() && (text[offset + length] & 0xC0) == 0x80) ++length;
  return length;
}

class WordListParser {
 public:
  WordListParser(std::string_view source, Diagnostics* diagnostics)
      : source_(source), diagnostics_(diagnostics) {}

  void ParseLine(std::string_view line, std::size_t number) {
    std::string_view word = Trim(line);
    if (word.empty() || word.front() == '#') return;
    const std::size_t column = static_cast<std::size_t>(word.data() - line.data()) + 1;
    if (std::optional<std::size_t> bad = FindInvalidUtf8(word)) {
      Report(line, number, column + *bad,
             fmt::format("invalid UTF-8 byte 0x{:02X} in the word list",
                         static_cast<unsigned char>(word[*bad])),
             "save the file as UTF-8");
      return;
    }
    if (auto space = std::find_if(word.begin(), word.end(), IsSpace); space != word.end()) {
      std::size_t second = static_cast<std::size_t>(space - word.begin());
      while (IsSpace(word[second])) ++second;
      Report(line, number, column + second, fmt::format("\"{}\" is more than one word", word),
             std::string(kFormatHint));
      return;
    }
    for (std::size_t i = 0; i < word.size(); ++i) {
      std::size_t apostrophe = ApostropheAt(word, i);
      if (apostrophe == 0 && !IsAsciiLetter(word[i])) {
        std::string_view character = word.substr(i, CharacterLength(word, i));
        Report(line, number, column + i,
               fmt::format("\"{}\" holds '{}', which is not part of a word", word, character),
               std::string(kFormatHint));
        return;
      }
      if (apostrophe > 0) i += apostrophe - 1;
    }
    words_.push_back(NormalizeWord(word));
  }

  std::size_t bad_lines() const { return bad_lines_; }
  std::vector<std::string> TakeWords() { return std::move(words_); }

 private:
  void Report(std::string_view line, std::size_t number, std::size_t column, std::string message,
              std::string hint) {
    ++bad_lines_;
    if (bad_lines_ > kMaxLineDiagnostics) return;
    diagnostics_->Add(Diagnostic{.source = std::string(source_),
                                 .line = number,
                                 .column = column,
                                 .message = std::move(message),
                                 .hint = std::move(hint),
                                 .source_line = std::string(line)});
  }

  std::string_view source_;
  Diagnostics* diagnostics_;
  std::size_t bad_lines_ = 0;
  std::vector<std::string> words_;
};

bool EndsWith(const std::string& word, std::string_view suffix) {
  return word.size() >= suffix.size() && std::string_view(word).ends_with(suffix);
}

// Replaces `suffix` at the end of `*word` by `replacement` when at least kMinContentLetters
// letters remain; returns whether it did.
bool Replace(std::string* word, std::string_view suffix, std::string_view replacement = "") {
  if (!EndsWith(*word, suffix)) return false;
  if (word->size() - suffix.size() + replacement.size() < kMinContentLetters) return false;
  word->resize(word->size() - suffix.size());
  *word += replacement;
  return true;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// "plann" of "planning" becomes "plan"; "staff", "bill", "press" and "buzz" keep their pair.
void Undouble(std::string* word) {
  std::size_t size = word->size();
  if (size <= kMinContentLetters) return;
  char last = (*word)[size - 1];
  if (last == (*word)[size - 2] && !IsVowel(last) && last != 'l' && last != 's' && last != 'z' &&
      last != 'f') {
    word->pop_back();
  }
}

void StripPlural(std::string* word) {
  if (Replace(word, "ies", "y") || Replace(word, "sses", "ss")) return;
  for (std::string_view suffix : {"xes", "zes", "ches", "shes"}) {
    if (EndsWith(*word, suffix)) {
      Replace(word, "es");
      return;
    }
  }
  if (!EndsWith(*word, "ss") && !EndsWith(*word, "us") && !EndsWith(*word, "is")) {
    Replace(word, "s");
  }
}

std::string Stem(std::string word) {
  StripPlural(&word);
  if (Replace(&word, "ing") || (!Replace(&word, "ied", "y") && Replace(&word, "ed"))) {
    Undouble(&word);
  }
  Replace(&word, "e");
  return word;
}

}  // namespace

Result<WordSet> WordSet::Parse(std::string_view text, std::string_view source,
                               Diagnostics* diagnostics) {
  SC_CHECK(diagnostics != nullptr);
  if (text.starts_with(kUtf8ByteOrderMark)) text.remove_prefix(kUtf8ByteOrderMark.size());
  WordListParser parser(source, diagnostics);
  std::size_t number = 0;
  for (std::string_view line : Split(text, '\n')) {
    if (line.ends_with('\r')) line.remove_suffix(1);
    parser.ParseLine(line, ++number);
  }
  if (parser.bad_lines() > 0) {
    return Status::InvalidArgument(fmt::format("{}: {} malformed line{} in the word list", source,
                                               parser.bad_lines(),
                                               parser.bad_lines() == 1 ? "" : "s"));
  }
  WordSet set;
  for (std::string& word : parser.TakeWords()) {
    set.stems_.insert(Stem(word));
    set.words_.insert(std::move(word));
  }
  return set;
}

Result<WordSet> WordSet::Load(const std::filesystem::path& path, Diagnostics* diagnostics) {
  SC_ASSIGN_OR_RETURN(std::string text, ReadFile(path));
  return Parse(text, path.string(), diagnostics);
}

bool WordSet::Contains(std::string_view word) const { return words_.find(word) != words_.end(); }

bool WordSet::ContainsStem(std::string_view stem) const {
  return stems_.find(stem) != stems_.end();
}

std::vector<Word> SplitWords(std::string_view text) {
  std::vector<Word> words;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!IsAsciiLetter(text[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    // Apostrophes inside a word ("don't") belong to it; one after it ("customers'") does not.
    while (end < text.size()) {
      if (IsAsciiLetter(text[end])) {
        ++end;
      } else if (std::size_t apostrophe = ApostropheAt(text, end);
                 apostrophe > 0 && end + apostrophe < text.size() &&
                 IsAsciiLetter(text[end + apostrophe])) {
        end += apostrophe;
      } else {
        break;
      }
    }
    words.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(end),
                     NormalizeWord(text.substr(i, end - i))});
    i = end;
  }
  return words;
}

std::vector<std::string> ContentWords(std::string_view text, const WordSet& stopwords) {
  std::vector<std::string> content;
  for (Word& word : SplitWords(text)) {
    std::string& lower = word.lower;
    if (lower.ends_with("'s")) lower.resize(lower.size() - 2);
    if (lower.size() < kMinContentLetters || lower.find('\'') != std::string::npos) continue;
    if (stopwords.Contains(lower)) continue;
    std::string stem = Stem(lower);
    if (!stopwords.ContainsStem(stem)) content.push_back(std::move(stem));
  }
  return content;
}

}  // namespace sc::analysis
