// The report as JSON (INTERFACES.md, "Report JSON"): `salescoach report --format json`.
//
// Field names and meanings are public. Scores are whole numbers; shares are 0..1 with three
// decimals; an unknown value is null, never 0 or NaN. Every component carries its evidence:
// the measures behind it (value, sample, target, score), the calls and deals they were taken
// from, and quotes with call, date and time, so a reader can follow each score to its source.
// Team examples carry no call, name or date. "call_review" is null when the report leaves the
// call review out (--no-call-review). Pure and thread-safe.
#pragma once

#include <string>

#include "report/report_data.h"

namespace sc::report {

// The document, pretty-printed with two-space indents and a final newline. The characters
// < > & are written as \u003c \u003e \u0026, so transcript text such as "</script>" stays
// inert even where the document is pasted into an HTML page; any JSON parser reads them back
// as the characters they stand for.
std::string RenderReportJson(const ReportData& report);

// `json` (any JSON text) with < > & written as \u003c \u003e \u0026: the same document, safe
// to embed in HTML. For every writer of report documents, so they all escape alike.
std::string HtmlSafeJson(std::string_view json);

}  // namespace sc::report
