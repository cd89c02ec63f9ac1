// ReportData: everything one rep's coaching report shows, assembled by the app from the store
// and computed by metrics, scoring and coaching. Every renderer (JSON here; Markdown, card and
// HTML) draws from this one struct, so the formats cannot disagree.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "base/date.h"
#include "base/period.h"
#include "coaching/call_review.h"
#include "coaching/coaching_plan.h"
#include "metrics/benchmarks.h"
#include "metrics/quarterly_trend.h"
#include "model/rep.h"
#include "report/clip_links.h"
#include "scoring/rep_scores.h"
#include "scoring/scoring_config.h"

namespace sc::report {

enum class ReportStatus { kDraft, kPendingReview, kApproved, kSent };
// "draft", "pending_review", "approved", "sent": the store's snapshot statuses.
std::string_view ReportStatusName(ReportStatus status);
std::optional<ReportStatus> ParseReportStatus(std::string_view name);

struct ReportData {
  model::Rep rep;
  Date as_of;
  Period period;
  Period outcome_period;              // deal outcomes are read over this
  std::optional<model::Skill> focus;  // --focus
  std::size_t calls_analyzed = 0;
  std::size_t deals_reviewed = 0;  // the rep's deals in play in the period
  scoring::RepScores scores;
  std::array<double, model::kSkillCount> weights{};  // the skill weights scores used
  metrics::RepBenchmarks benchmarks;
  metrics::QuarterlyTrend quarterly;
  coaching::CoachingPlan plan;
  coaching::CallReview call_review;
  bool include_call_review = true;  // false: --no-call-review; renderers leave the section out
  ReportStatus status = ReportStatus::kDraft;
  ClipLinks clips;  // links from quoted moments to their recordings; none by default
};

}  // namespace sc::report
