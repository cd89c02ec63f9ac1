#include "base/command.h"

#include <fmt/format.h>
#include <sys/wait.h>

#include <cstdio>

#include "base/check.h"

namespace sc {
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

}  // namespace

Result<CommandOutput> RunCommand(const std::vector<std::string>& argv) {
  SC_CHECK(!argv.empty());
  std::string line;
  for (const std::string& argument : argv) {
    if (!line.empty()) line += ' ';
    line += ShellQuote(argument);
  }
  FILE* pipe = popen(line.c_str(), "r");
  if (pipe == nullptr) {
    return Status::FailedPrecondition(fmt::format("cannot start {}", argv.front()));
  }
  CommandOutput output;
  char buffer[4096];
  for (std::size_t read; (read = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) {
    output.out.append(buffer, read);
  }
  int status = pclose(pipe);
  if (status != -1 && WIFEXITED(status)) output.exit_status = WEXITSTATUS(status);
  return output;
}

}  // namespace sc
