#include "analysis/fillers.h"

#include "base/text.h"

namespace sc::analysis {
namespace {

bool IsFillerTracker(const TrackerIds& ids, std::uint32_t tracker) {
  return tracker == ids.filler || (ids.filler_like && tracker == *ids.filler_like);
}

}  // namespace

std::string FillerWord(const CallFacts& call, std::size_t utterance, const TrackerHit& hit) {
  const TrackerIds& ids = *call.ids;
  if (ids.filler_like && hit.tracker == *ids.filler_like) return "like";
  const Phrase& phrase = call.trackers->PhraseOf(hit);
  if (phrase.kind == PhraseKind::kLiteral) return AsciiLower(phrase.text);
  std::string_view text = call.utterances[utterance].text;
  return AsciiLower(text.substr(hit.begin, hit.end - hit.begin));
}

std::size_t CountFillersIn(const CallFacts& call, std::size_t i) {
  if (!call.IsRep(i)) return 0;
  std::size_t count = 0;
  for (const TrackerHit& hit : call.facts[i].hits) {
    if (IsFillerTracker(*call.ids, hit.tracker)) ++count;
  }
  return count;
}

model::FillerCounts CountFillers(const CallFacts& call, double rep_talk_s) {
  model::FillerCounts counts;
  for (std::size_t i = 0; i < call.utterances.size(); ++i) {
    if (!call.IsRep(i)) continue;
    for (const TrackerHit& hit : call.facts[i].hits) {
      if (!IsFillerTracker(*call.ids, hit.tracker)) continue;
      ++counts.by_word[FillerWord(call, i, hit)];
      ++counts.total;
    }
  }
  if (rep_talk_s > 0) counts.per_min = static_cast<double>(counts.total) / (rep_talk_s / 60.0);
  return counts;
}

}  // namespace sc::analysis
