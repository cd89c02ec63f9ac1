// One rep's CRM records: the whole input of the metrics in this module.
//
// The metrics read these vectors and nothing else (no store, no clock), so the same records
// always give the same numbers. Every record is taken to be the rep's own: the rep_id fields
// of the records are not checked, so a caller passes exactly the records it loaded for
// `rep_id`.
//
// Amounts are added as they are: all deals, quotas and forecasts of a team are taken to be in
// one currency.
#pragma once

#include <string>
#include <vector>

#include "model/activity.h"
#include "model/deal.h"
#include "model/quota.h"

namespace sc::metrics {

struct RepRecords {
  std::string rep_id;
  std::vector<model::Deal> deals;
  std::vector<model::Activity> activities;
  std::vector<model::Quota> quotas;
  std::vector<model::Forecast> forecasts;
};

}  // namespace sc::metrics
