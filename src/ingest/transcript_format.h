// The transcript formats salescoach reads, their names on the command line (--format), and
// sniffing: telling a file's format from its name and its first bytes.
// docs/formats/transcripts.md ("Sniffing") lists the rules.
//
//   SC_ASSIGN_OR_RETURN(TranscriptFormat format,
//                       SniffTranscriptFormat(text, "C-1.gong.json", &diagnostics));
#pragma once

#include <optional>
#include <string_view>

#include "base/diagnostics.h"
#include "base/result.h"

namespace sc::ingest {

enum class TranscriptFormat {
  kAuto,           // sniff it (ReadTranscript only)
  kWebVtt,         // Zoom, Teams, Meet captions
  kSrt,            // SubRip captions with speaker prefixes
  kGong,           // Gong /v2/calls/transcript JSON
  kAwsTranscribe,  // Amazon Transcribe job result JSON
  kDeepgram,       // Deepgram pre-recorded response JSON
  kAssemblyAi,     // AssemblyAI transcript JSON
  kText,           // "Speaker: text" lines
  kNative,         // salescoach's own call JSON
};

// "auto", "vtt", "srt", "gong", "aws", "deepgram", "assemblyai", "text", "native".
std::string_view TranscriptFormatName(TranscriptFormat format);

// Accepts the names above, case-insensitively, and the aliases "webvtt", "txt", "transcribe",
// "aws-transcribe" and "salescoach". Returns nullopt for anything else.
std::optional<TranscriptFormat> ParseTranscriptFormat(std::string_view name);

// "vtt, srt, gong, aws, deepgram, assemblyai, text, native": for hints and --help.
std::string_view TranscriptFormatList();

// Tells the format of `text`, the contents of the file named `file_name` (a path or a bare
// name; only its ending is used). In order: a first line "WEBVTT" is WebVTT; a JSON object is
// named by a ".gong.json", ".aws.json", ".transcribe.json", ".deepgram.json",
// ".assemblyai.json", ".native.json" or ".salescoach.json" ending, else by its keys;
// "1" followed by a "... --> ..." line is SRT; else the ending ".vtt", ".srt" or ".txt"
// decides. Never returns kAuto. When nothing matches, returns kInvalidArgument and adds a
// diagnostic for the whole file with a hint listing the --format values; a JSON file that
// cannot be parsed far enough to tell gets the located syntax error instead.
// REQUIRES: diagnostics != nullptr. Thread-safe.
Result<TranscriptFormat> SniffTranscriptFormat(std::string_view text, std::string_view file_name,
                                               Diagnostics* diagnostics);

}  // namespace sc::ingest
