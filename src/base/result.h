// Result<T>: a value or the Status explaining why there is none.
//
// Shaped like C++23 std::expected (has_value/value/error) plus ok()/status() in the manner
// of absl::StatusOr, so a later move to std::expected is mechanical. Use the propagation
// macros to keep call sites flat:
//
//   Result<CsvTable> ReadTable(std::string_view path);
//   SC_ASSIGN_OR_RETURN(CsvTable table, ReadTable(path));
//   SC_RETURN_IF_ERROR(store.ImportCrm(batch));
#pragma once

#include <type_traits>
#include <utility>
#include <variant>

#include "base/check.h"
#include "base/status.h"

namespace sc {

template <typename T>
class [[nodiscard]] Result {
 public:
  // REQUIRES: !status.ok(); a Result made from a Status is always a failure.
  Result(Status status) : state_(std::move(status)) {  // NOLINT: implicit by design
    SC_CHECK(!std::get<Status>(state_).ok());
  }
  Result(const T& value) : state_(value) {}        // NOLINT: implicit by design
  Result(T&& value) : state_(std::move(value)) {}  // NOLINT: implicit by design
  template <typename U>
    requires(std::is_constructible_v<T, U&&> && !std::is_same_v<std::decay_t<U>, T> &&
             !std::is_same_v<std::decay_t<U>, Status> &&
             !std::is_same_v<std::decay_t<U>, Result<T>>)
  Result(U&& value) : state_(T(std::forward<U>(value))) {}  // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(state_); }
  bool has_value() const { return ok(); }
  explicit operator bool() const { return ok(); }

  // REQUIRES: ok().
  T& value() & {
    SC_CHECK(ok());
    return std::get<T>(state_);
  }
  const T& value() const& {
    SC_CHECK(ok());
    return std::get<T>(state_);
  }
  T&& value() && {
    SC_CHECK(ok());
    return std::get<T>(std::move(state_));
  }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  // Returns Status::Ok() on success, else the failure.
  Status status() const { return ok() ? Status::Ok() : std::get<Status>(state_); }
  // REQUIRES: !ok().
  const Status& error() const {
    SC_CHECK(!ok());
    return std::get<Status>(state_);
  }

 private:
  std::variant<Status, T> state_;
};

}  // namespace sc

#define SC_INTERNAL_CONCAT_INNER(a, b) a##b
#define SC_INTERNAL_CONCAT(a, b) SC_INTERNAL_CONCAT_INNER(a, b)

// Returns the Status of `expr` from the enclosing function when it is not ok.
#define SC_RETURN_IF_ERROR(expr) \
  SC_INTERNAL_RETURN_IF_ERROR(SC_INTERNAL_CONCAT(sc_status_, __LINE__), expr)
#define SC_INTERNAL_RETURN_IF_ERROR(status, expr) \
  do {                                            \
    ::sc::Status status = (expr);                 \
    if (!status.ok()) return status;              \
  } while (false)

// Evaluates `rexpr` (a Result<T>); on failure returns its Status, else moves the value into
// `lhs`, which may be a declaration ("auto x") or an existing variable.
#define SC_ASSIGN_OR_RETURN(lhs, rexpr) \
  SC_INTERNAL_ASSIGN_OR_RETURN(SC_INTERNAL_CONCAT(sc_result_, __LINE__), lhs, rexpr)
#define SC_INTERNAL_ASSIGN_OR_RETURN(result, lhs, rexpr) \
  auto result = (rexpr);                                 \
  if (!result.ok()) return result.status();              \
  lhs = std::move(result).value()
