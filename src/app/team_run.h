// RunTeam: the use case behind `salescoach team`: every rep's report (or one manager's reps'),
// built in parallel, stored as snapshots, written as files, with a roll-up for each manager.
//
// Reports are built on `threads` workers, each with its own store connection (a Store is
// used by one thread at a time), reading only; then they are stored in rep order on the
// caller's store, so a run's snapshots do not depend on which worker finished first. With
// `from`, the run is repeated weekly, from the first as-of date on or after `from` up to
// `as_of` (as_of, as_of - 7 days, ...), oldest first: each week's snapshots are stored before
// the next week is built, so trends and the progress table draw on the week before. Only the
// last week's reports and roll-ups are written as files.
//
// A roll-up shows each of its reps' scores, so it is written per manager, covering exactly
// that manager's reps; reps without a manager share one roll-up.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/coaching_setup.h"
#include "base/date.h"
#include "base/result.h"
#include "report/clip_links.h"
#include "store/store.h"

namespace sc::app {

struct TeamOptions {
  std::string manager_id;  // one manager's reps; every rep when empty
  Date as_of;
  std::optional<Date> from;  // weekly runs from here to as_of; one run when unset
  std::string period = "90d";
  std::filesystem::path out_dir;  // reports and roll-ups go here; nothing is written when empty
  std::size_t threads = 0;        // 0: one per hardware thread
  report::ClipLinks clips;
};

// One rep's report of the last week run.
struct TeamReportLine {
  std::string id;
  std::string name;
  std::string manager_id;
  std::optional<double> overall;
  std::string level;  // "" when no skill could be scored
  std::string focus;  // the first improvement area's skill title; "" when none
  bool held = false;  // pending a manager's review
  std::int64_t report_id = 0;
  std::filesystem::path path;  // <rep>.md when written; beside it .card.md, .html, .json
};

struct TeamRollupFile {
  std::string manager_id;  // "" for reps without a manager
  std::string title;
  std::size_t reps = 0;
  std::filesystem::path markdown;  // team-<manager>.md
  std::filesystem::path html;      // team-<manager>.html
};

struct TeamRunResult {
  std::vector<Date> weeks;              // every as-of date run, oldest first
  std::vector<TeamReportLine> reports;  // the last week's, ordered by rep id
  std::vector<TeamRollupFile> rollups;  // ordered by manager id
};

// Opens another connection to the same store, for a worker.
using StoreOpener = std::function<Result<std::unique_ptr<store::Store>>()>;
// Opens the SQLite database at `path` again on every call.
StoreOpener SqliteOpener(std::string path);
// Called after each week is stored, with the week and how many weeks there are; a failure it
// returns stops the run.
using WeekDone = std::function<Status(Date as_of, std::size_t done, std::size_t total)>;

// Returns kNotFound for an unknown manager, kInvalidArgument for a manager id that names a
// rep, a `from` after `as_of` or a bad period; a report's failure stops the run (what was
// stored for earlier weeks stays stored).
Result<TeamRunResult> RunTeam(store::Store& store, const StoreOpener& open_store,
                              const CoachingKnowledge& knowledge, const TeamOptions& options,
                              const WeekDone& week_done = {});

}  // namespace sc::app
