// Everything one CRM import brings in: the unit the store writes in a single transaction.
#pragma once

#include <cstddef>
#include <vector>

#include "model/activity.h"
#include "model/deal.h"
#include "model/quota.h"
#include "model/rep.h"

namespace sc::model {

struct CrmBatch {
  std::vector<Rep> reps;
  std::vector<Deal> deals;
  std::vector<Activity> activities;
  std::vector<Quota> quotas;
  std::vector<Forecast> forecasts;

  std::size_t size() const {
    return reps.size() + deals.size() + activities.size() + quotas.size() + forecasts.size();
  }
  bool empty() const { return size() == 0; }
};

}  // namespace sc::model
