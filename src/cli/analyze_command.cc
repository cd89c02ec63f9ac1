// `salescoach analyze` and `salescoach analyze-call FILE`
#include <chrono>

#include <fmt/format.h>

#include "analysis/call_analysis_json.h"
#include "app/analyze_call_file.h"
#include "app/analyze_calls.h"
#include "app/analyzer_setup.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/progress_bar.h"
#include "store/sqlite_store.h"

namespace sc::cli {
namespace {

struct AnalyzeArgs {
  bool all = false;
  std::size_t threads = 0;
};

int RunAnalyze(const AnalyzeArgs& args, const GlobalOptions& global) {
  Diagnostics diagnostics;
  Result<analysis::CallAnalyzer> analyzer = app::LoadCallAnalyzer(global.config, &diagnostics);
  if (!analyzer.ok()) return ReportFailure(analyzer.status(), diagnostics);
  Result<std::unique_ptr<store::SqliteStore>> store = store::SqliteStore::Open(global.db);
  if (!store.ok()) return ReportFailure(store.status(), diagnostics);
  ProgressBar bar("analyzing calls", global.quiet);
  auto started = std::chrono::steady_clock::now();
  Result<app::AnalyzeSummary> summary = app::AnalyzeStoredCalls(
      **store, *analyzer,
      {.all = args.all, .threads = args.threads,
       .progress = [&](std::size_t done, std::size_t total) { bar.Update(done, total); }});
  bar.Finish();
  if (!summary.ok()) return ReportFailure(summary.status(), diagnostics);
  if (global.quiet) return kExitOk;
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  fmt::print("analyzed {} calls ({} utterances) in {:.1f} s; {} already up to date\n",
             summary->analyzed, summary->utterances, seconds, summary->up_to_date);
  return kExitOk;
}

struct CallFileArgs {
  std::string file;
  std::string format = "auto";
  std::vector<std::string> rep_speakers;
  bool utterances = false;
  bool json = false;
};

// The human-readable summary printed without --json.
void PrintCallSummary(const model::CallAnalysis& a) {
  auto number = [](const std::optional<double>& value, std::string_view format) {
    return value ? fmt::format(fmt::runtime(format), *value) : std::string("n/a");
  };
  fmt::print("{} ({}, {}; speaker roles from {})\n", a.call_id, model::CallTypeName(a.call_type),
             a.call_type_from == "crm" ? "from metadata" : "from " + a.call_type_from,
             a.roles_from);
  fmt::print("  talk ratio {}, longest monologue {}, longest customer story {}\n",
             number(a.talk_ratio ? std::optional<double>(*a.talk_ratio * 100) : std::nullopt,
                    "{:.0f}%"),
             number(a.longest_monologue_s, "{:.0f} s"),
             number(a.longest_customer_story_s, "{:.0f} s"));
  fmt::print("  questions {} ({} open, {} follow-up), customer questions {}\n", a.questions.rep,
             a.questions.open, a.questions.follow_up, a.questions.customer);
  fmt::print("  fillers {} per min, {} wpm, patience {}\n", number(a.fillers.per_min, "{:.1f}"),
             number(a.wpm, "{:.0f}"), number(a.patience_s, "{:.1f} s"));
  std::size_t handled = 0;
  for (const model::Objection& o : a.objections) handled += o.handled;
  fmt::print("  objections {} ({} handled), next step: {}\n", a.objections.size(), handled,
             a.next_steps.specific ? "specific"
                                   : (a.next_steps.present ? "vague" : "none"));
  for (const model::Highlight& h : a.highlights) {
    fmt::print("  {} {} at {:.0f} s: \"{}\"\n", h.kind == model::HighlightKind::kStrength ? "+" : "-",
               h.skill, h.at_s, h.quote);
  }
}

int RunAnalyzeCall(const CallFileArgs& args, const GlobalOptions& global) {
  Diagnostics diagnostics;
  Result<analysis::CallAnalyzer> analyzer = app::LoadCallAnalyzer(global.config, &diagnostics);
  if (!analyzer.ok()) return ReportFailure(analyzer.status(), diagnostics);
  app::CallFileOptions options{
      .file = args.file,
      .format = *ingest::ParseTranscriptFormat(args.format == "json" ? "native" : args.format),
      .rep_speakers = args.rep_speakers,
      .utterances = args.utterances};
  Result<app::CallFileAnalysis> result = app::AnalyzeCallFile(*analyzer, options, &diagnostics);
  if (!result.ok()) return ReportFailure(result.status(), diagnostics);
  if (args.json || args.utterances) {
    fmt::print("{}\n", analysis::CallAnalysisToJson(result->analysis,
                                                    args.utterances ? &result->call : nullptr,
                                                    {.indent = 2}));
  } else {
    PrintCallSummary(result->analysis);
  }
  return kExitOk;
}

}  // namespace

Command RegisterAnalyze(CLI::App& app, const GlobalOptions& global) {
  CLI::App* analyze = app.add_subcommand(
      "analyze", "analyze every stored call not yet analyzed, on all cores");
  auto args = std::make_shared<AnalyzeArgs>();
  analyze->add_flag("--all", args->all, "re-analyze calls whose analysis is up to date too");
  analyze->add_option("--threads", args->threads, "worker threads (default: one per core)");
  return [args, &global] { return RunAnalyze(*args, global); };
}

Command RegisterAnalyzeCall(CLI::App& app, const GlobalOptions& global) {
  CLI::App* command = app.add_subcommand(
      "analyze-call", "analyze one transcript file without a database and print its measures");
  auto args = std::make_shared<CallFileArgs>();
  command->add_option("file", args->file, "a transcript file")->required()->check(CLI::ExistingFile);
  command->add_option("--format", args->format, "transcript format (default: sniffed)")
      ->check(CLI::IsMember({"auto", "vtt", "srt", "gong", "aws", "deepgram", "assemblyai",
                             "text", "json"}));
  command->add_option("--rep-speaker", args->rep_speakers,
                      "a speaker on the rep's side (repeat for several)");
  command->add_flag("--utterances", args->utterances, "include per-utterance detail (JSON)");
  command->add_flag("--json", args->json, "print the call analysis JSON");
  return [args, &global] { return RunAnalyzeCall(*args, global); };
}

}  // namespace sc::cli
