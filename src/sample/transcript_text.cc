// Transcript renderers for the text formats: WebVTT and plain text.
#include <fmt/format.h>

#include <cmath>

#include "base/text.h"
#include "sample/dialogue.h"
#include "sample/random.h"
#include "sample/transcript_render.h"

namespace sc::sample {
namespace {

constexpr double kMaxCueSeconds = 12;  // Zoom and Teams cut captions at about this length
constexpr std::uint64_t kNoteStream = 30;

std::string VttTime(double seconds) {
  auto millis = static_cast<long long>(std::llround(seconds * 1000));
  return fmt::format("{:02d}:{:02d}:{:02d}.{:03d}", millis / 3600000, millis / 60000 % 60,
                     millis / 1000 % 60, millis % 1000);
}

std::string ClockTime(double seconds) {
  auto whole = static_cast<long long>(seconds);
  return fmt::format("{:02d}:{:02d}:{:02d}", whole / 3600, whole / 60 % 60, whole % 60);
}

// Pieces of an utterance for cues: whole sentences packed up to kMaxCueSeconds, and a
// sentence longer than that split by words.
std::vector<std::string> CuePieces(std::string_view text, double seconds) {
  int total_words = std::max(1, CountWords(text));
  double per_word = seconds / total_words;
  std::vector<std::string> pieces;
  std::string current;
  double current_seconds = 0;
  auto flush = [&] {
    if (!current.empty()) pieces.push_back(std::move(current));
    current.clear();
    current_seconds = 0;
  };
  for (std::string_view sentence : SplitSentences(text)) {
    double sentence_seconds = CountWords(sentence) * per_word;
    if (sentence_seconds > kMaxCueSeconds) {
      flush();
      std::vector<std::string_view> words;
      for (std::string_view word : Split(sentence, ' ')) {
        if (!word.empty()) words.push_back(word);
      }
      auto parts = static_cast<std::size_t>(std::ceil(sentence_seconds / kMaxCueSeconds));
      for (std::size_t part = 0; part < parts; ++part) {
        std::string piece;
        for (std::size_t index = part * words.size() / parts;
             index < (part + 1) * words.size() / parts; ++index) {
          if (!piece.empty()) piece += ' ';
          piece += words[index];
        }
        if (!piece.empty()) pieces.push_back(std::move(piece));
      }
      continue;
    }
    if (current_seconds + sentence_seconds > kMaxCueSeconds) flush();
    if (!current.empty()) current += ' ';
    current += sentence;
    current_seconds += sentence_seconds;
  }
  flush();
  return pieces;
}

}  // namespace

std::string RenderWebVtt(const model::Call& call, bool voice_spans, bool with_note) {
  std::string out = "WEBVTT\n\n";
  if (with_note) {
    out += "NOTE\nThis transcript was generated automatically by the meeting platform.\n\n";
  }
  int cue = 0;
  for (const model::Utterance& utterance : call.utterances) {
    double seconds = utterance.end_s - utterance.start_s;
    std::vector<std::string> pieces = CuePieces(utterance.text, seconds);
    int total_words = std::max(1, CountWords(utterance.text));
    int words_before = 0;
    for (std::size_t index = 0; index < pieces.size(); ++index) {
      int words = CountWords(pieces[index]);
      double start = utterance.start_s + seconds * words_before / total_words;
      double end = index + 1 == pieces.size()
                       ? utterance.end_s
                       : utterance.start_s + seconds * (words_before + words) / total_words;
      words_before += words;
      out += fmt::format("{}\n{} --> {}\n", ++cue, VttTime(start), VttTime(end));
      out += voice_spans ? fmt::format("<v {}>{}</v>\n\n", utterance.speaker, pieces[index])
                         : fmt::format("{}: {}\n\n", utterance.speaker, pieces[index]);
    }
  }
  return out;
}

std::string RenderPlainText(const model::Call& call) {
  std::string out;
  for (const model::Utterance& utterance : call.utterances) {
    out += fmt::format("[{}] {}: {}\n", ClockTime(utterance.start_s), utterance.speaker,
                       utterance.text);
  }
  return out;
}

std::vector<std::string_view> SplitSentences(std::string_view text) {
  std::vector<std::string_view> sentences;
  std::size_t start = 0;
  for (std::size_t index = 0; index + 1 < text.size(); ++index) {
    char c = text[index];
    if ((c == '.' || c == '?' || c == '!') && text[index + 1] == ' ') {
      sentences.push_back(text.substr(start, index + 1 - start));
      start = index + 2;
    }
  }
  if (start < text.size()) sentences.push_back(text.substr(start));
  return sentences;
}

std::string TranscriptFileName(const model::Call& call, TranscriptFormat format) {
  switch (format) {
    case TranscriptFormat::kWebVtt:
      return call.id + ".vtt";
    case TranscriptFormat::kGongJson:
      return call.id + ".gong.json";
    case TranscriptFormat::kAwsTranscribeJson:
      return call.id + ".aws.json";
    case TranscriptFormat::kPlainText:
      return call.id + ".txt";
  }
  return call.id + ".txt";
}

std::string RenderTranscript(const model::Call& call, const CallMeta& meta, std::uint64_t seed) {
  switch (meta.format) {
    case TranscriptFormat::kWebVtt: {
      // About one Zoom export in five carries a NOTE block.
      bool with_note = DeriveSeed(seed, kNoteStream, StableHash(call.id)) % 5 == 0;
      return RenderWebVtt(call, meta.vtt_voice_spans, with_note);
    }
    case TranscriptFormat::kGongJson:
      return RenderGongJson(call, meta, seed);
    case TranscriptFormat::kAwsTranscribeJson:
      return RenderAwsTranscribeJson(call, seed);
    case TranscriptFormat::kPlainText:
      return RenderPlainText(call);
  }
  return RenderPlainText(call);
}

}  // namespace sc::sample
