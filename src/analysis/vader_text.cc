#include "analysis/vader_text.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "analysis/vader_rules.h"

namespace sc::analysis::vader {
namespace {

// U+212A KELVIN SIGN: the one non-ASCII character whose toLowerCase() is ASCII ("k").
constexpr std::string_view kKelvinSign = "\xE2\x84\xAA";

// The 32 characters of the reference's REGEX_REMOVE_PUNCTUATION (Python's string.punctuation).
constexpr std::array<bool, 256> MakeAsciiPunctuationTable() {
  std::array<bool, 256> table{};
  for (char character : std::string_view("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")) {
    table[static_cast<unsigned char>(character)] = true;
  }
  return table;
}
constexpr std::array<bool, 256> kAsciiPunctuation = MakeAsciiPunctuationTable();

bool IsAsciiPunctuation(char character) {
  return kAsciiPunctuation[static_cast<unsigned char>(character)];
}

// The byte length of the JavaScript white space character (/\s/) starting at `index`, or 0:
// ASCII tab, LF, VT, FF, CR and space, U+00A0, U+1680, U+2000..U+200A, U+2028, U+2029, U+202F,
// U+205F, U+3000 and U+FEFF. U+0085 and U+180E are not white space to JavaScript.
std::size_t JsWhitespaceLength(std::string_view text, std::size_t index) {
  auto byte = [&](std::size_t offset) -> unsigned {
    return index + offset < text.size() ? static_cast<unsigned char>(text[index + offset]) : 0;
  };
  unsigned lead = byte(0);
  if (lead < 0x80) return lead == ' ' || (lead >= '\t' && lead <= '\r') ? 1 : 0;
  unsigned second = byte(1);
  unsigned third = byte(2);
  switch (lead) {
    case 0xC2:
      return second == 0xA0 ? 2 : 0;
    case 0xE1:
      return second == 0x9A && third == 0x80 ? 3 : 0;
    case 0xE2:
      if (second == 0x80) {
        bool spaces = third >= 0x80 && third <= 0x8A;
        bool separators = third == 0xA8 || third == 0xA9 || third == 0xAF;
        return spaces || separators ? 3 : 0;
      }
      return second == 0x81 && third == 0x9F ? 3 : 0;
    case 0xE3:
      return second == 0x80 && third == 0x80 ? 3 : 0;
    case 0xEF:
      return second == 0xBB && third == 0xBF ? 3 : 0;
    default:
      return 0;
  }
}

// True when `word` is two or more UTF-16 code units long (JavaScript's word.length > 1): a code
// point above U+FFFF counts two, continuation bytes count nothing.
bool HasTwoUtf16Units(std::string_view word) {
  std::size_t units = 0;
  for (char character : word) {
    auto byte = static_cast<unsigned char>(character);
    if ((byte & 0xC0) == 0x80) continue;
    units += byte >= 0xF0 ? 2 : 1;
    if (units > 1) return true;
  }
  return false;
}

// get_words_plus_punc maps PUNC_LIST + w and w + PUNC_LIST to w for every word w of two or more
// code units in the text with its ASCII punctuation removed. Since w itself then holds no
// punctuation, a token maps to its bare word exactly when the punctuation sits at one end only,
// forms one PUNC_LIST entry, and leaves a long enough word.
std::string_view StripPunctuationAffix(std::string_view token) {
  std::size_t leading = 0;
  while (leading < token.size() && IsAsciiPunctuation(token[leading])) ++leading;
  if (leading == token.size()) return token;
  std::size_t trailing = 0;
  while (IsAsciiPunctuation(token[token.size() - 1 - trailing])) ++trailing;
  if ((leading > 0) == (trailing > 0)) return token;
  std::string_view word = token.substr(leading, token.size() - leading - trailing);
  if (std::any_of(word.begin(), word.end(), IsAsciiPunctuation)) return token;
  if (!HasTwoUtf16Units(word)) return token;
  std::string_view affix = leading > 0 ? token.substr(0, leading) : token.substr(word.size());
  return IsPunctuationAffix(affix) ? word : token;
}

void AddToken(std::string_view token, std::vector<std::string_view>* words) {
  if (HasTwoUtf16Units(token)) words->push_back(StripPunctuationAffix(token));
}

}  // namespace

void SplitWordsAndEmoticons(std::string_view text, std::vector<std::string_view>* words) {
  std::size_t start = 0;
  std::size_t index = 0;
  while (index < text.size()) {
    std::size_t space = JsWhitespaceLength(text, index);
    if (space == 0) {
      ++index;
      continue;
    }
    AddToken(text.substr(start, index - start), words);
    index += space;
    start = index;
  }
  AddToken(text.substr(start), words);
}

bool IsAllCaps(std::string_view word) {
  bool has_capital = false;
  for (char character : word) {
    if (character >= 'a' && character <= 'z') return false;
    if (character >= 'A' && character <= 'Z') has_capital = true;
  }
  return has_capital;
}

std::size_t AppendLowercase(std::string_view word, std::string* out) {
  std::size_t before = out->size();
  for (std::size_t index = 0; index < word.size(); ++index) {
    char character = word[index];
    if (character >= 'A' && character <= 'Z') {
      out->push_back(static_cast<char>(character - 'A' + 'a'));
    } else if (character == kKelvinSign[0] && word.substr(index, 3) == kKelvinSign) {
      out->push_back('k');
      index += kKelvinSign.size() - 1;
    } else {
      out->push_back(character);
    }
  }
  return out->size() - before;
}

std::size_t CountChar(std::string_view text, char character) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), character));
}

double RoundLikeToFixed(double x, int digits) {
  constexpr double kPowersOfTen[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6};
  double scale = kPowersOfTen[digits];
  double magnitude = std::fabs(x);
  double scaled = magnitude * scale;
  // Rounding `scaled` could move a value across the half-way point, so its rounding error is
  // recovered exactly: magnitude * scale == scaled + error.
  double error = std::fma(magnitude, scale, -scaled);
  double whole = std::floor(scaled);
  // Exact whenever it is near zero; when it is not zero it outweighs `error`.
  double above_half = (scaled - whole) - 0.5;
  bool round_up = above_half > 0 || (above_half == 0 && error >= 0);
  double rounded = (round_up ? whole + 1 : whole) / scale;
  return x < 0 ? -rounded : rounded;
}

}  // namespace sc::analysis::vader
