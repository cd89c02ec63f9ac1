// Turns the rows of one CRM file into model records, checking every value.
//
// Every problem is a located Diagnostic pointing at the file, line and column of the value,
// naming the value and saying how to fix it:
//
//   deals.csv:14:31: 'created_at' is '2026-13-01', which is not a date
//     hint: write dates as YYYY-MM-DD
//
// A record with any problem is not imported; ParsedCrmFile lists it as rejected so the
// caller can refuse the whole file (the default) or import the good records and write the
// rejects out (--skip-bad-rows).
#pragma once

#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/result.h"
#include "ingest/column_map.h"
#include "ingest/crm_schema.h"
#include "ingest/record_table.h"
#include "model/crm_batch.h"

namespace sc::ingest {

// Where a parsed record came from, for errors found after parsing (unknown reps).
struct RecordOrigin {
  std::size_t line = 0;
  std::size_t rep_column = 0;  // column of the rep reference; 0 for reps
  std::string raw;
};

struct RejectedRecord {
  RecordOrigin origin;
  std::vector<Diagnostic> problems;
};

// One file's records. Only the vector of `kind` in `batch` is filled; `origins[i]`
// describes the i-th record of that vector.
struct ParsedCrmFile {
  std::string source;
  CrmKind kind = CrmKind::kDeals;
  model::CrmBatch batch;
  std::vector<RecordOrigin> origins;
  std::vector<RejectedRecord> rejected;
};

// Parses every record of `table` as records of `kind` through `map`. Returns
// kInvalidArgument (with diagnostics) only when the file as a whole cannot be read: missing
// required columns. Problems in single records are appended to `*diagnostics` and the
// records listed in `rejected`; the call still succeeds. Pure and thread-safe.
Result<ParsedCrmFile> ParseCrmRecords(const RecordTable& table, const ColumnMap& map,
                                      CrmKind kind, Diagnostics* diagnostics);

}  // namespace sc::ingest
