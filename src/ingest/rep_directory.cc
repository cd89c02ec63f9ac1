#include "ingest/rep_directory.h"

#include <fmt/format.h>

#include "base/text.h"

namespace sc::ingest {
namespace {

// Keeps the records of `records` whose rep resolves, rewriting their rep_id; moves the
// others (with their origins) to `file.rejected`.
template <typename Record>
void ResolveAll(const RepDirectory& directory, std::vector<Record>& records,
                ParsedCrmFile& file, Diagnostics* diagnostics) {
  std::vector<Record> kept;
  std::vector<RecordOrigin> kept_origins;
  for (std::size_t i = 0; i < records.size(); ++i) {
    RecordOrigin& origin = file.origins[i];
    if (std::optional<std::string> id = directory.Resolve(records[i].rep_id)) {
      records[i].rep_id = *id;
      kept.push_back(std::move(records[i]));
      kept_origins.push_back(std::move(origin));
      continue;
    }
    Diagnostic problem{file.source,
                       origin.line,
                       origin.rep_column,
                       fmt::format("rep '{}' is not imported", records[i].rep_id),
                       "import the reps file first, or in the same command; reps are matched "
                       "by id, email or full name",
                       std::string(origin.raw.substr(0, origin.raw.find_first_of("\r\n")))};
    diagnostics->Add(problem);
    file.rejected.push_back(RejectedRecord{std::move(origin), {std::move(problem)}});
  }
  records = std::move(kept);
  file.origins = std::move(kept_origins);
}

}  // namespace

RepDirectory::RepDirectory(const std::vector<model::Rep>& reps) {
  for (const model::Rep& rep : reps) {
    by_id_[rep.id] = rep.id;
    if (!rep.email.empty()) by_email_[AsciiLower(Trim(rep.email))] = rep.id;
    by_name_[AsciiLower(Trim(rep.name))] = rep.id;
  }
}

std::optional<std::string> RepDirectory::Resolve(std::string_view reference) const {
  std::string key(Trim(reference));
  if (auto it = by_id_.find(key); it != by_id_.end()) return it->second;
  key = AsciiLower(key);
  if (auto it = by_email_.find(key); it != by_email_.end()) return it->second;
  if (auto it = by_name_.find(key); it != by_name_.end()) return it->second;
  return std::nullopt;
}

void ResolveRepReferences(const RepDirectory& directory, ParsedCrmFile& file,
                          Diagnostics* diagnostics) {
  model::CrmBatch& batch = file.batch;
  switch (file.kind) {
    case CrmKind::kReps: return;  // reps are the directory; nothing to resolve
    case CrmKind::kDeals: return ResolveAll(directory, batch.deals, file, diagnostics);
    case CrmKind::kActivities: return ResolveAll(directory, batch.activities, file, diagnostics);
    case CrmKind::kQuotas: return ResolveAll(directory, batch.quotas, file, diagnostics);
    case CrmKind::kForecasts: return ResolveAll(directory, batch.forecasts, file, diagnostics);
  }
}

}  // namespace sc::ingest
