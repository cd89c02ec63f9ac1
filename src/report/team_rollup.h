// The manager's roll-up of a team's reports (`salescoach team`): a skills heat map, who needs
// attention first, the reports held for review, and the team's call measures against their
// targets, in Markdown and in email-safe HTML.
//
// It is for the manager of these reps only: it shows each of their reps' scores, so it is never
// sent to a rep. Rep reports never show it.
#pragma once

#include <string>
#include <vector>

#include "base/date.h"
#include "base/period.h"
#include "report/report_data.h"

namespace sc::report {

struct TeamRollupData {
  std::string title;  // "Emeka Castillo's team", "All reps"
  Date as_of;
  Period period;
  std::vector<ReportData> reports;       // one per rep, in the order to list them
  std::vector<std::int64_t> report_ids;  // parallel to `reports`; 0 when not stored
};

// Why a rep needs attention, most urgent first.
struct AttentionItem {
  std::string rep;                   // "Malik Costa (R-004)"
  int priority = 0;                  // 1 critical or held, 2 falling, 3 a gap below the team
  std::vector<std::string> reasons;  // "Objection Handling 33 (Critical)", ...
};
// Reps with a Critical score or a held report first (lowest score first), then reps with a
// skill falling since the last report to below Proficient (75) or by 10 points or more, then
// reps with a skill 10 or more points below the team's mean for it (both rounded to whole
// numbers, as the roll-up shows them). Each rep appears once, with every reason that applies.
std::vector<AttentionItem> NeedsAttention(const TeamRollupData& team);

// A team call measure against its target, as the roll-up shows it.
struct TeamCallMeasure {
  std::string name;       // "Talk ratio"
  std::string team;       // "47% rep" (the mean of the reps' own figures), or kUnknown
  std::string target;     // "40/60"
  std::string on_target;  // "5 of 12 reps"
};
std::vector<TeamCallMeasure> TeamCallMeasures(const TeamRollupData& team);

// A team without reports says so in words where the heat map and the call measures would be.
std::string RenderTeamRollupMarkdown(const TeamRollupData& team);
std::string RenderTeamRollupHtml(const TeamRollupData& team);

}  // namespace sc::report
