// The subcommands of `salescoach`. Each Register function adds one subcommand to the CLI11
// app and returns the function that runs it once arguments are parsed; that function prints
// results to stdout, diagnostics and errors to stderr, and returns the exit code.
#pragma once

#include <functional>
#include <string>

#include <CLI/CLI.hpp>

#include "app/impact.h"
#include "app/team_run.h"
#include "base/date.h"
#include "base/diagnostics.h"
#include "base/result.h"
#include "base/status.h"

namespace sc::cli {

// Options every subcommand understands.
struct GlobalOptions {
  std::string db = "salescoach.db";
  std::string config;  // folder of overrides: trackers.yaml, stopwords.txt, ...
  bool quiet = false;
};

using Command = std::function<int()>;

Command RegisterDemo(CLI::App& app, const GlobalOptions& global);
Command RegisterImport(CLI::App& app, const GlobalOptions& global);
Command RegisterAnalyze(CLI::App& app, const GlobalOptions& global);
Command RegisterAnalyzeCall(CLI::App& app, const GlobalOptions& global);

Command RegisterReport(CLI::App& app, const GlobalOptions& global);
Command RegisterReview(CLI::App& app, const GlobalOptions& global);
Command RegisterFeedback(CLI::App& app, const GlobalOptions& global);
Command RegisterTeam(CLI::App& app, const GlobalOptions& global);
Command RegisterProgress(CLI::App& app, const GlobalOptions& global);
Command RegisterImpact(CLI::App& app, const GlobalOptions& global);
Command RegisterSend(CLI::App& app, const GlobalOptions& global);
Command RegisterFollowUps(CLI::App& app, const GlobalOptions& global);

// The current time, to the second: the CLI is the edge where the clock may be read, and passes
// it to the use cases that record when something happened.
Timestamp Now();

// The date an `--as-of` option gives: today (the CLI is the edge where the clock may be read)
// when `text` is empty, else `text` as YYYY-MM-DD; kInvalidArgument naming it otherwise.
Result<Date> AsOfDate(const std::string& text);

// Prints the reports a run wrote into `dir`: rep, name, overall, level, top focus and whether
// the report is held for a manager's review (demo and team).
void PrintReportSummary(const std::vector<app::TeamReportLine>& reports,
                        const std::filesystem::path& dir);

// Prints the coaching program's metrics, a table per group (impact and demo).
void PrintImpact(const app::ImpactResult& result);

// Prints a failed Status (and its diagnostics, if any) to stderr and returns the exit code.
int ReportFailure(const Status& status, const Diagnostics& diagnostics);

}  // namespace sc::cli
