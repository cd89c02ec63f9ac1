// Reads a Deepgram pre-recorded transcription response, requested with utterances=true and
// diarize=true, into a model::Call. docs/formats/transcripts.md ("Deepgram").
//
//   {"metadata": {...}, "results": {"channels": [...],
//    "utterances": [{"start": 1.2, "end": 3.4, "speaker": 0, "transcript": "..."}]}}
//
// Each entry of results.utterances becomes one utterance; times are seconds; speakers are
// named "Speaker 0", "Speaker 1", ... The request id is not a call id: Call.id stays empty.
//
//   Result<model::Call> call = ReadDeepgram(file_text, "C-1.deepgram.json", &diagnostics);
#pragma once

#include <string_view>

#include "base/diagnostics.h"
#include "base/result.h"
#include "model/call.h"

namespace sc::ingest {

// Parses all of `text`; `source` names the file in diagnostics only. On success returns the
// call (utterances in time order, roles unknown) and adds nothing to `*diagnostics`. On
// failure returns kInvalidArgument and appends a located diagnostic for every problem: bytes
// that are not UTF-8, an empty file, a JSON syntax error, a missing or mistyped member
// (results, utterances, start, end, speaker, transcript; a response without utterances was
// requested without utterances=true, one without speakers without diarize=true), a negative
// time, and "the transcript holds no speech". REQUIRES: diagnostics != nullptr. Thread-safe.
Result<model::Call> ReadDeepgram(std::string_view text, std::string_view source,
                                 Diagnostics* diagnostics);

}  // namespace sc::ingest
