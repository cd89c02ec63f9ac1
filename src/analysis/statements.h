// Kinds of statements, counted per sentence: DOMAIN.md, "value statements", "personalization",
// "trial close", "empathy", and customers stating a pain (discovery's need identification).
//
// Each count is of sentences, so "It saves time and cuts costs." is one value statement:
//   value            rep sentences with a value hit (an outcome: "so that", "saves", "30%", "$40k")
//   feature          rep sentences with a feature hit and no value hit (capability only)
//   trial_closes     rep sentences with a trial_close hit ("how does that sound")
//   empathy          rep sentences with an empathy hit ("I understand", "fair point")
//   personalization  rep sentences with a personalization hit ("you mentioned", "your team")
//   customer_pains   customer sentences with a pain hit (optional tracker; 0 without it)
#pragma once

#include <cstddef>

#include "analysis/call_facts.h"

namespace sc::analysis {

struct StatementCounts {
  std::size_t value = 0;
  std::size_t feature = 0;
  std::size_t trial_closes = 0;
  std::size_t empathy = 0;
  std::size_t personalization = 0;
  std::size_t customer_pains = 0;

  friend bool operator==(const StatementCounts&, const StatementCounts&) = default;
};

// Pure and thread-safe.
StatementCounts CountStatements(const CallFacts& call);

// True when sentence `s` of rep utterance `i` states value (a value hit in it).
bool IsValueSentence(const CallFacts& call, std::size_t i, std::size_t s);

}  // namespace sc::analysis
