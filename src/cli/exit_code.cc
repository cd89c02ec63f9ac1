#include "cli/exit_code.h"

namespace sc::cli {

int ExitCodeFor(const Status& status) {
  switch (status.code()) {
    case StatusCode::kOk: return kExitOk;
    case StatusCode::kInvalidArgument: return kExitBadInput;
    case StatusCode::kUnavailable: return kExitUnavailable;
    case StatusCode::kNotFound:
    case StatusCode::kAlreadyExists:
    case StatusCode::kFailedPrecondition:
    case StatusCode::kIoError:
    case StatusCode::kInternal:
      break;
  }
  return kExitFailure;
}

}  // namespace sc::cli
