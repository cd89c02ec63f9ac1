#include "app/progress.h"

#include <fmt/format.h>

namespace sc::app {
namespace {

std::optional<double> ScoreOf(const store::SnapshotRecord& snapshot, const std::string& skill) {
  auto found = snapshot.skills.find(skill);
  if (found == snapshot.skills.end()) return std::nullopt;
  return found->second;
}

std::vector<FocusSpell> Spells(const std::vector<store::SnapshotRecord>& snapshots) {
  std::vector<FocusSpell> spells;
  for (std::size_t i = 0; i < snapshots.size(); ++i) {
    const std::string& skill = snapshots[i].focus_skill;
    if (skill.empty()) continue;
    if (spells.empty() || spells.back().focus_skill != skill ||
        snapshots[i - 1].focus_skill != skill) {
      spells.push_back({.focus_skill = skill,
                        .from = snapshots[i].as_of,
                        .to = snapshots[i].as_of,
                        .reports = 0,
                        .start = ScoreOf(snapshots[i], skill),
                        .end = std::nullopt,
                        .current = false});
    }
    FocusSpell& spell = spells.back();
    spell.to = snapshots[i].as_of;
    ++spell.reports;
    if (i + 1 < snapshots.size()) {
      spell.end = ScoreOf(snapshots[i + 1], skill);
    } else {
      spell.end = ScoreOf(snapshots[i], skill);
      spell.current = true;
    }
  }
  return spells;
}

}  // namespace

Result<ProgressHistory> LoadProgress(store::Store& store, std::string_view rep_id) {
  SC_ASSIGN_OR_RETURN(std::optional<model::Rep> rep, store.FindRep(rep_id));
  if (!rep) return Status::NotFound(fmt::format("no rep has id '{}'", rep_id));
  if (rep->role != model::RepRole::kRep) {
    return Status::InvalidArgument(fmt::format("'{}' is a manager; progress is a rep's", rep_id));
  }
  SC_ASSIGN_OR_RETURN(std::vector<store::SnapshotRecord> snapshots, store.ListSnapshots(rep_id));
  ProgressHistory history{.rep = std::move(*rep), .weeks = {}, .spells = {}};
  for (std::size_t i = 0; i < snapshots.size(); ++i) {
    const store::SnapshotRecord& snapshot = snapshots[i];
    FocusWeek week{.as_of = snapshot.as_of,
                   .report_id = snapshot.id,
                   .overall = snapshot.overall,
                   .focus_skill = snapshot.focus_skill,
                   .start = std::nullopt,
                   .end = std::nullopt,
                   .status = snapshot.status};
    if (!snapshot.focus_skill.empty()) {
      week.start = ScoreOf(snapshot, snapshot.focus_skill);
      if (i + 1 < snapshots.size()) week.end = ScoreOf(snapshots[i + 1], snapshot.focus_skill);
    }
    history.weeks.push_back(std::move(week));
  }
  history.spells = Spells(snapshots);
  return history;
}

}  // namespace sc::app
