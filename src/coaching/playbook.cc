// Playbook: reading and checking data/playbook/en.yaml (docs/playbook.md), and the rotation.
//
// The reader knows the shape of the file and checks every text as it reads it (emptiness,
// repeats, placeholders, tone), reporting every problem so an edited file shows all its
// mistakes at once. What is missing (skills, components, call types) is reported after each
// map has been read.
#include "coaching/playbook.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <map>
#include <optional>

#include "base/check.h"
#include "base/file_io.h"
#include "base/text.h"
#include "config/yaml_reader.h"

namespace sc::coaching {
namespace {

constexpr int kSupportedVersion = 1;
constexpr std::array<std::string_view, 7> kFileKeys = {
    "version", "language", "skills", "segments", "tenure", "follow_up", "call_types"};
constexpr std::array<std::string_view, 2> kSkillKeys = {"why", "components"};
constexpr std::array<std::string_view, 7> kComponentKeys = {
    "what", "why", "tips", "practice", "actions", "strength", "fundamentals"};
constexpr std::array<std::string_view, 3> kTenureKeys = {"new_rep_days", "new_rep_max_focus_areas",
                                                         "new_rep_note"};
constexpr std::array<std::string_view, 3> kMovementKeys = {"moved_up", "flat", "moved_down"};
constexpr std::array<std::string_view, 2> kCallTypeKeys = {"note", "focus"};
constexpr std::array<model::Segment, 3> kSegments = {
    model::Segment::kSmb, model::Segment::kMidMarket, model::Segment::kEnterprise};
constexpr std::array<model::CallType, 5> kCallTypes = {
    model::CallType::kDiscovery, model::CallType::kDemo, model::CallType::kNegotiation,
    model::CallType::kClosing, model::CallType::kOther};
constexpr std::array<model::CallType, 3> kRequiredCallTypes = {
    model::CallType::kDiscovery, model::CallType::kDemo, model::CallType::kNegotiation};
constexpr std::array<std::string_view, 3> kPlaceholders = {"{skill}", "{from}", "{to}"};

constexpr int kMaxNewRepDays = 3650;
constexpr std::size_t kMaxFocusAreas = 3;  // the seed's report shows at most 3

std::size_t SegmentSlot(model::Segment segment) {
  switch (segment) {
    case model::Segment::kSmb:
      return 0;
    case model::Segment::kMidMarket:
      return 1;
    case model::Segment::kEnterprise:
      return 2;
    case model::Segment::kUnknown:
      break;
  }
  return 3;
}

std::string SkillKeyList() {
  std::array<std::string_view, model::kSkillCount> keys{};
  for (model::Skill skill : model::kAllSkills) keys[model::SkillIndex(skill)] = SkillKey(skill);
  return config::JoinKeys(keys);
}

std::string ComponentKeyList(model::Skill skill) {
  std::array<std::string_view, model::kComponentsPerSkill> keys{};
  const auto components = model::ComponentsOf(skill);
  for (std::size_t i = 0; i < keys.size(); ++i) keys[i] = ComponentKey(components[i]);
  return config::JoinKeys(keys);
}

std::string AllComponentKeys() {
  std::array<std::string_view, model::kComponentCount> keys{};
  for (model::Component component : model::AllComponents()) {
    keys[model::ComponentIndex(component)] = ComponentKey(component);
  }
  return config::JoinKeys(keys);
}

// Lower case, single spaces, no white space at the ends: two entries that fold the same are
// the same advice.
std::string FoldForRepeat(std::string_view text) {
  const std::string lower = AsciiLower(Trim(text));  // Split's views point into it
  std::string out;
  for (std::string_view word : Split(lower, ' ')) {
    const std::string_view trimmed = Trim(word);
    if (trimmed.empty()) continue;
    if (!out.empty()) out += ' ';
    out += trimmed;
  }
  return out;
}

// "'lazy'", "'lazy' and 'never'", "'a', 'b' and 'c'".
std::string QuoteList(const std::vector<std::string>& words) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += i + 1 == words.size() ? " and " : ", ";
    out += fmt::format("'{}'", words[i]);
  }
  return out;
}

