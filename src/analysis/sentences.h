// Sentences of an utterance: where questions are counted, statements classified and quotes cut.
//
// A sentence ends at '.', '?', '!' or '…' (or a run of them, with any closing quote or bracket)
// followed by white space or the end of the text. A period does not end a sentence inside a
// number ("3.5"), after a single letter ("J. Smith", "a.m.") or after a common abbreviation
// ("Mr.", "e.g.", "vs.", "approx."). Speech transcripts are loosely punctuated, so a text
// without end punctuation is one sentence.
//
//   for (TextSpan s : SplitSentences(text)) Use(Slice(text, s));
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace sc::analysis {

// Bytes [begin, end) of a text.
struct TextSpan {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;

  bool Contains(std::uint32_t offset) const { return offset >= begin && offset < end; }
  friend bool operator==(const TextSpan&, const TextSpan&) = default;
};

inline std::string_view Slice(std::string_view text, TextSpan span) {
  return text.substr(span.begin, span.end - span.begin);
}

// The sentences of `text`, in order, without surrounding white space; none for blank text.
// Each span includes its end punctuation. Pure and thread-safe.
// REQUIRES: text.size() < 4 GiB.
std::vector<TextSpan> SplitSentences(std::string_view text);

// True when the sentence ends with '?' (ignoring closing quotes and brackets).
bool EndsWithQuestionMark(std::string_view sentence);

}  // namespace sc::analysis
