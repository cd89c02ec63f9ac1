// CallFacts: what every call measure reads, computed once per call.
//
// For each utterance: its tracker hits (only those of trackers meant for the speaker's side,
// see the `speaker` key in docs/trackers.md), its sentences, word count, VADER compound score
// and whether it is a backchannel. The measures (questions.h, fillers.h, objections.h, ...) are
// pure functions of a CallFacts, so each can be tested on a few hand-written utterances.
//
//   SC_ASSIGN_OR_RETURN(TrackerIds ids, ResolveTrackerIds(trackers, "trackers/en.yaml"));
//   CallFacts facts = BuildCallFacts(call.utterances, trackers, ids, vader, scratch);
//   std::size_t rep_questions = CountQuestions(facts).rep;
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/sentences.h"
#include "analysis/tracker_set.h"
#include "analysis/vader.h"
#include "base/result.h"
#include "model/call.h"

namespace sc::analysis {

// Tracker indices the measures use, resolved once per TrackerSet by name. Required trackers
// must exist in the file; optional ones (nullopt or empty when absent) only feed the measure
// that names them.
struct TrackerIds {
  // Required.
  std::uint32_t filler = 0;
  std::uint32_t question_open = 0;
  std::uint32_t question_closed = 0;
  std::uint32_t empathy = 0;
  std::uint32_t next_step = 0;
  std::uint32_t next_step_time = 0;
  std::uint32_t next_step_owner = 0;
  std::uint32_t value = 0;
  std::uint32_t feature = 0;
  std::uint32_t trial_close = 0;
  std::uint32_t personalization = 0;
  // Optional.
  std::optional<std::uint32_t> filler_like;
  std::optional<std::uint32_t> pain;      // a customer stating a pain or need
  std::optional<std::uint32_t> discount;  // the rep offering a discount
  struct Named {
    std::uint32_t tracker = 0;
    std::string name;  // the part after the prefix: "price" of "objection.price"
  };
  std::vector<Named> objections;  // every "objection.*" tracker
  std::vector<Named> call_types;  // every "call_type.*" tracker: cues of that type of call
};

// Finds the trackers above in `trackers`. Returns kInvalidArgument naming `source` (the
// tracker file) and every missing required tracker.
Result<TrackerIds> ResolveTrackerIds(const TrackerSet& trackers, std::string_view source);

struct UtteranceFacts {
  std::vector<TrackerHit> hits;  // sorted by begin; only trackers meant for this speaker
  std::vector<TextSpan> sentences;
  std::size_t words = 0;
  double sentiment = 0;  // VADER compound, -1..1
  bool backchannel = false;
};

struct CallFacts {
  std::span<const model::Utterance> utterances;
  std::vector<UtteranceFacts> facts;  // one per utterance
  const TrackerSet* trackers = nullptr;
  const TrackerIds* ids = nullptr;
  double start_s = 0;  // first utterance's start
  double end_s = 0;    // last utterance's end
  bool timed = false;  // false when every utterance has zero length

  double duration_s() const { return end_s - start_s; }
  bool IsRep(std::size_t i) const { return utterances[i].role == model::SpeakerRole::kRep; }
  bool IsCustomer(std::size_t i) const {
    return utterances[i].role == model::SpeakerRole::kCustomer;
  }
  // 0, 1 or 2: the third of the call utterance `i` starts in, by time, or by position when the
  // call has no times.
  int ThirdOf(std::size_t i) const;
  // True when utterance `i` has a hit of `tracker` inside `span` (the whole utterance when
  // `span` is nullopt).
  bool HasHit(std::size_t i, std::uint32_t tracker, std::optional<TextSpan> span = {}) const;
  std::size_t CountHits(std::size_t i, std::uint32_t tracker,
                        std::optional<TextSpan> span = {}) const;
  std::string_view SentenceText(std::size_t i, std::size_t sentence) const {
    return Slice(utterances[i].text, facts[i].sentences[sentence]);
  }
};

// Builds the facts of `utterances` (in time order). Thread-safe given a scratch per thread;
// the result borrows `utterances`, `trackers` and `ids`, which must outlive it.
CallFacts BuildCallFacts(std::span<const model::Utterance> utterances, const TrackerSet& trackers,
                         const TrackerIds& ids, const VaderAnalyzer& vader,
                         TrackerScratch& scratch);

}  // namespace sc::analysis
