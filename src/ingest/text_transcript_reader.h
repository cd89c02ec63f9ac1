// Reads plain-text transcripts ("Speaker Name: what they said", one turn per line) into a
// model::Call. docs/formats/transcripts.md ("Plain text") has the details.
//
// A line may start with a time stamp: "[hh:mm:ss]", "[mm:ss]", "(hh:mm:ss)" or "(mm:ss)",
// optionally with a fraction ("[01:02.5]"). A line without a "Name:" prefix continues the
// previous turn, unless it has a stamp, which starts a new turn by the same speaker. Blank
// lines are skipped.
//
// Times. A stamped turn starts at its stamp. A turn without one starts 0.5 s after the
// previous turn ends (the first at 0). A turn ends where the next turn's stamp says it
// starts when that stamp is not earlier; otherwise its length is estimated from its words at
// 150 words per minute (0.4 s a word), the pace of conversational speech. So a file without
// stamps gets plausible, not measured, times: talk shares are right, pauses are not.
//
//   Result<model::Call> call = ReadTextTranscript(file_text, "call-42.txt", &diagnostics);
#pragma once

#include <string_view>

#include "base/diagnostics.h"
#include "base/result.h"
#include "model/call.h"

namespace sc::ingest {

// Parses all of `text`; `source` names the file in diagnostics only. On success returns the
// call (utterances in time order, roles unknown, id empty) and adds nothing to
// `*diagnostics`. On failure returns kInvalidArgument and appends a located diagnostic for
// every problem: bytes that are not UTF-8 (the first only), an empty file, a stamp that is not
// a valid time, speech before the first speaker name, and "the transcript holds no speech".
// REQUIRES: diagnostics != nullptr. Thread-safe.
Result<model::Call> ReadTextTranscript(std::string_view text, std::string_view source,
                                       Diagnostics* diagnostics);

}  // namespace sc::ingest
