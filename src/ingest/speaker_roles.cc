#include "ingest/speaker_roles.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <utility>

#include "base/text.h"
#include "ingest/transcript_support.h"

namespace sc::ingest {
namespace {

using model::SpeakerRole;

// What sellers say and buyers rarely do: thanking for the meeting, presenting "our" product,
// promising material. Lower case, with a plain apostrophe (texts are folded the same way).
constexpr std::array<std::string_view, 9> kSellerPhrases{"thanks for taking the time",
                                                         "thank you for taking the time",
                                                         "our platform",
                                                         "our product",
                                                         "we help",
                                                         "i'll send",
                                                         "i will send",
                                                         "let me show you",
                                                         "i'll follow up"};

struct Speaker {
  std::string name;
  std::string key;  // the name folded for comparison
  SpeakerRole role = SpeakerRole::kUnknown;
  std::size_t seller_phrases = 0;
};

// Names compare trimmed, with white space collapsed and ASCII letters lower-cased.
std::string NameKey(std::string_view name) { return AsciiLower(CollapseWhitespace(name)); }

// Lower case with the typographic apostrophe (U+2019, common in exports) made plain.
std::string FoldText(std::string_view text) {
  constexpr std::string_view kCurlyApostrophe = "\xE2\x80\x99";
  std::string folded;
  folded.reserve(text.size());
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (text.substr(at, kCurlyApostrophe.size()) == kCurlyApostrophe) {
      folded += '\'';
      at += kCurlyApostrophe.size() - 1;
    } else {
      folded += static_cast<char>(std::tolower(static_cast<unsigned char>(text[at])));
    }
  }
  return folded;
}

std::size_t CountSellerPhrases(std::string_view text) {
  std::string folded = FoldText(text);
  std::size_t count = 0;
  for (std::string_view phrase : kSellerPhrases) {
    for (std::size_t at = folded.find(phrase); at != std::string::npos;
         at = folded.find(phrase, at + phrase.size())) {
      ++count;
    }
  }
  return count;
}

// The call's speakers in order of first speech, with the first role the format gave each.
std::vector<Speaker> CollectSpeakers(const model::Call& call) {
  std::vector<Speaker> speakers;
  for (const model::Utterance& utterance : call.utterances) {
    if (utterance.speaker == kUnknownSpeaker) continue;
    auto found = std::find_if(speakers.begin(), speakers.end(),
                              [&](const Speaker& s) { return s.name == utterance.speaker; });
    if (found == speakers.end()) {
      speakers.push_back({utterance.speaker, NameKey(utterance.speaker)});
      found = std::prev(speakers.end());
    }
    if (found->role == SpeakerRole::kUnknown) found->role = utterance.role;
    found->seller_phrases += CountSellerPhrases(utterance.text);
  }
  return speakers;
}

// Makes reps of the unresolved speakers whose key is in `keys`; returns whether any matched.
bool MarkReps(std::vector<Speaker>& speakers, const std::vector<std::string>& keys) {
  bool matched = false;
  for (Speaker& speaker : speakers) {
    if (speaker.role != SpeakerRole::kUnknown) continue;
    if (std::find(keys.begin(), keys.end(), speaker.key) != keys.end()) {
      speaker.role = SpeakerRole::kRep;
      matched = true;
    }
  }
  return matched;
}

bool ResolveByManifest(std::vector<Speaker>& speakers, const std::vector<std::string>& names,
                       RoleResolution& resolution) {
  std::vector<std::string> keys;
  for (const std::string& name : names) {
    keys.push_back(NameKey(name));
    bool spoke = std::any_of(speakers.begin(), speakers.end(),
                             [&](const Speaker& s) { return s.key == keys.back(); });
    if (!spoke) resolution.unmatched_rep_speakers.push_back(name);
  }
  return MarkReps(speakers, keys);
}

bool ResolveByCrmNames(std::vector<Speaker>& speakers, const std::vector<CrmRepName>& reps) {
  std::vector<std::string> keys;
  for (const CrmRepName& rep : reps) {
    if (!Trim(rep.name).empty()) keys.push_back(NameKey(rep.name));
    std::string email = NameKey(rep.email);
    if (email.empty()) continue;
    keys.push_back(email);
    std::size_t at = email.find('@');
    if (at != std::string::npos && at > 0) keys.push_back(email.substr(0, at));
  }
  return MarkReps(speakers, keys);
}

// The first unresolved speaker, unless a later one uses seller phrases more often.
bool ResolveByHeuristic(std::vector<Speaker>& speakers) {
  Speaker* rep = nullptr;
  for (Speaker& speaker : speakers) {
    if (speaker.role != SpeakerRole::kUnknown) continue;
    if (rep == nullptr || speaker.seller_phrases > rep->seller_phrases) rep = &speaker;
  }
  if (rep == nullptr) return false;
  rep->role = SpeakerRole::kRep;
  return true;
}

RoleMethod Decide(std::vector<Speaker>& speakers, const model::Call& call, const RoleHints& hints,
                  RoleResolution& resolution) {
  bool format_roles = std::any_of(speakers.begin(), speakers.end(),
                                  [](const Speaker& s) { return s.role != SpeakerRole::kUnknown; });
  bool format_rep = std::any_of(speakers.begin(), speakers.end(),
                                [](const Speaker& s) { return s.role == SpeakerRole::kRep; });
  const std::vector<std::string>& names =
      hints.rep_speakers.empty() ? call.rep_speakers : hints.rep_speakers;
  // Every step runs, so that a manifest name still marks a rep whose affiliation the format
  // left unknown; the method reported is the first that found a rep.
  bool by_manifest = ResolveByManifest(speakers, names, resolution);
  bool by_crm = ResolveByCrmNames(speakers, hints.crm_reps);
  if (format_rep) return RoleMethod::kTranscript;
  if (by_manifest) return RoleMethod::kManifest;
  if (by_crm) return RoleMethod::kCrmNames;
  if (ResolveByHeuristic(speakers)) return RoleMethod::kHeuristic;
  return format_roles ? RoleMethod::kTranscript : RoleMethod::kNone;
}

}  // namespace

std::string_view RoleMethodName(RoleMethod method) {
  switch (method) {
    case RoleMethod::kTranscript:
      return "transcript";
    case RoleMethod::kManifest:
      return "manifest";
    case RoleMethod::kCrmNames:
      return "crm_names";
    case RoleMethod::kHeuristic:
      return "heuristic";
    case RoleMethod::kNone:
      break;
  }
  return "none";
}

RoleResolution ResolveSpeakerRoles(model::Call& call, const RoleHints& hints) {
  RoleResolution resolution;
  std::vector<Speaker> speakers = CollectSpeakers(call);
  resolution.method = Decide(speakers, call, hints, resolution);
  for (Speaker& speaker : speakers) {
    if (speaker.role == SpeakerRole::kUnknown) speaker.role = SpeakerRole::kCustomer;
    if (speaker.role == SpeakerRole::kRep) resolution.rep_speakers.push_back(speaker.name);
  }
  for (model::Utterance& utterance : call.utterances) {
    auto found = std::find_if(speakers.begin(), speakers.end(),
                              [&](const Speaker& s) { return s.name == utterance.speaker; });
    utterance.role = found == speakers.end() ? SpeakerRole::kUnknown : found->role;
  }
  return resolution;
}

}  // namespace sc::ingest
