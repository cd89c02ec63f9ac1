#include "sample/call_plan.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace sc::sample {
namespace {

// The order of typed calls on a deal follows its stages; check-ins ("other") go anywhere.
constexpr std::array<model::CallType, 5> kTypeOrder = {
    model::CallType::kDiscovery, model::CallType::kDemo, model::CallType::kNegotiation,
    model::CallType::kClosing, model::CallType::kOther};
// Share of a rep's calls by type, in kTypeOrder; check-ins take the rest.
constexpr std::array<double, 4> kTypeShares = {0.28, 0.27, 0.17, 0.11};
constexpr int kMaxTypedCallsPerDeal = 2;
constexpr int kClosingCallDays = 10;  // closing calls fall in the last days before the close

struct Span {
  Date from;
  Date to;  // inclusive
  bool empty() const { return to < from; }
};

int TypeRank(model::CallType type) {
  for (std::size_t rank = 0; rank < kTypeOrder.size(); ++rank) {
    if (kTypeOrder[rank] == type) return static_cast<int>(rank);
  }
  return static_cast<int>(kTypeOrder.size());
}

// When a call of `type` can happen on `deal`, clipped to the window; empty when never.
Span SpanFor(const PlannedDeal& deal, model::CallType type, DealWindow window) {
  const auto& entered = deal.entered;
  bool closed = deal.deal.closed_at.has_value();
  Date last = closed ? *deal.deal.closed_at : window.end_date;
  auto stage_end = [&](Stage next) {
    std::optional<Date> start = entered[static_cast<std::size_t>(next)];
    return start ? start->AddDays(-1) : last;
  };
  Span span{window.end_date.AddDays(1), window.end_date};  // empty
  auto entered_at = [&](Stage stage) { return entered[static_cast<std::size_t>(stage)]; };
  switch (type) {
    case model::CallType::kDiscovery:
      if (entered_at(Stage::kDiscovery)) {
        span = {*entered_at(Stage::kDiscovery), stage_end(Stage::kDemo)};
      }
      break;
    case model::CallType::kDemo:
      if (entered_at(Stage::kDemo)) span = {*entered_at(Stage::kDemo), stage_end(Stage::kProposal)};
      break;
    case model::CallType::kNegotiation:
      if (entered_at(Stage::kProposal)) span = {*entered_at(Stage::kProposal), last};
      break;
    case model::CallType::kClosing:
      if (entered_at(Stage::kNegotiation)) {
        span = {std::max(*entered_at(Stage::kNegotiation), last.AddDays(-kClosingCallDays)), last};
      }
      break;
    default:
      span = {*entered_at(Stage::kProspecting), last};
      break;
  }
  span.from = std::max(span.from, window.first_day);
  span.to = std::min({span.to, last, window.end_date});
  return span;
}

// A weekday inside `span` when there is one (weekends move to the nearest weekday inside).
Date PickDay(Span span, Rng& rng) {
  Date day = span.from.AddDays(rng.UniformInt(0, span.from.DaysUntil(span.to)));
  for (int step : {-1, 1, -2, 2}) {
    if (day.weekday() < 5) break;
    Date moved = day.AddDays(step);
    if (moved >= span.from && moved <= span.to && moved.weekday() < 5) day = moved;
  }
  return day;
}

double TargetSeconds(model::CallType type, Rng& rng) {
  // Inside DOMAIN-realistic ranges (discovery 25-45 min, demo 30-60, negotiation 20-40,
  // closing 15-30, other 10-25), with a margin for the script's overrun.
  switch (type) {
    case model::CallType::kDiscovery:
      return rng.Uniform(27, 42) * 60;
    case model::CallType::kDemo:
      return rng.Uniform(32, 56) * 60;
    case model::CallType::kNegotiation:
      return rng.Uniform(22, 37) * 60;
    case model::CallType::kClosing:
      return rng.Uniform(17, 27) * 60;
    default:
      return rng.Uniform(12, 22) * 60;
  }
}

// How many calls of each type (kTypeOrder) a rep with `total` calls gets.
std::array<int, 5> TypeCounts(int total) {
  std::array<int, 5> counts{};
  int assigned = 0;
  for (std::size_t rank = 0; rank < kTypeShares.size(); ++rank) {
    counts[rank] = static_cast<int>(kTypeShares[rank] * total + 0.5);
    assigned += counts[rank];
  }
  counts[4] = total - assigned;
  return counts;
}

}  // namespace

