#include "delivery/mime_encoding.h"

#include <algorithm>
#include <cstddef>

namespace sc::delivery {
namespace {

constexpr char kHexDigits[] = "0123456789ABCDEF";
constexpr char kBase64Alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// RFC 2045 section 6.7 rule 5: an encoded line is at most 76 characters, not counting its CRLF.
constexpr std::size_t kMaxQuotedPrintableLine = 76;

// RFC 2047 section 2: an encoded word is at most 75 characters. "=?UTF-8?B?" and "?=" take 12,
// which leaves 63 for base64, so 60 (a multiple of 4), which carries 45 bytes.
constexpr std::string_view kWordPrefix = "=?UTF-8?B?";
constexpr std::string_view kWordSuffix = "?=";
constexpr std::size_t kMaxWordBytes = 45;

bool IsUtf8Continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The quoted-printable token for line[index] when it is written at the start of an output line
// (`line_start`) or after other characters.
std::string QuotedPrintableToken(std::string_view line, std::size_t index, bool line_start) {
  const unsigned char byte = static_cast<unsigned char>(line[index]);
  const bool ends_line = index + 1 == line.size();
  bool literal = byte == '\t' || (byte >= 0x20 && byte < 0x7F && byte != '=');
  // White space at the end of a line may be stripped in transit (rule 3).
  if (ends_line && (byte == ' ' || byte == '\t')) literal = false;
  // A "." alone on a line ends the SMTP DATA, a leading "." may be doubled or dropped, and mbox
  // files turn a leading "From " into ">From ": encode the first byte so the line is left alone.
  if (line_start && (byte == '.' || line.substr(index).starts_with("From "))) literal = false;
  if (literal) return std::string(1, static_cast<char>(byte));
  return std::string{'=', kHexDigits[byte >> 4], kHexDigits[byte & 0x0F]};
}

// Appends the encoded form of one input line (without its line ending) to `out`.
void AppendQuotedPrintableLine(std::string_view line, std::string& out) {
  std::size_t column = 0;
  for (std::size_t index = 0; index < line.size(); ++index) {
    std::string token = QuotedPrintableToken(line, index, column == 0);
    // Every output line but the last of this input line keeps a column for its soft break "=".
    const bool ends_line = index + 1 == line.size();
    const std::size_t limit = ends_line ? kMaxQuotedPrintableLine : kMaxQuotedPrintableLine - 1;
    if (column + token.size() > limit) {
      out += "=\r\n";
      column = 0;
      token = QuotedPrintableToken(line, index, true);
    }
    out += token;
    column += token.size();
  }
}

}  // namespace

std::string Base64(std::string_view bytes) {
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t index = 0;
  for (; index + 3 <= bytes.size(); index += 3) {
    const unsigned group = static_cast<unsigned char>(bytes[index]) << 16 |
                           static_cast<unsigned char>(bytes[index + 1]) << 8 |
                           static_cast<unsigned char>(bytes[index + 2]);
    out += kBase64Alphabet[group >> 18 & 0x3F];
    out += kBase64Alphabet[group >> 12 & 0x3F];
    out += kBase64Alphabet[group >> 6 & 0x3F];
    out += kBase64Alphabet[group & 0x3F];
  }
  const std::size_t rest = bytes.size() - index;
  if (rest > 0) {
    unsigned group = static_cast<unsigned char>(bytes[index]) << 16;
    if (rest == 2) group |= static_cast<unsigned char>(bytes[index + 1]) << 8;
    out += kBase64Alphabet[group >> 18 & 0x3F];
    out += kBase64Alphabet[group >> 12 & 0x3F];
    out += rest == 2 ? kBase64Alphabet[group >> 6 & 0x3F] : '=';
    out += '=';
  }
  return out;
}

std::string QuotedPrintable(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size() + utf8.size() / 8);
  std::size_t start = 0;
  while (start < utf8.size()) {
    const std::size_t newline = utf8.find('\n', start);
    if (newline == std::string_view::npos) {
      AppendQuotedPrintableLine(utf8.substr(start), out);
      break;
    }
    std::string_view line = utf8.substr(start, newline - start);
    if (line.ends_with('\r')) line.remove_suffix(1);
    AppendQuotedPrintableLine(line, out);
    out += "\r\n";
    start = newline + 1;
  }
  return out;
}

std::string EncodeHeaderWord(std::string_view utf8) {
  bool plain = utf8.find("=?") == std::string_view::npos;
  for (char c : utf8) {
    const unsigned char byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte >= 0x7F) plain = false;
  }
  if (plain) return std::string(utf8);

  std::string out;
  std::size_t start = 0;
  while (start < utf8.size()) {
    std::size_t end = std::min(start + kMaxWordBytes, utf8.size());
    // Back off to the first byte of a character so that no word ends inside one (RFC 2047
    // section 5: each encoded word must hold whole characters).
    std::size_t cut = end;
    while (cut > start && cut < utf8.size() && IsUtf8Continuation(utf8[cut])) --cut;
    if (cut > start) end = cut;
    // Prefer to end a word just after a space, inside it: a reader drops the folding white space
    // between encoded words, and one that wrongly keeps it then shows it between two words of
    // the text, not inside one.
    if (end < utf8.size()) {
      const std::size_t space = utf8.substr(start, end - start).rfind(' ');
      if (space != std::string_view::npos && space >= kMaxWordBytes / 2) end = start + space + 1;
    }
    if (!out.empty()) out += "\r\n ";
    out += kWordPrefix;
    out += Base64(utf8.substr(start, end - start));
    out += kWordSuffix;
    start = end;
  }
  return out;
}

}  // namespace sc::delivery
