// The building blocks of the email-safe HTML pages (a rep's report, a manager's roll-up):
// headings, paragraphs, tables and score bars made of plain table cells with inline styles,
// in a centred frame, so every mail client shows them the same and no page needs CSS or
// scripts. Every function that takes text escapes it; those that take `html` expect it
// escaped already.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sc::report::html {

inline constexpr std::string_view kTable =
    R"(<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" )"
    R"(style="width:100%;border-collapse:collapse;">)";
inline constexpr std::string_view kCell =
    "padding:6px 8px;border-bottom:1px solid #e2e8f0;text-align:left;vertical-align:top;";
inline constexpr std::string_view kHeadCell =
    "padding:6px 8px;border-bottom:2px solid #cbd5e0;text-align:left;font-weight:bold;"
    "background-color:#f7fafc;";

// "<!DOCTYPE html>" up to the opening of the page's content cell: a white column `width`
// pixels wide (at most the screen's) on a grey background, titled `title`.
std::string PageStart(std::string_view title, int width);
// Closes what PageStart opened.
std::string PageEnd();

void H2(std::string& out, std::string_view title);
void H3(std::string& out, std::string_view title);
void H4(std::string& out, std::string_view title);
// A paragraph of `html` (already escaped).
void P(std::string& out, std::string_view html);
// "<strong>Label</strong>: value", both escaped.
std::string Labelled(std::string_view label, std::string_view value);
// The colour of a score's level: green (Proficient and up), amber, orange, red (Critical).
std::string_view ColourOf(double score);
// A horizontal bar for a 0..100 score; an empty string when unknown.
std::string Bar(std::optional<double> score);
// A table with a header row; every cell is already HTML.
void Table(std::string& out, const std::vector<std::string>& head,
           const std::vector<std::vector<std::string>>& rows);

}  // namespace sc::report::html
