// Shared set-up of the call measure tests: the shipped trackers (data/trackers/en.yaml), the
// VADER lexicon and the stop words (data/words/stopwords.en.txt), loaded once per test binary,
// and calls written as lines of dialogue.
//
//   TestCall call({{kRep, 0, 4, "What does your team use today?"},
//                  {kCustomer, 4.5, 9, "Mostly spreadsheets, honestly."}});
//   QuestionAnalysis questions = AnalyzeQuestions(call.facts(), ShippedStopwords());
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "analysis/call_facts.h"
#include "analysis/word_set.h"
#include "model/call.h"
#include "model/call_analysis.h"

namespace sc::analysis {

inline constexpr model::SpeakerRole kRep = model::SpeakerRole::kRep;
inline constexpr model::SpeakerRole kCustomer = model::SpeakerRole::kCustomer;

// One utterance of a hand-written call; the speaker is named after the role.
struct Line {
  model::SpeakerRole role = model::SpeakerRole::kUnknown;
  double start_s = 0;
  double end_s = 0;
  std::string text;
};

// The shipped files, loaded on first use; a file that fails to load fails the test binary.
const TrackerSet& ShippedTrackers();
const TrackerIds& ShippedTrackerIds();
const WordSet& ShippedStopwords();

// A call made of `lines`, with the CallFacts every measure reads. Not copyable or movable:
// the facts point into the call's own utterances.
class TestCall {
 public:
  explicit TestCall(const std::vector<Line>& lines);
  TestCall(const TestCall&) = delete;
  TestCall& operator=(const TestCall&) = delete;

  const CallFacts& facts() const { return facts_; }

 private:
  std::vector<model::Utterance> utterances_;
  CallFacts facts_;
};

}  // namespace sc::analysis

namespace sc::model {

// Readable test failures: every field by name.
void PrintTo(const ObjectionResponse& response, std::ostream* out);
void PrintTo(const Objection& objection, std::ostream* out);
void PrintTo(const NextStep& step, std::ostream* out);

}  // namespace sc::model
