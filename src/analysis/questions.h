// Questions: which sentences ask, whether they are open or closed, and which rep questions
// follow up on what the customer just said. Definitions: DOMAIN.md, "rep questions", "open vs
// closed", "follow-up question"; the cues are the question.open and question.closed trackers.
// docs/call-analysis.md, "Questions", has worked examples.
//
// A sentence is a question when it ends with '?' or opens in interrogative form: a question
// cue (wh-word, "tell me", "walk me through", an auxiliary followed by a subject: "do you",
// "can we") at its start, allowing up to three lead-in words ("So, ", "And ", "Okay, so "),
// and not followed by a subject ("What we found is..." and "When you think about it..." are
// statements).
//
// Its type is that of the cue opening its first clause that opens with one (clauses start
// after a comma, semicolon, colon or dash, again allowing lead-ins), else of its earliest cue;
// the longer cue wins at the same place ("how many" is closed, "how" open). A request wrapping
// an open cue is open ("Can you walk me through..."); a '?' sentence with no cue is closed
// ("You're on Salesforce?"), and so is "We covered what you need, is that right?".
//
// A rep question is a follow-up when it reuses a content word (see word_set.h) of the
// customer's previous turn: the customer's consecutive utterances right before the rep's
// current turn (the rep's utterances since the customer last spoke).
#pragma once

#include <cstddef>
#include <vector>

#include "analysis/call_facts.h"
#include "analysis/word_set.h"
#include "model/call_analysis.h"

namespace sc::analysis {

enum class QuestionType { kNone, kOpen, kClosed };
std::string_view QuestionTypeName(QuestionType type);  // "none", "open", "closed"

// The type of sentence `sentence` of utterance `utterance` (kNone when it does not ask).
QuestionType ClassifyQuestion(const CallFacts& call, std::size_t utterance, std::size_t sentence);

struct AskedQuestion {
  std::size_t utterance = 0;
  std::size_t sentence = 0;
  QuestionType type = QuestionType::kClosed;
  bool follow_up = false;
};

struct QuestionAnalysis {
  model::QuestionCounts counts;
  std::vector<AskedQuestion> rep_questions;  // in call order
};

// Counts and lists the rep's questions and counts the customer's. Pure and thread-safe.
QuestionAnalysis AnalyzeQuestions(const CallFacts& call, const WordSet& stopwords);

}  // namespace sc::analysis
