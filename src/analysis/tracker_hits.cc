#include "analysis/tracker_hits.h"

#include <algorithm>
#include <tuple>

#include "analysis/tracker_pattern.h"
#include "base/text.h"

namespace sc::analysis {
namespace {

std::vector<std::string> NotAfterWords(const TrackerDefinition& tracker, const Phrase& phrase) {
  std::vector<std::string> words;
  for (const std::string& word : tracker.not_after) words.push_back(NormalizeWord(word));
  for (const std::string& word : phrase.not_after) words.push_back(NormalizeWord(word));
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

PhraseRule RuleFor(const TrackerDefinition& tracker, std::uint32_t tracker_index,
                   std::uint32_t phrase_index) {
  const Phrase& phrase = tracker.phrases[phrase_index];
  PhraseRule rule{.tracker = tracker_index,
                  .phrase = phrase_index,
                  .not_after = NotAfterWords(tracker, phrase)};
  if (phrase.kind == PhraseKind::kLiteral) {
    const std::string_view words = Trim(phrase.text);
    rule.word_start = IsWordByte(words.front());
    rule.word_end = IsWordByte(words.back());
  }
  return rule;
}

// "x-" right before `offset`: the match would start inside a hyphenated word.
bool HyphenatedBefore(std::string_view text, std::size_t offset) {
  return offset >= 2 && text[offset - 1] == '-' && IsWordByte(text[offset - 2]);
}

// "-x" at `offset`: the match would end inside a hyphenated word.
bool HyphenatedAfter(std::string_view text, std::size_t offset) {
  return offset + 1 < text.size() && text[offset] == '-' && IsWordByte(text[offset + 1]);
}

// A word starts at `offset`: what comes before is not a word byte, nor "x-".
bool StartsWord(std::string_view text, std::size_t offset) {
  return offset == 0 || (!IsWordByte(text[offset - 1]) && !HyphenatedBefore(text, offset));
}

// A word ends at `offset`: what follows is not a word byte, nor "-x".
bool EndsWord(std::string_view text, std::size_t offset) {
  return offset == text.size() || (!IsWordByte(text[offset]) && !HyphenatedAfter(text, offset));
}

// True when every word byte of `text` lies inside one of `hits` (sorted by begin).
bool CoversWords(std::string_view text, const TrackerHit* first, const TrackerHit* last) {
  std::size_t position = 0;
  auto only_punctuation = [&](std::size_t until) {
    for (; position < until; ++position) {
      if (IsWordByte(text[position])) return false;
    }
    return true;
  };
  for (const TrackerHit* hit = first; hit != last; ++hit) {
    if (hit->begin > position && !only_punctuation(hit->begin)) return false;
    position = std::max<std::size_t>(position, hit->end);
  }
  return only_punctuation(text.size());
}

// Keeps the leftmost, then longest, of overlapping hits in [first, last), which are sorted by
// begin and then longest first; returns the new end of the range.
TrackerHit* MergeOverlaps(TrackerHit* first, TrackerHit* last) {
  if (first == last) return last;
  TrackerHit* kept = first;
  for (TrackerHit* hit = first + 1; hit != last; ++hit) {
    if (hit->begin >= kept->end) *++kept = *hit;
  }
  return kept + 1;
}

}  // namespace

CompilePlan PlanTrackers(const std::vector<TrackerDefinition>& trackers) {
  CompilePlan plan;
  std::vector<std::pair<PhraseRule, std::string>> regexes;
  for (std::uint32_t tracker_index = 0; tracker_index < trackers.size(); ++tracker_index) {
    const TrackerDefinition& tracker = trackers[tracker_index];
    plan.rules.scopes.push_back(tracker.scope);
    for (std::uint32_t phrase_index = 0; phrase_index < tracker.phrases.size(); ++phrase_index) {
      const Phrase& phrase = tracker.phrases[phrase_index];
      PhraseRule rule = RuleFor(tracker, tracker_index, phrase_index);
      if (phrase.kind == PhraseKind::kRegex) {
        regexes.emplace_back(std::move(rule), RegexPattern(phrase.text));
        continue;
      }
      for (std::string& variant : LiteralVariants(phrase.text)) {
        rule.length = static_cast<std::uint32_t>(variant.size());
        plan.rules.rules.push_back(rule);
        plan.expressions.push_back(std::move(variant));
      }
    }
  }
  plan.rules.literal_count = plan.rules.rules.size();
  for (auto& [rule, pattern] : regexes) {
    plan.rules.rules.push_back(std::move(rule));
    plan.expressions.push_back(std::move(pattern));
  }
  return plan;
}

std::optional<TrackerHit> CheckMatch(std::string_view text, const PhraseRule& rule,
                                     std::uint64_t start, std::uint64_t end) {
  const std::uint64_t begin = rule.length > 0 ? end - rule.length : start;
  if (rule.word_start && !StartsWord(text, begin)) return std::nullopt;
  if (rule.word_end && !EndsWord(text, end)) return std::nullopt;
  if (!rule.not_after.empty() && std::binary_search(rule.not_after.begin(), rule.not_after.end(),
                                                    PrecedingWord(text, begin))) {
    return std::nullopt;
  }
  return TrackerHit{rule.tracker, rule.phrase, static_cast<std::uint32_t>(begin),
                    static_cast<std::uint32_t>(end)};
}

void FinishHits(std::string_view text, const std::vector<TrackerScope>& scopes, Overlaps overlaps,
                std::vector<TrackerHit>* hits) {
  // Group by tracker, each group by begin with the longest first, which is the order both the
  // coverage test and the merge need.
  std::sort(hits->begin(), hits->end(), [](const TrackerHit& a, const TrackerHit& b) {
    return std::tie(a.tracker, a.begin, b.end, a.phrase) <
           std::tie(b.tracker, b.begin, a.end, b.phrase);
  });
  TrackerHit* out = hits->data();
  TrackerHit* const end = hits->data() + hits->size();
  for (TrackerHit* group = hits->data(); group != end;) {
    TrackerHit* group_end = std::find_if(
        group, end, [&](const TrackerHit& hit) { return hit.tracker != group->tracker; });
    const bool keep = scopes[group->tracker] != TrackerScope::kWholeUtterance ||
                      CoversWords(text, group, group_end);
    if (keep) {
      TrackerHit* kept_end =
          overlaps == Overlaps::kMerge ? MergeOverlaps(group, group_end) : group_end;
      out = std::move(group, kept_end, out);
    }
    group = group_end;
  }
  hits->resize(static_cast<std::size_t>(out - hits->data()));
  std::sort(hits->begin(), hits->end(), [](const TrackerHit& a, const TrackerHit& b) {
    return std::tie(a.begin, a.end, a.tracker, a.phrase) <
           std::tie(b.begin, b.end, b.tracker, b.phrase);
  });
}

}  // namespace sc::analysis
