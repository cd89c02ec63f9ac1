// A recorded sales call: its CRM context and its transcript as ordered utterances.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"

namespace sc::model {

// Which side of the conversation a speaker is on.
enum class SpeakerRole { kUnknown, kRep, kCustomer, kOther };
std::string_view SpeakerRoleName(SpeakerRole role);  // "unknown", "rep", "customer", "other"
std::optional<SpeakerRole> ParseSpeakerRole(std::string_view text);

// The purpose of a call, from CRM metadata or content cues.
enum class CallType { kUnknown, kDiscovery, kDemo, kNegotiation, kClosing, kOther };
std::string_view CallTypeName(CallType type);  // "unknown", "discovery", "demo", ...
std::optional<CallType> ParseCallType(std::string_view text);

struct Utterance {
  std::string speaker;  // as the transcript names them
  SpeakerRole role = SpeakerRole::kUnknown;
  double start_s = 0;   // seconds from the start of the call
  double end_s = 0;
  std::string text;

  friend bool operator==(const Utterance&, const Utterance&) = default;
};

struct Call {
  std::string id;
  std::string rep_id;
  std::string deal_id;  // may be empty
  std::string title;
  std::optional<Timestamp> started_at;
  CallType call_type = CallType::kUnknown;
  std::vector<std::string> rep_speakers;  // speaker names on the rep's side, if known
  std::string roles_from;  // how speaker roles were decided: manifest, transcript, crm_names,
                           // heuristic; empty before resolution
  std::string source;      // the transcript file it was read from, for evidence
  double duration_s = 0;   // seconds from the first to the last word; kept with summaries
  std::vector<Utterance> utterances;      // in time order

  friend bool operator==(const Call&, const Call&) = default;
};

}  // namespace sc::model
