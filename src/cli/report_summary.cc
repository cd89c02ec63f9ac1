#include <fmt/format.h>

#include "cli/commands.h"

namespace sc::cli {

void PrintReportSummary(const std::vector<app::TeamReportLine>& reports,
                        const std::filesystem::path& dir) {
  if (reports.empty()) return;
  fmt::print("\nCoaching reports (Markdown, card, HTML and JSON) in {}\n\n", dir.string());
  fmt::print("{:<7} {:<22} {:>7}  {:<15} {:<19} {}\n", "rep", "name", "overall", "level",
             "top focus", "review");
  for (const app::TeamReportLine& report : reports) {
    fmt::print("{:<7} {:<22} {:>7}  {:<15} {:<19} {}\n", report.id, report.name,
               report.overall ? fmt::format("{:.0f}", *report.overall) : "-",
               report.level.empty() ? "-" : report.level, report.focus.empty() ? "-" : report.focus,
               report.held ? "held for manager review" : "-");
  }
  fmt::print("\n");
}

}  // namespace sc::cli
