#include "app/impact.h"

#include <map>
#include <set>

namespace sc::app {
namespace {

// What the program metrics need of every stored report of a rep.
Result<std::vector<coaching::ReportFacts>> Facts(store::Store& store) {
  SC_ASSIGN_OR_RETURN(std::vector<store::SnapshotRecord> snapshots, store.ListSnapshots(""));
  SC_ASSIGN_OR_RETURN(std::vector<store::DeliveryRecord> sent,
                      store.ListDeliveries({.kind = "report", .statuses = {"sent"}}));
  std::set<std::int64_t> delivered;
  for (const store::DeliveryRecord& delivery : sent) delivered.insert(delivery.snapshot_id);
  SC_ASSIGN_OR_RETURN(std::vector<store::FeedbackRecord> feedback, store.ListFeedback(""));
  std::map<std::int64_t, const store::FeedbackRecord*> feedback_of;
  for (const store::FeedbackRecord& record : feedback) feedback_of[record.snapshot_id] = &record;
  std::vector<coaching::ReportFacts> facts;
  for (store::SnapshotRecord& snapshot : snapshots) {
    coaching::ReportFacts fact{.rep_id = snapshot.rep_id,
                               .as_of = snapshot.as_of,
                               .skills = std::move(snapshot.skills),
                               .focus_skill = snapshot.focus_skill,
                               .delivered = delivered.contains(snapshot.id)};
    if (auto found = feedback_of.find(snapshot.id); found != feedback_of.end()) {
      fact.acknowledged = found->second->acknowledged_at.has_value();
      fact.rating = found->second->rating;
    }
    facts.push_back(std::move(fact));
  }
  return facts;
}

ImpactGroup Measure(std::string name, const std::set<std::string>& reps, Date as_of,
                    const std::vector<coaching::ReportFacts>& facts,
                    const std::vector<model::Deal>& deals) {
  coaching::ProgramInput input{.as_of = as_of};
  for (const coaching::ReportFacts& fact : facts) {
    if (reps.contains(fact.rep_id) && fact.as_of <= as_of) input.reports.push_back(fact);
  }
  for (const model::Deal& deal : deals) {
    if (reps.contains(deal.rep_id)) input.deals.push_back(deal);
  }
  ImpactGroup group{.name = std::move(name), .reps = reps.size(), .reports = input.reports.size()};
  group.metrics = coaching::MeasureProgram(input);
  return group;
}

}  // namespace

Result<ImpactResult> MeasureImpact(store::Store& store, Date as_of) {
  SC_ASSIGN_OR_RETURN(std::vector<model::Rep> people, store.ListReps());
  SC_ASSIGN_OR_RETURN(std::vector<coaching::ReportFacts> facts, Facts(store));
  SC_ASSIGN_OR_RETURN(std::vector<model::Deal> deals, store.ListDeals(""));
  std::set<std::string> everyone;
  std::map<std::string, std::set<std::string>> teams;
  for (const model::Rep& rep : people) {
    if (rep.role != model::RepRole::kRep) continue;
    everyone.insert(rep.id);
    teams[rep.team.empty() ? "No team" : rep.team].insert(rep.id);
  }
  ImpactResult result{
      .as_of = as_of, .from = as_of.AddDays(-(coaching::kProgramWindowDays - 1)), .groups = {}};
  result.groups.push_back(Measure("All reps", everyone, as_of, facts, deals));
  if (teams.size() > 1) {
    for (const auto& [team, reps] : teams) {
      result.groups.push_back(Measure(team, reps, as_of, facts, deals));
    }
  }
  return result;
}

}  // namespace sc::app
