#include "report/html_blocks.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "report/report_text.h"
#include "scoring/levels.h"

namespace sc::report::html {

using text::HtmlEscape;

std::string PageStart(std::string_view title, int width) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += fmt::format("<title>{}</title>\n</head>\n", HtmlEscape(title));
  out += "<body style=\"margin:0;padding:0;background-color:#f4f5f7;\">\n";
  out +=
      "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" "
      "border=\"0\" style=\"width:100%;background-color:#f4f5f7;\">\n<tr><td align=\"center\" "
      "style=\"padding:24px 8px;\">\n";
  out += fmt::format(
      "<table role=\"presentation\" width=\"{0}\" cellpadding=\"0\" cellspacing=\"0\" "
      "border=\"0\" style=\"width:{0}px;max-width:100%;background-color:#ffffff;"
      "font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:20px;"
      "color:#1f2933;\">\n<tr><td style=\"padding:24px;text-align:left;\">\n",
      width);
  return out;
}

std::string PageEnd() { return "</td></tr>\n</table>\n</td></tr>\n</table>\n</body>\n</html>\n"; }

void H2(std::string& out, std::string_view title) {
  out += fmt::format(
      "<h2 style=\"margin:0 0 12px 0;font-size:22px;line-height:28px;color:#1a202c;\">{}</h2>\n",
      HtmlEscape(title));
}

void H3(std::string& out, std::string_view title) {
  out += fmt::format(
      "<h3 style=\"margin:24px 0 8px 0;font-size:18px;line-height:24px;color:#1a202c;\">{}"
      "</h3>\n",
      HtmlEscape(title));
}

void H4(std::string& out, std::string_view title) {
  out += fmt::format(
      "<h4 style=\"margin:16px 0 8px 0;font-size:15px;line-height:20px;color:#1a202c;\">{}"
      "</h4>\n",
      HtmlEscape(title));
}

// A paragraph of `html` (already escaped).
void P(std::string& out, std::string_view html) {
  out += fmt::format("<p style=\"margin:0 0 10px 0;\">{}</p>\n", html);
}

// "<strong>Label</strong>: value", both escaped.
std::string Labelled(std::string_view label, std::string_view value) {
  return fmt::format("<strong>{}</strong>: {}", HtmlEscape(label), HtmlEscape(value));
}

std::string_view ColourOf(double score) {
  scoring::Level level = scoring::LevelOf(score, scoring::LevelBands{});
  switch (level) {
    case scoring::Level::kExpert:
    case scoring::Level::kProficient:
      return "#2f855a";
    case scoring::Level::kDeveloping:
      return "#b7791f";
    case scoring::Level::kNeedsCoaching:
      return "#dd6b20";
    case scoring::Level::kCritical:
      return "#c53030";
  }
  return "#718096";
}

// A horizontal bar for a 0..100 score; a sentence-free empty string when unknown.
std::string Bar(std::optional<double> score) {
  if (!score || !std::isfinite(*score)) return "";
  long filled = std::clamp(std::lround(*score), 0L, 100L);
  std::string out(kTable);
  out += "<tr>";
  constexpr std::string_view kSegment =
      "<td width=\"{0}%\" style=\"width:{0}%;height:8px;background-color:{1};font-size:0;"
      "line-height:0;\">&nbsp;</td>";
  if (filled > 0) out += fmt::format(kSegment, filled, ColourOf(*score));
  if (filled < 100) out += fmt::format(kSegment, 100 - filled, "#e2e8f0");
  out += "</tr></table>";
  return out;
}

// A table with a header row; every cell is already HTML.
void Table(std::string& out, const std::vector<std::string>& head,
           const std::vector<std::vector<std::string>>& rows) {
  out += kTable;
  out += "\n<tr>";
  for (const std::string& cell : head) {
    out += fmt::format("<th style=\"{}\">{}</th>", kHeadCell, HtmlEscape(cell));
  }
  out += "</tr>\n";
  for (const std::vector<std::string>& row : rows) {
    out += "<tr>";
    for (const std::string& cell : row) out += fmt::format("<td style=\"{}\">{}</td>", kCell, cell);
    out += "</tr>\n";
  }
  out += "</table>\n";
}

}  // namespace sc::report::html
