// Writes a model::Call in salescoach's own call JSON, the format ingest::ReadNativeJson reads
// (docs/formats/transcripts.md, "salescoach JSON"). The benchmark corpus is made of these files.
//
//   std::string text = RenderNativeJson(call);
//   Result<model::Call> back = ingest::ReadNativeJson(text, "C-1.json", &diagnostics);
#pragma once

#include <string>

#include "model/call.h"

namespace sc::bench {

// One object per call with call_id, title, started_at, rep_id, deal_id, call_type and
// rep_speakers (each left out when empty or unknown), then "utterances", one per line, each with
// speaker, role (left out when unknown), start and end, and text. Times are written in seconds
// to the millisecond, as transcription services write them, so reading the file back gives the
// call with its times rounded to milliseconds.
std::string RenderNativeJson(const model::Call& call);

}  // namespace sc::bench
