// Interaction measures of one call: who talked how much, for how long at a stretch, how
// often the conversation changed hands, how long the rep waited before replying, and how
// fast the rep spoke. Definitions and targets: DOMAIN.md, "Call measures".
//
// Sides, not people: every utterance whose role is kRep counts for the rep's side (a rep and
// a sales engineer pitching in turn are one monologue to the buyer), kCustomer for the
// customer's; kOther and kUnknown utterances are left out.
//
// Backchannels ("mm-hm", "right", "okay") do not take the floor: an utterance of at most 1 s
// or at most 3 words is a backchannel. It neither breaks the other side's monologue nor
// counts as a change of speaker; its speech still counts toward talk time.
//
//   InteractionMeasures measures = MeasureInteraction(call.utterances);
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

#include "model/call.h"

namespace sc::analysis {

// Backchannel limits (DOMAIN.md: "customer backchannels of <= 1 s or <= 3 words").
inline constexpr double kBackchannelMaxSeconds = 1.0;
inline constexpr std::size_t kBackchannelMaxWords = 3;

// One side's longest uninterrupted stretch of speech.
struct Stretch {
  double start_s = 0;
  double end_s = 0;
  std::size_t first_utterance = 0;  // index into the call's utterances
  std::size_t last_utterance = 0;

  double seconds() const { return end_s - start_s; }
};

struct InteractionMeasures {
  double rep_talk_s = 0;       // summed utterance durations of the rep's side
  double customer_talk_s = 0;  // the same for the customer's side
  std::size_t rep_words = 0;
  std::size_t customer_words = 0;
  // Rep share of rep + customer speech, 0..1. From words when the transcript has no usable
  // times (every utterance zero-length); nullopt when neither side spoke.
  std::optional<double> talk_ratio;
  bool talk_ratio_from_words = false;
  // The longest stretches of each side; nullopt when that side did not speak or the call has
  // no times.
  std::optional<Stretch> longest_monologue;       // the rep's side
  std::optional<Stretch> longest_customer_story;  // the customer's side
  // Changes of side per minute of call (first word to last), backchannels ignored; nullopt
  // for a call without times.
  std::optional<double> interactivity;
  // Median pause, in seconds, between the end of a customer turn and the start of the rep's
  // reply (overlaps count as 0); nullopt when the rep never replies to the customer or the
  // call has no times.
  std::optional<double> patience_s;
  std::size_t rep_replies = 0;  // how many pauses the median is over
  // Rep words per minute of rep speech; nullopt without rep speech time.
  std::optional<double> wpm;
};

// Words as people count them: white-space separated tokens holding a letter or digit
// ("--" and "..." are not words).
std::size_t CountWords(std::string_view text);

// True when `utterance` is a backchannel by the limits above.
bool IsBackchannel(const model::Utterance& utterance);

// Measures `utterances`, which must be in time order (as every transcript reader returns
// them). Pure and thread-safe.
InteractionMeasures MeasureInteraction(std::span<const model::Utterance> utterances);

}  // namespace sc::analysis
