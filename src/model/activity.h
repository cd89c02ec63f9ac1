// A call, meeting or email logged against a rep (and optionally a deal) in the CRM.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/date.h"

namespace sc::model {

enum class ActivityType { kCall, kMeeting, kEmail };

std::string_view ActivityTypeName(ActivityType type);  // "call", "meeting", "email"
std::optional<ActivityType> ParseActivityType(std::string_view text);

struct Activity {
  std::string id;
  std::string rep_id;
  std::string deal_id;  // may be empty
  ActivityType type = ActivityType::kCall;
  Timestamp at;
  std::optional<double> duration_s;
  std::string subject;
  std::string call_id;  // the transcript's call id, for calls and meetings that were recorded

  friend bool operator==(const Activity&, const Activity&) = default;
};

}  // namespace sc::model
