// SC_CHECK: invariants that no input can break.
//
// A failed check is a bug: it prints the condition with file and line to stderr and aborts,
// in every build type. Never use it for anything the user or the environment controls; those
// are Status values (see status.h).
#pragma once

namespace sc::internal {
[[noreturn]] void CheckFailed(const char* condition, const char* file, int line);
}  // namespace sc::internal

#define SC_CHECK(condition) \
  ((condition) ? static_cast<void>(0) : ::sc::internal::CheckFailed(#condition, __FILE__, __LINE__))
