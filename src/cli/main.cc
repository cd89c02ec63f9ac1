// salescoach: the command-line front end. Parses arguments, runs one subcommand, and turns
// its outcome into an exit code; everything else lives in the libraries.
#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/exit_code.h"

#ifndef SC_VERSION
#define SC_VERSION "0.0.0"
#endif

int main(int argc, char** argv) {
  CLI::App app{"salescoach: explainable sales coaching from your CRM and call transcripts"};
  app.name("salescoach");
  app.set_version_flag("--version", std::string("salescoach ") + SC_VERSION);
  app.require_subcommand(1);
  app.fallthrough();  // global options (--db, -q) may follow the subcommand too
  sc::cli::GlobalOptions global;
  app.add_option("--db", global.db, "database file (default ./salescoach.db)");
  app.add_option("--config", global.config,
                 "folder of overrides: trackers.yaml, stopwords.txt, vader_lexicon.txt, "
                 "scoring.yaml, playbook.yaml, tone.yaml, delivery.yaml")
      ->check(CLI::ExistingDirectory);
  app.add_flag("-q,--quiet", global.quiet, "print only errors");

  std::vector<std::pair<CLI::App*, sc::cli::Command>> commands;
  auto add = [&](auto register_command) {
    std::size_t before = app.get_subcommands({}).size();
    sc::cli::Command command = register_command(app, global);
    commands.emplace_back(app.get_subcommands({})[before], std::move(command));
  };
  add(sc::cli::RegisterDemo);
  add(sc::cli::RegisterImport);
  add(sc::cli::RegisterAnalyze);
  add(sc::cli::RegisterAnalyzeCall);
  add(sc::cli::RegisterReport);
  add(sc::cli::RegisterReview);
  add(sc::cli::RegisterFeedback);
  add(sc::cli::RegisterTeam);
  add(sc::cli::RegisterProgress);
  add(sc::cli::RegisterImpact);
  add(sc::cli::RegisterSend);
  add(sc::cli::RegisterFollowUps);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    int code = app.exit(error);
    return code == 0 ? sc::cli::kExitOk : sc::cli::kExitUsage;
  }
  for (auto& [subcommand, command] : commands) {
    if (subcommand->parsed()) return command();
  }
  return sc::cli::kExitUsage;
}
