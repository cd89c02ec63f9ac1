#include "ingest/assemblyai_reader.h"

#include <fmt/format.h>

#include <string>
#include <utility>

#include "ingest/json_support.h"

namespace sc::ingest {
namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

constexpr std::string_view kAssemblyAiHint =
    "request the transcript with speaker_labels: true and save AssemblyAI's response as it is";
constexpr std::string_view kNoSpeechHint =
    "AssemblyAI recognised no speech; check the recording and transcribe it again";

std::optional<model::Utterance> ReadUtterance(JsonReader& json, object entry) {
  std::optional<std::string> speaker = json.Id(entry, "speaker", Presence::kRequired);
  std::optional<double> start = json.Time(entry, "start", Presence::kRequired, kMilliseconds);
  std::optional<double> end = json.Time(entry, "end", Presence::kRequired, kMilliseconds);
  std::optional<std::string_view> text = json.String(entry, "text", Presence::kRequired);
  if (!start || !end || !speaker || !text) return std::nullopt;
  return model::Utterance{.speaker = fmt::format("Speaker {}", *speaker),
                          .start_s = *start / 1000,
                          .end_s = *end / 1000,
                          .text = std::string(*text)};
}

// A queued, processing or failed transcript has no utterances yet; saying why helps more
// than "has no utterances".
bool CheckCompleted(JsonReader& json, object root) {
  std::optional<std::string_view> status = json.String(root, "status", Presence::kOptional);
  if (!status || *status == "completed") return true;
  json.Problem("status",
               fmt::format("the AssemblyAI transcript's status is '{}', not 'completed'", *status),
               "wait until AssemblyAI has completed the transcript, then fetch it again");
  return false;
}

void ReadUtterances(JsonReader& json, object root, model::Call& call) {
  if (!CheckCompleted(json, root)) return;
  ReadUtteranceArray(json, root, "utterances", ReadUtterance, call);
}

}  // namespace

Result<model::Call> ReadAssemblyAi(std::string_view text, std::string_view source,
                                   Diagnostics* diagnostics) {
  return ReadJsonTranscript(text, source, "AssemblyAI", kAssemblyAiHint, kNoSpeechHint, diagnostics,
                            ReadUtterances);
}

}  // namespace sc::ingest
