#include "analysis/quote.h"

#include <algorithm>

namespace sc::analysis {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
// Digit runs this long are account, card or phone numbers, not amounts or counts.
constexpr std::size_t kMinSensitiveDigits = 7;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool IsEmailChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsDigit(c) || c == '.' || c == '_' ||
         c == '-' || c == '+' || c == '%';
}

// The end of an e-mail address whose '@' is at `at`, or npos. `*begin` receives its start.
std::size_t EmailAt(std::string_view text, std::size_t at, std::size_t* begin) {
  std::size_t b = at;
  while (b > 0 && IsEmailChar(text[b - 1])) --b;
  std::size_t e = at + 1;
  while (e < text.size() && IsEmailChar(text[e])) ++e;
  while (e > at + 1 && text[e - 1] == '.') --e;  // the sentence's period
  std::string_view domain = text.substr(at + 1, e - at - 1);
  if (b == at || domain.find('.') == std::string_view::npos || domain.front() == '.') {
    return std::string_view::npos;
  }
  *begin = b;
  return e;
}

// A run of digits that may be broken by single spaces, dashes, dots or parentheses, as phone,
// card and account numbers are written: returns its end and digit count.
std::size_t NumberRunAt(std::string_view text, std::size_t i, std::size_t* digits) {
  std::size_t end = i;
  *digits = 0;
  std::size_t j = i;
  while (j < text.size()) {
    if (IsDigit(text[j])) {
      ++*digits;
      end = ++j;
    } else if ((text[j] == ' ' || text[j] == '-' || text[j] == '.' || text[j] == ')' ||
                text[j] == '(') &&
               j + 1 < text.size() && (IsDigit(text[j + 1]) || text[j + 1] == '(' ||
                                        (text[j] == ')' && text[j + 1] == ' '))) {
      ++j;
    } else {
      break;
    }
  }
  return end;
}

// "2026-11-24": a date, which stays.
bool IsIsoDate(std::string_view run) {
  return run.size() == 10 && run[4] == '-' && run[7] == '-';
}

}  // namespace

std::string RedactPersonalData(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c == '@') {
      std::size_t begin = 0;
      std::size_t end = EmailAt(text, i, &begin);
      if (end != std::string_view::npos) {
        out.resize(out.size() - (i - begin));
        out += "[email]";
        i = end;
        continue;
      }
    }
    bool opens = (c == '+' || c == '(') && i + 1 < text.size() && IsDigit(text[i + 1]);
    if ((IsDigit(c) || opens) && (i == 0 || !IsDigit(text[i - 1]))) {
      std::size_t digits = 0;
      std::size_t end = NumberRunAt(text, opens ? i + 1 : i, &digits);
      std::string_view run = text.substr(i, end - i);
      bool amount = i > 0 && (text[i - 1] == '$' || text[i - 1] == ',' || text[i - 1] == '.');
      if (digits >= kMinSensitiveDigits && !amount && !IsIsoDate(run)) {
        bool grouped = run.find_first_of(" -.()") != std::string_view::npos;
        out += (opens || (grouped && digits >= 10 && digits <= 15)) ? "[phone]" : "[number]";
      } else {
        out.append(run);
      }
      i = end;
      continue;
    }
    out += c;
    ++i;
  }
  return out;
}

namespace {

// Cuts `text` after the last whole word within `max_chars - 3` bytes and appends "…".
std::string CutAtWord(std::string_view text, std::size_t max_chars) {
  constexpr std::string_view kEllipsis = "\xE2\x80\xA6";
  std::size_t limit = max_chars > kEllipsis.size() ? max_chars - kEllipsis.size() : 0;
  std::size_t cut = limit;
  while (cut > 0 && !IsSpace(text[cut])) --cut;  // text[limit] exists: text is longer
  while (cut > 0 && (IsSpace(text[cut - 1]) || text[cut - 1] == ',' || text[cut - 1] == ';' ||
                     text[cut - 1] == ':' || text[cut - 1] == '-')) {
    --cut;
  }
  if (cut == 0) {  // one enormous word: cut at a UTF-8 character boundary
    cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  }
  std::string out(text.substr(0, cut));
  out += kEllipsis;
  return out;
}

}  // namespace

std::string QuoteSentences(std::string_view text, std::span<const TextSpan> sentences,
                           std::size_t first, std::size_t max_chars) {
  std::string quote;
  for (std::size_t s = first; s < sentences.size(); ++s) {
    std::string sentence = RedactPersonalData(Slice(text, sentences[s]));
    std::size_t needed = quote.size() + (quote.empty() ? 0 : 1) + sentence.size();
    if (needed > max_chars) {
      if (quote.empty()) return CutAtWord(sentence, max_chars);
      break;
    }
    if (!quote.empty()) quote += ' ';
    quote += sentence;
  }
  return quote;
}

std::string QuoteText(std::string_view text, std::size_t max_chars) {
  std::vector<TextSpan> sentences = SplitSentences(text);
  if (sentences.empty()) return {};
  return QuoteSentences(text, sentences, 0, max_chars);
}

}  // namespace sc::analysis
