// Reads Gong call transcripts, as the Gong API returns them, into a model::Call.
// docs/formats/transcripts.md ("Gong") has the details.
//
// The file is the response of POST /v2/calls/transcript:
//   {"callTranscripts": [{"callId": "...", "transcript": [{"speakerId": "...", "topic": ...,
//     "sentences": [{"start": ms, "end": ms, "text": "..."}]}]}]}
// Each transcript entry (one speaker's monologue) becomes one utterance: from its first
// sentence's start to its last sentence's end, the sentences joined with spaces. Speakers
// are named by the optional "parties" ([{"speakerId", "name", "emailAddress", "title",
// "affiliation"}]), at the top level or inside "calls" entries as /v2/calls/extensive returns
// them (so the two responses may be merged into one file). A party's affiliation sets the
// role: "Internal" is the rep's side, "External" the customer's, "Unknown" stays unknown. A
// speaker without a party is named "Speaker <speakerId>". Call.id is the callId.
//
//   Result<model::Call> call = ReadGongTranscript(file_text, "C-1.gong.json", &diagnostics);
#pragma once

#include <string_view>

#include "base/diagnostics.h"
#include "base/result.h"
#include "model/call.h"

namespace sc::ingest {

// Parses all of `text`; `source` names the file in diagnostics only. On success returns the
// call (utterances in time order) and adds nothing to `*diagnostics`. On failure returns
// kInvalidArgument and appends a located diagnostic for every problem: bytes that are not
// UTF-8, an empty file, a JSON syntax error, a missing or mistyped member (callTranscripts,
// transcript, speakerId, sentences, start, end, text), a negative time, more than one call in
// the file, and "the transcript holds no speech". REQUIRES: diagnostics != nullptr.
// Thread-safe.
Result<model::Call> ReadGongTranscript(std::string_view text, std::string_view source,
                                       Diagnostics* diagnostics);

}  // namespace sc::ingest
