// Fills phrase templates: "{slot}" placeholders and "[one|two|three]" alternatives.
//
// Alternatives multiply the variety of a bank cheaply: "[Honestly|To be fair], {company} ..."
// picks one option at random (from the caller's Rng, so output stays deterministic), then
// fills the slots inside it. Alternatives do not nest.
//
// Every template in the phrase banks may use only the names in kSlotNames; CallScript sets all
// of them before writing a call (slot values change as the conversation moves from one pain
// or product module to the next). A template naming an unknown slot is a bug in the banks,
// caught by SC_CHECK here and by a test that scans every bank.
//
//   Slots slots;
//   slots.Set("company", "Harbor Freight");
//   std::string line = slots.Fill("[So|And] how is the team at {company} set up?", rng);
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sample/random.h"

namespace sc::sample {

inline constexpr std::string_view kSlotNames[] = {
    // the account and the deal
    "company", "industry", "unit", "customers", "systems", "region", "num_reps", "competitor",
    "incumbent", "impact", "seats", "list_price", "price", "discount", "product", "module",
    "other_module",
    // people
    "rep_first", "rep_name", "se_first", "cust_first", "cust_title", "champion_first", "eb_first",
    "eb_name", "eb_title", "tech_first",
    // time and place
    "day", "day2", "time", "city", "month",
    // the pain under discussion
    "pain_key", "pain_noun", "pain_mention",
    // personal data a customer volunteers (the engine must redact it)
    "email", "phone"};

class Slots {
 public:
  // Sets or replaces the value of `key`. REQUIRES: `key` is in kSlotNames.
  void Set(std::string_view key, std::string value);
  // The value of `key`, or nullptr when it was never set.
  const std::string* Find(std::string_view key) const;
  // `line` with every "[a|b]" replaced by one option chosen with `rng` and every "{name}"
  // replaced by its value. REQUIRES: every named slot is set; brackets are balanced.
  std::string Fill(std::string_view line, Rng& rng) const;

 private:
  void AppendFilled(std::string_view text, std::string& out) const;

  std::vector<std::pair<std::string, std::string>> values_;
};

// The slot names used in `line`, in order of appearance (with repeats).
std::vector<std::string_view> SlotNamesIn(std::string_view line);
// Whether `name` is in kSlotNames.
bool IsKnownSlot(std::string_view name);

}  // namespace sc::sample
