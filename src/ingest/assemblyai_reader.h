// Reads an AssemblyAI transcript, requested with speaker_labels: true, into a model::Call.
// docs/formats/transcripts.md ("AssemblyAI").
//
//   {"id": "...", "status": "completed", "audio_duration": 1234, "text": "...",
//    "utterances": [{"speaker": "A", "start": 250, "end": 4100, "text": "...",
//                    "confidence": 0.97, "words": [...]}]}
//
// Each entry of "utterances" becomes one utterance; times are milliseconds; speakers are
// named "Speaker A", "Speaker B", ... A transcript whose "status" is not "completed" is
// rejected. The transcript id is not a call id: Call.id stays empty.
//
//   Result<model::Call> call = ReadAssemblyAi(file_text, "C-1.assemblyai.json", &diagnostics);
#pragma once

#include <string_view>

#include "base/diagnostics.h"
#include "base/result.h"
#include "model/call.h"

namespace sc::ingest {

// Parses all of `text`; `source` names the file in diagnostics only. On success returns the
// call (utterances in time order, roles unknown) and adds nothing to `*diagnostics`. On
// failure returns kInvalidArgument and appends a located diagnostic for every problem: bytes
// that are not UTF-8, an empty file, a JSON syntax error, a status other than "completed", a
// missing or mistyped member (utterances, which is null without speaker_labels; speaker,
// start, end, text), a negative time, and "the transcript holds no speech".
// REQUIRES: diagnostics != nullptr. Thread-safe.
Result<model::Call> ReadAssemblyAi(std::string_view text, std::string_view source,
                                   Diagnostics* diagnostics);

}  // namespace sc::ingest
