// Resolves the rep named by a CRM record to a rep id.
//
// Exports name the owner in different ways: our canonical files by id, Salesforce reports by
// the owner's full name, others by email. A reference matches, in this order, a rep's id
// (exactly), email (any case) or full name (any case, surrounding spaces ignored).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/diagnostics.h"
#include "ingest/crm_parser.h"
#include "model/rep.h"

namespace sc::ingest {

class RepDirectory {
 public:
  // Later reps with the same id, email or name replace earlier ones, so pass stored reps
  // first and the reps of the current import after them.
  explicit RepDirectory(const std::vector<model::Rep>& reps);

  // The id of the rep `reference` names, or nullopt.
  std::optional<std::string> Resolve(std::string_view reference) const;

 private:
  std::unordered_map<std::string, std::string> by_id_;
  std::unordered_map<std::string, std::string> by_email_;  // lower-cased
  std::unordered_map<std::string, std::string> by_name_;   // lower-cased
};

// Rewrites every record's rep_id in `file` to the id it resolves to. Records whose rep does
// not resolve move to `file.rejected`, each with a located diagnostic (also appended to
// `*diagnostics`) that names the reference and suggests importing the reps first.
void ResolveRepReferences(const RepDirectory& directory, ParsedCrmFile& file,
                          Diagnostics* diagnostics);

}  // namespace sc::ingest
