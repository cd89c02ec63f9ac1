// A deal (opportunity) as imported from the CRM.
//
// Optional CRM fields are std::optional or empty strings: "not recorded" is different from
// "recorded as zero or false", and the scoring treats them differently.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/date.h"

namespace sc::model {

enum class DealStatus { kOpen, kWon, kLost };

std::string_view DealStatusName(DealStatus status);  // "open", "won", "lost"
// Accepts "open", "won", "lost" and the CRM spellings "Closed Won", "closedwon",
// "Closed Lost", "closedlost" (any case); nullopt otherwise.
std::optional<DealStatus> ParseDealStatus(std::string_view text);

// MEDDPICC qualification fields, each the rep's note for that element ("" = not captured).
struct Meddpicc {
  std::string metrics;
  std::string economic_buyer;
  std::string decision_criteria;
  std::string decision_process;
  std::string paper_process;
  std::string identify_pain;
  std::string champion;
  std::string competition;

  // How many of the eight elements are filled (0..8).
  int FilledCount() const;

  friend bool operator==(const Meddpicc&, const Meddpicc&) = default;
};

struct Deal {
  std::string id;  // the CRM's opportunity id; stable across imports
  std::string rep_id;
  std::string name;
  std::string account;
  double amount = 0;  // in `currency`
  std::string currency;  // ISO 4217 code; empty = the organisation's default
  std::string stage;     // the CRM's stage name, kept as written
  DealStatus status = DealStatus::kOpen;
  Date created_at;
  std::optional<Date> closed_at;
  std::optional<double> list_amount;   // price before discount
  std::optional<double> discount_pct;  // 0..100
  std::optional<bool> icp_fit;
  Meddpicc meddpicc;
  std::string loss_reason;
  std::optional<bool> disqualified;
  std::optional<bool> price_objection;

  friend bool operator==(const Deal&, const Deal&) = default;
};

}  // namespace sc::model
