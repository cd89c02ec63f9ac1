#include "sample/rep_behavior.h"

#include <algorithm>

namespace sc::sample {
namespace {

// A probability that rises with the level from `at_20` (level 20) to `at_95` (level 95).
double Rate(double level, double at_20, double at_95) {
  return Clamp(LevelMap(level, 20, at_20, 95, at_95), std::min(at_20, at_95),
               std::max(at_20, at_95));
}

}  // namespace

RepBehavior::RepBehavior(const std::array<int, kSkillCount>& levels, Rng& rng) {
  for (std::size_t index = 0; index < kSkillCount; ++index) levels_[index] = levels[index];
  double discovery = level(Skill::kDiscovery);
  double presentation = level(Skill::kPresentation);
  double objections = level(Skill::kObjectionHandling);
  double negotiation = level(Skill::kNegotiation);
  double closing = level(Skill::kClosing);
  // DOMAIN.md: 11-14 questions on a good discovery call; weak reps ask 3-4.
  double questions = Clamp(LevelMap(discovery, 30, 3.5, 90, 13), 2, 15);
  discovery_questions_ = CountSampler(questions, 0.35, rng.Uniform());
  open_question_ = RateSampler(Rate(discovery, 0.1, 0.9), rng.Uniform());
  follow_up_ = RateSampler(Rate(discovery, 0.05, 0.8), rng.Uniform());
  acknowledgement_ = RateSampler(Rate(discovery, 0.08, 0.9), rng.Uniform());
  value_statement_ = RateSampler(Rate(presentation, 0.08, 0.92), rng.Uniform());
  personalization_ = RateSampler(Rate(presentation, 0.05, 0.9), rng.Uniform());
  objection_acknowledged_ = RateSampler(Rate(objections, 0.05, 0.95), rng.Uniform());
  objection_clarified_ = RateSampler(Rate(objections, 0.03, 0.9), rng.Uniform());
  objection_value_ = RateSampler(Rate(objections, 0.1, 0.95), rng.Uniform());
  objection_resolved_ = RateSampler(Rate(objections, 0.1, 0.95), rng.Uniform());
  value_defense_ = RateSampler(Rate(negotiation, 0.05, 0.95), rng.Uniform());
  // DOMAIN.md: 2+ trial closes per demo or negotiation call is good; weak closers do 0-1.
  double trial_closes = Clamp(LevelMap(closing, 30, 0.5, 90, 3), 0, 4);
  trial_closes_ = CountSampler(trial_closes, 0.3, rng.Uniform());
  specific_next_step_ = RateSampler(Rate(closing, 0.05, 0.95), rng.Uniform());
  vague_next_step_ = RateSampler(0.7, rng.Uniform());
}

int RepBehavior::NextDiscoveryQuestionCount(Rng& rng) {
  return std::max(2, discovery_questions_.Next(rng));
}

double RepBehavior::DiscoveryRepShare(Rng& rng) const {
  // Gong Labs: average reps talk 65-75%; the best discovery calls sit near 40%.
  double share = LevelMap(level(Skill::kDiscovery), 30, 0.70, 90, 0.38);
  return Clamp(share + 0.02 * rng.Normalish(), 0.28, 0.86);
}

double RepBehavior::StorySeconds(Rng& rng) const {
  double seconds = Clamp(LevelMap(level(Skill::kDiscovery), 30, 35, 90, 110), 25, 140);
  return seconds * rng.Uniform(0.8, 1.2);
}

double RepBehavior::ReplyPause(Rng& rng) const {
  double pause = LevelMap(level(Skill::kDiscovery), 30, 0.5, 90, 1.05);
  return Clamp(pause + 0.12 * rng.Normalish(), 0.2, 1.5);
}

double RepBehavior::MonologueSeconds(Rng& rng) const {
  // Gong Labs: pitches under 2.5 minutes; weak presenters run 4-8 minutes.
  double seconds = Clamp(LevelMap(level(Skill::kPresentation), 30, 330, 90, 80), 55, 460);
  return seconds * rng.Uniform(0.85, 1.15);
}

double RepBehavior::DemoRepShare(Rng& rng) const {
  double share = LevelMap(level(Skill::kPresentation), 30, 0.80, 90, 0.52);
  return Clamp(share + 0.02 * rng.Normalish(), 0.45, 0.9);
}

double RepBehavior::ObjectionPause(Rng& rng) const {
  double pause = LevelMap(level(Skill::kObjectionHandling), 30, 0.3, 90, 1.5);
  return Clamp(pause + 0.1 * rng.Normalish(), 0.2, 1.9);
}

NextStepKind RepBehavior::NextNextStep(Rng& rng) {
  if (specific_next_step_.Next(rng)) return NextStepKind::kSpecific;
  return vague_next_step_.Next(rng) ? NextStepKind::kVague : NextStepKind::kNone;
}

}  // namespace sc::sample
