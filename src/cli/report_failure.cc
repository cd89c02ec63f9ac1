#include <cstdio>

#include <fmt/format.h>

#include "base/diagnostics.h"
#include "cli/commands.h"
#include "cli/exit_code.h"

namespace sc::cli {

int ReportFailure(const Status& status, const Diagnostics& diagnostics) {
  if (!diagnostics.empty()) fmt::print(stderr, "{}\n", diagnostics.FormatAll());
  fmt::print(stderr, "salescoach: {}\n", status.message());
  return ExitCodeFor(status);
}

}  // namespace sc::cli
