#include "ingest/native_json_reader.h"

#include <fmt/format.h>

#include <string>
#include <utility>

#include "ingest/json_support.h"

namespace sc::ingest {
namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

constexpr std::string_view kNativeHint =
    "see docs/formats/transcripts.md for the fields of salescoach's call JSON";
constexpr std::string_view kNoSpeechHint = "add the call's utterances, each with text";

std::string OptionalText(JsonReader& json, object root, std::string_view key) {
  return std::string(json.String(root, key, Presence::kOptional).value_or(""));
}

void ReadStartedAt(JsonReader& json, object root, model::Call& call) {
  std::optional<std::string_view> text = json.String(root, "started_at", Presence::kOptional);
  if (!text) return;
  call.started_at = Timestamp::Parse(*text);
  if (!call.started_at) {
    json.Problem("started_at",
                 fmt::format("started_at is '{}', which is not a date and time", *text),
                 "write it in ISO 8601, such as 2024-03-05T14:30:00Z");
  }
}

void ReadCallType(JsonReader& json, object root, model::Call& call) {
  std::optional<std::string_view> text = json.String(root, "call_type", Presence::kOptional);
  if (!text) return;
  std::optional<model::CallType> type = model::ParseCallType(*text);
  if (!type) {
    json.Problem("call_type", fmt::format("call_type is '{}', which is not a call type", *text),
                 "use one of discovery, demo, negotiation, closing or other");
  }
  call.call_type = type.value_or(model::CallType::kUnknown);
}

void ReadRepSpeakers(JsonReader& json, object root, model::Call& call) {
  std::optional<array> names = json.Array(root, "rep_speakers", Presence::kOptional);
  if (!names) return;
  auto in_names = json.Enter("rep_speakers");
  std::size_t index = 0;
  for (element entry : *names) {
    auto at_name = json.Enter(index++);
    std::string_view name;
    if (entry.get(name) == simdjson::SUCCESS) {
      call.rep_speakers.emplace_back(name);
    } else {
      json.Problem("", fmt::format("{} is not a string", json.PathTo("")),
                   "list the rep's speaker names as strings: [\"Dana Reyes\"]");
    }
  }
}

std::optional<model::Utterance> ReadUtterance(JsonReader& json, object entry) {
  std::optional<std::string_view> speaker = json.String(entry, "speaker", Presence::kRequired);
  std::optional<std::string_view> role_text = json.String(entry, "role", Presence::kOptional);
  std::optional<double> start = json.Time(entry, "start", Presence::kRequired, kSeconds);
  std::optional<double> end = json.Time(entry, "end", Presence::kRequired, kSeconds);
  std::optional<std::string_view> text = json.String(entry, "text", Presence::kRequired);
  std::optional<model::SpeakerRole> role =
      role_text ? model::ParseSpeakerRole(*role_text) : model::SpeakerRole::kUnknown;
  if (!role) {
    json.Problem("role",
                 fmt::format("{} is '{}', which is not a role", json.PathTo("role"), *role_text),
                 "use rep, customer or other, or leave the role out");
  }
  if (!speaker || !role || !start || !end || !text) return std::nullopt;
  return model::Utterance{std::string(*speaker), *role, *start, *end, std::string(*text)};
}

void ReadUtterances(JsonReader& json, object root, model::Call& call) {
  ReadUtteranceArray(json, root, "utterances", ReadUtterance, call);
}

// The call's own context, then its utterances.
void ReadCall(JsonReader& json, object root, model::Call& call) {
  call.id = OptionalText(json, root, "call_id");
  call.title = OptionalText(json, root, "title");
  call.rep_id = OptionalText(json, root, "rep_id");
  call.deal_id = OptionalText(json, root, "deal_id");
  ReadStartedAt(json, root, call);
  ReadCallType(json, root, call);
  ReadRepSpeakers(json, root, call);
  ReadUtterances(json, root, call);
}

}  // namespace

Result<model::Call> ReadNativeJson(std::string_view text, std::string_view source,
                                   Diagnostics* diagnostics) {
  return ReadJsonTranscript(text, source, "salescoach JSON", kNativeHint, kNoSpeechHint,
                            diagnostics, ReadCall);
}

}  // namespace sc::ingest
