// Customer accounts: a company in an industry, the pains its revenue team feels, what it
// uses and evaluates today, and the people on its side of the deal.
//
//   AccountFactory accounts;
//   Account account = accounts.Make(rng, roster.names);  // "Harbor Freight, Inc.", 5 contacts
#pragma once

#include <cstddef>
#include <string>
#include <unordered_set>
#include <vector>

#include "sample/random.h"

namespace sc::sample {

struct Contact {
  std::string name;   // "Priya Shah"
  std::string first;  // "Priya"
  std::string title;  // "Director of Revenue Operations"
  std::string email;  // "priya.shah@harborfreight.example"
  double words_per_minute = 160;
};

struct Account {
  std::string name;          // as the CRM holds it; may carry ", Inc." and so need CSV quoting
  std::string short_name;    // as people say it on calls, "Harbor Freight"
  std::string domain;        // "harborfreight.example"
  std::size_t industry = 0;  // index into Industries()
  std::vector<std::size_t> pains;  // 2-3 indices into Pains(), most important first
  std::string competitor;          // evaluated alongside the seller
  std::string incumbent;           // used today
  std::string region;
  int sales_reps = 40;  // the size of their sales team
  Contact champion;
  Contact economic_buyer;
  Contact user;
  Contact technical;
  Contact procurement;
};

// "firstname.lastname" in lower case with anything but letters and digits dropped.
std::string EmailLocalPart(std::string_view full_name);

class AccountFactory {
 public:
  // A new account. Company names stay unique while the name space allows (thousands of
  // combinations), then repeat with a numeral ("Harbor Freight 2"). Person names avoid
  // `reserved` (the seller's own people). Not thread-safe.
  Account Make(Rng& rng, const std::unordered_set<std::string>& reserved);

 private:
  std::string UniqueShortName(Rng& rng, std::size_t industry);
  Contact MakeContact(Rng& rng, std::string title, const std::string& domain,
                      const std::unordered_set<std::string>& reserved,
                      std::unordered_set<std::string>& first_names_in_account);

  std::unordered_set<std::string> used_names_;
};

}  // namespace sc::sample
