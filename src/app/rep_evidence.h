// RepEvidence: everything a report for one rep is computed from, loaded from the store once:
// the rep, the period, the rep's analysed calls in the period, the rep's CRM records, the
// team's CRM records (for benchmarks) and the peer aggregates scoring compares with.
//
// The team is the rep's manager's reps (every rep when the rep has no manager). Peers for
// deal size are the reps of the same segment across the organisation, when there are at
// least metrics::kMinAggregateReps of them with a won deal, else every rep: deal sizes differ
// by segment far more than by skill, and a figure from fewer than three reps would reveal a
// colleague's number.
#pragma once

#include <string_view>
#include <vector>

#include "base/period.h"
#include "base/result.h"
#include "metrics/rep_records.h"
#include "model/call_analysis.h"
#include "model/rep.h"
#include "scoring/measures.h"
#include "store/store.h"

namespace sc::app {

struct RepEvidence {
  model::Rep rep;
  Period period;
  Period outcome_period;  // for the peer aggregates (scoring::ScoringConfig::OutcomePeriod)
  std::vector<model::CallAnalysis> calls;  // analysed calls that started in the period
  metrics::RepRecords records;             // the rep's CRM records, every period
  std::vector<metrics::RepRecords> team;   // the team's records, the rep's included
  scoring::PeerBaseline peers;
};

// The CRM records of every rep (role rep, not manager), keyed by nothing: in ListReps order.
struct OrganisationRecords {
  std::vector<model::Rep> reps;
  std::vector<metrics::RepRecords> records;  // parallel to `reps`
};

// Loads every rep's CRM records (one pass per table).
Result<OrganisationRecords> LoadOrganisation(store::Store& store);

// Loads `rep_id`'s evidence for `period` using `organisation` for the team and peers; the peer
// aggregates are over `outcome_period`, the window scoring reads deal outcomes over.
// Returns kNotFound when no rep has `rep_id`, kInvalidArgument when it names a manager, and
// kInvalidArgument naming the call when a stored analysis cannot be read.
Result<RepEvidence> LoadRepEvidence(store::Store& store, const OrganisationRecords& organisation,
                                    std::string_view rep_id, Period period, Period outcome_period);

}  // namespace sc::app
