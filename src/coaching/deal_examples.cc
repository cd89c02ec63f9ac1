#include "coaching/deal_examples.h"

#include <cmath>
#include <functional>

#include <fmt/format.h>

#include "analysis/quote.h"
#include "base/text.h"

namespace sc::coaching {
namespace {

using model::Deal;
using model::DealStatus;

bool Won(const Deal& deal) { return deal.status == DealStatus::kWon; }

// When a deal last moved: its close date, else its creation.
Date LastDate(const Deal& deal) { return deal.closed_at.value_or(deal.created_at); }

// The candidate passing `keep` that `better` prefers (a strict "a is better than b"); the
// first of equals.
const Deal* Choose(std::span<const Deal* const> deals, const std::function<bool(const Deal&)>& keep,
                   const std::function<bool(const Deal&, const Deal&)>& better) {
  const Deal* best = nullptr;
  for (const Deal* deal : deals) {
    if (!keep(*deal)) continue;
    if (!best || better(*deal, *best)) best = deal;
  }
  return best;
}

bool Later(const Deal& a, const Deal& b) { return LastDate(a) > LastDate(b); }

DealExample Describe(const Deal& deal, std::string note) {
  return DealExample{deal.id, analysis::RedactPersonalData(deal.name),
                     analysis::RedactPersonalData(deal.account), deal.amount, std::move(note)};
}

std::string Percent(double value) {
  double rounded = std::round(value * 10) / 10;
  return rounded == std::floor(rounded) ? fmt::format("{:.0f}%", rounded)
                                        : fmt::format("{:.1f}%", rounded);
}

}  // namespace

std::optional<DealExample> BestDeal(model::Component component,
                                    std::span<const Deal* const> deals) {
  using model::Component;
  const Deal* deal = nullptr;
  std::string note;
  switch (component) {
    case Component::kNeedIdentification:
      deal = Choose(
          deals, [](const Deal& d) { return !Trim(d.meddpicc.identify_pain).empty(); }, Later);
      if (deal) note = fmt::format("Pain recorded: {}", Trim(deal->meddpicc.identify_pain));
      break;
    case Component::kFrameworkAdherence:
      deal = Choose(
          deals, [](const Deal& d) { return d.meddpicc.FilledCount() > 0; },
          [](const Deal& a, const Deal& b) {
            return a.meddpicc.FilledCount() > b.meddpicc.FilledCount();
          });
      if (deal)
        note = fmt::format("{} of 8 MEDDPICC fields recorded", deal->meddpicc.FilledCount());
      break;
    case Component::kIcpAlignment:
      deal = Choose(
          deals, [](const Deal& d) { return d.icp_fit == true && Won(d); }, Later);
      if (!deal)
        deal = Choose(
            deals, [](const Deal& d) { return d.icp_fit == true; }, Later);
      if (deal) note = "Fits the ideal customer profile";
      break;
    case Component::kDisqualificationRate:
      deal = Choose(
          deals, [](const Deal& d) { return d.status == DealStatus::kLost; }, Later);
      if (deal) {
        note = deal->disqualified.value_or(false)
                   ? std::string("Disqualified early, before it took more of your time")
                   : fmt::format("Closed out at {}, before it took more of your time", deal->stage);
      }
      break;
    case Component::kDiscountManagement:
      deal = Choose(
          deals, [](const Deal& d) { return Won(d) && d.discount_pct.has_value(); },
          [](const Deal& a, const Deal& b) { return *a.discount_pct < *b.discount_pct; });
      if (deal) note = fmt::format("Won at a {} discount", Percent(*deal->discount_pct));
      break;
    case Component::kValueDefense:
      deal = Choose(
          deals, [](const Deal& d) { return Won(d) && d.price_objection == true; }, Later);
      if (deal) note = "Won despite a price objection";
      break;
    case Component::kDealSize:
      deal = Choose(deals, Won, [](const Deal& a, const Deal& b) { return a.amount > b.amount; });
      if (deal) note = "Your largest win in the period";
      break;
    case Component::kWinRate:
      deal = Choose(deals, Won, Later);
      if (deal) note = "Your most recent win";
      break;
    default:
      break;
  }
  if (!deal) return std::nullopt;
  return Describe(*deal, analysis::RedactPersonalData(note));
}

}  // namespace sc::coaching
