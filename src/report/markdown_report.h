// The coaching report as Markdown: the seed's "📈 Sales Coaching Report", every section in
// the seed's order with its emoji (header, Performance Summary, Skill Assessment, ✅ Strengths,
// 🎯 Focus Areas for Improvement, 📞 Call Review Highlights, 📋 This Week's Focus, Progress
// Tracking). A section without data says so in words; tables are never empty; an unknown
// value is "—". Text from calls, the CRM and the playbook is escaped for Markdown, so it
// never turns into markup. Wording and numbers come from report_text.h, shared with the card
// and HTML. Pure and thread-safe.
#pragma once

#include <string>

#include "report/report_data.h"

namespace sc::report {

// The report, ending with a newline.
std::string RenderMarkdownReport(const ReportData& report);

}  // namespace sc::report
