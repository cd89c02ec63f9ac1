// Deal examples: for a component measured on deals, the one deal of the rep's that shows it
// done best, with a line saying what it shows. The candidates are the component's evidence
// deals (ComponentScore::deal_ids).
//
//   component              the deal                                      note
//   need_identification    the latest with the customer's pain recorded  "Pain recorded: ..."
//   framework_adherence    the most MEDDPICC fields filled               "7 of 8 MEDDPICC fields
//   recorded" icp_alignment          the latest won deal that fits the ICP, else   "Fits the ideal
//   customer profile"
//                          the latest that fits
//   disqualification_rate  the latest lost deal closed out early         "Closed out at Discovery,
//   ..." discount_management    the won deal with the smallest discount       "Won at a 4%
//   discount" value_defense          the latest deal won despite a price objection "Won despite a
//   price objection" deal_size              the largest won deal                          "Your
//   largest win in the period" win_rate               the latest won deal "Your most recent win"
//
// nullopt for call components and when no candidate qualifies. Texts from the CRM (names,
// pain notes) are redacted for personal data. Pure and thread-safe.
#pragma once

#include <optional>
#include <span>
#include <string>

#include "model/deal.h"
#include "model/skill.h"

namespace sc::coaching {

struct DealExample {
  std::string deal_id;
  std::string name;
  std::string account;
  double amount = 0;
  std::string note;  // what it shows: "Won at a 4% discount"
  friend bool operator==(const DealExample&, const DealExample&) = default;
};

std::optional<DealExample> BestDeal(model::Component component,
                                    std::span<const model::Deal* const> deals);

}  // namespace sc::coaching
