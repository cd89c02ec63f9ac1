#include "analysis/statements.h"

namespace sc::analysis {

bool IsValueSentence(const CallFacts& call, std::size_t i, std::size_t s) {
  return call.HasHit(i, call.ids->value, call.facts[i].sentences[s]);
}

StatementCounts CountStatements(const CallFacts& call) {
  const TrackerIds& ids = *call.ids;
  StatementCounts counts;
  for (std::size_t i = 0; i < call.utterances.size(); ++i) {
    const UtteranceFacts& facts = call.facts[i];
    if (call.IsCustomer(i) && ids.pain) {
      for (TextSpan sentence : facts.sentences) {
        counts.customer_pains += call.HasHit(i, *ids.pain, sentence);
      }
    }
    if (!call.IsRep(i) || facts.hits.empty()) continue;
    for (TextSpan sentence : facts.sentences) {
      bool value = call.HasHit(i, ids.value, sentence);
      counts.value += value;
      counts.feature += !value && call.HasHit(i, ids.feature, sentence);
      counts.trial_closes += call.HasHit(i, ids.trial_close, sentence);
      counts.empathy += call.HasHit(i, ids.empathy, sentence);
      counts.personalization += call.HasHit(i, ids.personalization, sentence);
    }
  }
  return counts;
}

}  // namespace sc::analysis
