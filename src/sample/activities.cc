#include "sample/activities.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace sc::sample {
namespace {

constexpr std::string_view kStageEmailSubjects[] = {
    "Intro: Northwind x {}",           // Prospecting
    "Next steps with {}",              // Qualification
    "Recap of our conversation - {}",  // Discovery
    "Demo follow-up and resources for {}",
    "Proposal for {}",
    "Updated order form - {}",
};

Timestamp BusinessHours(Date date, Rng& rng) {
  return Timestamp::StartOf(date).AddSeconds(rng.UniformInt(14 * 3600, 22 * 3600));
}

Date Weekday(Date date) {
  while (date.weekday() >= 5) date = date.AddDays(-1);
  return date;
}

bool InWindow(Date date, DealWindow window) {
  return date >= window.first_day && date <= window.end_date;
}

model::Activity Email(const model::Rep& rep, const std::string& deal_id, Date date,
                      std::string subject, Rng& rng) {
  model::Activity email;
  email.rep_id = rep.id;
  email.deal_id = deal_id;
  email.type = model::ActivityType::kEmail;
  email.at = BusinessHours(date, rng);
  email.subject = std::move(subject);
  return email;
}

}  // namespace

model::ActivityType ActivityTypeFor(TranscriptFormat format) {
  return format == TranscriptFormat::kAwsTranscribeJson ? model::ActivityType::kCall
                                                        : model::ActivityType::kMeeting;
}

std::vector<model::Activity> PlanActivities(const model::Rep& rep,
                                            const std::vector<PlannedDeal>& deals,
                                            const std::vector<std::string>& deal_ids,
                                            const std::vector<model::Call>& calls,
                                            const std::vector<CallMeta>& call_meta,
                                            DealWindow window, Rng& rng) {
  std::vector<model::Activity> activities;
  for (std::size_t index = 0; index < calls.size(); ++index) {
    const model::Call& call = calls[index];
    model::Activity logged;
    logged.rep_id = rep.id;
    logged.deal_id = call.deal_id;
    logged.type = ActivityTypeFor(call_meta[index].format);
    logged.at = *call.started_at;
    logged.duration_s = call.utterances.empty() ? 0 : std::round(call.utterances.back().end_s);
    logged.subject = call.title;
    logged.call_id = call.id;
    activities.push_back(std::move(logged));
  }
  for (std::size_t index = 0; index < deals.size(); ++index) {
    const PlannedDeal& deal = deals[index];
    for (std::size_t stage = 0; stage < kStageCount; ++stage) {
      if (!deal.entered[stage] || !InWindow(*deal.entered[stage], window)) continue;
      activities.push_back(
          Email(rep, deal_ids[index], Weekday(*deal.entered[stage]),
                fmt::format(fmt::runtime(kStageEmailSubjects[stage]), deal.account.name), rng));
    }
    if (deal.deal.closed_at) {
      bool won = deal.deal.status == model::DealStatus::kWon;
      std::string subject = won ? fmt::format("Signed order form - welcome, {}!", deal.account.name)
                                : fmt::format("Closing the loop - {}", deal.account.name);
      Date date = Weekday(*deal.deal.closed_at);
      if (InWindow(date, window)) {
        activities.push_back(Email(rep, deal_ids[index], date, std::move(subject), rng));
      }
    }
  }
  // Quick phone calls nobody recorded.
  int unrecorded = rng.UniformInt(2, 5);
  for (int count = 0; count < unrecorded; ++count) {
    std::size_t index = rng.Index(deals.size());
    const PlannedDeal& deal = deals[index];
    Date from = std::max(deal.deal.created_at, window.first_day);
    Date to = std::min(deal.deal.closed_at.value_or(window.end_date), window.end_date);
    if (to < from) continue;
    Date date = Weekday(from.AddDays(rng.UniformInt(0, from.DaysUntil(to))));
    if (date < from) date = from;
    model::Activity call;
    call.rep_id = rep.id;
    call.deal_id = deal_ids[index];
    call.type = model::ActivityType::kCall;
    call.at = BusinessHours(date, rng);
    call.duration_s = rng.UniformInt(180, 900);
    call.subject = fmt::format("Quick call re: {}", deal.deal.name);
    activities.push_back(std::move(call));
  }
  std::stable_sort(activities.begin(), activities.end(),
                   [](const model::Activity& a, const model::Activity& b) { return a.at < b.at; });
  return activities;
}

}  // namespace sc::sample
