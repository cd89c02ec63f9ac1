// The coaching report as a self-contained, e-mail-safe HTML page: the same sections, order and
// wording as the Markdown report (both draw on report_text.h), laid out with tables and inline
// style attributes only, as mail clients render them. No scripts, no style sheets, no images
// or other external resources; score bars are table cells with a width percentage and a
// background colour. Every text from transcripts, the CRM, the playbook or names goes through
// text::HtmlEscape, so a quote containing "<script>" shows as text. Pure and thread-safe.
#pragma once

#include <string>

#include "report/report_data.h"

namespace sc::report {

// The page, from "<!DOCTYPE html>" to "</html>" and a final newline.
std::string RenderHtmlReport(const ReportData& report);

}  // namespace sc::report
