// CallAnalysis: every measure of one call, with the evidence behind it.
//
// Produced by analysis::AnalyzeCall (analysis/call_analyzer.h) from a Call's utterances, stored
// as JSON (analysis/call_analysis_json.h) so that reports never re-read transcripts, and read
// back by scoring. The measures and their targets are defined in DOMAIN.md, "Call measures";
// the JSON shape is INTERFACES.md's "Call analysis JSON". A measure that cannot be taken (no
// timestamps, a side that never spoke) is nullopt, never 0 and never NaN.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "model/call.h"

namespace sc::model {

struct SpeakerStats {
  std::string name;
  SpeakerRole role = SpeakerRole::kUnknown;
  double talk_s = 0;
  std::size_t words = 0;

  friend bool operator==(const SpeakerStats&, const SpeakerStats&) = default;
};

struct QuestionCounts {
  std::size_t rep = 0;        // questions the rep asked (sentences)
  std::size_t open = 0;       // of those, inviting an explanation
  std::size_t closed = 0;     // of those, yes/no or a single fact
  std::size_t follow_up = 0;  // of those, reusing words of the customer's previous turn
  std::size_t customer = 0;   // questions the customer asked
  // Share of the call's five equal time slices in which the rep asked at least one question,
  // 0..1: questions spread over the call rather than stacked; nullopt without rep questions.
  std::optional<double> spread;

  friend bool operator==(const QuestionCounts&, const QuestionCounts&) = default;
};

struct FillerCounts {
  std::optional<double> per_min;  // per minute of rep speech; nullopt without rep speech time
  std::size_t total = 0;
  std::map<std::string, std::size_t> by_word;  // lower case: "um", "you know", "like"

  friend bool operator==(const FillerCounts&, const FillerCounts&) = default;
};

// Mean VADER compound scores, -1..1, of each side's utterances; start and end are the first
// and last third of the call. nullopt when that side said nothing there.
struct SentimentSummary {
  std::optional<double> customer;
  std::optional<double> customer_start;
  std::optional<double> customer_end;
  std::optional<double> rep;

  friend bool operator==(const SentimentSummary&, const SentimentSummary&) = default;
};

// How the rep answered an objection: the rep's turn after it.
struct ObjectionResponse {
  bool acknowledged = false;         // an empathy phrase in the reply
  bool clarifying_question = false;  // the reply asks a question
  bool value = false;                // the reply carries value or evidence
  double reply_s = 0;                // how long the rep's reply lasted
  double pause_s = 0;                // silence between the objection and the reply

  friend bool operator==(const ObjectionResponse&, const ObjectionResponse&) = default;
};

struct Objection {
  std::string type;  // the tracker name after "objection.": price, timing, authority, ...
  double at_s = 0;
  std::string text;  // the customer's sentence, quoted
  std::size_t utterance = 0;
  // Acknowledged, answered with a question or value, and not a defensive monologue.
  bool handled = false;
  // Not raised again later in the call and followed by a neutral or positive customer turn.
  bool resolved = false;
  std::optional<ObjectionResponse> response;  // nullopt when the rep never replied

  friend bool operator==(const Objection&, const Objection&) = default;
};

struct NextStep {
  bool present = false;   // an action agreed in the last third of the call
  bool specific = false;  // that action has an owner and a time
  std::string text;       // the sentence that states it, quoted; empty when absent
  double at_s = 0;
  std::size_t utterance = 0;  // where it was said, when present

  friend bool operator==(const NextStep&, const NextStep&) = default;
};

// One tracker hit, for the call JSON's "trackers" map.
struct TrackerMention {
  std::string phrase;  // as matched in the transcript
  double at_s = 0;
  std::string speaker;
  std::size_t utterance = 0;

  friend bool operator==(const TrackerMention&, const TrackerMention&) = default;
};

enum class HighlightKind { kStrength, kImprovement };
std::string_view HighlightKindName(HighlightKind kind);  // "strength", "improvement"
std::optional<HighlightKind> ParseHighlightKind(std::string_view text);

// A moment worth showing the rep: a quote from the call, with where it is.
struct Highlight {
  HighlightKind kind = HighlightKind::kStrength;
  std::string skill;      // a skill key: discovery, presentation, objection_handling, ...
  std::string component;  // a component key of that skill: question_quality, ...
  double at_s = 0;
  double end_s = 0;
  std::string quote;  // whole sentences, personal data redacted
  std::string note;   // one line on what the moment shows

  friend bool operator==(const Highlight&, const Highlight&) = default;
};

// Per-utterance detail, kept only when asked for (analyze-call --utterances).
struct UtteranceDetail {
  std::size_t questions = 0;
  std::string question_type;  // open, closed or none: the first question's type
  std::size_t fillers = 0;
  double sentiment = 0;  // VADER compound
  std::vector<std::string> trackers;  // names of the trackers with a hit, in tracker order

  friend bool operator==(const UtteranceDetail&, const UtteranceDetail&) = default;
};

struct CallAnalysis {
  std::string version;  // analysis::AnalysisVersion() of the analyzer that produced it
  std::string call_id;
  std::string rep_id;
  std::string deal_id;
  std::optional<Timestamp> started_at;
  std::string title;
  double duration_s = 0;
  CallType call_type = CallType::kUnknown;
  std::string call_type_from;  // "crm" (metadata), "title" or "content"
  std::string roles_from;      // manifest, transcript, crm_names, heuristic, option
  std::size_t utterance_count = 0;
  std::vector<SpeakerStats> speakers;  // in order of first utterance

  double rep_talk_s = 0;
  double customer_talk_s = 0;
  std::optional<double> talk_ratio;
  bool talk_ratio_from_words = false;
  std::optional<double> longest_monologue_s;
  std::optional<double> longest_customer_story_s;
  std::optional<double> interactivity;
  std::optional<double> patience_s;
  std::optional<double> wpm;
  std::size_t interruptions = 0;  // rep utterances starting before the customer finished

  QuestionCounts questions;
  FillerCounts fillers;
  SentimentSummary sentiment;
  std::vector<Objection> objections;
  NextStep next_steps;
  std::size_t value_statements = 0;
  std::size_t feature_statements = 0;
  std::size_t trial_closes = 0;
  std::size_t empathy_statements = 0;
  std::size_t personalization = 0;
  std::size_t customer_pains = 0;  // customer sentences stating a pain or need
  std::optional<double> energy;    // 0..1 text proxy; nullopt without rep speech time
  std::map<std::string, std::vector<TrackerMention>> trackers;
  std::vector<Highlight> highlights;
  std::vector<UtteranceDetail> utterances;  // empty unless asked for

  friend bool operator==(const CallAnalysis&, const CallAnalysis&) = default;
};

}  // namespace sc::model
