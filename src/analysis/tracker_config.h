// Tracker definitions: named phrase lists that call analysis looks for (fillers, question cues,
// objections by type, empathy, next steps, value language, trial closes, competitors...), and
// the reader for the YAML file that ships them (data/trackers/en.yaml).
//
// The phrases are knowledge as data: a sales leader edits the file, no rebuild. The file format
// and the matching rules (word boundaries, apostrophes, hyphenated words, `not_after`, whole-
// utterance trackers) are documented in docs/trackers.md. TrackerSet (tracker_set.h) compiles
// the definitions into one matcher.
//
//   Diagnostics diagnostics;
//   SC_ASSIGN_OR_RETURN(std::vector<TrackerDefinition> trackers,
//                       ParseTrackerConfig(yaml_text, "en.yaml", &diagnostics));
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "base/result.h"

namespace sc::analysis {

// Whose utterances a tracker is meant for. The matcher itself ignores it: it scans text, and
// the analysis that knows each utterance's speaker applies the filter.
enum class SpeakerFilter { kAny, kRep, kCustomer };
std::string_view SpeakerFilterName(SpeakerFilter filter);  // "any", "rep", "customer"

// Where a tracker's phrases count.
enum class TrackerScope {
  kAnywhere,        // any occurrence in the utterance
  kWholeUtterance,  // only when the utterance is nothing but this tracker's phrases and
                    // punctuation ("Mm-hm.", "Yeah, right."): backchannels
};
std::string_view TrackerScopeName(TrackerScope scope);  // "anywhere", "whole_utterance"

enum class PhraseKind {
  kLiteral,  // words matched case-insensitively on word boundaries
  kRegex,    // a Hyperscan regular expression, used as written (case-insensitive)
};

struct Phrase {
  PhraseKind kind = PhraseKind::kLiteral;
  std::string text;     // the words, or the regex as written
  std::string example;  // a sentence the phrase must match; required for regexes in files,
                        // checked by TrackerSet::Compile when not empty
  std::vector<std::string> not_after;  // a hit is dropped when the word right before it is
                                       // one of these (lower case, ' as apostrophe)
  std::size_t line = 0;                // where it is written, 1-based; 0 when built in code
  std::size_t column = 0;

  static Phrase Literal(std::string text) { return Phrase{.text = std::move(text)}; }
  static Phrase Regex(std::string regex, std::string example) {
    return Phrase{
        .kind = PhraseKind::kRegex, .text = std::move(regex), .example = std::move(example)};
  }
};

struct TrackerDefinition {
  std::string name;         // "filler", "objection.price": lower case, digits, '_' and '.'
  std::string description;  // for people; may be empty
  SpeakerFilter speaker = SpeakerFilter::kAny;
  TrackerScope scope = TrackerScope::kAnywhere;
  std::vector<std::string> not_after;  // applies to every phrase, on top of the phrase's own
  std::vector<Phrase> phrases;
  std::string source;    // the file it came from, for diagnostics; may be empty
  std::size_t line = 0;  // where the tracker's name is written; 0 when built in code
  std::size_t column = 0;
};

// Parses a tracker file (format: docs/trackers.md). `source` names the file in diagnostics.
// On success returns the trackers in file order. On failure returns kInvalidArgument and adds
// one located diagnostic per problem to `*diagnostics` (all problems, not only the first):
// YAML syntax errors, a missing or unsupported `version`, a missing `trackers` map, unknown
// keys, a bad tracker name, a tracker defined twice, a bad `speaker` or `scope`, an empty or
// missing phrase list, an empty phrase, a phrase listed twice in one tracker, a regex that
// Hyperscan rejects (with Hyperscan's message), matches the empty string, holds non-ASCII
// bytes or lacks an `example`, and a `not_after` entry that is not one word.
// Thread-safe; no I/O.
Result<std::vector<TrackerDefinition>> ParseTrackerConfig(std::string_view yaml,
                                                          std::string_view source,
                                                          Diagnostics* diagnostics);

// The checks that do not need YAML, shared by ParseTrackerConfig and TrackerSet::Compile:
// names (format, uniqueness), phrase lists, empty and repeated phrases, regex validity and
// `not_after` words. Adds a located diagnostic per problem; returns true when there is none.
bool ValidateTrackers(const std::vector<TrackerDefinition>& trackers, Diagnostics* diagnostics);

}  // namespace sc::analysis
