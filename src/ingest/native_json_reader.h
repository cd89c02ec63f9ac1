// Reads salescoach's own call JSON into a model::Call: the format other tools can write to
// hand a call over with its CRM context. docs/formats/transcripts.md ("salescoach JSON").
//
//   {"call_id": "C-1", "title": "Acme discovery", "started_at": "2024-03-05T14:30:00Z",
//    "rep_id": "R-7", "deal_id": "D-104", "call_type": "discovery",
//    "rep_speakers": ["Dana Reyes"],
//    "utterances": [{"speaker": "Dana Reyes", "role": "rep", "start": 0.0, "end": 4.2,
//                    "text": "Thanks for taking the time."}]}
//
// Only "utterances" is required; each needs speaker, start, end (seconds) and text, and may
// have a role (rep, customer or other; model::ParseSpeakerRole spellings). started_at is ISO
// 8601; call_type is one of discovery, demo, negotiation, closing or other. Every field of
// the call is copied into the model::Call as written.
//
//   Result<model::Call> call = ReadNativeJson(file_text, "C-1.json", &diagnostics);
#pragma once

#include <string_view>

#include "base/diagnostics.h"
#include "base/result.h"
#include "model/call.h"

namespace sc::ingest {

// Parses all of `text`; `source` names the file in diagnostics only. On success returns the
// call (utterances in time order) and adds nothing to `*diagnostics`. On failure returns
// kInvalidArgument and appends a located diagnostic for every problem: bytes that are not
// UTF-8, an empty file, a JSON syntax error, a missing or mistyped member, a started_at that
// is not a timestamp, an unknown call_type or role, a negative time, and "the transcript
// holds no speech". REQUIRES: diagnostics != nullptr. Thread-safe.
Result<model::Call> ReadNativeJson(std::string_view text, std::string_view source,
                                   Diagnostics* diagnostics);

}  // namespace sc::ingest
