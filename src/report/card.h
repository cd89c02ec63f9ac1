// The seed's "⚡ Quick Coaching" card: one rep's top strength, focus area, this week's tip and
// the call to review, in Markdown, for a chat message or the top of an e-mail. Wording comes
// from report_text.h (CardOf), shared with the full report. Pure and thread-safe.
#pragma once

#include <string>

#include "report/report_data.h"

namespace sc::report {

// The card, ending with a newline.
std::string RenderCard(const ReportData& report);

}  // namespace sc::report
