// Names and parsers of the model's enumerations, kept together so the spellings the CLI,
// the importers and the JSON output use are defined once.
#include <array>
#include <utility>

#include "base/text.h"
#include "model/activity.h"
#include "model/call.h"
#include "model/call_analysis.h"
#include "model/deal.h"
#include "model/rep.h"

namespace sc::model {
namespace {

// Looks `text` up (trimmed, case-insensitive, with '-' and ' ' read as '_') in `table`.
template <typename Enum, std::size_t N>
std::optional<Enum> Lookup(std::string_view text,
                           const std::array<std::pair<std::string_view, Enum>, N>& table) {
  std::string key = AsciiLower(Trim(text));
  for (char& c : key) {
    if (c == '-' || c == ' ') c = '_';
  }
  for (const auto& [name, value] : table) {
    if (key == name) return value;
  }
  return std::nullopt;
}

}  // namespace

std::string_view SegmentName(Segment segment) {
  switch (segment) {
    case Segment::kSmb: return "smb";
    case Segment::kMidMarket: return "mid_market";
    case Segment::kEnterprise: return "enterprise";
    case Segment::kUnknown: break;
  }
  return "unknown";
}

std::optional<Segment> ParseSegment(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, Segment>, 8> kTable{{
      {"smb", Segment::kSmb},
      {"small_business", Segment::kSmb},
      {"mid_market", Segment::kMidMarket},
      {"midmarket", Segment::kMidMarket},
      {"mm", Segment::kMidMarket},
      {"enterprise", Segment::kEnterprise},
      {"ent", Segment::kEnterprise},
      {"unknown", Segment::kUnknown},
  }};
  return Lookup(text, kTable);
}

std::string_view RepRoleName(RepRole role) { return role == RepRole::kManager ? "manager" : "rep"; }

std::optional<RepRole> ParseRepRole(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, RepRole>, 5> kTable{{
      {"rep", RepRole::kRep},
      {"ae", RepRole::kRep},
      {"account_executive", RepRole::kRep},
      {"manager", RepRole::kManager},
      {"sales_manager", RepRole::kManager},
  }};
  return Lookup(text, kTable);
}

std::string_view DealStatusName(DealStatus status) {
  switch (status) {
    case DealStatus::kWon: return "won";
    case DealStatus::kLost: return "lost";
    case DealStatus::kOpen: break;
  }
  return "open";
}

std::optional<DealStatus> ParseDealStatus(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, DealStatus>, 9> kTable{{
      {"open", DealStatus::kOpen},
      {"won", DealStatus::kWon},
      {"closed_won", DealStatus::kWon},
      {"closedwon", DealStatus::kWon},
      {"lost", DealStatus::kLost},
      {"closed_lost", DealStatus::kLost},
      {"closedlost", DealStatus::kLost},
      {"in_progress", DealStatus::kOpen},
      {"active", DealStatus::kOpen},
  }};
  return Lookup(text, kTable);
}

int Meddpicc::FilledCount() const {
  int count = 0;
  for (const std::string* field : {&metrics, &economic_buyer, &decision_criteria,
                                   &decision_process, &paper_process, &identify_pain, &champion,
                                   &competition}) {
    if (!Trim(*field).empty()) ++count;
  }
  return count;
}

std::string_view ActivityTypeName(ActivityType type) {
  switch (type) {
    case ActivityType::kMeeting: return "meeting";
    case ActivityType::kEmail: return "email";
    case ActivityType::kCall: break;
  }
  return "call";
}

std::optional<ActivityType> ParseActivityType(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, ActivityType>, 5> kTable{{
      {"call", ActivityType::kCall},
      {"phone_call", ActivityType::kCall},
      {"meeting", ActivityType::kMeeting},
      {"email", ActivityType::kEmail},
      {"e_mail", ActivityType::kEmail},
  }};
  return Lookup(text, kTable);
}

std::string_view SpeakerRoleName(SpeakerRole role) {
  switch (role) {
    case SpeakerRole::kRep: return "rep";
    case SpeakerRole::kCustomer: return "customer";
    case SpeakerRole::kOther: return "other";
    case SpeakerRole::kUnknown: break;
  }
  return "unknown";
}

std::optional<SpeakerRole> ParseSpeakerRole(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, SpeakerRole>, 8> kTable{{
      {"rep", SpeakerRole::kRep},
      {"company", SpeakerRole::kRep},
      {"internal", SpeakerRole::kRep},
      {"customer", SpeakerRole::kCustomer},
      {"external", SpeakerRole::kCustomer},
      {"buyer", SpeakerRole::kCustomer},
      {"other", SpeakerRole::kOther},
      {"unknown", SpeakerRole::kUnknown},
  }};
  return Lookup(text, kTable);
}

std::string_view CallTypeName(CallType type) {
  switch (type) {
    case CallType::kDiscovery: return "discovery";
    case CallType::kDemo: return "demo";
    case CallType::kNegotiation: return "negotiation";
    case CallType::kClosing: return "closing";
    case CallType::kOther: return "other";
    case CallType::kUnknown: break;
  }
  return "unknown";
}

std::optional<CallType> ParseCallType(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, CallType>, 7> kTable{{
      {"discovery", CallType::kDiscovery},
      {"demo", CallType::kDemo},
      {"presentation", CallType::kDemo},
      {"negotiation", CallType::kNegotiation},
      {"closing", CallType::kClosing},
      {"other", CallType::kOther},
      {"unknown", CallType::kUnknown},
  }};
  return Lookup(text, kTable);
}

std::string_view HighlightKindName(HighlightKind kind) {
  return kind == HighlightKind::kStrength ? "strength" : "improvement";
}

std::optional<HighlightKind> ParseHighlightKind(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, HighlightKind>, 2> kTable{{
      {"strength", HighlightKind::kStrength},
      {"improvement", HighlightKind::kImprovement},
  }};
  return Lookup(text, kTable);
}

}  // namespace sc::model
