// Progress: a rep's coaching history, read from their stored reports (`salescoach progress`).
//
// Every report run stores a snapshot with its scores and its focus (the first improvement
// area's skill). A focus week is one report: the focus skill's score in that report (start)
// and in the rep's next report (end). A focus spell is a run of consecutive reports with the
// same focus skill: its start is the skill's score in the first of them, its end the score in
// the report after the last (or, for the current focus, in the latest report so far).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/result.h"
#include "model/rep.h"
#include "store/store.h"

namespace sc::app {

struct FocusWeek {
  Date as_of;
  std::int64_t report_id = 0;
  std::optional<double> overall;
  std::string focus_skill;      // the skill key; "" when the report had no focus
  std::optional<double> start;  // the focus skill's score in this report
  std::optional<double> end;    // its score in the next report; nullopt for the latest
  std::string status;           // the report's status
};

struct FocusSpell {
  std::string focus_skill;  // the skill key
  Date from;                // the first report with this focus
  Date to;                  // the last one
  std::size_t reports = 0;
  std::optional<double> start;
  std::optional<double> end;
  bool current = false;  // the latest report's focus: `end` is the score so far
};

struct ProgressHistory {
  model::Rep rep;
  std::vector<FocusWeek> weeks;    // oldest first
  std::vector<FocusSpell> spells;  // oldest first
};

// kNotFound for an unknown rep, kInvalidArgument for a manager. A rep without reports has
// an empty history.
Result<ProgressHistory> LoadProgress(store::Store& store, std::string_view rep_id);

}  // namespace sc::app
