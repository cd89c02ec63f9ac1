// Clock times as transcripts write them: WebVTT and SRT cue timings ("00:01:02.500 -->
// 00:01:04.000") and the stamps of plain-text transcripts ("[01:02]").
//
// Pure functions, thread-safe. Times are seconds from the start of the call.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "ingest/transcript_support.h"

namespace sc::ingest {

enum class ClockRules {
  // Cue timestamps: "[h...:]mm:ss<sep>ttt" with two-digit minutes and seconds below 60 and
  // exactly three digits of milliseconds. Hours may have any number of digits (the WebVTT
  // spec asks for two or more; some exporters write one).
  kCueTimestamp,
  // Hand-written stamps: one or two digits for minutes and seconds, an optional fraction of
  // up to nine digits after the separator. Also used to guess what a bad cue timing meant.
  kLoose,
};

// Parses "hh:mm:ss.ttt" or "mm:ss.ttt" under `rules`; `separators` lists the accepted decimal
// separators ("." for WebVTT, ".," for SRT). Returns seconds, or nullopt.
std::optional<double> ParseClockTime(std::string_view text, ClockRules rules,
                                     std::string_view separators);

// "00:01:02.500": the canonical cue timestamp for `seconds`, with `separator` before the
// milliseconds. REQUIRES: seconds >= 0.
std::string FormatCueTimestamp(double seconds, char separator);

struct CueTiming {
  double start_s = 0;
  double end_s = 0;
};

// The outcome of reading one "start --> end [settings]" line.
struct TimingLine {
  std::optional<CueTiming> timing;  // nullopt when the line is not a valid timing
  std::size_t error_column = 0;     // 0-based byte of the first bad timestamp in the line
  std::string_view shown;           // "start --> end" as written, without cue settings
  std::string suggestion;           // the timing written correctly, when it can be guessed
};

// Reads a cue timing line. White space around the arrow is optional; anything after the end
// timestamp and white space is cue settings (WebVTT "align:start") and ignored. The end may
// be before the start: callers clamp it, as players do. `separator` is the one used in
// `suggestion`. `line` must outlive the result's `shown`.
TimingLine ParseTimingLine(std::string_view line, std::string_view separators, char separator);

// How a caption format writes its timings.
struct CueSyntax {
  std::string_view separators;    // accepted decimal separators
  char separator = '.';           // the canonical one, used in suggestions
  std::string_view generic_hint;  // the hint when no correction can be guessed
};

// Reads the timing of a cue from `line`, or reports "'<timing>' is not a cue timing" at the
// first bad timestamp (hint: the corrected timing when it can be guessed, else
// syntax.generic_hint) and returns nullopt.
std::optional<CueTiming> ReadCueTiming(const TextLine& line, const CueSyntax& syntax,
                                       ProblemList& problems);

}  // namespace sc::ingest
