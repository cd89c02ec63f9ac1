#include "coaching/deal_examples.h"

#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

namespace sc::coaching {
namespace {

using model::Component;
using model::Deal;
using model::DealStatus;

Deal MakeDeal(std::string id, DealStatus status, std::string closed, double amount) {
  Deal deal;
  deal.id = std::move(id);
  deal.name = fmt::format("{} renewal", deal.id);
  deal.account = "Acme";
  deal.status = status;
  deal.stage = status == DealStatus::kLost ? "Discovery" : "Closed Won";
  deal.created_at = *Date::Parse("2026-06-01");
  deal.closed_at = *Date::Parse(closed);
  deal.amount = amount;
  return deal;
}

// d1 won 20,000 on 09-01 at 12.5%; d2 won 50,000 on 10-01 at 4%, price objection, 6 MEDDPICC
// fields (no pain); d1 holds the only pain note; d3 lost at Discovery on 11-01, fits the ICP.
std::vector<Deal> Deals() {
  std::vector<Deal> deals = {MakeDeal("d1", DealStatus::kWon, "2026-09-01", 20000),
                             MakeDeal("d2", DealStatus::kWon, "2026-10-01", 50000),
                             MakeDeal("d3", DealStatus::kLost, "2026-11-01", 9000)};
  deals[0].discount_pct = 12.5;
  deals[1].discount_pct = 4;
  deals[1].price_objection = true;
  deals[1].meddpicc = {"m", "eb", "dc", "dp", "pp", "", "champion", ""};
  deals[0].meddpicc = {"m", "", "", "", "", "Call me at 555-123-4567 about the forecast", "", ""};
  deals[2].icp_fit = true;
  return deals;
}

std::optional<DealExample> Best(Component component) {
  static const std::vector<Deal> deals = Deals();
  std::vector<const Deal*> pointers;
  for (const Deal& deal : deals) pointers.push_back(&deal);
  return BestDeal(component, pointers);
}

TEST(DealExamplesTest, EachDealComponentPicksTheDealThatShowsIt) {
  EXPECT_EQ(Best(Component::kDiscountManagement)->deal_id, "d2");  // 4% < 12.5%
  EXPECT_EQ(Best(Component::kDiscountManagement)->note, "Won at a 4% discount");
  EXPECT_EQ(Best(Component::kDealSize)->deal_id, "d2");  // 50,000 > 20,000
  EXPECT_EQ(Best(Component::kWinRate)->deal_id, "d2");   // won 10-01, after d1's 09-01
  EXPECT_EQ(Best(Component::kValueDefense)->note, "Won despite a price objection");
  EXPECT_EQ(Best(Component::kFrameworkAdherence)->note, "6 of 8 MEDDPICC fields recorded");
  EXPECT_EQ(Best(Component::kIcpAlignment)->deal_id, "d3");  // no won deal fits; d3 does
  EXPECT_EQ(Best(Component::kDisqualificationRate)->note,
            "Closed out at Discovery, before it took more of your time");
  EXPECT_EQ(Best(Component::kDealSize)->name, "d2 renewal");
  EXPECT_EQ(Best(Component::kDealSize)->amount, 50000);
}

TEST(DealExamplesTest, CrmTextIsRedactedAndCallComponentsHaveNone) {
  // d1 holds the only pain note; the phone number in it is redacted.
  EXPECT_EQ(Best(Component::kNeedIdentification)->note,
            "Pain recorded: Call me at [phone] about the forecast");
  EXPECT_EQ(Best(Component::kQuestionQuality), std::nullopt);
  EXPECT_EQ(BestDeal(Component::kWinRate, {}), std::nullopt);
}

}  // namespace
}  // namespace sc::coaching
