// The seller's people: account executives, their managers and the solutions engineers who
// join some demos, with unique names, Northwind email addresses, teams, segments, hire
// dates, and each rep's speaking style.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "base/date.h"
#include "model/rep.h"
#include "sample/random.h"
#include "sample/rep_behavior.h"

namespace sc::sample {

struct Colleague {
  std::string name;
  std::string email;
};

struct Roster {
  std::vector<model::Rep> managers;  // role kManager, ids "M-01", ...
  std::vector<model::Rep> reps;      // ids "R-001", ...
  std::vector<RepTraits> traits;     // parallel to reps
  std::vector<Colleague> solution_engineers;
  std::unordered_set<std::string> names;  // every name above, so customers never share one
};

// Managers: max(1, round(reps / 6)). REQUIRES: reps >= 1.
int ManagerCount(int reps);

// Builds the roster for `reps` reps with hire dates counted back from `end_date`.
// Deterministic for the rng state.
Roster BuildRoster(int reps, Date end_date, Rng& rng);

}  // namespace sc::sample
