// Pieces every transcript reader shares: locating problems in the file's text, splitting
// lines, recognising "Speaker Name: text" prefixes, and the output rules that make every
// reader's model::Call look the same (docs/formats/transcripts.md, "Output rules").
//
// These are internal to the transcript readers; other code calls ReadTranscript()
// (transcript_reader.h) or one reader directly. All functions are pure and thread-safe.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "base/result.h"
#include "model/call.h"

namespace sc::ingest {

// The speaker name given to speech whose speaker the file does not name. Its role stays
// unknown even after role resolution: nobody can tell which side said it.
inline constexpr std::string_view kUnknownSpeaker = "Unknown";

// `text` without a leading UTF-8 byte order mark. Readers strip it first, so columns on line 1
// are counted after the mark, as the CSV reader counts them.
std::string_view StripUtf8Bom(std::string_view text);

// One physical line: its content without the line end, and the byte offset where it starts.
struct TextLine {
  std::string_view content;
  std::size_t offset = 0;
};

// Splits on LF, CRLF and lone CR (WebVTT allows all three). A final line end does not start
// another line; "" gives no lines.
std::vector<TextLine> SplitLines(std::string_view text);

// The number of words: runs of bytes other than ASCII white space.
std::size_t CountWords(std::string_view text);

// True when `line` is `word` alone or followed by a space or tab ("NOTE", "NOTE about x").
bool StartsWithWord(std::string_view line, std::string_view word);

// Splits lines into blocks: runs of lines that are not blank (empty or only white space).
// Caption formats separate cues, and WebVTT its NOTE and STYLE blocks, with blank lines.
std::vector<std::vector<TextLine>> SplitBlocks(const std::vector<TextLine>& lines,
                                               std::size_t first_line);

// Collapses every run of ASCII white space to one space and trims both ends.
std::string CollapseWhitespace(std::string_view text);
// True when CollapseWhitespace would return `text` unchanged, so the copy can be skipped.
bool IsCollapsed(std::string_view text);

// The name and the rest of "Dana Reyes: Thanks for joining".
struct SpeakerPrefix {
  std::string_view name;  // trimmed
  std::string_view rest;  // after the colon, trimmed
};

// Recognises a speaker prefix: a colon followed by white space (or the end of the text), with
// a name before it of at most 64 bytes and 5 words, holding a letter, and none of ? ! " < >.
// The limits keep "Here is what we found: ..." style sentences from becoming speakers while
// accepting "Reyes, Dana (Acme)". Returns nullopt when `text` has no such prefix.
std::optional<SpeakerPrefix> SplitSpeakerPrefix(std::string_view text);

// Collects the located problems of one file and turns them into Diagnostics.
//
// The text must be the one the reader parses (byte order mark removed); `text` and `source`
// must outlive the list. Only the first kMaxProblems are kept: a file in the wrong format
// would otherwise report every line, and locating each costs a scan.
class ProblemList {
 public:
  static constexpr std::size_t kMaxProblems = 50;

  ProblemList(std::string_view text, std::string_view source) : text_(text), source_(source) {}

  // A problem at byte `offset` of the text; the line, column and source line come from it.
  void AddAt(std::size_t offset, std::string message, std::string hint);
  // A problem with the whole file (line 0).
  void AddForFile(std::string message, std::string hint);

  // Checks what every reader needs before parsing: returns false after reporting "the file is
  // empty" (only white space; hint `empty_hint`) or the first byte that is not UTF-8.
  bool CheckReadable(std::string_view empty_hint) {
    return !ReportInvalidUtf8() && !ReportEmpty(empty_hint);
  }
  // Reports the first byte that is not UTF-8 and returns true; false when all of it is UTF-8.
  bool ReportInvalidUtf8();
  // Reports "the file is empty" when the text is only white space and returns true.
  bool ReportEmpty(std::string_view hint);

  bool empty() const { return count_ == 0; }
  // True when more problems would not be kept; callers may skip the work of locating them.
  bool full() const { return count_ >= kMaxProblems; }
  std::string_view text() const { return text_; }
  std::string_view source() const { return source_; }

  // Appends the problems, in file order, to `*diagnostics` and returns kInvalidArgument
  // "<source>: N error(s)". REQUIRES: !empty(), diagnostics != nullptr.
  Status Flush(Diagnostics* diagnostics);

 private:
  std::string_view text_;
  std::string_view source_;
  std::vector<Diagnostic> problems_;
  std::size_t count_ = 0;
};

// How FinishCall shapes utterances after a reader has collected them.
struct FinishOptions {
  // The hint when nothing is left to read ("the transcript holds no speech").
  std::string_view no_speech_hint;
  // When set, consecutive utterances of one speaker whose gap is shorter than this are merged
  // into one: caption exports cut long turns into cues of a few seconds.
  std::optional<double> merge_gap_s;
};

// Applies the output rules to `call.utterances`: white space collapsed in texts, speaker names
// trimmed ("" becomes kUnknownSpeaker), empty texts dropped, end clamped to start when an
// export writes it earlier, a stable sort by start time, then the optional merge. Returns the
// call when `problems` is empty and some speech remains. Otherwise adds "the transcript holds
// no speech" when appropriate, flushes `problems` into `*diagnostics` and returns
// kInvalidArgument: a file with any problem is rejected whole.
Result<model::Call> FinishCall(model::Call call, ProblemList& problems,
                               const FinishOptions& options, Diagnostics* diagnostics);

}  // namespace sc::ingest
