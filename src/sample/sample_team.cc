#include "sample/sample_team.h"

#include <fmt/format.h>

#include <algorithm>

#include "sample/accounts.h"
#include "sample/planted_levels.h"
#include "sample/rep_generator.h"
#include "sample/roster.h"

namespace sc::sample {
namespace {

constexpr int kMaxReps = 5000;
constexpr int kMinDays = 30;
constexpr std::uint64_t kRosterStream = 2;
constexpr int kMaxLevel = 100;

Status Validate(const SampleOptions& options) {
  if (options.reps < 1 || options.reps > kMaxReps) {
    return Status::InvalidArgument(
        fmt::format("reps must be between 1 and {}, got {}", kMaxReps, options.reps));
  }
  if (options.days < kMinDays) {
    return Status::InvalidArgument(
        fmt::format("days must be at least {}, got {}", kMinDays, options.days));
  }
  if (options.coaching_days < 0) {
    return Status::InvalidArgument(
        fmt::format("coaching_days must not be negative, got {}", options.coaching_days));
  }
  if (options.coaching_days > 0 &&
      (options.improvement_points < 1 || options.improvement_points > kMaxLevel)) {
    return Status::InvalidArgument(
        fmt::format("improvement_points must be between 1 and {}, got {}", kMaxLevel,
                    options.improvement_points));
  }
  return Status::Ok();
}

// The improvement of each rep (in roster order) once coaching starts: every other "spread" rep,
// starting with the first, plays their weakest skill improvement_points higher (at most 100).
std::vector<std::optional<Improvement>> ChooseImprovements(
    const std::vector<PlantedLevels>& planted, const SampleOptions& options) {
  std::vector<std::optional<Improvement>> improvements(planted.size());
  if (options.coaching_days == 0) return improvements;
  Date from = options.end_date.AddDays(-options.coaching_days);
  int spread = 0;
  for (std::size_t index = 0; index < planted.size(); ++index) {
    if (planted[index].profile != "spread" || spread++ % 2 != 0) continue;
    Skill skill = planted[index].weakest;
    int level = planted[index].levels[SkillIndex(skill)];
    int points = std::min(kMaxLevel, level + options.improvement_points) - level;
    if (points > 0) improvements[index] = Improvement{skill, points, from};
  }
  return improvements;
}

}  // namespace

Result<SampleTeam> GenerateSampleTeam(const SampleOptions& options) {
  SC_RETURN_IF_ERROR(Validate(options));
  SampleTeam team;
  team.options = options;
  std::vector<PlantedLevels> planted = PlantLevels(options.reps, options.seed);
  std::vector<std::optional<Improvement>> improvements = ChooseImprovements(planted, options);
  Rng roster_rng(DeriveSeed(options.seed, kRosterStream));
  Roster roster = BuildRoster(options.reps, options.end_date, roster_rng);
  team.crm.reps = roster.managers;
  team.crm.reps.insert(team.crm.reps.end(), roster.reps.begin(), roster.reps.end());

  DealWindow window{options.end_date.AddDays(1 - options.days), options.end_date};
  AccountFactory accounts;
  TeamCounters counters;
  for (std::size_t index = 0; index < roster.reps.size(); ++index) {
    const model::Rep& rep = roster.reps[index];
    const Colleague& engineer = roster.solution_engineers[index % roster.solution_engineers.size()];
    RepInput input{rep,    index,        roster.traits[index], engineer, planted[index].levels,
                   window, options.seed, roster.names};
    input.improvement = improvements[index];
    GenerateRep(input, accounts, counters, team);
    team.planted.push_back(PlantedRep{.rep_id = rep.id,
                                      .name = rep.name,
                                      .profile = planted[index].profile,
                                      .levels = planted[index].levels,
                                      .weakest = planted[index].weakest,
                                      .critical_skills = planted[index].critical_skills,
                                      .improvement = improvements[index]});
  }
  return team;
}

}  // namespace sc::sample
