#include "bench/scale_org.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <system_error>
#include <unordered_map>

#include "base/file_io.h"
#include "base/text.h"
#include "bench/native_json_writer.h"
#include "sample/crm_csv.h"
#include "sample/sample_team.h"

namespace sc::bench {
namespace {

namespace fs = std::filesystem;

constexpr double kBytesPerMb = 1e6;
constexpr std::int64_t kSecondsPerDay = 86'400;

constexpr std::string_view kDealsHeader =
    "id,rep_id,name,account,amount,currency,stage,status,created_at,closed_at,list_amount,"
    "discount_pct,icp_fit,metrics,economic_buyer,decision_criteria,decision_process,"
    "paper_process,identify_pain,champion,competition,loss_reason,disqualified,price_objection\n";

// One CSV file the batches append to.
class CsvOutput {
 public:
  static Result<std::unique_ptr<CsvOutput>> Create(const fs::path& path) {
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (file == nullptr) {
      return Status::IoError(
          fmt::format("cannot write {}: {}", path.string(), std::strerror(errno)));
    }
    return std::unique_ptr<CsvOutput>(new CsvOutput(path, file));
  }
  ~CsvOutput() {
    if (file_ != nullptr) std::fclose(file_);
  }
  CsvOutput(const CsvOutput&) = delete;
  CsvOutput& operator=(const CsvOutput&) = delete;

  // Appends `rows`, a whole rendered file; its header line only while the file is empty.
  Status Append(std::string_view rows) {
    if (written_ > 0) {
      std::size_t end = rows.find('\n');
      rows = end == std::string_view::npos ? std::string_view() : rows.substr(end + 1);
    }
    if (std::fwrite(rows.data(), 1, rows.size(), file_) != rows.size()) {
      return Status::IoError(
          fmt::format("cannot write {}: {}", path_.string(), std::strerror(errno)));
    }
    written_ += rows.size();
    return Status::Ok();
  }

  Status Close() {
    int result = std::fclose(file_);
    file_ = nullptr;
    if (result != 0) {
      return Status::IoError(
          fmt::format("cannot write {}: {}", path_.string(), std::strerror(errno)));
    }
    return Status::Ok();
  }

  const fs::path& path() const { return path_; }

 private:
  CsvOutput(fs::path path, std::FILE* file) : path_(std::move(path)), file_(file) {}
  fs::path path_;
  std::FILE* file_ = nullptr;
  std::size_t written_ = 0;
};

std::string OptionalBool(const std::optional<bool>& value) {
  if (!value) return "";
  return *value ? "true" : "false";
}

std::string OptionalNumber(const std::optional<double>& value) {
  return value ? fmt::format("{:.2f}", *value) : std::string();
}

// The deals in the canonical columns (the sample team writes them as a Salesforce export,
// whose owner column names reps by full name, which repeats across batches).
std::string RenderCanonicalDeals(const sample::SampleTeam& team) {
  std::string out(kDealsHeader);
  for (const model::Deal& deal : team.crm.deals) {
    const model::Meddpicc& notes = deal.meddpicc;
    std::string fields[] = {deal.id,
                            deal.rep_id,
                            deal.name,
                            deal.account,
                            fmt::format("{:.2f}", deal.amount),
                            deal.currency,
                            deal.stage,
                            std::string(model::DealStatusName(deal.status)),
                            deal.created_at.ToString(),
                            deal.closed_at ? deal.closed_at->ToString() : std::string(),
                            OptionalNumber(deal.list_amount),
                            OptionalNumber(deal.discount_pct),
                            OptionalBool(deal.icp_fit),
                            notes.metrics,
                            notes.economic_buyer,
                            notes.decision_criteria,
                            notes.decision_process,
                            notes.paper_process,
                            notes.identify_pain,
                            notes.champion,
                            notes.competition,
                            deal.loss_reason,
                            OptionalBool(deal.disqualified),
                            OptionalBool(deal.price_objection)};
    bool first = true;
    for (const std::string& field : fields) {
      if (!first) out += ',';
      out += CsvEscape(field);
      first = false;
    }
    out += '\n';
  }
  return out;
}

void Prefix(std::string& id, std::string_view prefix) {
  if (!id.empty()) id.insert(0, prefix);
}

// Makes every id of the batch unique across batches.
void PrefixIds(sample::SampleTeam& team, std::string_view prefix) {
  for (model::Rep& rep : team.crm.reps) {
    Prefix(rep.id, prefix);
    Prefix(rep.manager_id, prefix);
    Prefix(rep.team, prefix);
  }
  for (model::Deal& deal : team.crm.deals) {
    Prefix(deal.id, prefix);
    Prefix(deal.rep_id, prefix);
  }
  for (model::Activity& activity : team.crm.activities) {
    Prefix(activity.id, prefix);
    Prefix(activity.rep_id, prefix);
    Prefix(activity.deal_id, prefix);
    Prefix(activity.call_id, prefix);
  }
  for (model::Quota& quota : team.crm.quotas) Prefix(quota.rep_id, prefix);
  for (model::Forecast& forecast : team.crm.forecasts) Prefix(forecast.rep_id, prefix);
  for (model::Call& call : team.calls) {
    Prefix(call.id, prefix);
    Prefix(call.rep_id, prefix);
    Prefix(call.deal_id, prefix);
  }
  for (sample::PlantedRep& planted : team.planted) Prefix(planted.rep_id, prefix);
}

struct Writer {
  const OrganisationOptions& options;
  std::vector<std::unique_ptr<CsvOutput>> crm;  // reps, deals, activities, quotas, forecasts
  OrganisationInfo info;

