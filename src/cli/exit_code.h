// The one mapping from Status codes to process exit codes (INTERFACES.md, "Exit codes").
#pragma once

#include "base/status.h"

namespace sc::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitBadInput = 65;      // sysexits EX_DATAERR: located diagnostics
inline constexpr int kExitUnavailable = 69;   // sysexits EX_UNAVAILABLE: a service is down

int ExitCodeFor(const Status& status);

}  // namespace sc::cli
