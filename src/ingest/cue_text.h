// The text inside a caption cue: WebVTT voice spans ("<v Dana Reyes>"), formatting tags to
// drop (<c>, <i>, <b>, <u>, <font ...>, <00:00:01.000> karaoke timestamps) and the HTML
// character references captions use (&amp; &lt; &gt; &nbsp; &quot; &apos; &lrm; &rlm; and
// numeric ones such as &#233; or &#xE9;).
//
// Pure functions, thread-safe. Returned texts are not white-space collapsed; FinishCall()
// does that once for every reader.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sc::ingest {

// A run of cue text and the speaker its voice span names ("" when no span names one).
struct VoiceSegment {
  std::string speaker;
  std::string text;  // tags removed, character references decoded
};

// Splits a cue payload where a "<v Name>" or "<v.class Name>" span begins; "</v>" only ends
// the span, so text after it stays with that speaker. Text before the first span is a
// segment with no speaker. Segments holding only white space are left out; an empty payload
// gives no segments. A '<' that is not followed by a letter, digit or '/' ("3 < 4"), or that
// has no '>' after it, is text.
std::vector<VoiceSegment> SplitVoiceSpans(std::string_view payload);

// The payload with every tag removed (voice spans too, their texts joined with a space) and
// character references decoded.
std::string StripCueTags(std::string_view payload);

// Decodes the character references listed above; unknown or malformed ones stay as written.
std::string DecodeCharacterReferences(std::string_view text);

}  // namespace sc::ingest