  // Writes `call` as copy `copy` of itself: `copy` windows earlier, under its own id.
  Status WriteCall(model::Call& call, int copy) {
    std::string id = call.id;
    std::optional<Timestamp> started = call.started_at;
    if (copy > 0) {
      call.id = fmt::format("{}-W{}", id, copy);
      if (started) {
        call.started_at = started->AddSeconds(-std::int64_t{copy} * options.days * kSecondsPerDay);
      }
    }
    std::string text = RenderNativeJson(call);
    Status written = WriteFile(info.calls_dir / (call.id + ".json"), text);
    call.id = std::move(id);
    call.started_at = started;
    SC_RETURN_IF_ERROR(written);
    ++info.calls;
    info.utterances += call.utterances.size();
    info.transcript_bytes += text.size();
    return Status::Ok();
  }

  Status WriteBatch(int batch, int reps) {
    sample::SampleOptions sample_options{.reps = reps,
                                         .days = options.days,
                                         .seed = options.seed + static_cast<std::uint64_t>(batch),
                                         .end_date = options.end_date};
    SC_ASSIGN_OR_RETURN(sample::SampleTeam team, sample::GenerateSampleTeam(sample_options));
    PrefixIds(team, fmt::format("B{:04}-", batch));

    std::string (*const renderers[])(const sample::SampleTeam&) = {
        sample::RenderRepsCsv, RenderCanonicalDeals, sample::RenderActivitiesCsv,
        sample::RenderQuotasCsv, sample::RenderForecastsCsv};
    for (std::size_t index = 0; index < crm.size(); ++index) {
      SC_RETURN_IF_ERROR(crm[index]->Append(renderers[index](team)));
    }
    info.managers += static_cast<int>(team.crm.reps.size() - team.planted.size());
    info.deals += team.crm.deals.size();
    info.activities += team.crm.activities.size();

    std::unordered_map<std::string, std::vector<std::size_t>> calls_by_rep;
    for (std::size_t index = 0; index < team.calls.size(); ++index) {
      calls_by_rep[team.calls[index].rep_id].push_back(index);
    }
    std::size_t per_rep = options.calls / static_cast<std::size_t>(options.reps);
    std::size_t extra = options.calls % static_cast<std::size_t>(options.reps);
    for (const sample::PlantedRep& planted : team.planted) {
      std::size_t rep_index = info.rep_ids.size();
      info.rep_ids.push_back(planted.rep_id);
      ++info.reps;
      std::size_t target = per_rep + (rep_index < extra ? 1 : 0);
      const std::vector<std::size_t>& own = calls_by_rep[planted.rep_id];
      if (own.empty()) continue;
      std::size_t written = 0;
      for (int copy = 0; written < target; ++copy) {
        for (std::size_t index : own) {
          if (written == target) break;
          SC_RETURN_IF_ERROR(WriteCall(team.calls[index], copy));
          ++written;
        }
        info.copies = std::max(info.copies, copy + 1);
      }
    }
    return Status::Ok();
  }
};

Status MakeFreshDirectory(const fs::path& path) {
  std::error_code error;
  fs::remove_all(path, error);
  if (!error) fs::create_directories(path, error);
  if (error) {
    return Status::IoError(fmt::format("cannot make {}: {}", path.string(), error.message()));
  }
  return Status::Ok();
}

}  // namespace

Result<OrganisationInfo> WriteOrganisation(const OrganisationOptions& options,
                                           const OrganisationProgress& progress) {
  if (options.reps < 1 || options.calls < static_cast<std::size_t>(options.reps)) {
    return Status::InvalidArgument(
        fmt::format("{} reps and {} calls: need at least one rep and one call per rep",
                    options.reps, options.calls));
  }
  if (options.reps_per_batch < 1 || options.reps_per_batch > 5000) {
    return Status::InvalidArgument(
        fmt::format("{} reps per batch: must be 1..5000", options.reps_per_batch));
  }
  Writer writer{.options = options, .crm = {}, .info = {}};
  writer.info.calls_dir = options.dir / "calls";
  fs::path crm_dir = options.dir / "crm";
  SC_RETURN_IF_ERROR(MakeFreshDirectory(crm_dir));
  SC_RETURN_IF_ERROR(MakeFreshDirectory(writer.info.calls_dir));
  for (const char* name :
       {"reps.csv", "deals.csv", "activities.csv", "quotas.csv", "forecasts.csv"}) {
    SC_ASSIGN_OR_RETURN(std::unique_ptr<CsvOutput> output, CsvOutput::Create(crm_dir / name));
    writer.info.crm_files.push_back(output->path());
    writer.crm.push_back(std::move(output));
  }
  for (int batch = 0; writer.info.reps < options.reps; ++batch) {
    SC_RETURN_IF_ERROR(writer.WriteBatch(
        batch, std::min(options.reps_per_batch, options.reps - writer.info.reps)));
    progress(fmt::format("generated {} of {} reps, {} calls, {:.0f} MB of transcripts",
                         writer.info.reps, options.reps, writer.info.calls,
                         static_cast<double>(writer.info.transcript_bytes) / kBytesPerMb));
  }
  for (std::unique_ptr<CsvOutput>& output : writer.crm) SC_RETURN_IF_ERROR(output->Close());
  return std::move(writer.info);
}

}  // namespace sc::bench
