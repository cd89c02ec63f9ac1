#include "ingest/cue_text.h"

#include <array>
#include <cctype>
#include <cstdint>
#include <optional>
#include <utility>

#include "base/text.h"

namespace sc::ingest {
namespace {

// &nbsp; becomes a plain space: a transcript has no use for non-breaking ones, and a plain
// space lets white-space collapsing treat it like any other. The direction marks are dropped.
constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kNamedReferences{{
    {"amp", "&"},
    {"lt", "<"},
    {"gt", ">"},
    {"nbsp", " "},
    {"quot", "\""},
    {"apos", "'"},
    {"lrm", ""},
    {"rlm", ""},
}};

// Longest reference we decode: "&#x10FFFF;" holds 8 characters between & and ;.
constexpr std::size_t kMaxReferenceLength = 8;

void AppendUtf8(std::uint32_t code_point, std::string& out) {
  if (code_point < 0x80) {
    out += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    out += static_cast<char>(0xC0 | (code_point >> 6));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    out += static_cast<char>(0xE0 | (code_point >> 12));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code_point >> 18));
    out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  }
}

// "#233" or "#xE9" to its code point; nullopt for anything that is not a valid scalar value.
std::optional<std::uint32_t> NumericReference(std::string_view name) {
  if (name.size() < 2 || name[0] != '#') return std::nullopt;
  bool hex = name[1] == 'x' || name[1] == 'X';
  std::string_view digits = name.substr(hex ? 2 : 1);
  if (digits.empty()) return std::nullopt;
  std::uint32_t value = 0;
  for (char c : digits) {
    int digit = -1;
    if (c >= '0' && c <= '9') digit = c - '0';
    if (hex && c >= 'a' && c <= 'f') digit = c - 'a' + 10;
    if (hex && c >= 'A' && c <= 'F') digit = c - 'A' + 10;
    if (digit < 0) return std::nullopt;
    value = value * (hex ? 16 : 10) + static_cast<std::uint32_t>(digit);
  }
  bool surrogate = value >= 0xD800 && value <= 0xDFFF;
  if (value == 0 || value > 0x10FFFF || surrogate) return std::nullopt;
  return value;
}

// Decodes the reference starting at `text[0]` ('&') into `out`; returns how many bytes it
// used, or 0 when there is no reference there.
std::size_t DecodeReferenceAt(std::string_view text, std::string& out) {
  std::size_t semicolon = text.find(';', 1);
  if (semicolon == std::string_view::npos || semicolon - 1 > kMaxReferenceLength) return 0;
  std::string_view name = text.substr(1, semicolon - 1);
  for (const auto& [reference, replacement] : kNamedReferences) {
    if (name == reference) {
      out += replacement;
      return semicolon + 1;
    }
  }
  if (std::optional<std::uint32_t> code_point = NumericReference(name)) {
    AppendUtf8(*code_point, out);
    return semicolon + 1;
  }
  return 0;
}

// "v Dana", "v.loud Dana" or "v.first.loud Dana Reyes": the voice's name, or nullopt when
// the tag is not a voice span.
std::optional<std::string_view> VoiceName(std::string_view tag) {
  if (tag.empty() || tag[0] != 'v') return std::nullopt;
  if (tag.size() > 1 && tag[1] != '.' && tag[1] != ' ' && tag[1] != '\t') return std::nullopt;
  std::size_t space = tag.find_first_of(" \t");
  if (space == std::string_view::npos) return std::string_view();
  return Trim(tag.substr(space));
}

// The next '<' that opens a tag: one followed by a letter, '/' or a digit (<i>, </v>,
// <00:00:01.000>). A '<' before a space ("3 < 4") is text.
std::size_t FindTagStart(std::string_view payload, std::size_t from) {
  for (std::size_t at = payload.find('<', from); at != std::string_view::npos;
       at = payload.find('<', at + 1)) {
    if (at + 1 < payload.size() &&
        (std::isalnum(static_cast<unsigned char>(payload[at + 1])) || payload[at + 1] == '/')) {
      return at;
    }
  }
  return std::string_view::npos;
}

void AddSegment(std::string_view speaker, const std::string& raw,
                std::vector<VoiceSegment>& segments) {
  if (Trim(raw).empty()) return;
  segments.push_back({std::string(speaker), DecodeCharacterReferences(raw)});
}

}  // namespace

std::vector<VoiceSegment> SplitVoiceSpans(std::string_view payload) {
  std::vector<VoiceSegment> segments;
  std::string_view speaker;
  std::string raw;
  std::size_t at = 0;
  while (at < payload.size()) {
    std::size_t open = FindTagStart(payload, at);
    std::size_t close =
        open == std::string_view::npos ? std::string_view::npos : payload.find('>', open);
    if (close == std::string_view::npos) {
      raw += payload.substr(at);
      break;
    }
    raw += payload.substr(at, open - at);
    std::optional<std::string_view> voice = VoiceName(payload.substr(open + 1, close - open - 1));
    if (voice && !voice->empty()) {
      AddSegment(speaker, raw, segments);
      raw.clear();
      speaker = *voice;
    }
    at = close + 1;
  }
  AddSegment(speaker, raw, segments);
  return segments;
}

std::string StripCueTags(std::string_view payload) {
  std::string text;
  for (const VoiceSegment& segment : SplitVoiceSpans(payload)) {
    // Voice spans separate words even when written back to back ("a</v><v Ben>b").
    bool needs_space = !text.empty() && text.back() != ' ' && segment.text.front() != ' ';
    if (needs_space) text += ' ';
    text += segment.text;
  }
  return text;
}

std::string DecodeCharacterReferences(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t amp = text.find('&', at);
    if (amp == std::string_view::npos) amp = text.size();
    out += text.substr(at, amp - at);
    if (amp == text.size()) break;
    std::size_t used = DecodeReferenceAt(text.substr(amp), out);
    if (used == 0) {
      out += '&';
      used = 1;
    }
    at = amp + used;
  }
  return out;
}

}  // namespace sc::ingest
