// The six selling skills of the scoring model (DOMAIN.md, "Skill model") as the sample
// generator plants them.
//
// The keys are the public JSON keys of INTERFACES.md, so ground_truth.json and the scored
// reports name skills the same way.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace sc::sample {

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
// The inverse of SkillKey; nullopt for any other text.
std::optional<Skill> ParseSkillKey(std::string_view key);
// The position of `skill` in kAllSkills (and in PlantedRep::levels).
constexpr std::size_t SkillIndex(Skill skill) { return static_cast<std::size_t>(skill); }

}  // namespace sc::sample
