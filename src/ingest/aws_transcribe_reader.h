// Reads the JSON result of an Amazon Transcribe job run with speaker identification
// (ShowSpeakerLabels) into a model::Call. docs/formats/transcripts.md ("AWS Transcribe").
//
//   {"results": {"transcripts": [...],
//                "speaker_labels": {"segments": [{"start_time": "1.23", "end_time": "4.56",
//                                                 "speaker_label": "spk_0", "items": [...]}]},
//                "items": [{"start_time": "1.23", "end_time": "1.5", "type": "pronunciation",
//                           "alternatives": [{"content": "Thanks", "confidence": "0.99"}]},
//                          {"type": "punctuation", "alternatives": [{"content": ","}]}]}}
//
// Times are strings of seconds (numbers are accepted too). Each word ("pronunciation" item)
// gets the speaker of the segment holding its start time: the last segment starting at or
// before it (the first segment for a word before every segment). An item's own
// "speaker_label", which newer results carry, wins over the segments. Punctuation attaches to
// the word before it with no space. Consecutive words of one speaker form one utterance, so
// consecutive segments of one speaker merge. Speakers are named by their labels ("spk_0").
// The job name is not a call id: Call.id stays empty.
//
//   Result<model::Call> call = ReadAwsTranscribe(file_text, "C-1.aws.json", &diagnostics);
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
// (results, items, speaker_labels, segments, start_time, end_time, speaker_label, type,
// alternatives, content), a time that is not a number or is negative, and "the transcript
// holds no speech". REQUIRES: diagnostics != nullptr. Thread-safe.
Result<model::Call> ReadAwsTranscribe(std::string_view text, std::string_view source,
                                      Diagnostics* diagnostics);

}  // namespace sc::ingest
