#include "sample/crm_csv.h"

#include <fmt/format.h>

#include <cmath>
#include <unordered_map>

#include "base/text.h"

namespace sc::sample {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Joins canonical CSV fields, quoting only where RFC 4180 needs it.
std::string Row(std::initializer_list<std::string_view> fields) {
  std::string row;
  bool first = true;
  for (std::string_view field : fields) {
    if (!first) row += ',';
    row += CsvEscape(field);
    first = false;
  }
  row += '\n';
  return row;
}

// Salesforce quotes every field.
std::string Quoted(std::string_view value) {
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string UsDate(Date date) {
  return fmt::format("{}/{}/{}", date.month(), date.day(), date.year());
}

std::string Bool(std::optional<bool> value) {
  if (!value) return "";
  return *value ? "true" : "false";
}

std::string OptionalDate(const std::optional<Date>& date) {
  return date ? date->ToString() : std::string();
}

}  // namespace

std::string FormatAmount(double amount) {
  if (amount == std::floor(amount) && std::fabs(amount) < 1e15) {
    return fmt::format("{}", static_cast<long long>(amount));
  }
  std::string text = fmt::format("{:.2f}", amount);
  while (text.back() == '0') text.pop_back();
  return text;
}

std::string RenderRepsCsv(const SampleTeam& team) {
  std::string out = "id,name,email,manager_id,team,segment,hire_date,role\n";
  for (const model::Rep& rep : team.crm.reps) {
    std::string_view segment =
        rep.segment == model::Segment::kUnknown ? "" : model::SegmentName(rep.segment);
    out += Row({rep.id, rep.name, rep.email, rep.manager_id, rep.team, segment,
                OptionalDate(rep.hire_date), model::RepRoleName(rep.role)});
  }
  return out;
}

std::string RenderSalesforceDealsCsv(const SampleTeam& team) {
  std::unordered_map<std::string, std::string> owners;
  for (const model::Rep& rep : team.crm.reps) owners[rep.id] = rep.name;
  std::string out(kUtf8Bom);
  out += kSalesforceDealsHeader;
  out += "\r\n";
  for (std::size_t index = 0; index < team.crm.deals.size(); ++index) {
    const model::Deal& deal = team.crm.deals[index];
    bool closed = deal.status != model::DealStatus::kOpen;
    // Salesforce always has a close date: the expected one while a deal is open.
    Date close = deal.closed_at.value_or(team.deal_meta[index].expected_close);
    const model::Meddpicc& notes = deal.meddpicc;
    std::string list = deal.list_amount ? fmt::format("{:.2f}", *deal.list_amount) : std::string();
    std::string discount =
        deal.discount_pct ? fmt::format("{:.2f}", *deal.discount_pct) : std::string();
    std::string fields[] = {deal.id,
                            deal.name,
                            deal.account,
                            owners[deal.rep_id],
                            fmt::format("{:.2f}", deal.amount),
                            deal.currency,
                            deal.stage,
                            UsDate(deal.created_at),
                            UsDate(close),
                            closed ? "1" : "0",
                            deal.status == model::DealStatus::kWon ? "1" : "0",
                            list,
                            discount,
                            Bool(deal.icp_fit),
                            notes.metrics,
                            notes.economic_buyer,
                            notes.decision_criteria,
                            notes.decision_process,
                            notes.paper_process,
                            notes.identify_pain,
                            notes.champion,
                            notes.competition,
                            deal.loss_reason,
                            Bool(deal.disqualified),
                            Bool(deal.price_objection)};
    bool first = true;
    for (const std::string& field : fields) {
      if (!first) out += ',';
      out += Quoted(field);
      first = false;
    }
    out += "\r\n";
  }
  return out;
}

std::string RenderActivitiesCsv(const SampleTeam& team) {
  std::string out = "id,rep_id,deal_id,type,at,duration_s,subject,call_id\n";
  for (const model::Activity& activity : team.crm.activities) {
    std::string duration = activity.duration_s ? FormatAmount(*activity.duration_s) : "";
    out +=
        Row({activity.id, activity.rep_id, activity.deal_id, model::ActivityTypeName(activity.type),
             activity.at.ToString(), duration, activity.subject, activity.call_id});
  }
  return out;
}

std::string RenderQuotasCsv(const SampleTeam& team) {
  std::string out = "rep_id,period_start,period_end,amount\n";
  for (const model::Quota& quota : team.crm.quotas) {
    out += Row({quota.rep_id, quota.period_start.ToString(), quota.period_end.ToString(),
                FormatAmount(quota.amount)});
  }
  return out;
}

std::string RenderForecastsCsv(const SampleTeam& team) {
  std::string out = "rep_id,period_start,period_end,amount,submitted_at\n";
  for (const model::Forecast& forecast : team.crm.forecasts) {
    std::string submitted = forecast.submitted_at ? forecast.submitted_at->ToString() : "";
    out += Row({forecast.rep_id, forecast.period_start.ToString(), forecast.period_end.ToString(),
                FormatAmount(forecast.amount), submitted});
  }
  return out;
}

}  // namespace sc::sample