std::optional<long long> ParseInteger(std::string_view text) {
  long long value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// The list kinds a component holds, with their minimum counts and names for messages.
struct ListSpec {
  std::string_view key;     // "tips"
  std::string_view noun;    // "tip"
  std::string_view plural;  // "tips"
  std::size_t minimum;
  std::string_view hint;  // what a good entry looks like
};

constexpr ListSpec kTips{"tips", "tip", "tips", 3,
                         "a tip is concrete advice in the second person, one to three sentences"};
constexpr ListSpec kPractice{"practice", "practice activity", "practice activities", 3,
                             "a practice activity is doable this week, with a count or a time box"};
constexpr ListSpec kActions{"actions", "action", "actions", 2,
                            "an action is one measurable line for this week's focus"};

}  // namespace

// Fills a Playbook from the YAML tree, reporting problems through a YamlReader.
class PlaybookReader {
 public:
  PlaybookReader(Playbook* playbook, const ToneCheck& tone, config::YamlReader& reader)
      : playbook_(playbook), tone_(tone), reader_(reader) {}

  void ReadRoot(const YAML::Node& root);

 private:
  enum class Placeholders { kNone, kFollowUp };

  void ReadSkills(const YAML::Node& root);
  void ReadSkill(model::Skill skill, const YAML::Node& key, const YAML::Node& body);
  void ReadComponent(model::Component component, const YAML::Node& key, const YAML::Node& body);
  void ReadSegments(const YAML::Node& root);
  void ReadTenure(const YAML::Node& root);
  void ReadFollowUp(const YAML::Node& root);
  void ReadCallTypes(const YAML::Node& root);
  void ReadCallType(model::CallType type, const YAML::Node& key, const YAML::Node& body);

  // The text at `map[field]`; `owner` names the map in messages. Reports a missing, non-text or
  // empty value and checks the text; returns "" on any problem.
  std::string ReadText(const YAML::Node& map, std::string_view field, std::string_view owner,
                       const YAML::Mark& owner_mark,
                       Placeholders placeholders = Placeholders::kNone);
  std::vector<std::string> ReadList(const YAML::Node& map, const ListSpec& spec,
                                    std::string_view owner, const YAML::Mark& owner_mark);
  // Placeholders and tone; `what` names the text in messages ("tip 2 of discovery.x").
  void CheckText(const YAML::Mark& mark, std::string_view text, std::string_view what,
                 Placeholders placeholders);
  // A non-negative whole number within [minimum, maximum], or nullopt after reporting.
  std::optional<long long> ReadNumber(const YAML::Node& map, std::string_view field,
                                      std::string_view owner, const YAML::Mark& owner_mark,
                                      long long minimum, long long maximum, std::string hint);

  Playbook* playbook_;
  const ToneCheck& tone_;
  config::YamlReader& reader_;
};

void PlaybookReader::ReadRoot(const YAML::Node& root) {
  if (!root.IsMap()) {
    reader_.Report(YAML::Mark{}, "a playbook is a map with 'version' and 'skills'",
                   "see data/playbook/en.yaml and docs/playbook.md");
    return;
  }
  reader_.CheckKeys(root, kFileKeys, "at the top of the playbook");
  reader_.CheckVersion(root, kSupportedVersion, "playbook");
  ReadSkills(root);
  ReadSegments(root);
  ReadTenure(root);
  ReadFollowUp(root);
  ReadCallTypes(root);
}

void PlaybookReader::ReadSkills(const YAML::Node& root) {
  const YAML::Node skills = root["skills"];
  const std::optional<YAML::Mark> skills_mark = config::KeyMark(root, "skills");
  if (!skills || !skills.IsMap()) {
    reader_.Report(skills_mark.value_or(YAML::Mark{}), "the playbook needs a 'skills' map",
                   "skills:\n    discovery:\n      why: ...\n      components: ...");
    return;
  }
  std::map<model::Skill, std::size_t> seen;  // skill -> line of its first definition
  for (const auto& entry : skills) {
    const std::string key = entry.first.Scalar();
    const std::optional<model::Skill> skill = model::ParseSkillKey(key);
    if (!skill) {
      reader_.Report(entry.first.Mark(), fmt::format("unknown skill '{}'", key),
                     fmt::format("the skills are: {}", SkillKeyList()));
      continue;
    }
    const std::size_t line = static_cast<std::size_t>(entry.first.Mark().line + 1);
    auto [first, inserted] = seen.emplace(*skill, line);
    if (!inserted) {
      reader_.Report(entry.first.Mark(), fmt::format("skill '{}' is defined twice", key),
                     fmt::format("the first definition is at line {}", first->second));
      continue;
    }
    ReadSkill(*skill, entry.first, entry.second);
  }
  for (model::Skill skill : model::kAllSkills) {
    if (seen.contains(skill)) continue;
    reader_.Report(*skills_mark, fmt::format("skill '{}' is missing", SkillKey(skill)),
                   fmt::format("add {} under skills, with its why and its components {}",
                               SkillKey(skill), ComponentKeyList(skill)));
  }
}

