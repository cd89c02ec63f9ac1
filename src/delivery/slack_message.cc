#include "delivery/slack_message.h"

#include <cstddef>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/text.h"

namespace sc::delivery {
namespace {

constexpr std::size_t kMaxBlockText = 3000;  // Slack: a section's text
constexpr std::size_t kMaxBlocks = 50;       // Slack: blocks in one message

// Which Markdown constructs keep their meaning in the output; the rest become plain text.
struct InlineStyle {
  bool bold = true;   // "**x**" -> "*x*"; otherwise the markers are dropped
  bool links = true;  // "[t](u)" -> "<u|t>"; otherwise just t
};

bool IsAsciiPunctuation(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

// Appends `c`, written as an entity when Slack would read it as markup.
void AppendEscaped(char c, std::string& out) {
  switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    default:
      out += c;
  }
}

struct MarkdownLink {
  std::string_view label;
  std::string_view url;
  std::size_t end;  // index just after the ")"
};

// The inline link "[label](url)" whose "[" is text[start], or nullopt when there is none there.
// Brackets in the label and parentheses in the URL nest; a backslash escapes the next character.
std::optional<MarkdownLink> LinkAt(std::string_view text, std::size_t start) {
  std::size_t index = start;
  int depth = 0;
  for (; index < text.size(); ++index) {
    if (text[index] == '\\') {
      ++index;
    } else if (text[index] == '[') {
      ++depth;
    } else if (text[index] == ']' && --depth == 0) {
      break;
    }
  }
  if (index + 1 >= text.size() || text[index + 1] != '(') return std::nullopt;
  const std::size_t label_end = index;
  const std::size_t url_start = index + 2;
  int parens = 1;
  for (index = url_start; index < text.size(); ++index) {
    const char c = text[index];
    if (c == '\\') {
      ++index;
    } else if (c == ' ') {
      return std::nullopt;  // a link title or a bare "(...)" after brackets: not a plain link
    } else if (c == '(') {
      ++parens;
    } else if (c == ')' && --parens == 0) {
      break;
    }
  }
  if (index >= text.size()) return std::nullopt;
  return MarkdownLink{.label = text.substr(start + 1, label_end - start - 1),
                      .url = text.substr(url_start, index - url_start),
                      .end = index + 1};
}

// The URL of a link made here: Markdown escapes removed, "|" (which would end the URL inside
// "<url|text>") percent-encoded, &, < and > as entities so the URL cannot end the link early.
void AppendUrl(std::string_view url, std::string& out) {
  for (std::size_t index = 0; index < url.size(); ++index) {
    char c = url[index];
    if (c == '\\' && index + 1 < url.size() && IsAsciiPunctuation(url[index + 1])) {
      c = url[++index];
    }
    if (c == '|') {
      out += "%7C";
    } else {
      AppendEscaped(c, out);
    }
  }
}

// Appends the mrkdwn for Markdown inline text (one line).
void AppendInline(std::string_view text, InlineStyle style, std::string& out) {
  for (std::size_t index = 0; index < text.size(); ++index) {
    const char c = text[index];
    if (c == '\\' && index + 1 < text.size() && IsAsciiPunctuation(text[index + 1])) {
      AppendEscaped(text[++index], out);
      continue;
    }
    if (c == '*' && text.substr(index).starts_with("**")) {
      if (style.bold) out += '*';
      ++index;
      continue;
    }
    if (c == '[') {
      if (std::optional<MarkdownLink> link = LinkAt(text, index)) {
        // Slack shows a link's text as it is, so no markup inside it.
        const InlineStyle label_style{.bold = false, .links = false};
        if (style.links) {
          out += '<';
          AppendUrl(link->url, out);
          out += '|';
          AppendInline(link->label, label_style, out);
          out += '>';
        } else {
          AppendInline(link->label, label_style, out);
        }
        index = link->end - 1;
        continue;
      }
    }
    AppendEscaped(c, out);
  }
}

// The text of a Markdown heading line ("## Title" -> "Title"), or nullopt for any other line.
std::optional<std::string_view> HeadingText(std::string_view line) {
  std::size_t level = 0;
  while (level < line.size() && line[level] == '#') ++level;
  if (level == 0 || level > 6 || level == line.size() || line[level] != ' ') return std::nullopt;
  return Trim(line.substr(level + 1));
}

std::string ConvertLine(std::string_view line) {
  std::string out;
  if (std::optional<std::string_view> heading = HeadingText(line)) {
    if (heading->empty()) return out;
    out += '*';
    AppendInline(*heading, InlineStyle{.bold = false, .links = true}, out);
    out += '*';
    return out;
  }
  if (line.starts_with('>')) {
    std::string_view rest = line.substr(1);
    if (rest.starts_with(' ')) rest.remove_prefix(1);
    out += '>';
    if (!rest.empty()) {
      out += ' ';
      out += ConvertLine(rest);
    }
    return out;
  }
  const std::size_t indent = line.find_first_not_of(' ');
  if (indent != std::string_view::npos && indent + 1 < line.size() &&
      std::string_view("-*+").find(line[indent]) != std::string_view::npos &&
      line[indent + 1] == ' ') {
    out.append(indent, ' ');
    out += "• ";
    AppendInline(line.substr(indent + 2), InlineStyle{}, out);
    return out;
  }
  AppendInline(line, InlineStyle{}, out);
  return out;
}

// Whether mrkdwn `text` (as written by ConvertLine) may be cut before text[pos]: not inside a
// link "<...>", an entity "&...;" or a UTF-8 character.
bool CanCutAt(std::string_view text, std::size_t pos) {
  if (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) return false;
  const std::string_view before = text.substr(0, pos);
  const std::size_t link_open = before.rfind('<');
  const std::size_t link_close = before.rfind('>');
  if (link_open != std::string_view::npos &&
      (link_close == std::string_view::npos || link_close < link_open)) {
    return false;
  }
  const std::size_t amp = before.rfind('&');
  return amp == std::string_view::npos || before.find(';', amp) != std::string_view::npos;
}

// Splits a block text longer than kMaxBlockText: at the last line break that fits, else at the
// last space that fits outside a link, else at the last place that fits outside a link, an
// entity or a character. The line break or space cut at is dropped.
std::vector<std::string> SplitLongText(std::string_view text) {
  std::vector<std::string> pieces;
  while (text.size() > kMaxBlockText) {
    const std::string_view window = text.substr(0, kMaxBlockText + 1);
    std::size_t cut = window.rfind('\n');
    std::size_t skip = 1;
    if (cut == std::string_view::npos || cut == 0) {
      cut = 0;
      for (std::size_t pos = kMaxBlockText; pos > 0 && cut == 0; --pos) {
        if (window[pos] == ' ' && CanCutAt(text, pos)) cut = pos;
      }
    }
    if (cut == 0) {
      skip = 0;
      for (std::size_t pos = kMaxBlockText; pos > 0 && cut == 0; --pos) {
        if (CanCutAt(text, pos)) cut = pos;
      }
    }
    // A single link longer than a block: nothing better than cutting between characters.
    for (std::size_t pos = kMaxBlockText; cut == 0 && pos > 0; --pos) {
      if ((static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80) cut = pos;
    }
    pieces.emplace_back(text.substr(0, cut));
    text.remove_prefix(cut + skip);
  }
  if (!text.empty()) pieces.emplace_back(text);
  return pieces;
}

// The paragraphs of `markdown` (runs of non-blank lines), each converted to mrkdwn.
std::vector<std::string> ConvertParagraphs(std::string_view markdown) {
  std::vector<std::string> paragraphs;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) paragraphs.push_back(std::move(current));
    current.clear();
  };
  for (std::string_view line : Split(markdown, '\n')) {
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (Trim(line).empty()) {
      flush();
      continue;
    }
    std::string converted = ConvertLine(line);
    if (converted.empty()) continue;
    if (!current.empty()) current += '\n';
    current += converted;
  }
  flush();
  return paragraphs;
}

std::string FallbackText(std::string_view title, std::string_view markdown) {
  std::string out;
  for (std::string_view line : Split(markdown, '\n')) {
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (std::optional<std::string_view> heading = HeadingText(line)) {
      if (heading->empty()) continue;
      AppendInline(*heading, InlineStyle{.bold = false, .links = false}, out);
      return out;
    }
  }
  for (char c : title) AppendEscaped(c, out);
  return out;
}

}  // namespace

std::string SlackMessage(std::string_view title, std::string_view markdown) {
  std::vector<std::string> texts;
  for (const std::string& paragraph : ConvertParagraphs(markdown)) {
    for (std::string& piece : SplitLongText(paragraph)) texts.push_back(std::move(piece));
  }
  if (texts.size() > kMaxBlocks) {
    std::vector<std::string> packed;
    for (std::string& text : texts) {
      if (!packed.empty() && packed.back().size() + 2 + text.size() <= kMaxBlockText) {
        packed.back() += "\n\n";
        packed.back() += text;
      } else {
        packed.push_back(std::move(text));
      }
    }
    texts = std::move(packed);
  }

  nlohmann::ordered_json blocks = nlohmann::ordered_json::array();
  for (const std::string& text : texts) {
    blocks.push_back({{"type", "section"}, {"text", {{"type", "mrkdwn"}, {"text", text}}}});
  }
  nlohmann::ordered_json payload;
  payload["text"] = FallbackText(title, markdown);
  payload["blocks"] = std::move(blocks);
  return payload.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace sc::delivery
