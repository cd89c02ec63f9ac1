#include "ingest/gong_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <string>
#include <utility>

#include "base/text.h"
#include "ingest/json_support.h"

namespace sc::ingest {
namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

constexpr std::string_view kGongHint =
    "use the response of Gong's /v2/calls/transcript endpoint as it is returned";
constexpr std::string_view kNoSpeechHint =
    "the call has no transcript yet; export it again after Gong has transcribed the recording";

struct Party {
  std::string name;
  model::SpeakerRole role = model::SpeakerRole::kUnknown;
};

using PartyMap = std::map<std::string, Party, std::less<>>;

model::SpeakerRole RoleOfAffiliation(std::string_view affiliation) {
  if (EqualsIgnoreCase(affiliation, "Internal")) return model::SpeakerRole::kRep;
  if (EqualsIgnoreCase(affiliation, "External")) return model::SpeakerRole::kCustomer;
  return model::SpeakerRole::kUnknown;
}

void ReadParty(JsonReader& json, object party_object, PartyMap& parties) {
  // A party without a speakerId never spoke (an invitee who did not join).
  std::optional<std::string> speaker_id = json.Id(party_object, "speakerId", Presence::kOptional);
  if (!speaker_id) return;
  Party party;
  std::string_view name = json.String(party_object, "name", Presence::kOptional).value_or("");
  std::string_view email =
      json.String(party_object, "emailAddress", Presence::kOptional).value_or("");
  party.name = std::string(Trim(name).empty() ? email : name);
  party.role = RoleOfAffiliation(
      json.String(party_object, "affiliation", Presence::kOptional).value_or("Unknown"));
  parties.emplace(std::move(*speaker_id), std::move(party));
}

void ReadParties(JsonReader& json, object parent, PartyMap& parties) {
  std::optional<array> list = json.Array(parent, "parties", Presence::kOptional);
  if (!list) return;
  auto in_parties = json.Enter("parties");
  std::size_t index = 0;
  for (element entry : *list) {
    auto at_entry = json.Enter(index++);
    if (std::optional<object> party = json.ObjectHere(entry)) ReadParty(json, *party, parties);
  }
}

// Parties at the top level, and inside "calls" entries as /v2/calls/extensive returns them.
PartyMap ReadAllParties(JsonReader& json, object root) {
  PartyMap parties;
  ReadParties(json, root, parties);
  std::optional<array> calls = json.Array(root, "calls", Presence::kOptional);
  if (!calls) return parties;
  auto in_calls = json.Enter("calls");
  std::size_t index = 0;
  for (element entry : *calls) {
    auto at_entry = json.Enter(index++);
    if (std::optional<object> call = json.ObjectHere(entry)) ReadParties(json, *call, parties);
  }
  return parties;
}

// One monologue: its sentences joined, from the earliest start to the latest end.
std::optional<model::Utterance> ReadMonologue(JsonReader& json, object monologue) {
  std::optional<std::string> speaker_id = json.Id(monologue, "speakerId", Presence::kRequired);
  std::optional<array> sentences = json.Array(monologue, "sentences", Presence::kRequired);
  if (!speaker_id || !sentences) return std::nullopt;
  model::Utterance utterance{.speaker = std::move(*speaker_id)};
  auto in_sentences = json.Enter("sentences");
  std::size_t index = 0;
  bool first = true;
  for (element entry : *sentences) {
    auto at_sentence = json.Enter(index++);
    std::optional<object> sentence = json.ObjectHere(entry);
    if (!sentence) continue;
    std::optional<double> start = json.Time(*sentence, "start", Presence::kRequired, kMilliseconds);
    std::optional<double> end = json.Time(*sentence, "end", Presence::kRequired, kMilliseconds);
    std::optional<std::string_view> text = json.String(*sentence, "text", Presence::kRequired);
    if (!start || !end || !text) continue;
    utterance.start_s = first ? *start / 1000 : std::min(utterance.start_s, *start / 1000);
    utterance.end_s = first ? *end / 1000 : std::max(utterance.end_s, *end / 1000);
    first = false;
    if (!utterance.text.empty()) utterance.text += ' ';
    utterance.text += *text;
  }
  return utterance;
}

// Names the speaker from its party, or "Speaker <speakerId>" when no party names it.
void NameSpeaker(const PartyMap& parties, model::Utterance& utterance) {
  auto party = parties.find(utterance.speaker);
  if (party != parties.end()) utterance.role = party->second.role;
  if (party == parties.end() || Trim(party->second.name).empty()) {
    utterance.speaker = fmt::format("Speaker {}", utterance.speaker);
  } else {
    utterance.speaker = party->second.name;
  }
}

void ReadCallTranscript(JsonReader& json, object transcript_object, const PartyMap& parties,
                        model::Call& call) {
  call.id = json.Id(transcript_object, "callId", Presence::kOptional).value_or("");
  std::optional<array> monologues =
      json.Array(transcript_object, "transcript", Presence::kRequired);
  if (!monologues) return;
  auto in_transcript = json.Enter("transcript");
  std::size_t index = 0;
  for (element entry : *monologues) {
    auto at_monologue = json.Enter(index++);
    std::optional<object> monologue = json.ObjectHere(entry);
    if (!monologue) continue;
    if (std::optional<model::Utterance> utterance = ReadMonologue(json, *monologue)) {
      NameSpeaker(parties, *utterance);
      call.utterances.push_back(std::move(*utterance));
    }
  }
}

void ReadGongCall(JsonReader& json, object root, model::Call& call) {
  PartyMap parties = ReadAllParties(json, root);
  std::optional<array> transcripts = json.Array(root, "callTranscripts", Presence::kRequired);
  if (!transcripts) return;
  auto in_transcripts = json.Enter("callTranscripts");
  if (transcripts->size() > 1) {
    auto at_second = json.Enter(std::size_t{1});
    json.Problem("",
                 fmt::format("the Gong file holds {} calls; salescoach reads one call per file",
                             transcripts->size()),
                 "request one call per file (filter.callIds with a single id)");
    return;
  }
  // An empty array (no call matched the request) leaves no speech; FinishCall says so.
  if (transcripts->size() == 0) return;
  auto at_call = json.Enter(std::size_t{0});
  if (std::optional<object> transcript = json.ObjectHere(transcripts->at(0).value_unsafe())) {
    ReadCallTranscript(json, *transcript, parties, call);
  }
}

}  // namespace

Result<model::Call> ReadGongTranscript(std::string_view text, std::string_view source,
                                       Diagnostics* diagnostics) {
  return ReadJsonTranscript(text, source, "Gong", kGongHint, kNoSpeechHint, diagnostics,
                            ReadGongCall);
}

}  // namespace sc::ingest
