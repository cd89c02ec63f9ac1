// The compile plan of a tracker set (which Hyperscan expression stands for which phrase), the
// context rules applied to Hyperscan's raw matches, and the final ordering of hits. Internal to
// TrackerSet (tracker_set.cc); the rules are documented in docs/trackers.md.
//
// Literals are matched as plain byte strings (fast to compile and scan; tracker_pattern.h), so
// their word boundaries are checked here, on each match, together with the rules Hyperscan
// cannot express: hyphenated words and `not_after` need lookbehind. All functions are pure and
// thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/tracker_config.h"
#include "analysis/tracker_set.h"

namespace sc::analysis {

// What the context rules need to know about one Hyperscan expression.
struct PhraseRule {
  std::uint32_t tracker = 0;
  std::uint32_t phrase = 0;
  std::uint32_t length = 0;  // a literal variant's bytes; 0 for a regex, which reports its start
  bool word_start = false;   // a literal starting with a word character: must start a word
  bool word_end = false;     // a literal ending with a word character: must end a word
  std::vector<std::string> not_after;  // the tracker's and the phrase's, normalised and sorted
};

// The rules of every expression, indexed by Hyperscan id, and every tracker's scope.
struct HitRules {
  std::vector<PhraseRule> rules;  // literal variants first, then regexes
  std::size_t literal_count = 0;  // ids below this are literals
  std::vector<TrackerScope> scopes;
};

// The expressions to compile, by Hyperscan id, and their rules.
struct CompilePlan {
  HitRules rules;
  std::vector<std::string> expressions;  // literal bytes, then regex patterns
};

// REQUIRES: ValidateTrackers(trackers) passed.
CompilePlan PlanTrackers(const std::vector<TrackerDefinition>& trackers);

// The hit for a match of expression `rule` ending at `end`, started at `start` (which only
// regexes report), or nullopt when a context rule rejects it: a literal must start and end on
// word boundaries and not inside a hyphenated word ("uh" in "uh-huh"), and no match may follow a
// `not_after` word ("would like,").
std::optional<TrackerHit> CheckMatch(std::string_view text, const PhraseRule& rule,
                                     std::uint64_t start, std::uint64_t end);

enum class Overlaps { kMerge, kKeep };

// Finishes a scan's hits in place: drops the hits of a whole-utterance tracker unless they and
// punctuation are all of `text`, merges overlapping hits of one tracker into the leftmost, then
// longest one (unless Overlaps::kKeep), and sorts by begin, end, tracker and phrase.
void FinishHits(std::string_view text, const std::vector<TrackerScope>& scopes, Overlaps overlaps,
                std::vector<TrackerHit>* hits);

}  // namespace sc::analysis
