#include "ingest/transcript_format.h"

#include <fmt/format.h>

#include <array>
#include <utility>

#include "base/text.h"
#include "ingest/json_support.h"
#include "ingest/transcript_support.h"

namespace sc::ingest {
namespace {

using simdjson::ondemand::object;
using simdjson::ondemand::value;

constexpr std::array<std::pair<std::string_view, TranscriptFormat>, 14> kNames{{
    {"auto", TranscriptFormat::kAuto},
    {"vtt", TranscriptFormat::kWebVtt},
    {"webvtt", TranscriptFormat::kWebVtt},
    {"srt", TranscriptFormat::kSrt},
    {"gong", TranscriptFormat::kGong},
    {"aws", TranscriptFormat::kAwsTranscribe},
    {"transcribe", TranscriptFormat::kAwsTranscribe},
    {"aws-transcribe", TranscriptFormat::kAwsTranscribe},
    {"deepgram", TranscriptFormat::kDeepgram},
    {"assemblyai", TranscriptFormat::kAssemblyAi},
    {"text", TranscriptFormat::kText},
    {"txt", TranscriptFormat::kText},
    {"native", TranscriptFormat::kNative},
    {"salescoach", TranscriptFormat::kNative},
}};

// Checked in order, so ".gong.json" wins over a plain ".json".
constexpr std::array<std::pair<std::string_view, TranscriptFormat>, 10> kEndings{{
    {".gong.json", TranscriptFormat::kGong},
    {".aws.json", TranscriptFormat::kAwsTranscribe},
    {".transcribe.json", TranscriptFormat::kAwsTranscribe},
    {".deepgram.json", TranscriptFormat::kDeepgram},
    {".assemblyai.json", TranscriptFormat::kAssemblyAi},
    {".native.json", TranscriptFormat::kNative},
    {".salescoach.json", TranscriptFormat::kNative},
    {".vtt", TranscriptFormat::kWebVtt},
    {".srt", TranscriptFormat::kSrt},
    {".txt", TranscriptFormat::kText},
}};

constexpr std::string_view kUnknownHint =
    "pass --format with one of vtt, srt, gong, aws, deepgram, assemblyai, text, native";

// What the top-level keys of a JSON transcript say about it.
struct JsonKeys {
  bool gong = false;            // callTranscripts
  bool aws = false;             // results.speaker_labels or results.items
  bool deepgram = false;        // results.utterances or results.channels
  bool utterances = false;      // top-level utterances
  bool native = false;          // call_id, rep_id, deal_id, rep_speakers, call_type, started_at
  bool assemblyai = false;      // audio_duration, audio_url, status, id, language_code
  bool letter_speaker = false;  // the first utterance's speaker is "A" and its start an integer
  bool complete = false;        // the whole object was read
};

bool IsOneOf(std::string_view key, std::initializer_list<std::string_view> names) {
  for (std::string_view name : names) {
    if (key == name) return true;
  }
  return false;
}

// On Demand reads only the keys; values are skipped without being parsed.
bool SkimResults(value results_value, JsonKeys& keys) {
  object results;
  if (results_value.get_object().get(results) != simdjson::SUCCESS) return false;
  for (auto field : results) {
    std::string_view key;
    if (field.unescaped_key().get(key) != simdjson::SUCCESS) return false;
    keys.aws = keys.aws || IsOneOf(key, {"speaker_labels", "items"});
    keys.deepgram = keys.deepgram || IsOneOf(key, {"utterances", "channels"});
  }
  return true;
}

bool SkimFirstUtterance(value utterances_value, JsonKeys& keys) {
  simdjson::ondemand::array utterances;
  if (utterances_value.get_array().get(utterances) != simdjson::SUCCESS) return false;
  for (auto entry : utterances) {
    object first;
    if (entry.get_object().get(first) != simdjson::SUCCESS) return false;
    bool letter = false;
    bool integer_start = false;
    for (auto field : first) {
      std::string_view key;
      if (field.unescaped_key().get(key) != simdjson::SUCCESS) return false;
      std::string_view speaker;
      if (key == "speaker" && field.value().get_string().get(speaker) == simdjson::SUCCESS) {
        letter = speaker.size() == 1 && speaker[0] >= 'A' && speaker[0] <= 'Z';
      }
      bool is_integer = false;
      if (key == "start" && field.value().is_integer().get(is_integer) == simdjson::SUCCESS) {
        integer_start = is_integer;
      }
    }
    keys.letter_speaker = letter && integer_start;
    break;
  }
  return true;
}

// The keys seen before the end of the object or the first syntax error; `complete` tells
// which. A decisive key before an error is enough: the reader then reports the error.
JsonKeys SkimJsonKeys(std::string_view text) {
  simdjson::padded_string padded(text);
  simdjson::ondemand::parser parser;
  simdjson::ondemand::document document;
  object root;
  JsonKeys keys;
  if (parser.iterate(padded).get(document) != simdjson::SUCCESS ||
      document.get_object().get(root) != simdjson::SUCCESS) {
    return keys;
  }
  for (auto field : root) {
    std::string_view key;
    if (field.unescaped_key().get(key) != simdjson::SUCCESS) return keys;
    keys.gong = keys.gong || key == "callTranscripts";
    keys.native = keys.native || IsOneOf(key, {"call_id", "rep_id", "deal_id", "rep_speakers",
                                               "call_type", "started_at"});
    keys.assemblyai = keys.assemblyai || IsOneOf(key, {"audio_duration", "audio_url", "status",
                                                       "id", "language_code"});
    keys.utterances = keys.utterances || key == "utterances";
    bool readable = true;
    if (key == "results") readable = SkimResults(field.value().value_unsafe(), keys);
    if (key == "utterances") readable = SkimFirstUtterance(field.value().value_unsafe(), keys);
    if (!readable) return keys;
  }
  keys.complete = true;
  return keys;
}

std::optional<TranscriptFormat> FormatOfKeys(const JsonKeys& keys) {
  if (keys.gong) return TranscriptFormat::kGong;
  if (keys.aws) return TranscriptFormat::kAwsTranscribe;
  if (keys.deepgram) return TranscriptFormat::kDeepgram;
  if (!keys.utterances) return std::nullopt;
  if (keys.native) return TranscriptFormat::kNative;
  if (keys.assemblyai || keys.letter_speaker) return TranscriptFormat::kAssemblyAi;
  return TranscriptFormat::kNative;
}

enum class Ending { kJson, kOther };

// The format a file name's ending names, among the JSON endings or the others.
std::optional<TranscriptFormat> FormatOfEnding(std::string_view file_name, Ending kind) {
  std::string name = AsciiLower(file_name);
  for (const auto& [ending, format] : kEndings) {
    if (ending.ends_with(".json") != (kind == Ending::kJson)) continue;
    if (std::string_view(name).ends_with(ending)) return format;
  }
  return std::nullopt;
}

// "1" then "00:00:01,000 --> ...": the start of every SRT file.
bool LooksLikeSrt(std::string_view text) {
  std::vector<TextLine> lines = SplitLines(text.substr(0, 512));
  std::size_t first = 0;
  while (first < lines.size() && Trim(lines[first].content).empty()) ++first;
  if (first + 1 >= lines.size()) return false;
  std::string_view number = Trim(lines[first].content);
  return !number.empty() && number.find_first_not_of("0123456789") == std::string_view::npos &&
         lines[first + 1].content.find("-->") != std::string_view::npos;
}

Result<TranscriptFormat> SniffJson(std::string_view text, std::string_view file_name,
                                   Diagnostics* diagnostics) {
  if (std::optional<TranscriptFormat> named = FormatOfEnding(file_name, Ending::kJson))
    return *named;
  JsonKeys keys = SkimJsonKeys(text);
  if (std::optional<TranscriptFormat> format = FormatOfKeys(keys)) return *format;
  ProblemList problems(text, file_name);
  if (!keys.complete) {
    // Let the full parser say where the syntax breaks.
    JsonReader json(problems, "JSON", kUnknownHint);
    simdjson::dom::parser parser;
    if (!json.ParseRoot(parser)) return problems.Flush(diagnostics);
  }
  problems.AddForFile("the JSON matches no transcript format salescoach reads",
                      fmt::format("{}; JSON formats are told by their keys: callTranscripts "
                                  "(gong), results.items (aws), results.utterances (deepgram), "
                                  "utterances (assemblyai, native)",
                                  kUnknownHint));
  return problems.Flush(diagnostics);
}

}  // namespace

std::string_view TranscriptFormatName(TranscriptFormat format) {
  for (const auto& [name, value] : kNames) {
    if (value == format) return name;
  }
  return "auto";
}

std::optional<TranscriptFormat> ParseTranscriptFormat(std::string_view name) {
  std::string key = AsciiLower(Trim(name));
  for (const auto& [known, format] : kNames) {
    if (key == known) return format;
  }
  return std::nullopt;
}

std::string_view TranscriptFormatList() {
  return "vtt, srt, gong, aws, deepgram, assemblyai, text, native";
}

Result<TranscriptFormat> SniffTranscriptFormat(std::string_view text, std::string_view file_name,
                                               Diagnostics* diagnostics) {
  text = StripUtf8Bom(text);
  // Only the first bytes are looked at: a JSON file may have no line end at all.
  constexpr std::string_view kHeader = "WEBVTT";
  if (text.starts_with(kHeader) &&
      (text.size() == kHeader.size() ||
       std::string_view(" \t\r\n").find(text[kHeader.size()]) != std::string_view::npos)) {
    return TranscriptFormat::kWebVtt;
  }
  std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && text[first] == '{') {
    return SniffJson(text, file_name, diagnostics);
  }
  if (LooksLikeSrt(text)) return TranscriptFormat::kSrt;
  if (std::optional<TranscriptFormat> named = FormatOfEnding(file_name, Ending::kOther)) {
    return *named;
  }
  ProblemList problems(text, file_name);
  problems.AddForFile("cannot tell which transcript format this file is",
                      std::string(kUnknownHint));
  return problems.Flush(diagnostics);
}

}  // namespace sc::ingest