void PlaybookReader::ReadSkill(model::Skill skill, const YAML::Node& key, const YAML::Node& body) {
  const std::string name(SkillKey(skill));
  if (!body.IsMap()) {
    reader_.Report(key.Mark(),
                   fmt::format("skill '{}' must be a map with 'why' and 'components'", name),
                   fmt::format("{}:\n      why: ...\n      components: ...", name));
    return;
  }
  reader_.CheckKeys(body, kSkillKeys, fmt::format("in skill '{}'", name));
  playbook_->skill_why_[model::SkillIndex(skill)] = ReadText(body, "why", name, key.Mark());

  const YAML::Node components = body["components"];
  if (!components || !components.IsMap()) {
    const std::optional<YAML::Mark> mark = config::KeyMark(body, "components");
    reader_.Report(mark.value_or(key.Mark()),
                   fmt::format("skill '{}' needs a 'components' map", name),
                   fmt::format("its components are: {}", ComponentKeyList(skill)));
    return;
  }
  const YAML::Mark components_mark = *config::KeyMark(body, "components");
  std::map<model::Component, std::size_t> seen;
  for (const auto& entry : components) {
    const std::string component_key = entry.first.Scalar();
    const std::optional<model::Component> component = model::ParseComponentKey(component_key);
    if (!component || model::SkillOf(*component) != skill) {
      reader_.Report(entry.first.Mark(),
                     fmt::format("unknown component '{}' in skill '{}'", component_key, name),
                     fmt::format("the components of {} are: {}", name, ComponentKeyList(skill)));
      continue;
    }
    const std::size_t line = static_cast<std::size_t>(entry.first.Mark().line + 1);
    auto [first, inserted] = seen.emplace(*component, line);
    if (!inserted) {
      reader_.Report(entry.first.Mark(),
                     fmt::format("component '{}.{}' is defined twice", name, component_key),
                     fmt::format("the first definition is at line {}", first->second));
      continue;
    }
    ReadComponent(*component, entry.first, entry.second);
  }
  for (model::Component component : model::ComponentsOf(skill)) {
    if (seen.contains(component)) continue;
    reader_.Report(components_mark,
                   fmt::format("component '{}.{}' is missing", name, ComponentKey(component)),
                   fmt::format("add {} under {}.components with what, why, tips, practice, "
                               "actions, strength and fundamentals",
                               ComponentKey(component), name));
  }
}

void PlaybookReader::ReadComponent(model::Component component, const YAML::Node& key,
                                   const YAML::Node& body) {
  const std::string owner =
      fmt::format("{}.{}", SkillKey(model::SkillOf(component)), ComponentKey(component));
  if (!body.IsMap()) {
    reader_.Report(key.Mark(), fmt::format("component '{}' must be a map", owner),
                   "write what, why, tips, practice, actions, strength and fundamentals under it");
    return;
  }
  reader_.CheckKeys(body, kComponentKeys, fmt::format("in component '{}'", owner));
  ComponentAdvice& advice = playbook_->components_[model::ComponentIndex(component)];
  advice.what = ReadText(body, "what", owner, key.Mark());
  advice.why = ReadText(body, "why", owner, key.Mark());
  advice.tips = ReadList(body, kTips, owner, key.Mark());
  advice.practice = ReadList(body, kPractice, owner, key.Mark());
  advice.actions = ReadList(body, kActions, owner, key.Mark());
  advice.strength = ReadText(body, "strength", owner, key.Mark());

  const YAML::Node fundamentals = body["fundamentals"];
  const std::string value = fundamentals && fundamentals.IsScalar() ? fundamentals.Scalar() : "";
  if (!fundamentals) {
    reader_.Report(key.Mark(), fmt::format("{} has no 'fundamentals'", owner),
                   "add fundamentals: true when a new rep should work on it first, else false");
  } else if (value == "true") {
    advice.fundamentals = true;
  } else if (value != "false") {
    reader_.Report(config::ValueMark(fundamentals, key.Mark()),
                   fmt::format("'fundamentals' of {} must be true or false", owner),
                   "true when a new rep should work on it first");
  }
}

