// ParseTrackerConfig: YAML tracker files (docs/trackers.md) into TrackerDefinitions.
//
// This file knows the shape of the YAML; ValidateTrackers (tracker_validate.cc) checks what the
// definitions say. Both report every problem they find, so an edited file shows all its
// mistakes at once.
#include "analysis/tracker_config.h"

#include <algorithm>
#include <array>
#include <optional>
#include <span>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "base/text.h"
#include "config/yaml_reader.h"

namespace sc::analysis {
namespace {

constexpr int kSupportedVersion = 1;
constexpr std::array<std::string_view, 3> kFileKeys = {"version", "language", "trackers"};
constexpr std::array<std::string_view, 5> kTrackerKeys = {"description", "speaker", "scope",
                                                          "not_after", "phrases"};
constexpr std::array<std::string_view, 4> kPhraseKeys = {"text", "regex", "example", "not_after"};

// Reads one file, collecting problems; members keep the parameters every step needs.
class ConfigReader {
 public:
  explicit ConfigReader(config::YamlReader& reader) : reader_(reader) {}

  std::vector<TrackerDefinition> ReadRoot(const YAML::Node& root);

 private:
  void Report(const YAML::Mark& mark, std::string message, std::string hint) {
    reader_.Report(mark, std::move(message), std::move(hint));
  }
  template <std::size_t N>
  void CheckKeys(const YAML::Node& map, const std::array<std::string_view, N>& allowed,
                 std::string_view where) {
    reader_.CheckKeys(map, allowed, where);
  }
  std::optional<TrackerDefinition> ReadTracker(const YAML::Node& name, const YAML::Node& body);
  void ReadTrackerOptions(const YAML::Node& body, TrackerDefinition* tracker);
  void ReadPhrases(const YAML::Node& list, TrackerDefinition* tracker);
  std::optional<Phrase> ReadPhrase(const YAML::Node& item, const YAML::Node& list,
                                   const std::string& tracker);
  std::optional<Phrase> ReadPhraseMap(const YAML::Node& item, const std::string& tracker);
  std::vector<std::string> ReadWords(const YAML::Node& list, const std::string& tracker);

