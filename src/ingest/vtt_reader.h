// Reads WebVTT caption files, as Zoom, Microsoft Teams and Google Meet export them, into a
// model::Call. docs/formats/transcripts.md ("WebVTT") describes what is accepted.
//
// The file starts with a "WEBVTT" line (a byte order mark before it and text after it are
// fine). Cues are blank-line separated blocks: an optional identifier, a timing line
// "hh:mm:ss.ttt --> hh:mm:ss.ttt" (or "mm:ss.ttt"; cue settings after it are ignored), then
// the payload, whose lines are joined with a space. NOTE, STYLE and REGION blocks are skipped.
//
// Speakers come from voice spans ("<v Dana Reyes>", "<v.loud Dana>"); a cue with several
// spans becomes one utterance per span, the cue's time shared in proportion to their words.
// Without a span, a "Dana Reyes: " prefix names the speaker (Zoom), and without either the
// speaker is "Unknown". Other tags are removed and &amp; &lt; &gt; &nbsp; (and the other
// references in cue_text.h) decoded. Consecutive cues of one speaker less than 1 s apart are
// merged into one utterance: exports cut long turns into cues of 6 to 12 seconds.
//
//   Diagnostics diagnostics;
//   Result<model::Call> call = ReadWebVtt(file_text, "call-42.vtt", &diagnostics);
#pragma once

#include <string_view>

#include "base/diagnostics.h"
#include "base/result.h"
#include "model/call.h"

namespace sc::ingest {

// Parses all of `text`; `source` names the file in diagnostics only. On success returns the
// call with its utterances in time order (roles unknown, id empty: WebVTT carries neither) and
// adds nothing to `*diagnostics`. On failure returns kInvalidArgument and appends a located
// diagnostic for every problem: bytes that are not UTF-8 (the first only), an empty file, a
// missing WEBVTT header, every malformed cue timing, and "the transcript holds no speech"
// when no cue has text. A cue whose end is before its start is not an error: its end is set
// to its start. REQUIRES: diagnostics != nullptr. Thread-safe.
Result<model::Call> ReadWebVtt(std::string_view text, std::string_view source,
                               Diagnostics* diagnostics);

}  // namespace sc::ingest