std::string PlaybookReader::ReadText(const YAML::Node& map, std::string_view field,
                                     std::string_view owner, const YAML::Mark& owner_mark,
                                     Placeholders placeholders) {
  const YAML::Node value = map[std::string(field)];
  if (!value) {
    reader_.Report(owner_mark, fmt::format("{} has no '{}'", owner, field),
                   fmt::format("add {}: followed by the text", field));
    return "";
  }
  const YAML::Mark mark =
      config::ValueMark(value, config::KeyMark(map, field).value_or(owner_mark));
  if (!value.IsNull() && !value.IsScalar()) {
    reader_.Report(mark, fmt::format("'{}' of {} must be text", field, owner),
                   "write the text on the same line, in quotes if it holds a colon");
    return "";
  }
  const std::string text = value.IsNull() ? "" : std::string(Trim(value.Scalar()));
  if (text.empty()) {
    reader_.Report(mark, fmt::format("'{}' of {} is empty", field, owner),
                   fmt::format("write the text after '{}:'", field));
    return "";
  }
  CheckText(mark, text, fmt::format("'{}' of {}", field, owner), placeholders);
  return text;
}

std::vector<std::string> PlaybookReader::ReadList(const YAML::Node& map, const ListSpec& spec,
                                                  std::string_view owner,
                                                  const YAML::Mark& owner_mark) {
  std::vector<std::string> entries;
  const YAML::Node list = map[std::string(spec.key)];
  if (!list) {
    reader_.Report(
        owner_mark, fmt::format("{} has no '{}'", owner, spec.key),
        fmt::format("add {}: a list of at least {}; {}", spec.key, spec.minimum, spec.hint));
    return entries;
  }
  const YAML::Mark list_mark =
      config::ValueMark(list, config::KeyMark(map, spec.key).value_or(owner_mark));
  if (!list.IsSequence()) {
    reader_.Report(list_mark, fmt::format("'{}' of {} must be a list", spec.key, owner),
                   fmt::format("{}:\n  - first\n  - second", spec.key));
    return entries;
  }
  if (list.size() < spec.minimum) {
    reader_.Report(list_mark,
                   fmt::format("{} has {} {}; at least {} are needed", owner, list.size(),
                               list.size() == 1 ? spec.noun : spec.plural, spec.minimum),
                   fmt::format("add {} more: {}", spec.minimum - list.size(), spec.hint));
  }
  std::map<std::string, std::size_t> seen;  // folded entry -> its number
  for (std::size_t i = 0; i < list.size(); ++i) {
    const YAML::Node item = list[i];
    const std::size_t number = i + 1;
    const std::string what = fmt::format("{} {} of {}", spec.noun, number, owner);
    // yaml-cpp marks an empty item ("-" alone) at the next token; the list is nearer the truth.
    const YAML::Mark mark = item.IsNull() ? list_mark : item.Mark();
    if (!item.IsNull() && !item.IsScalar()) {
      reader_.Report(mark, fmt::format("{} is not text", what),
                     "write each entry as one line of text, in quotes if it holds a colon");
      continue;
    }
    const std::string text = item.IsNull() ? "" : std::string(Trim(item.Scalar()));
    if (text.empty()) {
      reader_.Report(mark, fmt::format("{} is empty", what), "write it, or remove the entry");
      continue;
    }
    auto [first, inserted] = seen.emplace(FoldForRepeat(text), number);
    if (!inserted) {
      const YAML::Node first_item = list[first->second - 1];
      reader_.Report(mark, fmt::format("{} repeats {} {}", what, spec.noun, first->second),
                     fmt::format("each {} should say something new; {} {} is at line {}", spec.noun,
                                 spec.noun, first->second, first_item.Mark().line + 1));
      continue;
    }
    CheckText(mark, text, what, Placeholders::kNone);
    entries.push_back(text);
  }
  return entries;
}

