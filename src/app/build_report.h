// BuildReport: the use case behind `salescoach report`: one rep's coaching report as of a date,
// from the store's CRM records and call analyses, never from transcripts.
//
// Steps: load the rep's evidence (rep_evidence.h); benchmark the CRM metrics against the team;
// score the skills against the previous snapshot; build the coaching plan with the playbook;
// pick the calls to review; and, unless the report is narrowed to one skill, store it as the
// rep's snapshot for `as_of` (replacing an earlier run for the same date, and keeping an
// "approved" or "sent" status that run already had). A report with a Critical score is stored
// as "pending_review". The snapshot keeps the JSON document and the Markdown, HTML and card
// renderings, which are what a delivery sends.
#pragma once

#include <optional>
#include <string>

#include "app/coaching_setup.h"
#include "app/rep_evidence.h"
#include "base/date.h"
#include "base/result.h"
#include "model/skill.h"
#include "report/report_data.h"
#include "store/store.h"

namespace sc::app {

struct ReportOptions {
  std::string rep_id;
  Date as_of;
  std::string period = "90d";         // as Period::Parse reads it
  std::optional<model::Skill> focus;  // narrows the recommendations; not stored
  bool include_call_review = true;    // --no-call-review leaves the section out
  bool save_snapshot = true;
  report::ClipLinks clips;            // links from quoted moments to recordings; none by default
};

struct BuiltReport {
  report::ReportData data;
  std::string json;                         // RenderReportJson(data)
  // The report for people, stored with the snapshot so a delivery sends exactly these.
  std::string markdown;  // RenderMarkdownReport(data)
  std::string html;      // RenderHtmlReport(data)
  std::string card;      // RenderCard(data)
  std::optional<std::int64_t> snapshot_id;  // when stored
  bool storable = true;                     // false for a report narrowed to one skill
};

// Returns kInvalidArgument for a bad period, kNotFound for an unknown rep, and any store or
// coaching failure. `organisation` comes from LoadOrganisation, loaded once for many reports.
Result<BuiltReport> BuildReport(store::Store& store, const CoachingKnowledge& knowledge,
                                const OrganisationRecords& organisation,
                                const ReportOptions& options);

// Stores `built` (from BuildReport with save_snapshot off) as its rep's snapshot and sets its
// snapshot_id: what BuildReport does itself when save_snapshot is on. Lets reports be built
// in parallel, reading only, and stored afterwards in order. kInvalidArgument for a report
// that is not storable; the store's failures otherwise.
Status SaveReport(store::Store& store, BuiltReport& built);

}  // namespace sc::app
