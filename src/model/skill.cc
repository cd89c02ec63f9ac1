#include "model/skill.h"

namespace sc::model {
namespace {

struct SkillNames {
  std::string_view key;
  std::string_view title;
};

constexpr std::array<SkillNames, kSkillCount> kSkillNames = {{
    {"discovery", "Discovery"},
    {"qualification", "Qualification"},
    {"presentation", "Demo/Presentation"},
    {"objection_handling", "Objection Handling"},
    {"negotiation", "Negotiation"},
    {"closing", "Closing"},
}};

constexpr std::array<SkillNames, kComponentCount> kComponentNames = {{
    {"question_quality", "Question quality"},
    {"active_listening", "Active listening"},
    {"need_identification", "Need identification"},
    {"framework_adherence", "Framework adherence"},
    {"icp_alignment", "ICP alignment"},
    {"disqualification_rate", "Appropriate disqualification"},
    {"value_articulation", "Value articulation"},
    {"personalization", "Personalization"},
    {"engagement", "Engagement"},
    {"response_quality", "Response quality"},
    {"empathy", "Empathy"},
    {"resolution", "Resolution"},
    {"discount_management", "Discount management"},
    {"value_defense", "Value defense"},
    {"deal_size", "Deal size"},
    {"trial_close", "Trial closes"},
    {"next_steps", "Next steps"},
    {"win_rate", "Win rate"},
}};

}  // namespace

std::string_view SkillKey(Skill skill) { return kSkillNames[SkillIndex(skill)].key; }
std::string_view SkillTitle(Skill skill) { return kSkillNames[SkillIndex(skill)].title; }

std::optional<Skill> ParseSkillKey(std::string_view key) {
  for (Skill skill : kAllSkills) {
    if (SkillKey(skill) == key) return skill;
  }
  return std::nullopt;
}

std::string_view ComponentKey(Component component) {
  return kComponentNames[ComponentIndex(component)].key;
}
std::string_view ComponentTitle(Component component) {
  return kComponentNames[ComponentIndex(component)].title;
}

std::optional<Component> ParseComponentKey(std::string_view key) {
  for (Component component : AllComponents()) {
    if (ComponentKey(component) == key) return component;
  }
  return std::nullopt;
}

}  // namespace sc::model
