// ValidateTrackers: the checks on tracker definitions that do not depend on YAML, so that
// trackers built in code get the same located diagnostics as trackers read from a file.
#include <algorithm>
#include <map>
#include <string>

#include <fmt/format.h>

#include "analysis/tracker_config.h"
#include "analysis/tracker_pattern.h"
#include "base/text.h"

namespace sc::analysis {
namespace {

constexpr std::string_view kRegexHint =
    "tracker regexes use Hyperscan syntax: PCRE without lookaround or back-references "
    "(docs/trackers.md)";

Diagnostic At(const TrackerDefinition& tracker, std::size_t line, std::size_t column,
              std::string message, std::string hint) {
  return Diagnostic{tracker.source, line, column, std::move(message), std::move(hint), ""};
}

Diagnostic AtTracker(const TrackerDefinition& tracker, std::string message, std::string hint) {
  return At(tracker, tracker.line, tracker.column, std::move(message), std::move(hint));
}

Diagnostic AtPhrase(const TrackerDefinition& tracker, const Phrase& phrase, std::string message,
                    std::string hint) {
  return At(tracker, phrase.line, phrase.column, std::move(message), std::move(hint));
}

// Names are keys in the call-analysis JSON and in code, so they stay simple: dot-separated
// parts of lower-case letters, digits and '_' ("objection.price").
bool IsValidName(std::string_view name) {
  if (name.empty() || name.front() == '.' || name.back() == '.') return false;
  if (name.find("..") != std::string_view::npos) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
  });
}

bool IsSingleWord(std::string_view word) {
  const std::string normal = NormalizeWord(word);
  return !normal.empty() && std::all_of(normal.begin(), normal.end(),
                                        [](char c) { return IsWordByte(c) || c == '\''; });
}

// Two literals are the same phrase when they differ only in case, apostrophe form and spacing.
std::string PhraseKey(const Phrase& phrase) {
  if (phrase.kind == PhraseKind::kRegex) return "regex:" + phrase.text;
  std::string key = "literal:";
  const std::string normal = NormalizeWord(Trim(phrase.text));
  for (std::string_view word : Split(normal, ' ')) {
    if (!word.empty()) key += fmt::format("{} ", word);
  }
  return key;
}

void CheckWords(const TrackerDefinition& tracker, const std::vector<std::string>& words,
                std::size_t line, std::size_t column, Diagnostics* diagnostics) {
  for (const std::string& word : words) {
    if (IsSingleWord(word)) continue;
    diagnostics->Add(At(tracker, line, column,
                        fmt::format("not_after entry '{}' in tracker '{}' is not a single word",
                                    word, tracker.name),
                        "not_after compares the one word right before a match, such as \"would\""
                        " or \"i'd\""));
  }
}

void CheckPhrase(const TrackerDefinition& tracker, const Phrase& phrase, Diagnostics* diagnostics) {
  if (Trim(phrase.text).empty()) {
    diagnostics->Add(AtPhrase(tracker, phrase,
                              fmt::format("empty phrase in tracker '{}'", tracker.name),
                              "write the words to match, or remove the entry"));
    return;
  }
  if (phrase.kind == PhraseKind::kLiteral) {
    if (std::optional<std::string> problem = LiteralProblem(phrase.text)) {
      diagnostics->Add(AtPhrase(
          tracker, phrase,
          fmt::format("phrase '{}' in tracker '{}': {}", phrase.text, tracker.name, *problem),
          "split it into shorter phrases"));
    }
  }
  if (phrase.kind == PhraseKind::kRegex) {
    if (std::optional<std::string> problem = RegexProblem(phrase.text)) {
      diagnostics->Add(AtPhrase(tracker, phrase,
                                fmt::format("invalid regex '{}' in tracker '{}': {}", phrase.text,
                                            tracker.name, *problem),
                                std::string(kRegexHint)));
    }
  }
  CheckWords(tracker, phrase.not_after, phrase.line, phrase.column, diagnostics);
}

void CheckPhrases(const TrackerDefinition& tracker, Diagnostics* diagnostics) {
  if (tracker.phrases.empty()) {
    diagnostics->Add(AtTracker(tracker, fmt::format("tracker '{}' has no phrases", tracker.name),
                               "list at least one phrase under 'phrases'"));
    return;
  }
  std::map<std::string, const Phrase*> seen;
  for (const Phrase& phrase : tracker.phrases) {
    CheckPhrase(tracker, phrase, diagnostics);
    if (Trim(phrase.text).empty()) continue;
    auto [previous, inserted] = seen.emplace(PhraseKey(phrase), &phrase);
    if (inserted) continue;
    diagnostics->Add(AtPhrase(
        tracker, phrase,
        fmt::format("phrase '{}' is listed twice in tracker '{}'", phrase.text, tracker.name),
        fmt::format("the first is at line {}; remove one", previous->second->line)));
  }
}

}  // namespace

bool ValidateTrackers(const std::vector<TrackerDefinition>& trackers, Diagnostics* diagnostics) {
  const std::size_t problems_before = diagnostics->size();
  std::map<std::string, const TrackerDefinition*> seen;
  for (const TrackerDefinition& tracker : trackers) {
    if (!IsValidName(tracker.name)) {
      diagnostics->Add(AtTracker(
          tracker, fmt::format("invalid tracker name '{}'", tracker.name),
          "use lower-case letters, digits and '_', in parts joined by '.' (objection.price)"));
    }
    auto [previous, inserted] = seen.emplace(tracker.name, &tracker);
    if (!inserted) {
      diagnostics->Add(
          AtTracker(tracker, fmt::format("tracker '{}' is defined twice", tracker.name),
                    fmt::format("the first definition is at line {}; merge the two phrase lists",
                                previous->second->line)));
    }
    CheckWords(tracker, tracker.not_after, tracker.line, tracker.column, diagnostics);
    CheckPhrases(tracker, diagnostics);
  }
  return diagnostics->size() == problems_before;
}

}  // namespace sc::analysis
