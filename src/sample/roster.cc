#include "sample/roster.h"

#include <fmt/format.h>

#include <cmath>

#include "sample/accounts.h"
#include "sample/personas.h"

namespace sc::sample {
namespace {

constexpr std::string_view kTeamNames[] = {"Team East",     "Team West",    "Team North",
                                           "Team South",    "Team Central", "Team Pacific",
                                           "Team Atlantic", "Team Mountain"};
constexpr int kRepsPerSolutionEngineer = 4;
constexpr double kNewRepShare = 0.25;  // hired within the last year

std::string UniqueName(Rng& rng, std::unordered_set<std::string>& names) {
  // With 100 x 100 names, even 6,000 people leave plenty of room; the fallback numbering
  // only guards the arithmetic.
  for (int attempt = 0; attempt < 1000; ++attempt) {
    // Separate statements fix the order of the draws; function arguments have none.
    auto first = rng.Pick(FirstNames());
    auto last = rng.Pick(LastNames());
    std::string name = fmt::format("{} {}", first, last);
    if (names.insert(name).second) return name;
  }
  for (int numeral = 2;; ++numeral) {
    auto first = rng.Pick(FirstNames());
    auto last = rng.Pick(LastNames());
    std::string name = fmt::format("{} {}-{}", first, last, numeral);
    if (names.insert(name).second) return name;
  }
}

std::string SellerEmail(std::string_view name) {
  return EmailLocalPart(name) + "@" + std::string(kSellerDomain);
}

std::string TeamName(std::size_t manager_index, std::string_view manager_name) {
  if (manager_index < std::size(kTeamNames)) return std::string(kTeamNames[manager_index]);
  return fmt::format("Team {}", manager_name.substr(manager_name.find(' ') + 1));
}

// Segments in roughly the mix of a mid-size sales org: 35% SMB, 40% mid-market, 25%
// enterprise, dealt out in shuffled order so every team gets a mix.
std::vector<model::Segment> SegmentMix(int reps, Rng& rng) {
  std::vector<model::Segment> segments;
  for (int index = 0; index < reps; ++index) {
    double position = (index + 0.5) / reps;
    segments.push_back(position < 0.35   ? model::Segment::kSmb
                       : position < 0.75 ? model::Segment::kMidMarket
                                         : model::Segment::kEnterprise);
  }
  rng.Shuffle(segments);
  return segments;
}

}  // namespace

int ManagerCount(int reps) { return std::max(1, static_cast<int>(std::lround(reps / 6.0))); }

Roster BuildRoster(int reps, Date end_date, Rng& rng) {
  Roster roster;
  int managers = ManagerCount(reps);
  for (int index = 0; index < managers; ++index) {
    model::Rep manager;
    manager.id = fmt::format("M-{:02d}", index + 1);
    manager.name = UniqueName(rng, roster.names);
    manager.email = SellerEmail(manager.name);
    manager.team = TeamName(static_cast<std::size_t>(index), manager.name);
    manager.hire_date = end_date.AddDays(-rng.UniformInt(730, 3000));
    manager.role = model::RepRole::kManager;
    roster.managers.push_back(std::move(manager));
  }
  std::vector<model::Segment> segments = SegmentMix(reps, rng);
  for (int index = 0; index < reps; ++index) {
    model::Rep rep;
    rep.id = fmt::format("R-{:03d}", index + 1);
    rep.name = UniqueName(rng, roster.names);
    rep.email = SellerEmail(rep.name);
    // Contiguous blocks: reps 1-6 report to the first manager, and so on.
    const model::Rep& manager = roster.managers[static_cast<std::size_t>(index * managers / reps)];
    rep.manager_id = manager.id;
    rep.team = manager.team;
    rep.segment = segments[static_cast<std::size_t>(index)];
    bool new_rep = rng.Chance(kNewRepShare);
    rep.hire_date =
        end_date.AddDays(-(new_rep ? rng.UniformInt(90, 365) : rng.UniformInt(366, 6 * 365)));
    rep.role = model::RepRole::kRep;
    roster.reps.push_back(std::move(rep));
    // Style is drawn independently of skill, so it predicts no skill score.
    roster.traits.push_back(RepTraits{.words_per_minute = rng.Uniform(140, 190),
                                      .fillers_per_minute = rng.Uniform(0.5, 6)});
  }
  int engineers = std::max(1, (reps + kRepsPerSolutionEngineer - 1) / kRepsPerSolutionEngineer);
  for (int index = 0; index < engineers; ++index) {
    std::string name = UniqueName(rng, roster.names);
    roster.solution_engineers.push_back({name, SellerEmail(name)});
  }
  return roster;
}

}  // namespace sc::sample
