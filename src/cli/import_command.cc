// `salescoach import crm FILE...`
#include <fmt/format.h>

#include "app/import_calls.h"
#include "app/import_crm.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "store/sqlite_store.h"

namespace sc::cli {
namespace {

struct ImportArgs {
  std::vector<std::string> files;
  std::string kind;
  std::string preset;
  std::string mapping;
  bool skip_bad_rows = false;
  std::string rejects = "salescoach-rejects.csv";
};

void PrintSummary(const app::CrmImportResult& result) {
  for (const app::CrmFileResult& file : result.files) {
    fmt::print("{}: {} read{}\n", file.source, ingest::RecordCountText(file.records, file.kind),
               file.rejected > 0 ? fmt::format(", {} rejected", file.rejected) : "");
  }
  const store::ImportSummary& s = result.summary;
  fmt::print("imported: {} reps, {} deals, {} activities, {} quotas, {} forecasts "
             "({} new, {} updated)\n",
             s.reps.total(), s.deals.total(), s.activities.total(), s.quotas.total(),
             s.forecasts.total(),
             s.reps.inserted + s.deals.inserted + s.activities.inserted + s.quotas.inserted +
                 s.forecasts.inserted,
             s.reps.updated + s.deals.updated + s.activities.updated + s.quotas.updated +
                 s.forecasts.updated);
  if (!result.rejects_file.empty()) {
    fmt::print("rejected records written to {}\n", result.rejects_file.string());
  }
}

int RunImportCrm(const ImportArgs& args, const GlobalOptions& global) {
  app::CrmImportOptions options{.preset = args.preset,
                                .mapping = args.mapping,
                                .skip_bad_rows = args.skip_bad_rows,
                                .rejects = args.rejects};
  for (const std::string& file : args.files) options.files.emplace_back(file);
  if (!args.kind.empty()) options.kind = ingest::ParseCrmKind(args.kind);
  Diagnostics diagnostics;
  Result<std::unique_ptr<store::SqliteStore>> store = store::SqliteStore::Open(global.db);
  if (!store.ok()) return ReportFailure(store.status(), diagnostics);
  Result<app::CrmImportResult> result = app::ImportCrmFiles(**store, options, &diagnostics);
  if (!result.ok()) return ReportFailure(result.status(), diagnostics);
  if (!diagnostics.empty()) fmt::print(stderr, "{}\n", diagnostics.FormatAll());
  if (!global.quiet) PrintSummary(*result);
  return kExitOk;
}

struct CallArgs {
  std::vector<std::string> paths;
  std::string manifest;
  std::string format = "auto";
};

int RunImportCalls(const CallArgs& args, const GlobalOptions& global) {
  app::CallImportOptions options{.manifest = args.manifest,
                                 .format = *ingest::ParseTranscriptFormat(
                                     args.format == "json" ? "native" : args.format)};
  for (const std::string& path : args.paths) options.paths.emplace_back(path);
  Diagnostics diagnostics;
  Result<std::unique_ptr<store::SqliteStore>> store = store::SqliteStore::Open(global.db);
  if (!store.ok()) return ReportFailure(store.status(), diagnostics);
  Result<app::CallImportResult> result = app::ImportCallFiles(**store, options, &diagnostics);
  if (!result.ok()) return ReportFailure(result.status(), diagnostics);
  for (const std::string& warning : result->warnings) fmt::print(stderr, "warning: {}\n", warning);
  if (global.quiet) return kExitOk;
  fmt::print("imported {} calls from {} files ({} new, {} updated)\n", result->calls.total(),
             result->files, result->calls.inserted, result->calls.updated);
  std::string roles;
  for (const auto& [method, count] : result->roles_from) {
    roles += fmt::format("{}{} {}", roles.empty() ? "" : ", ", count, method);
  }
  fmt::print("speaker roles decided by: {}\n", roles);
  return kExitOk;
}

}  // namespace

Command RegisterImport(CLI::App& app, const GlobalOptions& global) {
  CLI::App* import = app.add_subcommand("import", "import CRM records or call transcripts");
  import->require_subcommand(1);
  import->fallthrough();
  CLI::App* crm = import->add_subcommand(
      "crm", "import reps, deals, activities, quotas or forecasts from CSV or JSON Lines");
  auto args = std::make_shared<ImportArgs>();
  crm->add_option("files", args->files, "CSV (.csv) or JSON Lines (.jsonl) files")
      ->required()
      ->check(CLI::ExistingFile);
  crm->add_option("--kind", args->kind, "what the files hold (default: from name or header)")
      ->check(CLI::IsMember({"reps", "deals", "activities", "quotas", "forecasts"}));
  crm->add_option("--preset", args->preset, "column preset of a known export")
      ->check(CLI::IsMember({"salesforce", "hubspot"}));
  crm->add_option("--mapping", args->mapping, "YAML file mapping export columns to fields")
      ->check(CLI::ExistingFile);
  crm->add_flag("--skip-bad-rows", args->skip_bad_rows,
                "import the good records and write the bad ones to --rejects");
  crm->add_option("--rejects", args->rejects, "where --skip-bad-rows writes rejected records")
      ->capture_default_str();
  crm->get_option("--preset")->excludes(crm->get_option("--mapping"));

  CLI::App* calls = import->add_subcommand(
      "calls", "import call transcripts (WebVTT, SRT, Gong, AWS, Deepgram, AssemblyAI, text)");
  auto call_args = std::make_shared<CallArgs>();
  calls->add_option("paths", call_args->paths,
                    "transcript files, or folders (a folder's manifest.csv is used)")
      ->check(CLI::ExistingPath);
  calls->add_option("--manifest", call_args->manifest,
                    "CSV linking files to reps, deals and call types")
      ->check(CLI::ExistingFile);
  calls->add_option("--format", call_args->format, "transcript format")
      ->check(CLI::IsMember({"auto", "vtt", "srt", "gong", "aws", "deepgram", "assemblyai",
                             "text", "json"}))
      ->capture_default_str();
  return [args, call_args, &global, crm, calls]() {
    if (crm->parsed()) return RunImportCrm(*args, global);
    if (calls->parsed()) {
      if (call_args->paths.empty() && call_args->manifest.empty()) {
        fmt::print(stderr, "salescoach: name transcript files or folders, or --manifest\n");
        return kExitUsage;
      }
      return RunImportCalls(*call_args, global);
    }
    return kExitUsage;
  };
}

}  // namespace sc::cli
