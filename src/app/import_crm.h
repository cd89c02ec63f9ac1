// The CRM import use case behind `salescoach import crm`.
//
// Reads every file, checks every record, resolves owners, and writes everything in one
// store transaction. By default a single problem anywhere rejects the whole import and the
// database is unchanged; with `skip_bad_rows` the good records are imported and the rejected
// ones written to a CSV file for fixing.
//
//   CrmImportOptions options{.files = {"reps.csv", "deals.csv"}};
//   Diagnostics diagnostics;
//   Result<CrmImportResult> result = ImportCrmFiles(store, options, &diagnostics);
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/result.h"
#include "ingest/crm_schema.h"
#include "store/store.h"

namespace sc::app {

struct CrmImportOptions {
  std::vector<std::filesystem::path> files;
  std::optional<ingest::CrmKind> kind;  // else from the preset, mapping, file name or header
  std::string preset;                   // "", "salesforce" or "hubspot"
  std::filesystem::path mapping;        // a YAML mapping file, or empty
  bool skip_bad_rows = false;
  std::filesystem::path rejects = "salescoach-rejects.csv";  // used with skip_bad_rows
};

struct CrmFileResult {
  std::string source;
  ingest::CrmKind kind;
  std::size_t records = 0;   // records read
  std::size_t rejected = 0;  // records left out (only with skip_bad_rows)
};

struct CrmImportResult {
  std::vector<CrmFileResult> files;
  store::ImportSummary summary;
  std::size_t rejected = 0;
  std::filesystem::path rejects_file;  // empty when nothing was rejected
};

// Imports `options.files` into `store`. Returns:
//   - kInvalidArgument when any file or record has a problem (every problem appended to
//     `*diagnostics`, located), or when skip_bad_rows is set and a whole file is unreadable;
//     nothing is written in either case;
//   - kNotFound / kIoError when a file cannot be read; nothing is written;
//   - the store's failure when the write itself fails (the transaction is rolled back).
// With skip_bad_rows, record problems are still appended to `*diagnostics` for display.
Result<CrmImportResult> ImportCrmFiles(store::Store& store, const CrmImportOptions& options,
                                       Diagnostics* diagnostics);

}  // namespace sc::app
