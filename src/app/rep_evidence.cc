#include "app/rep_evidence.h"

#include <map>

#include <fmt/format.h>

#include "analysis/call_analysis_json.h"
#include "base/running_mean.h"
#include "metrics/benchmarks.h"
#include "metrics/deal_metrics.h"

namespace sc::app {
namespace {

// The mean over `group` of each rep's own `metric` over `period` (win rate, average won deal
// size), the benchmarks' rule for a team figure: nullopt below metrics::kMinAggregateReps reps
// for whom it is known, so no figure is one colleague's number.
std::optional<double> MeanOverReps(
    const std::vector<const metrics::RepRecords*>& group, Period period,
    metrics::DealMetric (*metric)(std::span<const model::Deal>, Period)) {
  RunningMean mean;
  std::size_t reps = 0;
  for (const metrics::RepRecords* records : group) {
    std::optional<double> value = metric(records->deals, period).value;
    if (!value) continue;
    mean.Add(*value);
    ++reps;
  }
  if (reps < metrics::kMinAggregateReps) return std::nullopt;
  return mean.value();
}

scoring::PeerBaseline Peers(const OrganisationRecords& organisation, const model::Rep& rep,
                            const std::vector<metrics::RepRecords>& team, Period period) {
  std::vector<const metrics::RepRecords*> members;
  for (const metrics::RepRecords& records : team) members.push_back(&records);
  std::vector<const metrics::RepRecords*> segment;
  std::vector<const metrics::RepRecords*> everyone;
  for (std::size_t i = 0; i < organisation.reps.size(); ++i) {
    everyone.push_back(&organisation.records[i]);
    if (organisation.reps[i].segment == rep.segment) segment.push_back(&organisation.records[i]);
  }
  scoring::PeerBaseline peers;
  peers.win_rate = MeanOverReps(members, period, metrics::WinRate);
  peers.avg_won_deal_size = MeanOverReps(segment, period, metrics::AverageDealSize);
  if (!peers.avg_won_deal_size) {
    peers.avg_won_deal_size = MeanOverReps(everyone, period, metrics::AverageDealSize);
  }
  return peers;
}

}  // namespace

Result<OrganisationRecords> LoadOrganisation(store::Store& store) {
  OrganisationRecords out;
  SC_ASSIGN_OR_RETURN(std::vector<model::Rep> people, store.ListReps());
  std::map<std::string, std::size_t> index;
  for (model::Rep& person : people) {
    if (person.role != model::RepRole::kRep) continue;
    index[person.id] = out.reps.size();
    out.records.push_back(metrics::RepRecords{.rep_id = person.id});
    out.reps.push_back(std::move(person));
  }
  auto records_of = [&](const std::string& rep_id) -> metrics::RepRecords* {
    auto found = index.find(rep_id);
    return found == index.end() ? nullptr : &out.records[found->second];
  };
  SC_ASSIGN_OR_RETURN(std::vector<model::Deal> deals, store.ListDeals(""));
  for (model::Deal& deal : deals) {
    if (metrics::RepRecords* records = records_of(deal.rep_id)) {
      records->deals.push_back(std::move(deal));
    }
  }
  SC_ASSIGN_OR_RETURN(std::vector<model::Activity> activities, store.ListActivities(""));
  for (model::Activity& activity : activities) {
    if (metrics::RepRecords* records = records_of(activity.rep_id)) {
      records->activities.push_back(std::move(activity));
    }
  }
  SC_ASSIGN_OR_RETURN(std::vector<model::Quota> quotas, store.ListQuotas(""));
  for (model::Quota& quota : quotas) {
    if (metrics::RepRecords* records = records_of(quota.rep_id)) {
      records->quotas.push_back(std::move(quota));
    }
  }
  SC_ASSIGN_OR_RETURN(std::vector<model::Forecast> forecasts, store.ListForecasts(""));
  for (model::Forecast& forecast : forecasts) {
    if (metrics::RepRecords* records = records_of(forecast.rep_id)) {
      records->forecasts.push_back(std::move(forecast));
    }
  }
  return out;
}

Result<RepEvidence> LoadRepEvidence(store::Store& store, const OrganisationRecords& organisation,
                                    std::string_view rep_id, Period period, Period outcome_period) {
  SC_ASSIGN_OR_RETURN(std::optional<model::Rep> rep, store.FindRep(rep_id));
  if (!rep) return Status::NotFound(fmt::format("no rep has id '{}'", rep_id));
  if (rep->role != model::RepRole::kRep) {
    return Status::InvalidArgument(
        fmt::format("'{}' is a manager; reports are for reps (try one of their reps)", rep_id));
  }
  RepEvidence out;
  out.period = period;
  out.outcome_period = outcome_period;
  for (std::size_t i = 0; i < organisation.reps.size(); ++i) {
    const model::Rep& other = organisation.reps[i];
    if (other.id == rep->id) out.records = organisation.records[i];
    bool same_team = rep->manager_id.empty() || other.manager_id == rep->manager_id;
    if (same_team) out.team.push_back(organisation.records[i]);
  }
  out.records.rep_id = rep->id;
  SC_ASSIGN_OR_RETURN(std::vector<store::CallAnalysisRecord> stored,
                      store.ListAnalyses(rep->id, period.from, period.to));
  for (const store::CallAnalysisRecord& record : stored) {
    Result<model::CallAnalysis> call =
        analysis::CallAnalysisFromJson(record.json, fmt::format("analysis of {}", record.call_id));
    if (!call.ok()) return call.status();
    out.calls.push_back(std::move(*call));
  }
  out.peers = Peers(organisation, *rep, out.team, outcome_period);
  out.rep = std::move(*rep);
  return out;
}

}  // namespace sc::app
