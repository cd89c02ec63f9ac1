#include "sample/rep_feedback.h"

#include "sample/random.h"

namespace sc::sample {
namespace {

constexpr std::uint64_t kFeedbackStream = 40;

// FNV-1a of the rep id, so each rep has their own stream of answers.
std::uint64_t Hash(std::string_view text) {
  std::uint64_t hash = 1469598103934665603ull;
  for (char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return hash;
}

}  // namespace

RepFeedback SimulateFeedback(std::uint64_t seed, std::string_view rep_id, Date report_date) {
  Rng rng(DeriveSeed(seed, kFeedbackStream,
                     Hash(rep_id) ^ static_cast<std::uint64_t>(report_date.days())));
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