  config::YamlReader& reader_;
};

std::vector<TrackerDefinition> ConfigReader::ReadRoot(const YAML::Node& root) {
  std::vector<TrackerDefinition> trackers;
  if (!root.IsMap()) {
    Report(YAML::Mark{}, "a tracker file is a map with 'version' and 'trackers'",
           "see data/trackers/en.yaml and docs/trackers.md");
    return trackers;
  }
  CheckKeys(root, kFileKeys, "at the top of the tracker file");
  reader_.CheckVersion(root, kSupportedVersion, "tracker file");
  const YAML::Node body = root["trackers"];
  if (!body || !body.IsMap()) {
    Report(body ? body.Mark() : YAML::Mark{}, "the tracker file needs a 'trackers' map",
           "trackers:\n    filler: {phrases: [um, uh]}");
    return trackers;
  }
  for (const auto& entry : body) {
    if (std::optional<TrackerDefinition> tracker = ReadTracker(entry.first, entry.second)) {
      trackers.push_back(std::move(*tracker));
    }
  }
  return trackers;
}

std::optional<TrackerDefinition> ConfigReader::ReadTracker(const YAML::Node& name,
                                                           const YAML::Node& body) {
  TrackerDefinition tracker{.name = name.Scalar(),
                            .source = reader_.source(),
                            .line = static_cast<std::size_t>(name.Mark().line + 1),
                            .column = static_cast<std::size_t>(name.Mark().column + 1)};
  if (!body.IsMap()) {
    Report(name.Mark(),
           fmt::format("tracker '{}' must be a map with a 'phrases' list", tracker.name),
           fmt::format("{}: {{phrases: [\"...\"]}}", tracker.name));
    return std::nullopt;
  }
  CheckKeys(body, kTrackerKeys, fmt::format("in tracker '{}'", tracker.name));
  ReadTrackerOptions(body, &tracker);
  const YAML::Node phrases = body["phrases"];
  if (!phrases) {
    Report(name.Mark(), fmt::format("tracker '{}' has no 'phrases' list", tracker.name),
           "list the phrases to match under 'phrases'");
    return std::nullopt;
  }
  const std::size_t problems_before = reader_.problem_count();
  ReadPhrases(phrases, &tracker);
  // A list whose every entry was unreadable is already reported; "has no phrases" would only
  // repeat it.
  if (tracker.phrases.empty() && reader_.problem_count() > problems_before) return std::nullopt;
  return tracker;
}

void ConfigReader::ReadTrackerOptions(const YAML::Node& body, TrackerDefinition* tracker) {
  if (const YAML::Node description = body["description"]) {
    tracker->description = description.IsScalar() ? description.Scalar() : "";
  }
  if (const YAML::Node speaker = body["speaker"]) {
    const std::string value = speaker.IsScalar() ? speaker.Scalar() : "";
    if (value == "rep") {
      tracker->speaker = SpeakerFilter::kRep;
    } else if (value == "customer") {
      tracker->speaker = SpeakerFilter::kCustomer;
    } else if (value != "any") {
      Report(speaker.Mark(),
             fmt::format("unknown speaker '{}' in tracker '{}'", value, tracker->name),
             "speaker is rep, customer or any");
    }
  }
  if (const YAML::Node scope = body["scope"]) {
    const std::string value = scope.IsScalar() ? scope.Scalar() : "";
    if (value == "whole_utterance") {
      tracker->scope = TrackerScope::kWholeUtterance;
    } else if (value != "anywhere") {
      Report(scope.Mark(), fmt::format("unknown scope '{}' in tracker '{}'", value, tracker->name),
             "scope is anywhere or whole_utterance");
    }
  }
  if (const YAML::Node words = body["not_after"])
    tracker->not_after = ReadWords(words, tracker->name);
}

void ConfigReader::ReadPhrases(const YAML::Node& list, TrackerDefinition* tracker) {
  if (!list.IsSequence()) {
    Report(list.Mark(), fmt::format("'phrases' of tracker '{}' must be a list", tracker->name),
           "phrases: [\"first phrase\", \"second phrase\"]");
    return;
  }
  for (const YAML::Node& item : list) {
    if (std::optional<Phrase> phrase = ReadPhrase(item, list, tracker->name)) {
      tracker->phrases.push_back(std::move(*phrase));
    }
  }
}

std::optional<Phrase> ConfigReader::ReadPhrase(const YAML::Node& item, const YAML::Node& list,
                                               const std::string& tracker) {
  // yaml-cpp marks an empty list item ("-" alone) at the next token, which may be lines away;
  // the list itself is the nearest honest location.
  const YAML::Mark mark = item.IsNull() ? list.Mark() : item.Mark();
  Phrase phrase{.line = static_cast<std::size_t>(mark.line + 1),
                .column = static_cast<std::size_t>(mark.column + 1)};
  if (item.IsNull()) return phrase;  // ValidateTrackers reports it as an empty phrase
  if (item.IsScalar()) {
    phrase.text = item.Scalar();
    return phrase;
  }
  if (item.IsMap()) {
    std::optional<Phrase> read = ReadPhraseMap(item, tracker);
    if (read) {
      read->line = phrase.line;
      read->column = phrase.column;
    }
    return read;
  }
  Report(mark, fmt::format("a phrase in tracker '{}' is neither text nor a map", tracker),
         "write \"words\" or {regex: \"...\", example: \"...\"}");
  return std::nullopt;
}

std::optional<Phrase> ConfigReader::ReadPhraseMap(const YAML::Node& item,
                                                  const std::string& tracker) {
  CheckKeys(item, kPhraseKeys, fmt::format("in a phrase of tracker '{}'", tracker));
  const YAML::Node text = item["text"];
  const YAML::Node regex = item["regex"];
  if (static_cast<bool>(text) == static_cast<bool>(regex)) {
    Report(item.Mark(),
           fmt::format("a phrase in tracker '{}' needs exactly one of 'text' and "
                       "'regex'",
                       tracker),
           "{text: \"kind of\", not_after: [what]} or {regex: \"...\", example: \"...\"}");
    return std::nullopt;
  }
  Phrase phrase;
  phrase.kind = regex ? PhraseKind::kRegex : PhraseKind::kLiteral;
  const YAML::Node value = regex ? regex : text;
  phrase.text = value.IsScalar() ? value.Scalar() : "";
  if (const YAML::Node example = item["example"]) {
    phrase.example = example.IsScalar() ? example.Scalar() : "";
  }
  if (phrase.kind == PhraseKind::kRegex && Trim(phrase.example).empty()) {
    Report(item.Mark(),
           fmt::format("regex '{}' in tracker '{}' has no example", phrase.text, tracker),
           "add example: \"a sentence it matches\"; loading checks that it does");
  }
  if (const YAML::Node words = item["not_after"]) phrase.not_after = ReadWords(words, tracker);
  return phrase;
}

std::vector<std::string> ConfigReader::ReadWords(const YAML::Node& list,
                                                 const std::string& tracker) {
  std::vector<std::string> words;
  if (!list.IsSequence()) {
    Report(list.Mark(), fmt::format("'not_after' in tracker '{}' must be a list of words", tracker),
           "not_after: [would, \"i'd\"]");
    return words;
  }
  for (const YAML::Node& word : list) {
    words.push_back(word.IsScalar() ? word.Scalar() : "");
  }
  return words;
}

}  // namespace

std::string_view SpeakerFilterName(SpeakerFilter filter) {
  switch (filter) {
    case SpeakerFilter::kRep:
      return "rep";
    case SpeakerFilter::kCustomer:
      return "customer";
    case SpeakerFilter::kAny:
      break;
  }
  return "any";
}

std::string_view TrackerScopeName(TrackerScope scope) {
  return scope == TrackerScope::kWholeUtterance ? "whole_utterance" : "anywhere";
}

Result<std::vector<TrackerDefinition>> ParseTrackerConfig(std::string_view yaml,
                                                          std::string_view source,
                                                          Diagnostics* diagnostics) {
  std::vector<TrackerDefinition> trackers;
  SC_RETURN_IF_ERROR(config::ReadYaml(
      yaml, source, "tracker file", diagnostics,
      [&](const YAML::Node& root, config::YamlReader& reader) {
        trackers = ConfigReader(reader).ReadRoot(root);
        ValidateTrackers(trackers, reader.problems());
      }));
  return trackers;
}

}  // namespace sc::analysis
