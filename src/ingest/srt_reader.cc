#include "ingest/srt_reader.h"

#include <utility>
#include <vector>

#include "base/text.h"
#include "ingest/cue_text.h"
#include "ingest/cue_timing.h"
#include "ingest/transcript_support.h"

namespace sc::ingest {
namespace {

constexpr CueSyntax kSrtSyntax{
    .separators = ",.",
    .separator = ',',
    .generic_hint =
        "write SRT cue timings as hh:mm:ss,ttt --> hh:mm:ss,ttt, such as 00:00:01,500 --> "
        "00:00:04,000"};

// The same reason as for WebVTT: captions cut a turn into cues of a few seconds.
constexpr double kMergeGapS = 1.0;

constexpr std::string_view kEmptyHint = "export the captions again as an .srt file";
constexpr std::string_view kNoSpeechHint = "every cue is empty; export the captions with text";

bool IsSequenceNumber(std::string_view line) {
  line = Trim(line);
  return !line.empty() && line.find_first_not_of("0123456789") == std::string_view::npos;
}

// The timing line is the first line, or the second after a sequence number.
std::size_t TimingIndex(const std::vector<TextLine>& block) {
  bool numbered = block.size() > 1 && IsSequenceNumber(block[0].content) &&
                  block[0].content.find("-->") == std::string_view::npos;
  return numbered ? 1 : 0;
}

// Reads one cue; `speaker` carries the last named speaker from cue to cue.
void ReadCue(const std::vector<TextLine>& block, ProblemList& problems, std::string& speaker,
             std::vector<model::Utterance>& utterances) {
  std::size_t timing_index = TimingIndex(block);
  std::optional<CueTiming> timing = ReadCueTiming(block[timing_index], kSrtSyntax, problems);
  if (!timing) return;
  std::string payload;
  for (std::size_t i = timing_index + 1; i < block.size(); ++i) {
    if (!payload.empty()) payload += ' ';
    payload += block[i].content;
  }
  std::string text = StripCueTags(payload);
  if (std::optional<SpeakerPrefix> prefix = SplitSpeakerPrefix(text)) {
    speaker = std::string(prefix->name);
    text = std::string(prefix->rest);
  }
  utterances.push_back({.speaker = speaker.empty() ? std::string(kUnknownSpeaker) : speaker,
                        .start_s = timing->start_s,
                        .end_s = timing->end_s,
                        .text = std::move(text)});
}

}  // namespace

Result<model::Call> ReadSrt(std::string_view text, std::string_view source,
                            Diagnostics* diagnostics) {
  text = StripUtf8Bom(text);
  ProblemList problems(text, source);
  if (!problems.CheckReadable(kEmptyHint)) return problems.Flush(diagnostics);
  model::Call call;
  std::string speaker;
  for (const std::vector<TextLine>& block : SplitBlocks(SplitLines(text), 0)) {
    ReadCue(block, problems, speaker, call.utterances);
  }
  return FinishCall(std::move(call), problems,
                    {.no_speech_hint = kNoSpeechHint, .merge_gap_s = kMergeGapS}, diagnostics);
}

}  // namespace sc::ingest
