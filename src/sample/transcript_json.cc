// Transcript renderers for the JSON formats: Gong API transcripts and AWS Transcribe output.
//
// Both are written directly rather than through a JSON library: a call can hold thousands of
// words, AWS output has an object per word, and direct writing keeps key order and number
// formatting exactly as the real services produce them.
#include <fmt/format.h>

#include <cmath>
#include <map>

#include "base/text.h"
#include "sample/dialogue.h"
#include "sample/random.h"
#include "sample/transcript_render.h"

namespace sc::sample {
namespace {

constexpr std::uint64_t kGongIdStream = 31;
constexpr std::uint64_t kAwsStream = 32;

// `count` pseudo-random decimal digits from `seed`, the first never 0 (ids look like numbers).
std::string Digits(std::uint64_t seed, int count) {
  std::string out;
  for (int index = 0; index < count; ++index) {
    int digit = static_cast<int>(SplitMix64(seed) % 10);
    if (index == 0 && digit == 0) digit = 1;
    out += static_cast<char>('0' + digit);
  }
  return out;
}

// Gong tags parts of a call with topics; pricing and next steps are among its defaults.
std::string GongTopic(std::string_view text, double at_s, double call_end_s) {
  if (call_end_s > 0 && at_s > 0.9 * call_end_s) return "\"Next Steps\"";
  if (at_s < 60) return "\"Call Setup\"";
  std::string lower = AsciiLower(text);
  for (std::string_view word : {"price", "discount", "budget", "pricing"}) {
    if (lower.find(word) != std::string::npos) return "\"Pricing\"";
  }
  return "null";
}

std::string AwsTime(double seconds) { return fmt::format("{:.2f}", seconds); }

bool IsPunctuation(char c) {
  return c == '.' || c == ',' || c == '?' || c == '!' || c == ';' || c == ':';
}

}  // namespace

std::uint64_t StableHash(std::string_view text) {
  std::uint64_t hash = 0xCBF29CE484222325ULL;
  for (char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001B3ULL;
  }
  return hash;
}

std::string JsonString(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += fmt::format("\\u{:04x}", static_cast<int>(c));
        } else {
          out += c;
        }
    }
  }
  out += '"';
  return out;
}

std::string RenderGongJson(const model::Call& call, const CallMeta& meta, std::uint64_t seed) {
  std::uint64_t base = DeriveSeed(seed, kGongIdStream, StableHash(call.id));
  std::map<std::string, std::string> speaker_ids;
  std::string parties;
  for (std::size_t index = 0; index < meta.participants.size(); ++index) {
    const CallParticipant& person = meta.participants[index];
    std::string speaker_id = "5590" + Digits(DeriveSeed(base, 1, index), 15);
    speaker_ids[person.name] = speaker_id;
    if (!parties.empty()) parties += ",\n";
    parties += fmt::format(
        "{{\"id\":\"{}\",\"speakerId\":\"{}\",\"name\":{},\"emailAddress\":{},\"title\":{},"
        "\"affiliation\":\"{}\"}}",
        Digits(DeriveSeed(base, 2, index), 19), speaker_id, JsonString(person.name),
        JsonString(person.email), JsonString(person.title),
        person.role == model::SpeakerRole::kRep ? "Internal" : "External");
  }
  double call_end = call.utterances.empty() ? 0 : call.utterances.back().end_s;
  std::string entries;
  std::size_t index = 0;
  while (index < call.utterances.size()) {
    // One entry per run of consecutive utterances by the same speaker.
    const std::string& speaker = call.utterances[index].speaker;
    std::string sentences;
    double entry_start = call.utterances[index].start_s;
    std::string entry_text;
    for (; index < call.utterances.size() && call.utterances[index].speaker == speaker; ++index) {
      const model::Utterance& utterance = call.utterances[index];
      entry_text += utterance.text;
      int total_words = std::max(1, CountWords(utterance.text));
      int before = 0;
      double seconds = utterance.end_s - utterance.start_s;
      for (std::string_view sentence : SplitSentences(utterance.text)) {
        int words = CountWords(sentence);
        auto start = std::llround((utterance.start_s + seconds * before / total_words) * 1000);
        auto end =
            std::llround((utterance.start_s + seconds * (before + words) / total_words) * 1000);
        before += words;
        if (!sentences.empty()) sentences += ',';
        sentences += fmt::format("{{\"start\":{},\"end\":{},\"text\":{}}}", start,
                                 std::max(end, start + 1), JsonString(sentence));
      }
    }
    if (!entries.empty()) entries += ",\n";
    entries +=
        fmt::format("{{\"speakerId\":\"{}\",\"topic\":{},\"sentences\":[{}]}}",
                    speaker_ids[speaker], GongTopic(entry_text, entry_start, call_end), sentences);
  }
  return fmt::format(
      "{{\"callTranscripts\":[{{\"callId\":{},\"transcript\":[\n{}\n]}}],\n\"parties\":[\n{}\n]}}"
      "\n",
      JsonString(call.id), entries, parties);
}

