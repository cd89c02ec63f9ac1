#include "report/card.h"

#include <fmt/format.h>

#include "report/report_text.h"

namespace sc::report {

std::string RenderCard(const ReportData& report) {
  using text::MarkdownEscape;
  const text::CardText card = text::CardOf(report);
  std::string out = fmt::format("## ⚡ Quick Coaching: {}\n\n", MarkdownEscape(card.rep));
  std::string review = text::ReviewText(report);
  if (!review.empty()) {
    out += fmt::format("> ⚠️ **{}**: {}\n\n", text::kReviewLabel, MarkdownEscape(review));
  }
  out += fmt::format("**Top Strength**: {}\n", MarkdownEscape(card.strength));
  out += fmt::format("**Focus Area**: {}\n\n", MarkdownEscape(card.focus));
  out += fmt::format("**This Week's Tip**:\n{}\n\n", MarkdownEscape(card.tip));
  out += fmt::format("📞 **Call to Review**: {}\n", MarkdownEscape(card.call_to_review));
  return out;
}

}  // namespace sc::report
