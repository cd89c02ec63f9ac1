// The six selling skills as the sample generator plants them: the model's skills
// (model/skill.h), so ground_truth.json and the scored reports name skills the same way.
#pragma once

#include "model/skill.h"

namespace sc::sample {

using model::kAllSkills;
using model::kSkillCount;
using model::ParseSkillKey;
using model::Skill;
using model::SkillIndex;
using model::SkillKey;

}  // namespace sc::sample
