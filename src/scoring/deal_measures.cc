// The measures taken from deals. Qualification and pain are read from the deals in play in
// the period that are past the early stages (a deal still being prospected has not been
// qualified yet); outcomes from the deals that closed in the outcome period, with the
// definitions of the metrics module (metrics/deal_metrics.h).
#include <functional>
#include <string_view>

#include "base/check.h"
#include "base/running_mean.h"
#include "base/text.h"
#include "metrics/deal_metrics.h"
#include "scoring/measures.h"

namespace sc::scoring {
namespace {

using model::Deal;
using model::DealStatus;

bool InPlay(const Deal& deal, Period period) {
  return deal.created_at <= period.to && (!deal.closed_at || *deal.closed_at >= period.from);
}

bool StageIn(const Deal& deal, const std::vector<std::string>& stages) {
  std::string stage = AsciiLower(Trim(deal.stage));
  for (const std::string& candidate : stages) {
    if (AsciiLower(Trim(candidate)) == stage) return true;
  }
  return false;
}

// Deals in play in the period and past the early stages.
std::vector<const Deal*> QualifiedDeals(const MeasureInput& input) {
  std::vector<const Deal*> out;
  for (const Deal& deal : input.deals) {
    if (InPlay(deal, input.period) && !StageIn(deal, input.early_stages)) out.push_back(&deal);
  }
  return out;
}

// The mean of `value` over `deals`, skipping deals where it is unknown.
template <typename Deals, typename Value>
MeasureValue MeanPerDeal(const Deals& deals, Value value) {
  MeasureValue out;
  RunningMean mean;
  for (const auto& item : deals) {
    const Deal& deal = *item;
    std::optional<double> v = value(deal);
    if (!v) continue;
    mean.Add(*v);
    out.deal_ids.push_back(deal.id);
  }
  out.value = mean.value();
  out.sample = out.deal_ids.size();
  return out;
}

std::vector<const Deal*> Select(std::span<const Deal> deals,
                                const std::function<bool(const Deal&)>& keep) {
  std::vector<const Deal*> out;
  for (const Deal& deal : deals) {
    if (keep(deal)) out.push_back(&deal);
  }
  return out;
}

std::optional<double> Flag(bool flag) { return flag ? 1.0 : 0.0; }

MeasureValue FromMetric(const metrics::DealMetric& metric) {
  MeasureValue out;
  out.value = metric.value;
  out.deal_ids = metric.deal_ids;
  out.sample = metric.deal_ids.size();
  return out;
}

// `value` divided by a peer figure; unknown when either is unknown or the peer figure is 0.
MeasureValue AgainstPeers(MeasureValue value, std::optional<double> peers) {
  if (!value.value || !peers || *peers <= 0) {
    value.value.reset();
  } else {
    value.value = *value.value / *peers;
  }
  return value;
}

}  // namespace

MeasureValue TakeDealMeasure(MeasureId id, const MeasureInput& input) {
  const Period period = input.period;
  const Period outcomes = input.outcome_period;
  switch (id) {
    case MeasureId::kDealsWithPainShare:
      return MeanPerDeal(QualifiedDeals(input), [](const Deal& d) {
        return Flag(!Trim(d.meddpicc.identify_pain).empty());
      });
    case MeasureId::kFrameworkCompleteness:
      return MeanPerDeal(QualifiedDeals(input), [](const Deal& d) -> std::optional<double> {
        return d.meddpicc.FilledCount() / 8.0;
      });
    case MeasureId::kIcpFitShare:
      return MeanPerDeal(Select(input.deals, [&](const Deal& d) { return InPlay(d, period); }),
                         [](const Deal& d) -> std::optional<double> {
                           if (!d.icp_fit) return std::nullopt;
                           return *d.icp_fit ? 1.0 : 0.0;
                         });
    case MeasureId::kClosedOutEarlyShare:
      return MeanPerDeal(
          Select(input.deals,
                 [&](const Deal& d) {
                   return d.status == DealStatus::kLost && metrics::ClosedIn(d, outcomes);
                 }),
          [&](const Deal& d) {
            return Flag(d.disqualified.value_or(false) || StageIn(d, input.closed_out_stages));
          });
    case MeasureId::kAverageDiscount:
      return MeanPerDeal(
          Select(input.deals, [&](const Deal& d) { return metrics::WonIn(d, outcomes); }),
          [](const Deal& d) { return d.discount_pct; });
    case MeasureId::kPriceObjectionWinRate:
      return MeanPerDeal(Select(input.deals,
                                [&](const Deal& d) {
                                  return d.price_objection.value_or(false) &&
                                         metrics::ClosedIn(d, outcomes);
                                }),
                         [](const Deal& d) { return Flag(d.status == DealStatus::kWon); });
    case MeasureId::kWonDealSizeVsPeers:
      return AgainstPeers(FromMetric(metrics::AverageDealSize(input.deals, outcomes)),
                          input.peers.avg_won_deal_size);
    case MeasureId::kWinRate:
      return FromMetric(metrics::WinRate(input.deals, outcomes));
    case MeasureId::kWinRateVsTeam:
      return AgainstPeers(FromMetric(metrics::WinRate(input.deals, outcomes)),
                          input.peers.win_rate);
    default:
      break;
  }
  SC_CHECK(false && "not a deal measure");
  return {};
}

}  // namespace sc::scoring
