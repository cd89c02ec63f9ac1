#include "analysis/call_type.h"

#include <array>

namespace sc::analysis {
namespace {

// Deal-stage order, which also breaks ties.
constexpr std::array<model::CallType, 4> kTypes{model::CallType::kDiscovery, model::CallType::kDemo,
                                                model::CallType::kNegotiation,
                                                model::CallType::kClosing};

// Index into kTypes of the type a call_type.* tracker names, or -1 for a name we do not know.
int TypeIndex(const std::string& name) {
  std::optional<model::CallType> type = model::ParseCallType(name);
  for (std::size_t t = 0; t < kTypes.size(); ++t) {
    if (type && *type == kTypes[t]) return static_cast<int>(t);
  }
  return -1;
}

// Adds `weight` per hit of a call_type tracker in `hits` to `scores`.
void Score(const std::vector<TrackerHit>& hits, const TrackerIds& ids, int weight,
           std::array<int, 4>* scores) {
  for (const TrackerHit& hit : hits) {
    for (const TrackerIds::Named& cue : ids.call_types) {
      if (cue.tracker != hit.tracker) continue;
      int t = TypeIndex(cue.name);
      if (t >= 0) (*scores)[t] += weight;
    }
  }
}

// The best-scoring type's index, or -1 when every score is 0.
int Best(const std::array<int, 4>& scores) {
  int best = -1;
  for (int t = 0; t < 4; ++t) {
    if (scores[t] > 0 && (best < 0 || scores[t] > scores[best])) best = t;
  }
  return best;
}

}  // namespace

CallTypeDecision DecideCallType(const model::Call& call, const CallFacts& facts,
                                const std::vector<TrackerHit>& title_hits) {
  if (call.call_type != model::CallType::kUnknown) return {call.call_type, "crm"};
  std::array<int, 4> title{}, content{};
  Score(title_hits, *facts.ids, kTitleWeight, &title);
  for (const UtteranceFacts& f : facts.facts) Score(f.hits, *facts.ids, 1, &content);
  std::array<int, 4> total{};
  for (int t = 0; t < 4; ++t) total[t] = title[t] + content[t];
  int best = Best(total);
  if (best < 0) return {model::CallType::kOther, "content"};
  // The title decided it when its cues alone pick the same type.
  bool from_title = Best(title) == best;
  return {kTypes[best], from_title ? "title" : "content"};
}

}  // namespace sc::analysis
