// Deal planning: one rep's opportunities over the history window, with stage histories and
// outcomes that carry the rep's planted qualification, negotiation and closing levels.
//
// What each level changes (DOMAIN.md, "Skill model"):
//   - qualification: MEDDPICC completeness on deals past the early stages (level 30: 1-3 of 8
//     fields, level 90: 7-8), the share of ICP-fit deals (45% to 90%), and what happens to
//     poor-fit deals: strong qualifiers disqualify them at Qualification within two weeks,
//     weak ones drag them to Negotiation and lose them late;
//   - negotiation: discount (level 30: 22-35%, level 90: 3-8%), deal size relative to the
//     segment, and the win rate of deals that met a price objection;
//   - closing (with a quarter weight for the other skills): the win rate of closed deals
//     (level 30: about 15%, level 90: about 45%);
//   - discovery: whether the deal's Identify Pain field is filled.
// Rates go through RateSamplers so that every rep's realised numbers sit close to the plan.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <vector>

#include "base/date.h"
#include "model/deal.h"
#include "model/rep.h"
#include "sample/accounts.h"
#include "sample/random.h"
#include "sample/skill.h"

namespace sc::sample {

// The open stages, in order; a deal's closed stage is "Closed Won", or for a lost deal the
// stage where it was lost.
enum class Stage { kProspecting, kQualification, kDiscovery, kDemo, kProposal, kNegotiation };
inline constexpr std::size_t kStageCount = 6;
std::string_view StageName(Stage stage);
inline constexpr std::string_view kClosedWonStage = "Closed Won";

struct PlannedDeal {
  model::Deal deal;  // id left empty; the caller numbers deals team-wide
  Account account;
  // When each stage was entered, for every stage reached by the end date.
  std::array<std::optional<Date>, kStageCount> entered;
  Date close;                        // actual close date, or expected close when still open
  bool will_win = false;             // the planned outcome, for forecasts
  std::vector<std::size_t> modules;  // product modules in scope, indices into ProductModules()
  int seats = 0;
};

struct DealWindow {
  Date first_day;  // first day of the history window
  Date end_date;   // last day, inclusive
};

// Plans the rep's deals (about 20-35 for a 180-day window, scaled with its length), sorted
// by creation date. Closed deals close inside the window; open deals have a stage reached by
// the end date and an expected close after it. Person names avoid `reserved`.
std::vector<PlannedDeal> PlanDeals(const model::Rep& rep,
                                   const std::array<int, kSkillCount>& levels, DealWindow window,
                                   Rng& rng, AccountFactory& accounts,
                                   const std::unordered_set<std::string>& reserved);

// The planted target win rate among closed deals: mostly the closing level, a quarter the
// mean of the others.
double TargetWinRate(const std::array<int, kSkillCount>& levels);
// The planted mean discount (percent) for deals priced at `negotiation` level.
double TargetDiscountPct(int negotiation);

}  // namespace sc::sample
