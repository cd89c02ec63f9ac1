#include "sample/rep_feedback.h"

#include "sample/random.h"
#include "sample/transcript_render.h"

namespace sc::sample {
namespace {

constexpr std::uint64_t kFeedbackStream = 40;

}  // namespace

RepFeedback SimulateFeedback(std::uint64_t seed, std::string_view rep_id, Date report_date) {
  Rng rng(DeriveSeed(seed, kFeedbackStream,
                     StableHash(rep_id) ^ static_cast<std::uint64_t>(report_date.days())));
  RepFeedback feedback;
  feedback.acknowledged = rng.Chance(0.85);
  if (!feedback.acknowledged) return feedback;
  feedback.hours_later = rng.UniformInt(1, 72);
  if (rng.Chance(0.6)) {
    double draw = rng.Uniform();
    feedback.rating = draw < 0.05 ? 2 : draw < 0.25 ? 3 : draw < 0.65 ? 4 : 5;
  }
  return feedback;
}

}  // namespace sc::sample
