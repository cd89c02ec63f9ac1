// RepBehavior: how one rep's planted skill levels turn into what happens on their calls.
//
// Every mapping is monotonic in the level and anchored on the numbers in DOMAIN.md (for
// example, discovery level 30 gives about 3-4 questions per discovery call and level 90 about
// 12-14). Yes/no behaviours go through RateSamplers, which carry state from one call to the
// next, so that over a rep's 30-40 calls the realised rate sits within one event of the
// planted one: the levels show in the data strongly, with modest noise.
//
// Not thread-safe; one instance per rep, used for that rep's calls in time order.
#pragma once

#include <array>

#include "sample/random.h"
#include "sample/skill.h"

namespace sc::sample {

enum class NextStepKind { kSpecific, kVague, kNone };

// Style traits that are independent of skill: they vary between reps but must not predict
// any skill score.
struct RepTraits {
  double words_per_minute = 165;  // 140..190
  double fillers_per_minute = 3;  // 0.5..6
};

class RepBehavior {
 public:
  // `levels` are 0..100 per skill (indexed by SkillIndex); `rng` seeds the samplers' phases.
  RepBehavior(const std::array<int, kSkillCount>& levels, Rng& rng);

  double level(Skill skill) const { return levels_[SkillIndex(skill)]; }

  // --- discovery ---
  int NextDiscoveryQuestionCount(Rng& rng);
  bool NextOpenQuestion(Rng& rng) { return open_question_.Next(rng); }
  // Asked when a follow-up is possible (the customer just told a pain story).
  bool NextFollowUp(Rng& rng) { return follow_up_.Next(rng); }
  bool NextAcknowledgement(Rng& rng) { return acknowledgement_.Next(rng); }
  // The rep's share of speech the discovery call should end up with.
  double DiscoveryRepShare(Rng& rng) const;
  // How long a customer answers an open question: longer when the rep listens.
  double StorySeconds(Rng& rng) const;
  // The pause before the rep speaks after a customer (patience), seconds.
  double ReplyPause(Rng& rng) const;

  // --- presentation ---
  bool NextValueStatement(Rng& rng) { return value_statement_.Next(rng); }
  bool NextPersonalization(Rng& rng) { return personalization_.Next(rng); }
  // Length of one rep presentation stretch on a demo, seconds.
  double MonologueSeconds(Rng& rng) const;
  double DemoRepShare(Rng& rng) const;

  // --- objection handling ---
  bool NextObjectionAcknowledged(Rng& rng) { return objection_acknowledged_.Next(rng); }
  bool NextObjectionClarified(Rng& rng) { return objection_clarified_.Next(rng); }
  bool NextObjectionValue(Rng& rng) { return objection_value_.Next(rng); }
  bool NextObjectionResolved(Rng& rng) { return objection_resolved_.Next(rng); }
  // The pause before the rep replies to an objection: about 1.5 s for top reps, 0.3 s for
  // reps who jump in.
  double ObjectionPause(Rng& rng) const;

  // --- negotiation ---
  // Whether the rep defends value or trades (true) rather than conceding (false).
  bool NextValueDefense(Rng& rng) { return value_defense_.Next(rng); }

  // --- closing ---
  int NextTrialCloseCount(Rng& rng) { return trial_closes_.Next(rng); }
  NextStepKind NextNextStep(Rng& rng);

 private:
  std::array<double, kSkillCount> levels_{};
  CountSampler discovery_questions_;
  RateSampler open_question_;
  RateSampler follow_up_;
  RateSampler acknowledgement_;
  RateSampler value_statement_;
  RateSampler personalization_;
  RateSampler objection_acknowledged_;
  RateSampler objection_clarified_;
  RateSampler objection_value_;
  RateSampler objection_resolved_;
  RateSampler value_defense_;
  CountSampler trial_closes_;
  RateSampler specific_next_step_;
  RateSampler vague_next_step_;
};

}  // namespace sc::sample
