#include "analysis/sentences.h"

#include <algorithm>
#include <array>
#include <string>

namespace sc::analysis {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsCloser(char c) { return c == '"' || c == '\'' || c == ')' || c == ']'; }

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // U+2026

// Abbreviations after which a period does not end a sentence (lower case, without the period).
// "no.", "min." and "est." are left out: in speech they end sentences far more often.
constexpr std::array<std::string_view, 20> kAbbreviations{
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "etc", "eg", "ie", "e.g", "i.e",
    "approx", "inc", "ltd", "corp", "dept", "fig"};

// The word that ends right before `dot`, lower case, without leading punctuation.
std::string WordBefore(std::string_view text, std::size_t dot) {
  std::size_t begin = dot;
  while (begin > 0 && !IsSpace(text[begin - 1])) --begin;
  std::string word;
  for (std::size_t i = begin; i < dot; ++i) {
    char c = text[i];
    if (IsAsciiAlpha(c) || c == '.') word += static_cast<char>(c | 0x20);
    else if (!word.empty()) word += c;
  }
  return word;
}

// True when the period at `dot` belongs to a number, an initial or an abbreviation.
bool IsNonTerminalPeriod(std::string_view text, std::size_t dot) {
  bool digit_before = dot > 0 && IsDigit(text[dot - 1]);
  bool digit_after = dot + 1 < text.size() && IsDigit(text[dot + 1]);
  if (digit_before && digit_after) return true;
  std::string word = WordBefore(text, dot);
  if (word.size() == 1 && IsAsciiAlpha(word[0])) return true;  // "J." and the m of "p.m."
  if (word.size() == 3 && word[1] == '.') return true;          // "a.m" before the last period
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), word) != kAbbreviations.end();
}

// If a sentence ends at `i` (a terminator), returns the offset just past its end punctuation
// and closers; otherwise returns 0.
std::size_t SentenceEndAt(std::string_view text, std::size_t i) {
  std::size_t j = i;
  bool saw_terminator = false;
  while (j < text.size()) {
    char c = text[j];
    if (c == '?' || c == '!') {
      saw_terminator = true;
      ++j;
    } else if (c == '.') {
      if (!saw_terminator && IsNonTerminalPeriod(text, j)) return 0;
      saw_terminator = true;
      ++j;
    } else if (text.substr(j, kEllipsis.size()) == kEllipsis) {
      saw_terminator = true;
      j += kEllipsis.size();
    } else {
      break;
    }
  }
  if (!saw_terminator) return 0;
  while (j < text.size() && IsCloser(text[j])) ++j;
  if (j < text.size() && !IsSpace(text[j])) return 0;  // "3.5", "gong.io", "?!x"
  return j;
}

}  // namespace

std::vector<TextSpan> SplitSentences(std::string_view text) {
  std::vector<TextSpan> sentences;
  std::size_t begin = 0;
  auto emit = [&](std::size_t end) {
    while (begin < end && IsSpace(text[begin])) ++begin;
    std::size_t last = end;
    while (last > begin && IsSpace(text[last - 1])) --last;
    if (last > begin) {
      sentences.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(last)});
    }
    begin = end;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c != '.' && c != '?' && c != '!' && c != '\xE2') continue;
    if (c == '\xE2' && text.substr(i, kEllipsis.size()) != kEllipsis) continue;
    std::size_t end = SentenceEndAt(text, i);
    if (end == 0) continue;
    emit(end);
    i = end - 1;
  }
  emit(text.size());
  return sentences;
}

bool EndsWithQuestionMark(std::string_view sentence) {
  std::size_t end = sentence.size();
  while (end > 0 && (IsCloser(sentence[end - 1]) || IsSpace(sentence[end - 1]))) --end;
  return end > 0 && sentence[end - 1] == '?';
}

}  // namespace sc::analysis
