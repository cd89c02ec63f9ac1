// How a sample rep answers the coaching reports they receive: whether they acknowledge a report,
// how long after it arrived, and the usefulness rating (1-5) they give, if any. The demo uses
// it to give its quarter of weekly coaching the acknowledgements and ratings a real team would
// leave, so adoption and satisfaction have something to measure.
//
// Deterministic for (seed, rep id, report date); about 85% of reports are acknowledged, and
// about 60% of those rated, mostly 4 or 5.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "base/date.h"

namespace sc::sample {

struct RepFeedback {
  bool acknowledged = false;
  int hours_later = 0;        // after the report arrived, when acknowledged
  std::optional<int> rating;  // 1..5; only with an acknowledgement
};

RepFeedback SimulateFeedback(std::uint64_t seed, std::string_view rep_id, Date report_date);

}  // namespace sc::sample
