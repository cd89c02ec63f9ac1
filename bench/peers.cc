#include "bench/peers.h"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <sys/wait.h>

#include <cstdio>
#include <nlohmann/json.hpp>

namespace sc::bench {
namespace {

// `argument` quoted for /bin/sh: inside single quotes nothing is special but the quote itself.
std::string ShellQuote(const std::string& argument) {
  std::string quoted = "'";
  for (char c : argument) {
    if (c == '\'') {
      quoted += "'\\''";
    } else {
      quoted += c;
    }
  }
  return quoted + "'";
}

struct Output {
  std::string text;
  int exit_status = -1;  // -1 when the child did not exit normally
};

Result<Output> Capture(const std::vector<std::string>& command) {
  std::string line;
  for (const std::string& argument : command) {
    if (!line.empty()) line += ' ';
    line += ShellQuote(argument);
  }
  FILE* pipe = popen(line.c_str(), "r");
  if (pipe == nullptr) {
    return Status::FailedPrecondition(fmt::format("cannot start {}", command.front()));
  }
  Output output;
  char buffer[4096];
  for (std::size_t read; (read = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) {
    output.text.append(buffer, read);
  }
  int status = pclose(pipe);
  if (status != -1 && WIFEXITED(status)) output.exit_status = WEXITSTATUS(status);
  return output;
}

std::string LastLine(const std::string& text) {
  std::size_t end = text.find_last_not_of("\r\n");
  if (end == std::string::npos) return "";
  std::size_t begin = text.rfind('\n', end);
  return text.substr(begin == std::string::npos ? 0 : begin + 1, end + 1 - (begin + 1));
}

}  // namespace

Result<PeerFigures> RunPeer(const std::vector<std::string>& command) {
  SC_ASSIGN_OR_RETURN(Output output, Capture(command));
  std::string shown = fmt::format("{}", fmt::join(command, " "));
  if (output.exit_status != 0) {
    return Status::FailedPrecondition(
        fmt::format("'{}' failed (exit status {}); scripts/install-deps.sh --bench installs the "
                    "peers",
                    shown, output.exit_status));
  }
  nlohmann::json figures = nlohmann::json::parse(LastLine(output.text), nullptr, false);
  if (!figures.is_object()) {
    return Status::FailedPrecondition(fmt::format("'{}' printed no figures", shown));
  }
  try {
    PeerFigures peer{
        figures.at("peer").get<std::string>(),    figures.at("version").get<std::string>(),
        figures.at("runtime").get<std::string>(), figures.at("utterances").get<std::size_t>(),
        figures.at("seconds").get<double>(),      figures.at("compound_sum").get<double>()};
    if (peer.utterances == 0 || peer.seconds <= 0) {
      return Status::InvalidArgument(fmt::format("'{}' scored nothing", shown));
    }
    return peer;
  } catch (const nlohmann::json::exception& error) {
    return Status::InvalidArgument(
        fmt::format("'{}' printed {}: {}", shown, figures.dump(), error.what()));
  }
}

}  // namespace sc::bench
