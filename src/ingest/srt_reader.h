// Reads SubRip (.srt) captions with speaker prefixes into a model::Call, as transcription
// services and meeting tools export them. docs/formats/transcripts.md ("SRT") has the details.
//
// Cues are blank-line separated blocks: a sequence number (optional), a timing line
// "00:00:01,000 --> 00:00:04,000" (a '.' before the milliseconds is accepted too), then the
// text, whose lines are joined with a space. "Dana Reyes: " at the start of a cue names the
// speaker; a cue without one continues the previous cue's speaker (services label only the
// first cue of a turn), and before any prefix the speaker is "Unknown". Tags such as <i> and
// <font color="..."> are removed. Consecutive cues of one speaker less than 1 s apart are
// merged, as for WebVTT.
//
//   Result<model::Call> call = ReadSrt(file_text, "call-42.srt", &diagnostics);
#pragma once

#include <string_view>

#include "base/diagnostics.h"
#include "base/result.h"
#include "model/call.h"

namespace sc::ingest {

// Parses all of `text`; `source` names the file in diagnostics only. On success returns the
// call (utterances in time order, roles unknown, id empty) and adds nothing to
// `*diagnostics`. On failure returns kInvalidArgument and appends a located diagnostic for
// every problem: bytes that are not UTF-8 (the first only), an empty file, every block
// without a valid timing line, and "the transcript holds no speech". An end before its start
// is set to the start. REQUIRES: diagnostics != nullptr. Thread-safe.
Result<model::Call> ReadSrt(std::string_view text, std::string_view source,
                            Diagnostics* diagnostics);

}  // namespace sc::ingest
