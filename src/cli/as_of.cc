#include <chrono>

#include <fmt/format.h>

#include "cli/commands.h"

namespace sc::cli {

Timestamp Now() {
  auto seconds = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  return Timestamp::FromSeconds(seconds.time_since_epoch().count());
}

Result<Date> AsOfDate(const std::string& text) {
  if (text.empty()) {
    auto now = std::chrono::system_clock::now();
    auto days = std::chrono::floor<std::chrono::days>(now).time_since_epoch().count();
    return Date::FromDays(static_cast<std::int32_t>(days));
  }
  std::optional<Date> date = Date::Parse(text);
  if (!date) {
    return Status::InvalidArgument(
        fmt::format("--as-of '{}' is not a date; write YYYY-MM-DD", text));
  }
  return *date;
}

}  // namespace sc::cli
