#include "analysis/next_steps.h"

#include <optional>
#include <span>

#include "analysis/quote.h"

namespace sc::analysis {
namespace {

constexpr int kLastThird = 2;

struct Candidate {
  std::size_t utterance = 0;
  std::size_t sentence = 0;
  bool specific = false;
};

// The next utterance, after `i`, of the side opposite to utterance `i`'s, or nullopt.
std::optional<std::size_t> NextOfOtherSide(const CallFacts& call, std::size_t i) {
  model::SpeakerRole other =
      call.IsRep(i) ? model::SpeakerRole::kCustomer : model::SpeakerRole::kRep;
  for (std::size_t next = i + 1; next < call.utterances.size(); ++next) {
    if (call.utterances[next].role == other) return next;
  }
  return std::nullopt;
}

// True when `tracker` has a hit from sentence `sentence` of utterance `i` to the utterance's
// end, or in the other side's next utterance.
bool NamedNearby(const CallFacts& call, std::size_t i, std::size_t sentence, std::uint32_t tracker,
                 std::optional<std::size_t> answer) {
  TextSpan rest{call.facts[i].sentences[sentence].begin,
                static_cast<std::uint32_t>(call.utterances[i].text.size())};
  return call.HasHit(i, tracker, rest) || (answer && call.HasHit(*answer, tracker));
}

bool IsSpecific(const CallFacts& call, std::size_t i, std::size_t sentence) {
  std::optional<std::size_t> answer = NextOfOtherSide(call, i);
  return NamedNearby(call, i, sentence, call.ids->next_step_owner, answer) &&
         NamedNearby(call, i, sentence, call.ids->next_step_time, answer);
}

}  // namespace

model::NextStep FindNextStep(const CallFacts& call) {
  std::optional<Candidate> last, last_specific;
  for (std::size_t i = 0; i < call.utterances.size(); ++i) {
    if ((!call.IsRep(i) && !call.IsCustomer(i)) || call.ThirdOf(i) != kLastThird) continue;
    const std::vector<TextSpan>& sentences = call.facts[i].sentences;
    for (std::size_t s = 0; s < sentences.size(); ++s) {
      if (!call.HasHit(i, call.ids->next_step, sentences[s])) continue;
      last = Candidate{.utterance = i, .sentence = s, .specific = IsSpecific(call, i, s)};
      if (last->specific) last_specific = last;
    }
  }
  const std::optional<Candidate>& chosen = last_specific ? last_specific : last;
  if (!chosen) return {};
  const model::Utterance& utterance = call.utterances[chosen->utterance];
  const std::vector<TextSpan>& sentences = call.facts[chosen->utterance].sentences;
  return {.present = true,
          .specific = chosen->specific,
          .text = QuoteSentences(utterance.text, std::span(&sentences[chosen->sentence], 1), 0),
          .at_s = utterance.start_s,
          .utterance = chosen->utterance};
}

}  // namespace sc::analysis
