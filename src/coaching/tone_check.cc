// ToneCheck: reading tone.yaml and whole-word matching of its phrases.
#include "coaching/tone_check.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <tuple>

#include "base/file_io.h"
#include "base/text.h"
#include "config/yaml_reader.h"

namespace sc::coaching {
namespace {

constexpr int kSupportedVersion = 1;
constexpr std::array<std::string_view, 4> kFileKeys = {"version", "language", "punitive",
                                                       "allowed"};

bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

bool IsWordByte(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
         (byte >= '0' && byte <= '9') || byte == '_' || byte >= 0x80;
}

// Lower case, every run of white space as one space, ’ (U+2019) as '. Phrases and texts are
// folded the same way, so matching is a plain substring search plus the boundary test.
std::string Fold(std::string_view text) {
  constexpr std::string_view kRightQuote = "\xE2\x80\x99";
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (IsSpaceByte(text[i])) {
      if (out.empty() || out.back() != ' ') out += ' ';
      continue;
    }
    if (text.substr(i, kRightQuote.size()) == kRightQuote) {
      out += '\'';
      i += kRightQuote.size() - 1;
      continue;
    }
    const char c = text[i];
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

// Calls `found(begin, end)` for every whole-word occurrence of `phrase` in `folded`.
template <typename Found>
void ForEachMatch(std::string_view folded, std::string_view phrase, Found found) {
  if (phrase.empty()) return;
  const bool test_front = IsWordByte(phrase.front());
  const bool test_back = IsWordByte(phrase.back());
  for (std::size_t at = folded.find(phrase); at != std::string_view::npos;
       at = folded.find(phrase, at + 1)) {
    const std::size_t end = at + phrase.size();
    if (test_front && at > 0 && IsWordByte(folded[at - 1])) continue;
    if (test_back && end < folded.size() && IsWordByte(folded[end])) continue;
    found(at, end);
  }
}

bool ContainsPhrase(std::string_view folded, std::string_view phrase) {
  bool any = false;
  ForEachMatch(folded, phrase, [&](std::size_t, std::size_t) { any = true; });
  return any;
}

// Reads one list of phrases, reporting empty entries and repeats (`seen` spans both lists).
std::vector<std::string> ReadPhrases(const YAML::Node& root, std::string_view key,
                                     config::YamlReader& reader,
                                     std::map<std::string, std::size_t>* seen) {
  std::vector<std::string> phrases;
  const YAML::Node list = root[std::string(key)];
  const YAML::Mark key_mark = config::KeyMark(root, key).value_or(YAML::Mark{});
  if (!list.IsSequence()) {
    reader.Report(config::ValueMark(list, key_mark), fmt::format("'{}' must be a list", key),
                  fmt::format("{}:\n    - lazy\n    - \"you never\"", key));
    return phrases;
  }
  for (const YAML::Node& item : list) {
    const YAML::Mark mark = item.IsNull() ? list.Mark() : item.Mark();
    const std::string folded = item.IsScalar() ? std::string(Trim(Fold(item.Scalar()))) : "";
    if (!item.IsNull() && !item.IsScalar()) {
      reader.Report(mark, fmt::format("an entry of '{}' is not text", key),
                    "write one word or phrase per entry");
      continue;
    }
    if (folded.empty()) {
      reader.Report(mark, fmt::format("empty entry in '{}'", key),
                    "write the word or phrase, or remove the entry");
      continue;
    }
    const std::size_t line = static_cast<std::size_t>(mark.line + 1);
    auto [previous, inserted] = seen->emplace(folded, line);
    if (!inserted) {
      reader.Report(mark, fmt::format("'{}' is listed twice", item.Scalar()),
                    fmt::format("the first is at line {}", previous->second));
      continue;
    }
    phrases.push_back(folded);
  }
  return phrases;
}

}  // namespace

Result<ToneCheck> ToneCheck::Load(const std::filesystem::path& path, Diagnostics* diagnostics) {
  SC_ASSIGN_OR_RETURN(std::string yaml, ReadFile(path));
  return Parse(yaml, path.string(), diagnostics);
}

Result<ToneCheck> ToneCheck::Parse(std::string_view yaml, std::string_view source,
                                   Diagnostics* diagnostics) {
  ToneCheck tone;
  tone.source_ = std::string(source);
  const Status status = config::ReadYaml(
      yaml, source, "tone file", diagnostics,
      [&](const YAML::Node& root, config::YamlReader& reader) {
        if (!root.IsMap()) {
          reader.Report(YAML::Mark{}, "a tone file is a map with 'version' and 'punitive'",
                        "see data/playbook/tone.yaml and docs/playbook.md");
          return;
        }
        reader.CheckKeys(root, kFileKeys, "at the top of the tone file");
        reader.CheckVersion(root, kSupportedVersion, "tone file");
        std::map<std::string, std::size_t> seen;
        if (!root["punitive"]) {
          reader.Report(YAML::Mark{}, "the tone file has no 'punitive' list",
                        "punitive:\n    - lazy\n    - \"you never\"");
          return;
        }
        tone.punitive_ = ReadPhrases(root, "punitive", reader, &seen);
        if (tone.punitive_.empty() && root["punitive"].IsSequence() &&
            root["punitive"].size() == 0) {
          reader.Report(root["punitive"].Mark(), "the 'punitive' list is empty",
                        "list at least one word the tone check rejects");
        }
        if (!root["allowed"]) return;
        const YAML::Node allowed = root["allowed"];
        tone.allowed_ = ReadPhrases(root, "allowed", reader, &seen);
        for (std::size_t i = 0; i < tone.allowed_.size(); ++i) {
          const std::string& phrase = tone.allowed_[i];
          const bool holds_punitive =
              std::any_of(tone.punitive_.begin(), tone.punitive_.end(),
                          [&](const std::string& word) { return ContainsPhrase(phrase, word); });
          if (holds_punitive) continue;
          // Find the entry again for its location; ReadPhrases skipped only bad entries.
          YAML::Mark mark = allowed.Mark();
          for (const YAML::Node& item : allowed) {
            if (item.IsScalar() && Trim(Fold(item.Scalar())) == phrase) mark = item.Mark();
          }
          reader.Report(mark, fmt::format("allowed phrase '{}' holds no punitive word", phrase),
                        "an allowed phrase exempts the punitive words inside it, such as "
                        "\"poor fit\"; remove the entry");
        }
      });
  if (!status.ok()) return status;
  return tone;
}

std::vector<std::string> ToneCheck::Offending(std::string_view text) const {
  const std::string folded = Fold(text);
  std::vector<std::pair<std::size_t, std::size_t>> exempt;
  for (const std::string& phrase : allowed_) {
    ForEachMatch(folded, phrase,
                 [&](std::size_t begin, std::size_t end) { exempt.emplace_back(begin, end); });
  }
  // (begin, -length, list index): sorted, the first candidate at each place is the longest.
  std::vector<std::tuple<std::size_t, std::ptrdiff_t, std::size_t>> candidates;
  for (std::size_t index = 0; index < punitive_.size(); ++index) {
    ForEachMatch(folded, punitive_[index], [&](std::size_t begin, std::size_t end) {
      const bool inside_allowed = std::any_of(exempt.begin(), exempt.end(), [&](const auto& span) {
        return span.first <= begin && end <= span.second;
      });
      if (!inside_allowed) {
        candidates.emplace_back(begin, -static_cast<std::ptrdiff_t>(end - begin), index);
      }
    });
  }
  std::sort(candidates.begin(), candidates.end());
  std::vector<std::string> found;
  std::size_t covered_to = 0;
  for (const auto& [begin, negative_length, index] : candidates) {
    if (begin < covered_to) continue;
    covered_to = begin + static_cast<std::size_t>(-negative_length);
    if (std::find(found.begin(), found.end(), punitive_[index]) == found.end()) {
      found.push_back(punitive_[index]);
    }
  }
  return found;
}

}  // namespace sc::coaching
