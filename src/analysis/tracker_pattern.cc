#include "analysis/tracker_pattern.h"

#include <algorithm>
#include <cstdlib>
#include <memory>

#include <fmt/format.h>
#include <hs/hs.h>

#include "base/text.h"

namespace sc::analysis {
namespace {

// U+2019 RIGHT SINGLE QUOTATION MARK in UTF-8: the apostrophe most transcription services and
// word processors write. Matching it in the patterns (rather than rewriting the text) keeps hit
// offsets pointing into the caller's text.
constexpr std::string_view kRightQuote = "\xE2\x80\x99";
constexpr std::string_view kApostrophes = "(?:'|\\xE2\\x80\\x99)";

bool IsSpaceByte(char byte) {
  return byte == ' ' || byte == '\t' || byte == '\n' || byte == '\r' || byte == '\f' ||
         byte == '\v';
}

bool IsAsciiAlnum(char byte) {
  return (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
         (byte >= '0' && byte <= '9');
}

// The literal with white space runs made one space and every apostrophe made ' .
std::string CanonicalLiteral(std::string_view phrase) {
  const std::string_view words = Trim(phrase);
  std::string canonical;
  std::size_t index = 0;
  while (index < words.size()) {
    if (IsSpaceByte(words[index])) {
      while (index < words.size() && IsSpaceByte(words[index])) ++index;
      canonical += ' ';
    } else if (words.substr(index, kRightQuote.size()) == kRightQuote) {
      canonical += '\'';
      index += kRightQuote.size();
    } else {
      canonical += words[index++];
    }
  }
  return canonical;
}

// Copies a character class starting at regex[start] == '[' and returns the index after it.
// A ']' right after "[" or "[^" is a member, and "[:alpha:]" inside a class is one unit.
std::size_t CopyCharacterClass(std::string_view regex, std::size_t start, std::string* out) {
  std::size_t index = start + 1;
  if (index < regex.size() && regex[index] == '^') ++index;
  if (index < regex.size() && regex[index] == ']') ++index;
  while (index < regex.size() && regex[index] != ']') {
    if (regex[index] == '\\') {
      index += 2;
    } else if (regex.substr(index, 2) == "[:") {
      std::size_t close = regex.find(":]", index + 2);
      index = close == std::string_view::npos ? regex.size() : close + 2;
    } else {
      ++index;
    }
  }
  index = std::min(index + 1, regex.size());
  *out += regex.substr(start, index - start);
  return index;
}

// Copies an escape ("\d", "\x27", or a whole "\Q...\E" quote) and returns the index after it.
std::size_t CopyEscape(std::string_view regex, std::size_t start, std::string* out) {
  std::size_t end = std::min(start + 2, regex.size());
  if (regex.substr(start, 2) == "\\Q") {
    std::size_t close = regex.find("\\E", start + 2);
    end = close == std::string_view::npos ? regex.size() : close + 2;
  }
  *out += regex.substr(start, end - start);
  return end;
}

struct ExpressionInfoDeleter {
  void operator()(hs_expr_info_t* info) const { std::free(info); }
};

// Hyperscan's verdict on one pattern: its error message, or nullopt and the minimum width.
std::optional<std::string> CheckPattern(const std::string& pattern, unsigned* min_width) {
  hs_expr_info_t* raw_info = nullptr;
  hs_compile_error_t* error = nullptr;
  if (hs_expression_info(pattern.c_str(), TrackerRegexFlags(), &raw_info, &error) != HS_SUCCESS) {
    std::string message = error != nullptr ? error->message : "rejected by Hyperscan";
    hs_free_compile_error(error);
    return message;
  }
  std::unique_ptr<hs_expr_info_t, ExpressionInfoDeleter> info(raw_info);
  *min_width = info->min_width;
  return std::nullopt;
}

}  // namespace

unsigned TrackerLiteralFlags() { return HS_FLAG_CASELESS; }

unsigned TrackerRegexFlags() { return HS_FLAG_CASELESS | HS_FLAG_SOM_LEFTMOST; }

std::vector<std::string> LiteralVariants(std::string_view phrase) {
  std::vector<std::string> variants = {""};
  for (char byte : CanonicalLiteral(phrase)) {
    if (byte != '\'') {
      for (std::string& variant : variants) variant += byte;
      continue;
    }
    const std::size_t count = variants.size();
    for (std::size_t index = 0; index < count; ++index) {
      variants.push_back(variants[index] + std::string(kRightQuote));
      variants[index] += '\'';
    }
  }
  return variants;
}

std::optional<std::string> LiteralProblem(std::string_view phrase) {
  const std::string canonical = CanonicalLiteral(phrase);
  if (canonical.empty()) return std::string("the phrase is empty");
  if (std::count(canonical.begin(), canonical.end(), '\'') > kMaxLiteralApostrophes) {
    return fmt::format("the phrase has more than {} apostrophes", kMaxLiteralApostrophes);
  }
  return std::nullopt;
}

std::string RegexPattern(std::string_view regex) {
  std::string pattern;
  std::size_t index = 0;
  while (index < regex.size()) {
    const char byte = regex[index];
    if (byte == '\\') {
      index = CopyEscape(regex, index, &pattern);
    } else if (byte == '[') {
      index = CopyCharacterClass(regex, index, &pattern);
    } else {
      if (byte == '\'') {
        pattern += kApostrophes;
      } else {
        pattern += byte;
      }
      ++index;
    }
  }
  return pattern;
}

std::optional<std::string> RegexProblem(std::string_view regex) {
  for (char byte : regex) {
    if (static_cast<unsigned char>(byte) >= 0x80) {
      return "the regex holds non-ASCII text; regexes are matched byte by byte, so write "
             "such characters as \\xHH (an apostrophe ' already matches \xE2\x80\x99 too)";
    }
  }
  unsigned min_width = 0;
  // The regex as written first, so that Hyperscan's "at index N" counts the author's characters.
  if (auto problem = CheckPattern(std::string(regex), &min_width)) return problem;
  if (auto problem = CheckPattern(RegexPattern(regex), &min_width)) return problem;
  if (min_width == 0) return std::string("the regex matches the empty string");
  return std::nullopt;
}

bool IsWordByte(char byte) { return IsAsciiAlnum(byte) || byte == '_'; }

std::string NormalizeWord(std::string_view word) {
  std::string normal;
  normal.reserve(word.size());
  std::size_t index = 0;
  while (index < word.size()) {
    if (word.substr(index, kRightQuote.size()) == kRightQuote) {
      normal += '\'';
      index += kRightQuote.size();
      continue;
    }
    const char byte = word[index++];
    normal += (byte >= 'A' && byte <= 'Z') ? static_cast<char>(byte - 'A' + 'a') : byte;
  }
  return normal;
}

std::string PrecedingWord(std::string_view text, std::size_t offset) {
  std::size_t end = std::min(offset, text.size());
  while (end > 0 && IsSpaceByte(text[end - 1])) --end;
  std::size_t begin = end;
  while (begin > 0) {
    if (IsWordByte(text[begin - 1]) || text[begin - 1] == '\'') {
      --begin;
    } else if (begin >= kRightQuote.size() &&
               text.substr(begin - kRightQuote.size(), kRightQuote.size()) == kRightQuote) {
      begin -= kRightQuote.size();
    } else {
      break;
    }
  }
  return NormalizeWord(text.substr(begin, end - begin));
}

}  // namespace sc::analysis