void PlaybookReader::CheckText(const YAML::Mark& mark, std::string_view text, std::string_view what,
                               Placeholders placeholders) {
  for (std::size_t open = text.find('{'); open != std::string_view::npos;
       open = text.find('{', open + 1)) {
    const std::size_t close = text.find('}', open);
    const std::string_view placeholder = text.substr(
        open, close == std::string_view::npos ? std::string_view::npos : close - open + 1);
    const bool known =
        std::find(kPlaceholders.begin(), kPlaceholders.end(), placeholder) != kPlaceholders.end();
    if (placeholders == Placeholders::kNone) {
      reader_.Report(mark,
                     fmt::format("{} holds the placeholder '{}'; only follow_up templates are "
                                 "filled in",
                                 what, placeholder),
                     "write the words out, without braces");
      break;
    }
    if (!known) {
      reader_.Report(mark, fmt::format("{} holds the unknown placeholder '{}'", what, placeholder),
                     "the placeholders are {skill}, {from} and {to}");
    }
  }
  const std::vector<std::string> offending = tone_.Offending(text);
  if (!offending.empty()) {
    reader_.Report(
        mark, fmt::format("{} uses {}, which the tone check rejects", what, QuoteList(offending)),
        fmt::format("describe the behaviour to build, constructively; the rejected "
                    "words are listed in {}",
                    tone_.source()));
  }
}

std::optional<long long> PlaybookReader::ReadNumber(const YAML::Node& map, std::string_view field,
                                                    std::string_view owner,
                                                    const YAML::Mark& owner_mark, long long minimum,
                                                    long long maximum, std::string hint) {
  const YAML::Node value = map[std::string(field)];
  if (!value) {
    reader_.Report(owner_mark, fmt::format("{} has no '{}'", owner, field), std::move(hint));
    return std::nullopt;
  }
  const std::optional<long long> number =
      value.IsScalar() ? ParseInteger(Trim(value.Scalar())) : std::nullopt;
  if (!number || *number < minimum || *number > maximum) {
    reader_.Report(config::ValueMark(value, config::KeyMark(map, field).value_or(owner_mark)),
                   fmt::format("'{}' of {} must be a whole number from {} to {}", field, owner,
                               minimum, maximum),
                   std::move(hint));
    return std::nullopt;
  }
  return number;
}

void PlaybookReader::ReadSegments(const YAML::Node& root) {
  const YAML::Node segments = root["segments"];
  if (!segments) return;  // optional: no segment notes
  const YAML::Mark segments_mark =
      config::ValueMark(segments, config::KeyMark(root, "segments").value_or(YAML::Mark{}));
  if (!segments.IsMap()) {
    reader_.Report(segments_mark, "'segments' must be a map from segment to notes",
                   "segments:\n    enterprise:\n      qualification: ...");
    return;
  }
  for (const auto& entry : segments) {
    const std::string key = entry.first.Scalar();
    const auto segment = std::find_if(kSegments.begin(), kSegments.end(), [&](model::Segment s) {
      return model::SegmentName(s) == key;
    });
    if (segment == kSegments.end()) {
      reader_.Report(entry.first.Mark(), fmt::format("unknown segment '{}'", key),
                     "the segments are: smb, mid_market, enterprise");
      continue;
    }
    const std::string owner = fmt::format("segments.{}", key);
    if (!entry.second.IsMap()) {
      reader_.Report(entry.first.Mark(), fmt::format("{} must be a map from skill to note", owner),
                     fmt::format("{}:\n      qualification: ...", key));
      continue;
    }
    for (const auto& note : entry.second) {
      const std::string skill_key = note.first.Scalar();
      const std::optional<model::Skill> skill = model::ParseSkillKey(skill_key);
      if (!skill) {
        reader_.Report(note.first.Mark(), fmt::format("unknown skill '{}' in {}", skill_key, owner),
                       fmt::format("the skills are: {}", SkillKeyList()));
        continue;
      }
      playbook_->segment_notes_[SegmentSlot(*segment)][model::SkillIndex(*skill)] =
          ReadText(entry.second, skill_key, owner, entry.first.Mark());
    }
  }
}

