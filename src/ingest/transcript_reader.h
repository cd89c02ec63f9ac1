// One entry point for every transcript format: reads a file's text into a model::Call,
// sniffing the format when asked to. The readers it dispatches to are in their own headers
// (vtt_reader.h, srt_reader.h, gong_reader.h, aws_transcribe_reader.h, deepgram_reader.h,
// assemblyai_reader.h, text_transcript_reader.h, native_json_reader.h); each documents what it
// accepts, and docs/formats/transcripts.md describes them all.
//
//   Diagnostics diagnostics;
//   Result<model::Call> call =
//       ReadTranscript(text, "C-000123.gong.json", TranscriptFormat::kAuto, &diagnostics);
//   // then: ApplyManifest(entry, &*call); ResolveSpeakerRoles(*call, hints);
#pragma once

#include <string_view>

#include "base/diagnostics.h"
#include "base/result.h"
#include "ingest/transcript_format.h"
#include "model/call.h"

namespace sc::ingest {

// Reads `text` in `format`, or in the format SniffTranscriptFormat() tells from `text` and
// `source` when `format` is kAuto. `source` is the file name: it names the file in
// diagnostics and helps sniffing. Returns the reader's result: the call (utterances in time
// order, roles only where the format carries them, id only where the format carries one) or
// kInvalidArgument with every problem appended to `*diagnostics`. Readers are pure functions
// of the text: no file is opened. REQUIRES: diagnostics != nullptr. Thread-safe.
Result<model::Call> ReadTranscript(std::string_view text, std::string_view source,
                                   TranscriptFormat format, Diagnostics* diagnostics);

}  // namespace sc::ingest
