#include "sample/slots.h"

#include <algorithm>

#include "base/check.h"
#include "base/text.h"

namespace sc::sample {

bool IsKnownSlot(std::string_view name) {
  return std::find(std::begin(kSlotNames), std::end(kSlotNames), name) != std::end(kSlotNames);
}

void Slots::Set(std::string_view key, std::string value) {
  SC_CHECK(IsKnownSlot(key));
  for (auto& [existing, existing_value] : values_) {
    if (existing == key) {
      existing_value = std::move(value);
      return;
    }
  }
  values_.emplace_back(std::string(key), std::move(value));
}

const std::string* Slots::Find(std::string_view key) const {
  for (const auto& [existing, value] : values_) {
    if (existing == key) return &value;
  }
  return nullptr;
}

void Slots::AppendFilled(std::string_view text, std::string& out) const {
  std::size_t position = 0;
  while (position < text.size()) {
    std::size_t open = text.find('{', position);
    if (open == std::string_view::npos) break;
    std::size_t close = text.find('}', open);
    SC_CHECK(close != std::string_view::npos);
    out.append(text.substr(position, open - position));
    const std::string* value = Find(text.substr(open + 1, close - open - 1));
    SC_CHECK(value != nullptr);
    out += *value;
    position = close + 1;
  }
  if (position < text.size()) out.append(text.substr(position));
}

std::string Slots::Fill(std::string_view line, Rng& rng) const {
  std::string out;
  out.reserve(line.size() + 32);
  std::size_t position = 0;
  while (position < line.size()) {
    std::size_t open = line.find('[', position);
    if (open == std::string_view::npos) break;
    std::size_t close = line.find(']', open);
    SC_CHECK(close != std::string_view::npos);
    AppendFilled(line.substr(position, open - position), out);
    std::vector<std::string_view> options = Split(line.substr(open + 1, close - open - 1), '|');
    AppendFilled(options[rng.Index(options.size())], out);
    position = close + 1;
  }
  if (position < line.size()) AppendFilled(line.substr(position), out);
  return out;
}

std::vector<std::string_view> SlotNamesIn(std::string_view line) {
  std::vector<std::string_view> names;
  std::size_t position = 0;
  while (true) {
    std::size_t open = line.find('{', position);
    if (open == std::string_view::npos) return names;
    std::size_t close = line.find('}', open);
    if (close == std::string_view::npos) {
      names.push_back(line.substr(open + 1));
      return names;
    }
    names.push_back(line.substr(open + 1, close - open - 1));
    position = close + 1;
  }
}

}  // namespace sc::sample