std::string RenderAwsTranscribeJson(const model::Call& call, std::uint64_t seed) {
  std::map<std::string, std::string> labels;  // speaker -> "spk_N", by first appearance
  std::string transcript;
  std::string segments;
  std::string items;
  Rng confidence(DeriveSeed(seed, kAwsStream, StableHash(call.id)));
  for (const model::Utterance& utterance : call.utterances) {
    auto [label, added] =
        labels.try_emplace(utterance.speaker, fmt::format("spk_{}", labels.size()));
    if (!transcript.empty()) transcript += ' ';
    transcript += utterance.text;
    std::vector<std::string_view> words;
    for (std::string_view word : Split(utterance.text, ' ')) {
      if (!word.empty()) words.push_back(word);
    }
    double slot = (utterance.end_s - utterance.start_s) / std::max<std::size_t>(1, words.size());
    std::string segment_items;
    for (std::size_t index = 0; index < words.size(); ++index) {
      // AWS emits trailing punctuation as separate items without times.
      std::string_view word = words[index];
      std::size_t cut = word.size();
      while (cut > 1 && IsPunctuation(word[cut - 1])) --cut;
      std::string_view punctuation = word.substr(cut);
      word = word.substr(0, cut);
      std::string start = AwsTime(utterance.start_s + slot * index);
      std::string end = AwsTime(utterance.start_s + slot * (index + 0.92));
      if (!items.empty()) items += ",\n";
      items += fmt::format(
          "{{\"start_time\":\"{}\",\"end_time\":\"{}\",\"alternatives\":[{{\"confidence\":"
          "\"{:.3f}\",\"content\":{}}}],\"type\":\"pronunciation\"}}",
          start, end, confidence.Uniform(0.86, 1.0), JsonString(word));
      for (char mark : punctuation) {
        items += fmt::format(
            ",\n{{\"alternatives\":[{{\"confidence\":\"0.0\",\"content\":\"{}\"}}],"
            "\"type\":\"punctuation\"}}",
            mark);
      }
      if (!segment_items.empty()) segment_items += ',';
      segment_items +=
          fmt::format("{{\"start_time\":\"{}\",\"end_time\":\"{}\",\"speaker_label\":\"{}\"}}",
                      start, end, label->second);
    }
    if (!segments.empty()) segments += ",\n";
    segments += fmt::format(
        "{{\"start_time\":\"{}\",\"end_time\":\"{}\",\"speaker_label\":\"{}\",\"items\":[{}]}}",
        AwsTime(utterance.start_s), AwsTime(utterance.end_s), label->second, segment_items);
  }
  return fmt::format(
      "{{\"jobName\":\"northwind-{}\",\"accountId\":\"{}\",\"status\":\"COMPLETED\","
      "\"results\":{{\"transcripts\":[{{\"transcript\":{}}}],\n\"speaker_labels\":{{"
      "\"speakers\":{},\"segments\":[\n{}\n]}},\n\"items\":[\n{}\n]}}}}\n",
      call.id, Digits(DeriveSeed(seed, kAwsStream), 12), JsonString(transcript), labels.size(),
      segments, items);
}

std::vector<std::string> RepSpeakersInFile(const model::Call& call, TranscriptFormat format) {
  if (format != TranscriptFormat::kAwsTranscribeJson) return call.rep_speakers;
  std::map<std::string, std::size_t> order;
  std::vector<std::string> labels;
  for (const model::Utterance& utterance : call.utterances) {
    auto [entry, added] = order.try_emplace(utterance.speaker, order.size());
    if (added && utterance.role == model::SpeakerRole::kRep) {
      labels.push_back(fmt::format("spk_{}", entry->second));
    }
  }
  return labels;
}

}  // namespace sc::sample
