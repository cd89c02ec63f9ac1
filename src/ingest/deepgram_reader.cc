#include "ingest/deepgram_reader.h"

#include <fmt/format.h>

#include <string>
#include <utility>

#include "ingest/json_support.h"

namespace sc::ingest {
namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

constexpr std::string_view kDeepgramHint =
    "transcribe with utterances=true&diarize=true and save Deepgram's response as it is";
constexpr std::string_view kNoSpeechHint =
    "Deepgram recognised no speech; check the recording and transcribe it again";

std::optional<model::Utterance> ReadUtterance(JsonReader& json, object entry) {
  std::optional<double> start = json.Time(entry, "start", Presence::kRequired, kSeconds);
  std::optional<double> end = json.Time(entry, "end", Presence::kRequired, kSeconds);
  std::optional<std::string> speaker = json.Id(entry, "speaker", Presence::kRequired);
  std::optional<std::string_view> text = json.String(entry, "transcript", Presence::kRequired);
  if (!start || !end || !speaker || !text) return std::nullopt;
  return model::Utterance{.speaker = fmt::format("Speaker {}", *speaker),
                          .start_s = *start,
                          .end_s = *end,
                          .text = std::string(*text)};
}

void ReadUtterances(JsonReader& json, object root, model::Call& call) {
  std::optional<object> results = json.Object(root, "results", Presence::kRequired);
  if (!results) return;
  auto in_results = json.Enter("results");
  ReadUtteranceArray(json, *results, "utterances", ReadUtterance, call);
}

}  // namespace

Result<model::Call> ReadDeepgram(std::string_view text, std::string_view source,
                                 Diagnostics* diagnostics) {
  return ReadJsonTranscript(text, source, "Deepgram", kDeepgramHint, kNoSpeechHint, diagnostics,
                            ReadUtterances);
}

}  // namespace sc::ingest
