#include "ingest/vtt_reader.h"

#include <utility>
#include <vector>

#include "base/text.h"
#include "ingest/cue_text.h"
#include "ingest/cue_timing.h"
#include "ingest/transcript_support.h"

namespace sc::ingest {
namespace {

constexpr CueSyntax kVttSyntax{
    .separators = ".",
    .separator = '.',
    .generic_hint =
        "write cue timings as hh:mm:ss.ttt --> hh:mm:ss.ttt, such as 00:01:02.500 --> "
        "00:01:04.000"};

// Zoom, Teams and Meet cut one speaker's turn into cues a few seconds long with gaps of a
// few hundred milliseconds; a pause of a second or more is a new turn.
constexpr double kMergeGapS = 1.0;

constexpr std::string_view kHeaderHint =
    "a WebVTT file's first line is WEBVTT; for SRT captions pass --format srt";
constexpr std::string_view kEmptyHint = "export the meeting's transcript again as a .vtt file";
constexpr std::string_view kNoSpeechHint =
    "every cue is empty; export the transcript (captions), not only the chapter list";

bool IsSkippedBlock(std::string_view first_line) {
  return StartsWithWord(first_line, "NOTE") || StartsWithWord(first_line, "STYLE") ||
         StartsWithWord(first_line, "REGION");
}

bool HasArrow(const TextLine& line) { return line.content.find("-->") != std::string_view::npos; }

// The header block is the WEBVTT line and the lines up to the first blank one. A timing line
// inside it means the exporter left out the blank line; the cues start there.
std::size_t FirstLineAfterHeader(const std::vector<TextLine>& lines) {
  std::size_t index = 1;
  while (index < lines.size() && !Trim(lines[index].content).empty() && !HasArrow(lines[index])) {
    ++index;
  }
  return index;
}

std::string JoinPayload(const std::vector<TextLine>& block, std::size_t first) {
  std::string payload;
  for (std::size_t i = first; i < block.size(); ++i) {
    if (!payload.empty()) payload += ' ';
    payload += block[i].content;
  }
  return payload;
}

// One utterance per voice segment. Several segments share the cue's time in proportion to
// their words, so that each speaker gets a plausible share of the talk time.
void AddCueUtterances(const CueTiming& timing, std::string_view payload,
                      std::vector<model::Utterance>& utterances) {
  std::vector<VoiceSegment> segments = SplitVoiceSpans(payload);
  std::size_t total_words = 0;
  for (const VoiceSegment& segment : segments) total_words += CountWords(segment.text);
  double duration = timing.end_s - timing.start_s;
  std::size_t words_before = 0;
  for (VoiceSegment& segment : segments) {
    model::Utterance utterance{.speaker = std::move(segment.speaker),
                               .text = std::move(segment.text)};
    if (utterance.speaker.empty()) {
      std::optional<SpeakerPrefix> prefix = SplitSpeakerPrefix(utterance.text);
      utterance.speaker = prefix ? std::string(prefix->name) : std::string(kUnknownSpeaker);
      if (prefix) utterance.text = std::string(prefix->rest);
    }
    std::size_t words = CountWords(utterance.text);
    if (segments.size() == 1 || total_words == 0 || duration <= 0) {
      utterance.start_s = timing.start_s;
      utterance.end_s = timing.end_s;
    } else {
      utterance.start_s = timing.start_s + duration * static_cast<double>(words_before) /
                                               static_cast<double>(total_words);
      utterance.end_s = timing.start_s + duration * static_cast<double>(words_before + words) /
                                             static_cast<double>(total_words);
    }
    words_before += words;
    utterances.push_back(std::move(utterance));
  }
}

// A cue: an optional identifier line, the timing line, then the payload.
void ReadCue(const std::vector<TextLine>& block, ProblemList& problems,
             std::vector<model::Utterance>& utterances) {
  std::size_t timing_index = HasArrow(block[0]) || block.size() == 1 ? 0 : 1;
  std::optional<CueTiming> timing = ReadCueTiming(block[timing_index], kVttSyntax, problems);
  if (!timing) return;
  AddCueUtterances(*timing, JoinPayload(block, timing_index + 1), utterances);
}

}  // namespace

Result<model::Call> ReadWebVtt(std::string_view text, std::string_view source,
                               Diagnostics* diagnostics) {
  text = StripUtf8Bom(text);
  ProblemList problems(text, source);
  model::Call call;
  if (!problems.CheckReadable(kEmptyHint)) return problems.Flush(diagnostics);
  std::vector<TextLine> lines = SplitLines(text);
  if (!StartsWithWord(lines[0].content, "WEBVTT")) {
    problems.AddAt(0, "the file does not start with the WEBVTT header", std::string(kHeaderHint));
    return problems.Flush(diagnostics);
  }
  for (const std::vector<TextLine>& block : SplitBlocks(lines, FirstLineAfterHeader(lines))) {
    if (IsSkippedBlock(block[0].content)) continue;
    ReadCue(block, problems, call.utterances);
  }
  return FinishCall(std::move(call), problems,
                    {.no_speech_hint = kNoSpeechHint, .merge_gap_s = kMergeGapS}, diagnostics);
}

}  // namespace sc::ingest
