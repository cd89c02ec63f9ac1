// VADER sentiment scores for short texts such as one customer utterance.
//
// VADER (Hutto & Gilbert 2014, "VADER: A Parsimonious Rule-based Model for Sentiment Analysis of
// Social Media Text", ICWSM-14) sums the lexicon valence of each word, adjusted by rules for
// boosters ("extremely good"), dampeners ("kind of good"), negation ("not good"), ALL CAPS, "but",
// "least", idioms and "!"/"?" emphasis, then squashes the sum into [-1, 1]. This is a port of
// the npm package vader-sentiment 1.1.3 (Apache-2.0, Copyright 2018 Comcast Cable Communications
// Management, LLC), whose rules, constants and quirks it follows exactly; the acceptance test
// (vader_agreement_test.cc) compares the two on a corpus. docs/sentiment.md explains the method.
//
//   Diagnostics diagnostics;
//   SC_ASSIGN_OR_RETURN(SentimentLexicon lexicon, SentimentLexicon::Load(path, &diagnostics));
//   VaderAnalyzer analyzer(lexicon);
//   double compound = analyzer.Score("The product is good.").compound;  // 0.4404
#pragma once

#include <string_view>

#include "analysis/sentiment_lexicon.h"

namespace sc::analysis {

// The reference's polarity_scores(), with its rounding: the three shares to 3 decimals, the
// compound score to 4, each rounded half away from zero on the exact binary value as
// JavaScript's Number.prototype.toFixed does. All four are 0 for a text with no words.
struct SentimentScores {
  double negative = 0;  // share of negative sentiment, 0..1
  double neutral = 0;   // share of words without sentiment, 0..1
  double positive = 0;  // share of positive sentiment, 0..1
  double compound = 0;  // normalised sum: -1 (most negative) .. +1 (most positive)

  friend bool operator==(const SentimentScores&, const SentimentScores&) = default;
};

class VaderAnalyzer {
 public:
  // Borrows `lexicon`, which must outlive the analyzer.
  explicit VaderAnalyzer(const SentimentLexicon& lexicon) : lexicon_(&lexicon) {}

  // Scores `text`, typically one sentence or utterance, as the reference does. Thread-safe: one
  // analyzer may score from many threads at once. Each thread reuses its own scratch buffers
  // (they keep the capacity of the longest text that thread scored), so after warm-up a call
  // allocates nothing.
  // REQUIRES: `text` is valid UTF-8 (see vader_text.h for what happens otherwise).
  SentimentScores Score(std::string_view text) const;

 private:
  const SentimentLexicon* lexicon_;
};

}  // namespace sc::analysis