void PlaybookReader::ReadTenure(const YAML::Node& root) {
  const YAML::Node tenure = root["tenure"];
  if (!tenure || !tenure.IsMap()) {
    reader_.Report(config::KeyMark(root, "tenure").value_or(YAML::Mark{}),
                   "the playbook needs a 'tenure' map",
                   "tenure: {new_rep_days: 90, new_rep_max_focus_areas: 2, new_rep_note: ...}");
    return;
  }
  const YAML::Mark mark = *config::KeyMark(root, "tenure");
  reader_.CheckKeys(tenure, kTenureKeys, "in tenure");
  TenureSettings& settings = playbook_->tenure_;
  if (auto days = ReadNumber(tenure, "new_rep_days", "tenure", mark, 1, kMaxNewRepDays,
                             "a rep hired fewer days ago than this is new, for example 90")) {
    settings.new_rep_days = static_cast<int>(*days);
  }
  if (auto areas = ReadNumber(tenure, "new_rep_max_focus_areas", "tenure", mark, 1,
                              static_cast<long long>(kMaxFocusAreas),
                              "how many focus areas a new rep's report shows; reports show at "
                              "most 3")) {
    settings.new_rep_max_focus_areas = static_cast<std::size_t>(*areas);
  }
  settings.new_rep_note = ReadText(tenure, "new_rep_note", "tenure", mark);
}

void PlaybookReader::ReadFollowUp(const YAML::Node& root) {
  const YAML::Node follow_up = root["follow_up"];
  if (!follow_up || !follow_up.IsMap()) {
    reader_.Report(config::KeyMark(root, "follow_up").value_or(YAML::Mark{}),
                   "the playbook needs a 'follow_up' map",
                   "follow_up: {moved_up: ..., flat: ..., moved_down: ...}");
    return;
  }
  const YAML::Mark mark = *config::KeyMark(root, "follow_up");
  reader_.CheckKeys(follow_up, kMovementKeys, "in follow_up");
  for (std::size_t i = 0; i < kMovementKeys.size(); ++i) {
    playbook_->follow_up_[i] =
        ReadText(follow_up, kMovementKeys[i], "follow_up", mark, Placeholders::kFollowUp);
  }
}

void PlaybookReader::ReadCallTypes(const YAML::Node& root) {
  const YAML::Node call_types = root["call_types"];
  if (!call_types || !call_types.IsMap()) {
    reader_.Report(config::KeyMark(root, "call_types").value_or(YAML::Mark{}),
                   "the playbook needs a 'call_types' map",
                   "call_types:\n    discovery: {note: ..., focus: [question_quality]}");
    return;
  }
  const YAML::Mark mark = *config::KeyMark(root, "call_types");
  std::vector<model::CallType> seen;
  for (const auto& entry : call_types) {
    const std::string key = entry.first.Scalar();
    const auto type = std::find_if(kCallTypes.begin(), kCallTypes.end(), [&](model::CallType t) {
      return model::CallTypeName(t) == key;
    });
    if (type == kCallTypes.end()) {
      reader_.Report(entry.first.Mark(), fmt::format("unknown call type '{}'", key),
                     "the call types are: discovery, demo, negotiation, closing, other");
      continue;
    }
    seen.push_back(*type);
    ReadCallType(*type, entry.first, entry.second);
  }
  for (model::CallType type : kRequiredCallTypes) {
    if (std::find(seen.begin(), seen.end(), type) != seen.end()) continue;
    reader_.Report(mark, fmt::format("call type '{}' is missing", model::CallTypeName(type)),
                   "discovery, demo and negotiation each need a note");
  }
}

void PlaybookReader::ReadCallType(model::CallType type, const YAML::Node& key,
                                  const YAML::Node& body) {
  const std::string owner = fmt::format("call_types.{}", model::CallTypeName(type));
  if (!body.IsMap()) {
    reader_.Report(key.Mark(), fmt::format("{} must be a map with a 'note'", owner),
                   fmt::format("{}: {{note: ..., focus: [...]}}", model::CallTypeName(type)));
    return;
  }
  reader_.CheckKeys(body, kCallTypeKeys, fmt::format("in {}", owner));
  Playbook::CallTypeAdvice& advice = playbook_->call_types_[static_cast<std::size_t>(type)];
  advice.note = ReadText(body, "note", owner, key.Mark());
  const YAML::Node focus = body["focus"];
  if (!focus) return;
  if (!focus.IsSequence()) {
    reader_.Report(config::ValueMark(focus, *config::KeyMark(body, "focus")),
                   fmt::format("'focus' of {} must be a list of components", owner),
                   "focus: [question_quality, active_listening]");
    return;
  }
  for (const YAML::Node& item : focus) {
    const std::string component_key = item.IsScalar() ? item.Scalar() : "";
    const std::optional<model::Component> component = model::ParseComponentKey(component_key);
    if (!component) {
      reader_.Report(item.IsNull() ? focus.Mark() : item.Mark(),
                     fmt::format("unknown component '{}' in 'focus' of {}", component_key, owner),
                     fmt::format("the components are: {}", AllComponentKeys()));
      continue;
    }
    advice.focus.push_back(*component);
  }
}

