#include "sample/skill.h"

namespace sc::sample {

std::string_view SkillKey(Skill skill) {
  switch (skill) {
    case Skill::kDiscovery:
      return "discovery";
    case Skill::kQualification:
      return "qualification";
    case Skill::kPresentation:
      return "presentation";
    case Skill::kObjectionHandling:
      return "objection_handling";
    case Skill::kNegotiation:
      return "negotiation";
    case Skill::kClosing:
      return "closing";
  }
  return "discovery";
}

std::optional<Skill> ParseSkillKey(std::string_view key) {
  for (Skill skill : kAllSkills) {
    if (SkillKey(skill) == key) return skill;
  }
  return std::nullopt;
}

}  // namespace sc::sample