std::vector<PlannedCall> PlanCalls(const std::vector<PlannedDeal>& deals, DealWindow window,
                                   Rng& rng) {
  SC_CHECK(!deals.empty());
  int total = rng.UniformInt(kMinCallsPerRep, kMaxCallsPerRep);
  std::array<int, 5> counts = TypeCounts(total);
  std::vector<PlannedCall> calls;
  std::vector<int> per_deal_typed(deals.size(), 0);
  for (std::size_t rank = 0; rank < kTypeOrder.size(); ++rank) {
    model::CallType type = kTypeOrder[rank];
    bool check_in = type == model::CallType::kOther;
    std::vector<std::size_t> eligible;
    for (std::size_t deal = 0; deal < deals.size(); ++deal) {
      if (!SpanFor(deals[deal], type, window).empty()) eligible.push_back(deal);
    }
    rng.Shuffle(eligible);
    std::map<std::size_t, int> used;
    int placed = 0;
    for (int pass = 0; pass < kMaxTypedCallsPerDeal || check_in; ++pass) {
      for (std::size_t deal : eligible) {
        if (placed == counts[rank]) break;
        if (!check_in && used[deal] >= kMaxTypedCallsPerDeal) continue;
        Span span = SpanFor(deals[deal], type, window);
        calls.push_back(
            {deal, type, Timestamp::StartOf(PickDay(span, rng)), TargetSeconds(type, rng)});
        ++used[deal];
        ++placed;
      }
      if (placed == counts[rank] || eligible.empty()) break;
    }
    // Calls a type could not place become check-ins, which every deal can have.
    if (!check_in) counts[4] += counts[rank] - placed;
  }
  SC_CHECK(static_cast<int>(calls.size()) == total);

  // On each deal, give the typed calls their days in stage order: the earliest day to the
  // earliest stage. Each day came from its own stage's span, so the order is consistent.
  std::map<std::size_t, std::vector<std::size_t>> by_deal;
  for (std::size_t index = 0; index < calls.size(); ++index) {
    if (calls[index].type != model::CallType::kOther) by_deal[calls[index].deal].push_back(index);
  }
  for (auto& [deal, indices] : by_deal) {
    std::vector<Timestamp> days;
    for (std::size_t index : indices) days.push_back(calls[index].started_at);
    std::sort(days.begin(), days.end());
    std::stable_sort(indices.begin(), indices.end(), [&](std::size_t a, std::size_t b) {
      return TypeRank(calls[a].type) < TypeRank(calls[b].type);
    });
    for (std::size_t position = 0; position < indices.size(); ++position) {
      calls[indices[position]].started_at = days[position];
    }
  }

  // Business hours, one call per half-hour slot per rep.
  std::set<std::int64_t> taken;
  for (PlannedCall& call : calls) {
    std::int64_t day_start = call.started_at.seconds();
    std::int64_t slot = 0;
    for (int attempt = 0; attempt < 40; ++attempt) {
      slot = day_start + (14 * 60 + 30 * rng.UniformInt(0, 15)) * 60;
      if (taken.insert(slot).second) break;
    }
    // People join a few minutes late, and recordings start when they do.
    call.started_at = Timestamp::FromSeconds(slot + rng.UniformInt(0, 180));
  }
  // Two typed calls of one deal may share a day; their times follow the stage order too.
  for (auto& [deal, indices] : by_deal) {
    std::vector<Timestamp> times;
    for (std::size_t index : indices) times.push_back(calls[index].started_at);
    std::sort(times.begin(), times.end());
    for (std::size_t position = 0; position < indices.size(); ++position) {
      calls[indices[position]].started_at = times[position];
    }
  }
  std::stable_sort(calls.begin(), calls.end(), [](const PlannedCall& a, const PlannedCall& b) {
    return a.started_at < b.started_at;
  });
  return calls;
}

}  // namespace sc::sample
