#include "report/clip_links.h"

#include <cmath>

#include <fmt/format.h>

#include "base/text.h"

namespace sc::report {
namespace {

constexpr std::string_view kCallId = "{call_id}";
constexpr std::string_view kStart = "{start_s}";

// A character as an error message names it: control characters and spaces are invisible.
std::string Describe(unsigned char byte) {
  if (byte == ' ') return "a space";
  if (byte < 0x20 || byte == 0x7F) return fmt::format("a control character (0x{:02X})", byte);
  return fmt::format("the character '{}'", static_cast<char>(byte));
}

Status Refuse(std::string_view url_template, std::string_view why) {
  return Status::InvalidArgument(fmt::format("clip URL template '{}' {}", url_template, why));
}

}  // namespace

Result<ClipLinks> ClipLinks::Parse(std::string_view url_template) {
  if (url_template.empty()) return ClipLinks();
  if (!url_template.starts_with("https://") && !url_template.starts_with("http://")) {
    return Refuse(url_template, "must start with https:// or http://");
  }
  for (char c : url_template) {
    unsigned char byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte == 0x7F || c == '"' || c == '\'' || c == '<' || c == '>' ||
        c == '\\') {
      return Refuse(url_template, fmt::format("holds {}, which a link cannot carry; "
                                              "percent-encode it",
                                              Describe(byte)));
    }
  }
  bool has_call_id = false;
  for (std::size_t open = url_template.find('{'); open != std::string_view::npos;
       open = url_template.find('{', open + 1)) {
    std::size_t close = url_template.find('}', open);
    if (close == std::string_view::npos) return Refuse(url_template, "leaves a '{' unclosed");
    std::string_view placeholder = url_template.substr(open, close - open + 1);
    if (placeholder == kCallId) {
      has_call_id = true;
    } else if (placeholder != kStart) {
      return Refuse(url_template, fmt::format("names the unknown placeholder {}; use {} and {}",
                                              placeholder, kCallId, kStart));
    }
  }
  if (!has_call_id) {
    return Refuse(url_template, fmt::format("needs {} to say which call", kCallId));
  }
  return ClipLinks(std::string(url_template));
}

std::string ClipLinks::For(std::string_view call_id, double at_s) const {
  if (template_.empty() || call_id.empty()) return "";
  long long seconds = std::isfinite(at_s) && at_s > 0 ? static_cast<long long>(at_s) : 0;
  return FillPlaceholders(template_,
                          {{kCallId, PercentEncode(call_id)}, {kStart, std::to_string(seconds)}});
}

}  // namespace sc::report
