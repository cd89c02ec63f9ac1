// Status: the outcome of an operation that can fail in an expected way.
//
// A cheap value with a small set of canonical codes, shaped after LevelDB's and Abseil's.
// Success carries no message. Failures carry a one-line message that names the thing and the
// reason; the CLI maps codes to exit statuses in exactly one place (cli/exit_code.cc).
//
//   Status s = store.ImportCrm(batch);
//   if (!s.ok()) return s.WithContext("while importing deals.csv");
#pragma once

#include <string>
#include <string_view>

namespace sc {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,     // input the user can fix; usually comes with located diagnostics
  kNotFound,            // a named record or file does not exist
  kAlreadyExists,       // creating something that is already there
  kFailedPrecondition,  // the system is not in a state where this can run
  kUnavailable,         // a service (database server, SMTP) cannot be reached
  kIoError,             // the file system or a device failed
  kInternal,            // a bug or a library failure we cannot explain to the user
};

// Returns the code's name, for example "invalid argument".
std::string_view StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;  // success
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string message);
  static Status NotFound(std::string message);
  static Status AlreadyExists(std::string message);
  static Status FailedPrecondition(std::string message);
  static Status Unavailable(std::string message);
  static Status IoError(std::string message);
  static Status Internal(std::string message);

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // Returns a copy whose message is prefixed with `context` ("context: message"); success
  // stays success.
  Status WithContext(std::string_view context) const;

  // "ok", or "<code name>: <message>".
  std::string ToString() const;

  // Marks a deliberately ignored failure so that reviewers can see it.
  void IgnoreError() const {}

  friend bool operator==(const Status&, const Status&) = default;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

}  // namespace sc
