#include "app/import_crm.h"

#include <fmt/format.h>

#include "base/file_io.h"
#include "base/text.h"
#include "ingest/column_map.h"
#include "ingest/crm_parser.h"
#include "ingest/csv_reader.h"
#include "ingest/jsonl_reader.h"
#include "ingest/rep_directory.h"

namespace sc::app {
namespace {

bool IsJsonLines(const std::filesystem::path& path) {
  std::string extension = AsciiLower(path.extension().string());
  return extension == ".jsonl" || extension == ".ndjson" || extension == ".json";
}

Result<ingest::ColumnMap> ChooseColumnMap(const CrmImportOptions& options,
                                          Diagnostics* diagnostics) {
  if (!options.mapping.empty()) {
    SC_ASSIGN_OR_RETURN(std::string text, ReadFile(options.mapping));
    return ingest::ParseMappingFile(text, options.mapping.string(), diagnostics);
  }
  if (!options.preset.empty()) return ingest::PresetColumnMap(options.preset);
  return ingest::CanonicalColumnMap();
}

// Reads and parses one file. File-level problems come back as a failed Result with the
// diagnostics appended; record problems are in the returned file's `rejected`.
Result<ingest::ParsedCrmFile> ParseFile(const std::filesystem::path& path,
                                        const ingest::ColumnMap& map,
                                        const CrmImportOptions& options,
                                        Diagnostics* diagnostics) {
  SC_ASSIGN_OR_RETURN(std::string text, ReadFile(path));
  std::string source = path.string();
  Result<ingest::RecordTable> table = IsJsonLines(path)
                                          ? ingest::ReadJsonLines(text, source, diagnostics)
                                          : ingest::ReadCsv(text, source, diagnostics);
  if (!table.ok()) return table.status();
  std::optional<ingest::CrmKind> kind = options.kind;
  if (!kind) kind = map.kind;
  if (!kind) kind = ingest::KindFromFileName(source);
  if (!kind) kind = ingest::KindFromHeader(*table);
  if (!kind) {
    diagnostics->Add(Diagnostic{source, table->header_line, 1,
                                "cannot tell whether this file holds reps, deals, activities, "
                                "quotas or forecasts",
                                "name the kind with --kind, for example --kind deals",
                                table->header_raw});
    return Status::InvalidArgument(fmt::format("{}: unknown kind of records", source));
  }
  return ingest::ParseCrmRecords(*table, map, *kind, diagnostics);
}

// Writes the rejected records as CSV: where each was, what was wrong, and the record.
Status WriteRejects(const std::filesystem::path& path,
                    const std::vector<ingest::ParsedCrmFile>& files) {
  std::string out = "source,line,column,problem,hint,record\n";
  for (const ingest::ParsedCrmFile& file : files) {
    for (const ingest::RejectedRecord& rejected : file.rejected) {
      for (const Diagnostic& problem : rejected.problems) {
        out += fmt::format("{},{},{},{},{},{}\n", CsvEscape(problem.source), problem.line,
                           problem.column, CsvEscape(problem.message), CsvEscape(problem.hint),
                           CsvEscape(rejected.origin.raw));
      }
    }
  }
  return WriteFile(path, out);
}

void Merge(model::CrmBatch& into, model::CrmBatch&& from) {
  auto append = [](auto& to, auto&& records) {
    for (auto& record : records) to.push_back(std::move(record));
  };
  append(into.reps, std::move(from.reps));
  append(into.deals, std::move(from.deals));
  append(into.activities, std::move(from.activities));
  append(into.quotas, std::move(from.quotas));
  append(into.forecasts, std::move(from.forecasts));
}

}  // namespace

Result<CrmImportResult> ImportCrmFiles(store::Store& store, const CrmImportOptions& options,
                                       Diagnostics* diagnostics) {
  if (options.files.empty()) return Status::InvalidArgument("no files to import");
  SC_ASSIGN_OR_RETURN(ingest::ColumnMap map, ChooseColumnMap(options, diagnostics));

  std::vector<ingest::ParsedCrmFile> files;
  std::size_t unreadable = 0;
  for (const std::filesystem::path& path : options.files) {
    Result<ingest::ParsedCrmFile> file = ParseFile(path, map, options, diagnostics);
    if (file.ok()) {
      files.push_back(std::move(file).value());
    } else if (file.status().code() == StatusCode::kInvalidArgument) {
      ++unreadable;  // located diagnostics already say why; keep checking the other files
    } else {
      return file.status();
    }
  }

  // Owners resolve against the stored reps and the reps arriving in this import.
  SC_ASSIGN_OR_RETURN(std::vector<model::Rep> known_reps, store.ListReps());
  for (const ingest::ParsedCrmFile& file : files) {
    known_reps.insert(known_reps.end(), file.batch.reps.begin(), file.batch.reps.end());
  }
  ingest::RepDirectory directory(known_reps);
  CrmImportResult result;
  for (ingest::ParsedCrmFile& file : files) {
    ingest::ResolveRepReferences(directory, file, diagnostics);
    std::size_t rejected = file.rejected.size();
    result.files.push_back(
        CrmFileResult{file.source, file.kind, file.origins.size() + rejected, rejected});
    result.rejected += rejected;
  }

  if (unreadable > 0 || (result.rejected > 0 && !options.skip_bad_rows)) {
    return Status::InvalidArgument(fmt::format(
        "{} found; nothing was imported{}",
        diagnostics->size() == 1 ? std::string("1 problem")
                                 : fmt::format("{} problems", diagnostics->size()),
        unreadable > 0 ? "" : " (fix them, or pass --skip-bad-rows to import the good records)"));
  }
  if (result.rejected > 0) {
    SC_RETURN_IF_ERROR(WriteRejects(options.rejects, files));
    result.rejects_file = options.rejects;
  }
  model::CrmBatch batch;
  for (ingest::ParsedCrmFile& file : files) Merge(batch, std::move(file.batch));
  SC_ASSIGN_OR_RETURN(result.summary, store.ImportCrm(batch));
  return result;
}

}  // namespace sc::app
