// The six selling skills of the scoring model and their eighteen components (DOMAIN.md, "Skill
// model"), with the keys the report JSON uses (INTERFACES.md).
//
// Skills and components are fixed by the model; what each component measures, its target
// curve and the skill weights are data (the scoring config), not code.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace sc::model {

enum class Skill {
  kDiscovery,
  kQualification,
  kPresentation,
  kObjectionHandling,
  kNegotiation,
  kClosing
};

inline constexpr std::size_t kSkillCount = 6;
inline constexpr std::array<Skill, kSkillCount> kAllSkills = {
    Skill::kDiscovery,         Skill::kQualification, Skill::kPresentation,
    Skill::kObjectionHandling, Skill::kNegotiation,   Skill::kClosing};

// "discovery", "qualification", "presentation", "objection_handling", "negotiation",
// "closing".
std::string_view SkillKey(Skill skill);
// "Discovery", "Qualification", "Demo/Presentation", "Objection Handling", "Negotiation",
// "Closing": the seed's names, for reports.
std::string_view SkillTitle(Skill skill);
// The inverse of SkillKey; nullopt for any other text.
std::optional<Skill> ParseSkillKey(std::string_view key);
// The position of `skill` in kAllSkills.
constexpr std::size_t SkillIndex(Skill skill) { return static_cast<std::size_t>(skill); }

// Three per skill, in skill order: component c belongs to skill c / 3.
enum class Component {
  kQuestionQuality,
  kActiveListening,
  kNeedIdentification,
  kFrameworkAdherence,
  kIcpAlignment,
  kDisqualificationRate,
  kValueArticulation,
  kPersonalization,
  kEngagement,
  kResponseQuality,
  kEmpathy,
  kResolution,
  kDiscountManagement,
  kValueDefense,
  kDealSize,
  kTrialClose,
  kNextSteps,
  kWinRate,
};

inline constexpr std::size_t kComponentsPerSkill = 3;
inline constexpr std::size_t kComponentCount = kSkillCount * kComponentsPerSkill;

constexpr std::size_t ComponentIndex(Component component) {
  return static_cast<std::size_t>(component);
}
constexpr Skill SkillOf(Component component) {
  return static_cast<Skill>(ComponentIndex(component) / kComponentsPerSkill);
}
// The skill's three components, in the order DOMAIN.md lists them.
constexpr std::array<Component, kComponentsPerSkill> ComponentsOf(Skill skill) {
  std::size_t first = SkillIndex(skill) * kComponentsPerSkill;
  return {static_cast<Component>(first), static_cast<Component>(first + 1),
          static_cast<Component>(first + 2)};
}
// Every component, in skill order.
constexpr std::array<Component, kComponentCount> AllComponents() {
  std::array<Component, kComponentCount> all{};
  for (std::size_t i = 0; i < kComponentCount; ++i) all[i] = static_cast<Component>(i);
  return all;
}

// The JSON key: "question_quality", "active_listening", ..., "win_rate".
std::string_view ComponentKey(Component component);
// For reports: "Question quality", "Active listening", ..., "Win rate".
std::string_view ComponentTitle(Component component);
// The inverse of ComponentKey; nullopt for any other text.
std::optional<Component> ParseComponentKey(std::string_view key);

}  // namespace sc::model
