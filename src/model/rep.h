// A sales rep or manager, as imported from the CRM's user list.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/date.h"

namespace sc::model {

enum class Segment { kUnknown, kSmb, kMidMarket, kEnterprise };
enum class RepRole { kRep, kManager };

// "smb", "mid_market", "enterprise", "unknown".
std::string_view SegmentName(Segment segment);
// Accepts the names above and common spellings ("SMB", "Mid-Market", "mid market",
// "Enterprise", "ent"); nullopt otherwise.
std::optional<Segment> ParseSegment(std::string_view text);
std::string_view RepRoleName(RepRole role);  // "rep" or "manager"
std::optional<RepRole> ParseRepRole(std::string_view text);

struct Rep {
  std::string id;          // the CRM's user id; stable across imports
  std::string name;
  std::string email;       // may be empty
  std::string manager_id;  // the id of another Rep with role kManager; may be empty
  std::string team;        // may be empty
  Segment segment = Segment::kUnknown;
  std::optional<Date> hire_date;
  RepRole role = RepRole::kRep;

  friend bool operator==(const Rep&, const Rep&) = default;
};

}  // namespace sc::model
