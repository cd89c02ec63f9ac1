#include "base/diagnostics.h"

#include <fmt/format.h>

namespace sc {
namespace {

// Long lines are cut so the caret stays on screen (Ninja cuts at 72 columns for the same reason).
constexpr std::size_t kMaxShownLine = 120;

std::string Location(const Diagnostic& d) {
  if (d.line == 0) return d.source;
  if (d.column == 0) return fmt::format("{}:{}", d.source, d.line);
  return fmt::format("{}:{}:{}", d.source, d.line, d.column);
}

}  // namespace

std::string Diagnostic::Format() const {
  std::string out = fmt::format("{}: {}", Location(*this), message);
  if (!source_line.empty()) {
    std::size_t start = 0;
    if (column > kMaxShownLine / 2 && source_line.size() > kMaxShownLine) {
      start = column - kMaxShownLine / 2;
    }
    std::string shown = source_line.substr(start, kMaxShownLine);
    out += fmt::format("\n  {}{}", start > 0 ? "..." : "", shown);
    if (column > 0) {
      std::size_t caret = column - 1 - start + (start > 0 ? 3 : 0);
      out += fmt::format("\n  {}^", std::string(caret, ' '));
    }
  }
  if (!hint.empty()) out += fmt::format("\n  hint: {}", hint);
  return out;
}

std::string Diagnostic::FormatShort() const {
  if (hint.empty()) return fmt::format("{}: {}", Location(*this), message);
  return fmt::format("{}: {} ({})", Location(*this), message, hint);
}

void Diagnostics::Append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

std::string Diagnostics::FormatAll() const {
  std::string out;
  for (const Diagnostic& d : items_) {
    if (!out.empty()) out += '\n';
    out += d.Format();
  }
  return out;
}

}  // namespace sc