std::string_view FocusMovementKey(FocusMovement movement) {
  return kMovementKeys[static_cast<std::size_t>(movement)];
}

Result<Playbook> Playbook::Load(const std::filesystem::path& path, const ToneCheck& tone,
                                Diagnostics* diagnostics) {
  SC_ASSIGN_OR_RETURN(std::string yaml, ReadFile(path));
  return Parse(yaml, path.string(), tone, diagnostics);
}

Result<Playbook> Playbook::Parse(std::string_view yaml, std::string_view source,
                                 const ToneCheck& tone, Diagnostics* diagnostics) {
  Playbook playbook;
  SC_RETURN_IF_ERROR(config::ReadYaml(yaml, source, "playbook", diagnostics,
                                      [&](const YAML::Node& root, config::YamlReader& reader) {
                                        PlaybookReader(&playbook, tone, reader).ReadRoot(root);
                                      }));
  return playbook;
}

const ComponentAdvice& Playbook::Advice(model::Component component) const {
  return components_[model::ComponentIndex(component)];
}

std::string_view Playbook::SkillWhy(model::Skill skill) const {
  return skill_why_[model::SkillIndex(skill)];
}

std::string_view Playbook::SegmentNote(model::Segment segment, model::Skill skill) const {
  const std::size_t slot = SegmentSlot(segment);
  if (slot >= kSegmentCount) return "";
  return segment_notes_[slot][model::SkillIndex(skill)];
}

std::string_view Playbook::FollowUpTemplate(FocusMovement movement) const {
  return follow_up_[static_cast<std::size_t>(movement)];
}

std::string Playbook::FollowUp(FocusMovement movement, std::string_view skill,
                               std::string_view from, std::string_view to) const {
  return FillPlaceholders(
      FollowUpTemplate(movement),
      {{kPlaceholders[0], skill}, {kPlaceholders[1], from}, {kPlaceholders[2], to}});
}

std::string_view Playbook::CallTypeNote(model::CallType type) const {
  return call_types_[static_cast<std::size_t>(type)].note;
}

std::span<const model::Component> Playbook::CallTypeFocus(model::CallType type) const {
  return call_types_[static_cast<std::size_t>(type)].focus;
}

std::size_t Playbook::Pick(std::size_t count, std::string_view rep_id, int week_index,
                           std::size_t salt) {
  SC_CHECK(count > 0);
  constexpr std::uint64_t kOffset = 14695981039346656037ULL;
  constexpr std::uint64_t kPrime = 1099511628211ULL;
  std::uint64_t hash = kOffset;
  for (char c : rep_id) {
    hash = (hash ^ static_cast<unsigned char>(c)) * kPrime;
  }
  const auto salt64 = static_cast<std::uint64_t>(salt);
  for (int byte = 0; byte < 8; ++byte) {
    hash = (hash ^ ((salt64 >> (8 * byte)) & 0xFFu)) * kPrime;
  }
  const auto n = static_cast<long long>(count);
  const long long start = static_cast<long long>(hash % static_cast<std::uint64_t>(count));
  const long long week = ((static_cast<long long>(week_index) % n) + n) % n;
  return static_cast<std::size_t>((start + week) % n);
}

const std::string& Playbook::Choose(model::Component component, AdviceKind kind,
                                    std::string_view rep_id, int week_index) const {
  const ComponentAdvice& advice = Advice(component);
  const std::vector<std::string>& list = kind == AdviceKind::kTip        ? advice.tips
                                         : kind == AdviceKind::kPractice ? advice.practice
                                                                         : advice.actions;
  const std::size_t salt = model::ComponentIndex(component) * 3 + static_cast<std::size_t>(kind);
  return list[Pick(list.size(), rep_id, week_index, salt)];
}

}  // namespace sc::coaching
