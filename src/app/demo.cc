#include "app/demo.h"

#include <map>

#include <fmt/format.h>

#include "analysis/call_analysis_json.h"
#include "app/analyzer_setup.h"
#include "app/build_report.h"
#include "app/coaching_setup.h"
#include "app/rep_evidence.h"
#include "base/file_io.h"
#include "app/demo_coaching.h"
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

Result<DemoResult> RunDemo(const DemoOptions& options, Diagnostics* diagnostics) {
  sample::SampleOptions sample_options{.reps = options.reps,
                                       .days = options.days,
                                       .seed = options.seed,
                                       .end_date = options.end_date,
                                       .coaching_days = 7 * (options.coaching_weeks - 1),
                                       // enough for a few focus skills to reach Proficient
                                       // within the quarter, as coached skills do
                                       .improvement_points = 30};
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
  store.reset();  // the coaching quarter opens its own connections
  SC_ASSIGN_OR_RETURN(result.coaching, RunDemoCoaching({.database = result.database,
                                                        .dir = options.dir,
                                                        .config_dir = options.config_dir,
                                                        .end_date = options.end_date,
                                                        .weeks = options.coaching_weeks,
                                                        .seed = options.seed},
                                                       diagnostics));
  SC_ASSIGN_OR_RETURN(store, store::SqliteStore::Open(result.database.string()));
  SC_ASSIGN_OR_RETURN(result.impact, MeasureImpact(*store, options.end_date));
  return result;
}

}  // namespace sc::app
