// Generates everything about one rep: deals, recorded calls with transcripts, activities,
// quotas and forecasts, appended to the team with team-wide ids ("D-00001", "C-000001",
// "A-000001"). Each kind of data comes from its own random stream of (seed, rep), so the
// generator stays deterministic and one rep's data does not depend on another's draws
// beyond the shared account-name pool.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_set>

#include "model/rep.h"
#include "sample/accounts.h"
#include "sample/deal_plan.h"
#include "sample/rep_behavior.h"
#include "sample/roster.h"
#include "sample/sample_team.h"

namespace sc::sample {

struct TeamCounters {
  int deals = 0;
  int calls = 0;
  int activities = 0;
};

struct RepInput {
  const model::Rep& rep;
  std::size_t rep_index;
  const RepTraits& traits;
  const Colleague& solutions_engineer;
  const std::array<int, kSkillCount>& levels;
  DealWindow window;
  std::uint64_t seed;
  const std::unordered_set<std::string>& reserved_names;  // the seller's people
  // Set when the rep gets better once coaching starts: the calls that start on or after
  // improvement->from are played at the improved level, by a second RepBehavior with its own
  // random stream, so the calls before it are exactly those of a run without coaching.
  std::optional<Improvement> improvement;
};

// Appends the rep's deals (with deal_meta), calls (with call_meta), activities, quotas and
// forecasts to `team`, advancing `counters`. Not thread-safe.
void GenerateRep(const RepInput& input, AccountFactory& accounts, TeamCounters& counters,
                 SampleTeam& team);

// The transcript format and WebVTT style of the call numbered `call_number` (0-based,
// team-wide): a low-discrepancy sequence offset by the seed, so the mix is close to 35%
// WebVTT, 25% Gong, 20% AWS Transcribe and 20% plain text even for one rep's calls.
CallMeta ChooseFormat(std::uint64_t seed, std::size_t call_number);

}  // namespace sc::sample
