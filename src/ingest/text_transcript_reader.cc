#include "ingest/text_transcript_reader.h"

#include <fmt/format.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/text.h"
#include "ingest/cue_timing.h"
#include "ingest/transcript_support.h"

namespace sc::ingest {
namespace {

// Conversational English runs at about 150 words per minute.
constexpr double kSecondsPerWord = 60.0 / 150.0;
// Between turns without stamps: a typical conversational hand-over.
constexpr double kTurnGapS = 0.5;

constexpr std::string_view kStampHint = "write stamps as [hh:mm:ss] or [mm:ss], such as [00:01:02]";
constexpr std::string_view kSpeakerHint =
    "start each turn with the speaker's name and a colon, such as 'Dana Reyes: Thanks for "
    "joining'";
constexpr std::string_view kEmptyHint = "write one turn per line: 'Speaker Name: text'";
constexpr std::string_view kNoSpeechHint = "write one turn per line: 'Speaker Name: text'";

struct Turn {
  std::string speaker;
  std::optional<double> stamp;
  std::string text;
};

// A line split into its optional stamp and the rest.
struct StampedLine {
  bool has_stamp = false;
  std::optional<double> stamp;  // nullopt with has_stamp when the stamp is malformed
  std::string_view stamp_text;
  std::string_view rest;
};

// "[..]" or "(..)" holding only digits, ':' and '.' is meant as a stamp; "(laughs)" is text.
StampedLine SplitStamp(std::string_view line) {
  StampedLine result{.rest = line};
  if (line.empty() || (line[0] != '[' && line[0] != '(')) return result;
  std::size_t close = line.find(line[0] == '[' ? ']' : ')');
  if (close == std::string_view::npos) return result;
  std::string_view inner = line.substr(1, close - 1);
  bool stamp_like = inner.find(':') != std::string_view::npos &&
                    inner.find_first_not_of("0123456789:.") == std::string_view::npos;
  if (!stamp_like) return result;
  result.has_stamp = true;
  result.stamp_text = line.substr(0, close + 1);
  result.stamp = ParseClockTime(inner, ClockRules::kLoose, ".");
  result.rest = Trim(line.substr(close + 1));
  return result;
}

// Adds the turn or continuation on `line` to `turns`, or reports why it cannot.
void ReadLine(const TextLine& line, ProblemList& problems, std::vector<Turn>& turns) {
  std::size_t indent = line.content.find_first_not_of(" \t");
  std::string_view content = Trim(line.content);
  StampedLine stamped = SplitStamp(content);
  if (stamped.has_stamp && !stamped.stamp) {
    problems.AddAt(line.offset + indent,
                   fmt::format("'{}' is not a time stamp", stamped.stamp_text),
                   std::string(kStampHint));
    return;
  }
  if (std::optional<SpeakerPrefix> prefix = SplitSpeakerPrefix(stamped.rest)) {
    turns.push_back({std::string(prefix->name), stamped.stamp, std::string(prefix->rest)});
  } else if (turns.empty()) {
    problems.AddAt(line.offset + indent, fmt::format("'{}' does not name a speaker", content),
                   std::string(kSpeakerHint));
  } else if (stamped.has_stamp) {
    turns.push_back({turns.back().speaker, stamped.stamp, std::string(stamped.rest)});
  } else {
    turns.back().text += ' ';
    turns.back().text += stamped.rest;
  }
}

// Gives every turn its times; see the header for the rules.
std::vector<model::Utterance> TimeTurns(std::vector<Turn>& turns) {
  std::vector<model::Utterance> utterances;
  utterances.reserve(turns.size());
  double previous_end = -kTurnGapS;
  for (std::size_t i = 0; i < turns.size(); ++i) {
    double start = turns[i].stamp.value_or(previous_end + kTurnGapS);
    double end = start + static_cast<double>(CountWords(turns[i].text)) * kSecondsPerWord;
    if (i + 1 < turns.size() && turns[i + 1].stamp && *turns[i + 1].stamp >= start) {
      end = *turns[i + 1].stamp;
    }
    previous_end = end;
    utterances.push_back({.speaker = std::move(turns[i].speaker),
                          .start_s = start,
                          .end_s = end,
                          .text = std::move(turns[i].text)});
  }
  return utterances;
}

}  // namespace

Result<model::Call> ReadTextTranscript(std::string_view text, std::string_view source,
                                       Diagnostics* diagnostics) {
  text = StripUtf8Bom(text);
  ProblemList problems(text, source);
  if (!problems.CheckReadable(kEmptyHint)) return problems.Flush(diagnostics);
  std::vector<Turn> turns;
  for (const TextLine& line : SplitLines(text)) {
    if (!Trim(line.content).empty()) ReadLine(line, problems, turns);
  }
  model::Call call;
  call.utterances = TimeTurns(turns);
  return FinishCall(std::move(call), problems, {.no_speech_hint = kNoSpeechHint}, diagnostics);
}

}  // namespace sc::ingest
