// Renders a call's transcript in one of four real formats, as the tools that produce them do.
//
//   - WebVTT (.vtt), as Zoom and Teams export it: "WEBVTT", numbered cues with
//     "HH:MM:SS.mmm --> HH:MM:SS.mmm" timings, the speaker as a "<v Name>" voice span or a
//     "Name: " prefix, utterances longer than about 12 s split over consecutive cues at
//     sentence boundaries, sometimes a NOTE block;
//   - Gong API JSON (.gong.json): "callTranscripts" with one entry per run of one speaker,
//     sentences with start/end in ms, and "parties" with names, emails, titles, affiliation;
//   - AWS Transcribe JSON (.aws.json): the full transcript, speaker_labels segments with
//     spk_N labels (in order of first appearance), and word-level items with times as strings
//     and punctuation as separate items without times;
//   - plain text (.txt): "[HH:MM:SS] Name: text", one line per utterance.
// All renderers are pure and deterministic; docs/formats/sample-team.md has examples.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/call.h"
#include "sample/sample_team.h"

namespace sc::sample {

// "C-000123.vtt", "C-000123.gong.json", "C-000123.aws.json" or "C-000123.txt".
std::string TranscriptFileName(const model::Call& call, TranscriptFormat format);

// The rep side's speakers as the file names them: participant names, or for AWS files the
// spk_N labels of the rep and any solutions engineer.
std::vector<std::string> RepSpeakersInFile(const model::Call& call, TranscriptFormat format);

// The file content. `seed` makes ids in the JSON formats (speaker ids, account id) stable.
std::string RenderTranscript(const model::Call& call, const CallMeta& meta, std::uint64_t seed);

std::string RenderWebVtt(const model::Call& call, bool voice_spans, bool with_note);
std::string RenderPlainText(const model::Call& call);
std::string RenderGongJson(const model::Call& call, const CallMeta& meta, std::uint64_t seed);
std::string RenderAwsTranscribeJson(const model::Call& call, std::uint64_t seed);

// Splits text after each '.', '?' or '!' that is followed by a space.
std::vector<std::string_view> SplitSentences(std::string_view text);
// The text as a JSON string literal, quotes included.
std::string JsonString(std::string_view text);
// A stable 64-bit hash (FNV-1a) for deriving ids from call ids.
std::uint64_t StableHash(std::string_view text);

}  // namespace sc::sample
