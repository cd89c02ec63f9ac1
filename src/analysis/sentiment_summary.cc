#include "analysis/sentiment_summary.h"

#include "base/running_mean.h"

namespace sc::analysis {

model::SentimentSummary SummarizeSentiment(const CallFacts& call) {
  RunningMean customer, start, end, rep;
  for (std::size_t i = 0; i < call.utterances.size(); ++i) {
    const UtteranceFacts& facts = call.facts[i];
    if (facts.backchannel || facts.words == 0) continue;
    if (call.IsRep(i)) {
      rep.Add(facts.sentiment);
    } else if (call.IsCustomer(i)) {
      customer.Add(facts.sentiment);
      int third = call.ThirdOf(i);
      if (third == 0) start.Add(facts.sentiment);
      if (third == 2) end.Add(facts.sentiment);
    }
  }
  return {.customer = customer.value(),
          .customer_start = start.value(),
          .customer_end = end.value(),
          .rep = rep.value()};
}

}  // namespace sc::analysis
