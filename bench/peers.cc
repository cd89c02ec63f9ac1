#include "bench/peers.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <nlohmann/json.hpp>

#include "base/command.h"

namespace sc::bench {
namespace {

std::string LastLine(const std::string& text) {
  std::size_t end = text.find_last_not_of("\r\n");
  if (end == std::string::npos) return "";
  std::size_t begin = text.rfind('\n', end);
  begin = begin == std::string::npos ? 0 : begin + 1;
  return text.substr(begin, end + 1 - begin);
}

}  // namespace

Result<PeerFigures> RunPeer(const std::vector<std::string>& command) {
  SC_ASSIGN_OR_RETURN(CommandOutput output, RunCommand(command));
  std::string shown = fmt::format("{}", fmt::join(command, " "));
  if (output.exit_status != 0) {
    return Status::FailedPrecondition(
        fmt::format("'{}' failed (exit status {}); scripts/install-deps.sh --bench installs the "
                    "peers",
                    shown, output.exit_status));
  }
  nlohmann::json figures = nlohmann::json::parse(LastLine(output.out), nullptr, false);
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
