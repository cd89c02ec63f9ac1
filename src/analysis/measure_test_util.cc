#include "analysis/measure_test_util.h"

#include <cstdlib>
#include <filesystem>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "analysis/sentiment_lexicon.h"
#include "analysis/vader.h"

namespace sc::analysis {
namespace {

const std::filesystem::path kDataDir = SC_DATA_DIR;

// The value of `result`, or a failed test binary naming what did not load.
template <typename T>
T ValueOrDie(Result<T> result, const Diagnostics& diagnostics) {
  if (!result.ok()) {
    ADD_FAILURE() << result.status().ToString() << "\n" << diagnostics.FormatAll();
    std::abort();
  }
  return std::move(result).value();
}

template <typename T>
T LoadOrDie(const std::filesystem::path& path) {
  Diagnostics diagnostics;
  return ValueOrDie(T::Load(path, &diagnostics), diagnostics);
}

const VaderAnalyzer& ShippedVader() {
  static const SentimentLexicon lexicon = LoadOrDie<SentimentLexicon>(SC_VADER_LEXICON);
  static const VaderAnalyzer vader(lexicon);
  return vader;
}

std::string_view SpeakerName(model::SpeakerRole role) {
  return role == model::SpeakerRole::kRep ? "Dana (rep)" : "Priya (customer)";
}

}  // namespace

const TrackerSet& ShippedTrackers() {
  static const TrackerSet trackers = LoadOrDie<TrackerSet>(kDataDir / "trackers" / "en.yaml");
  return trackers;
}

const TrackerIds& ShippedTrackerIds() {
  static const TrackerIds ids =
      ValueOrDie(ResolveTrackerIds(ShippedTrackers(), "en.yaml"), Diagnostics());
  return ids;
}

const WordSet& ShippedStopwords() {
  static const WordSet stopwords = LoadOrDie<WordSet>(kDataDir / "words" / "stopwords.en.txt");
  return stopwords;
}

TestCall::TestCall(const std::vector<Line>& lines) {
  for (const Line& line : lines) {
    utterances_.push_back({.speaker = std::string(SpeakerName(line.role)),
                           .role = line.role,
                           .start_s = line.start_s,
                           .end_s = line.end_s,
                           .text = line.text});
  }
  static TrackerScratch scratch = ShippedTrackers().NewScratch();
  facts_ =
      BuildCallFacts(utterances_, ShippedTrackers(), ShippedTrackerIds(), ShippedVader(), scratch);
}

}  // namespace sc::analysis

namespace sc::model {

void PrintTo(const ObjectionResponse& r, std::ostream* out) {
  *out << fmt::format(
      "{{acknowledged: {}, clarifying_question: {}, value: {}, reply_s: {}, pause_s: {}}}",
      r.acknowledged, r.clarifying_question, r.value, r.reply_s, r.pause_s);
}

void PrintTo(const Objection& o, std::ostream* out) {
  *out << fmt::format(
      "{{type: {}, at_s: {}, text: \"{}\", utterance: {}, handled: {}, "
      "resolved: {}, response: ",
      o.type, o.at_s, o.text, o.utterance, o.handled, o.resolved);
  if (o.response) {
    PrintTo(*o.response, out);
  } else {
    *out << "none";
  }
  *out << "}";
}

void PrintTo(const NextStep& step, std::ostream* out) {
  *out << fmt::format("{{present: {}, specific: {}, text: \"{}\", at_s: {}, utterance: {}}}",
                      step.present, step.specific, step.text, step.at_s, step.utterance);
}

}  // namespace sc::model
