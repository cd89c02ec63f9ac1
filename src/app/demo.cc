#include "app/demo.h"

#include <map>

#include <fmt/format.h>

#include "analysis/call_analysis_json.h"
#include "app/analyzer_setup.h"
#include "app/build_report.h"
#include "app/coaching_setup.h"
#include "app/rep_evidence.h"
#include "base/file_io.h"
#include "app/delivery_setup.h"
#include "store/sqlite_store.h"

namespace sc::app {
namespace {

// The rep's stored call analyses, summed up.
Result<analysis::CallSummary> SummarizeStoredCalls(store::Store& store, const std::string& rep_id) {
  SC_ASSIGN_OR_RETURN(std::vector<store::CallAnalysisRecord> records,
                      store.ListAnalyses(rep_id, std::nullopt, std::nullopt));
  std::vector<model::CallAnalysis> analyses;
  analyses.reserve(records.size());
  for (const store::CallAnalysisRecord& record : records) {
    SC_ASSIGN_OR_RETURN(model::CallAnalysis analysis,
                        analysis::CallAnalysisFromJson(record.json, record.call_id));
    analyses.push_back(std::move(analysis));
  }
  return analysis::SummarizeCalls(analyses);
}

// Reads the loaded team back from the store, so the summary shows what was imported.
Result<std::vector<DemoRepLine>> SummarizeTeam(store::Store& store) {
  SC_ASSIGN_OR_RETURN(std::vector<model::Rep> reps, store.ListReps());
  std::map<std::string, std::string> names;
  for (const model::Rep& rep : reps) names[rep.id] = rep.name;
  std::vector<DemoRepLine> lines;
  for (const model::Rep& rep : reps) {
    if (rep.role != model::RepRole::kRep) continue;
    DemoRepLine line{rep.id, rep.name, std::string(model::SegmentName(rep.segment)),
                     names[rep.manager_id]};
    SC_ASSIGN_OR_RETURN(std::vector<model::Deal> deals, store.ListDeals(rep.id));
    double discount_sum = 0;
    int discounted = 0;
    for (const model::Deal& deal : deals) {
      ++line.deals;
      line.won += deal.status == model::DealStatus::kWon;
      line.lost += deal.status == model::DealStatus::kLost;
      if (deal.discount_pct) {
        discount_sum += *deal.discount_pct;
        ++discounted;
      }
    }
    line.mean_discount_pct = discounted > 0 ? discount_sum / discounted : 0;
    SC_ASSIGN_OR_RETURN(std::vector<model::Call> calls, store.ListCalls(rep.id));
    line.calls = static_cast<int>(calls.size());
    for (const model::Call& call : calls) line.call_hours += call.duration_s / 3600;
    SC_ASSIGN_OR_RETURN(line.call_measures, SummarizeStoredCalls(store, rep.id));
    lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace

namespace {

// Every rep's report as of `as_of`, written to `dir` as <rep id>.md, .card.md, .html and .json,
// and kept as a snapshot.
Result<std::vector<DemoReportLine>> WriteReports(store::Store& store,
                                                 const std::filesystem::path& config_dir,
                                                 Date as_of, const std::filesystem::path& dir,
                                                 Diagnostics* diagnostics) {
  SC_ASSIGN_OR_RETURN(CoachingKnowledge knowledge, LoadCoachingKnowledge(config_dir, diagnostics));
  SC_ASSIGN_OR_RETURN(delivery::DeliveryConfig delivery, LoadDeliverySetup(config_dir, diagnostics));
  SC_ASSIGN_OR_RETURN(OrganisationRecords organisation, LoadOrganisation(store));
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  std::vector<DemoReportLine> lines;
  for (const model::Rep& rep : organisation.reps) {
    SC_ASSIGN_OR_RETURN(BuiltReport built,
                        BuildReport(store, knowledge, organisation,
                                    {.rep_id = rep.id, .as_of = as_of, .clips = delivery.clips}));
    DemoReportLine line{.id = rep.id, .name = rep.name, .overall = built.data.scores.overall,
                        .held = built.data.plan.review.required,
                        .path = dir / (rep.id + ".md")};
    if (built.data.scores.overall_level) {
      line.level = scoring::LevelName(*built.data.scores.overall_level);
    }
    if (!built.data.plan.improvement_areas.empty()) {
      line.focus = model::SkillTitle(built.data.plan.improvement_areas.front().skill);
    }
    SC_RETURN_IF_ERROR(WriteFile(line.path, built.markdown));
    SC_RETURN_IF_ERROR(WriteFile(dir / (rep.id + ".card.md"), built.card));
    SC_RETURN_IF_ERROR(WriteFile(dir / (rep.id + ".html"), built.html));
    SC_RETURN_IF_ERROR(WriteFile(dir / (rep.id + ".json"), built.json));
    lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace

Result<DemoResult> RunDemo(const DemoOptions& options, Diagnostics* diagnostics) {
  sample::SampleOptions sample_options{.reps = options.reps,
                                       .days = options.days,
                                       .seed = options.seed,
                                       .end_date = options.end_date,
                                       .coaching_days = options.coaching_days};
  SC_ASSIGN_OR_RETURN(sample::SampleTeam team, sample::GenerateSampleTeam(sample_options));
  DemoResult result;
  SC_ASSIGN_OR_RETURN(result.files, sample::WriteSampleTeam(team, options.dir));

  result.database = options.dir / "salescoach.db";
  std::error_code error;
  for (const char* suffix : {"", "-wal", "-shm"}) {
    std::filesystem::remove(result.database.string() + suffix, error);
  }
  SC_ASSIGN_OR_RETURN(std::unique_ptr<store::SqliteStore> store,
                      store::SqliteStore::Open(result.database.string()));

  CrmImportOptions import;
  for (const sample::CrmFile& file : result.files.crm) {
    // Files with a preset are imported the way a user imports that export.
    if (!file.preset.empty()) continue;
    import.files.push_back(file.path);
  }
  SC_ASSIGN_OR_RETURN(result.import, ImportCrmFiles(*store, import, diagnostics));
  for (const sample::CrmFile& file : result.files.crm) {
    if (file.preset.empty()) continue;
    CrmImportOptions preset_import{.files = {file.path}, .preset = file.preset};
    SC_ASSIGN_OR_RETURN(CrmImportResult imported,
                        ImportCrmFiles(*store, preset_import, diagnostics));
    result.import.files.insert(result.import.files.end(), imported.files.begin(),
                               imported.files.end());
    result.import.summary.deals = imported.summary.deals;
  }
  CallImportOptions call_import{.paths = {result.files.manifest.parent_path()}};
  SC_ASSIGN_OR_RETURN(result.calls, ImportCallFiles(*store, call_import, diagnostics));
  SC_ASSIGN_OR_RETURN(analysis::CallAnalyzer analyzer,
                      LoadCallAnalyzer(options.config_dir, diagnostics));
  SC_ASSIGN_OR_RETURN(result.analysis, AnalyzeStoredCalls(*store, analyzer, {}));
  SC_ASSIGN_OR_RETURN(result.reps, SummarizeTeam(*store));
  SC_ASSIGN_OR_RETURN(result.reports,
                      WriteReports(*store, options.config_dir, options.end_date,
                                   options.dir / "reports", diagnostics));
  return result;
}

}  // namespace sc::app
