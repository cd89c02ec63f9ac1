#include "sample/rep_generator.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "sample/activities.h"
#include "sample/call_plan.h"
#include "sample/call_script.h"
#include "sample/call_setting.h"
#include "sample/quotas.h"

namespace sc::sample {
namespace {

// Purposes of the random streams derived from the seed (see DeriveSeed).
enum Stream : std::uint64_t {
  kDealStream = 10,
  kCallPlanStream = 11,
  kBehaviorStream = 12,
  kScriptStream = 13,
  kActivityStream = 14,
  kQuotaStream = 15,
  kFormatStream = 16,
  kImprovedBehaviorStream = 17,
};

double Fraction(double value) { return value - std::floor(value); }

void AddDeals(const std::vector<PlannedDeal>& deals, TeamCounters& counters, SampleTeam& team,
              std::vector<std::string>& ids) {
  for (const PlannedDeal& planned : deals) {
    model::Deal deal = planned.deal;
    deal.id = fmt::format("D-{:05d}", ++counters.deals);
    ids.push_back(deal.id);
    team.crm.deals.push_back(std::move(deal));
    team.deal_meta.push_back(DealMeta{planned.entered, planned.close});
  }
}

}  // namespace

CallMeta ChooseFormat(std::uint64_t seed, std::size_t call_number) {
  std::uint64_t offsets = DeriveSeed(seed, kFormatStream);
  double format_offset = static_cast<double>(offsets >> 11) * 0x1.0p-53;
  double style_offset = static_cast<double>(offsets & 0xFFFFF) / 0x100000;
  // Golden-ratio and plastic-number sequences: evenly spread, and independent of each other.
  double format = Fraction(format_offset + static_cast<double>(call_number) * 0.6180339887498949);
  double style = Fraction(style_offset + static_cast<double>(call_number) * 0.7548776662466927);
  CallMeta meta;
  meta.format = format < 0.35   ? TranscriptFormat::kWebVtt
                : format < 0.60 ? TranscriptFormat::kGongJson
                : format < 0.80 ? TranscriptFormat::kAwsTranscribeJson
                                : TranscriptFormat::kPlainText;
  meta.vtt_voice_spans = style < 0.5;
  return meta;
}

void GenerateRep(const RepInput& input, AccountFactory& accounts, TeamCounters& counters,
                 SampleTeam& team) {
  std::size_t rep_index = input.rep_index;
  Rng deal_rng(DeriveSeed(input.seed, kDealStream, rep_index));
  std::vector<PlannedDeal> deals =
      PlanDeals(input.rep, input.levels, input.window, deal_rng, accounts, input.reserved_names);
  std::vector<std::string> deal_ids;
  AddDeals(deals, counters, team, deal_ids);

  Rng plan_rng(DeriveSeed(input.seed, kCallPlanStream, rep_index));
  std::vector<PlannedCall> planned_calls = PlanCalls(deals, input.window, plan_rng);
  // One call per rep where the customer volunteers personal data, for redaction to catch.
  std::size_t personal_data_call = plan_rng.Index(planned_calls.size());
  Rng behavior_rng(DeriveSeed(input.seed, kBehaviorStream, rep_index));
  RepBehavior behavior(input.levels, behavior_rng);
  // Once coaching starts, the improving rep plays their weakest skill at the improved level.
  std::optional<RepBehavior> improved;
  std::optional<Timestamp> coaching_from;
  if (input.improvement) {
    std::array<int, kSkillCount> levels = input.levels;
    levels[SkillIndex(input.improvement->skill)] += input.improvement->points;
    Rng improved_rng(DeriveSeed(input.seed, kImprovedBehaviorStream, rep_index));
    improved.emplace(levels, improved_rng);
    coaching_from = Timestamp::StartOf(input.improvement->from);
  }
  CallPeople people{input.rep, input.traits, input.solutions_engineer};

  std::set<std::size_t> met;  // deals that already had a call
  std::vector<model::Call> calls;
  std::vector<CallMeta> metas;
  for (std::size_t index = 0; index < planned_calls.size(); ++index) {
    const PlannedCall& planned = planned_calls[index];
    auto call_number = static_cast<std::size_t>(counters.calls);
    Rng script_rng(DeriveSeed(input.seed, kScriptStream, call_number));
    bool first_meeting = met.insert(planned.deal).second;
    PreparedCall prepared = PrepareCall(deals[planned.deal], planned, people, first_meeting,
                                        index == personal_data_call, script_rng);
    model::Call call;
    call.id = fmt::format("C-{:06d}", ++counters.calls);
    call.rep_id = input.rep.id;
    call.deal_id = deal_ids[planned.deal];
    call.title = prepared.title;
    call.started_at = planned.started_at;
    call.call_type = planned.type;
    bool coached = coaching_from && planned.started_at >= *coaching_from;
    call.utterances =
        CallScript::Write(prepared.setting, coached ? *improved : behavior, script_rng);
    // The rep side as it appears in the transcript: participants who spoke.
    for (const CallParticipant& participant : prepared.participants) {
      bool spoke = std::any_of(
          call.utterances.begin(), call.utterances.end(),
          [&](const model::Utterance& utterance) { return utterance.speaker == participant.name; });
      if (participant.role == model::SpeakerRole::kRep && spoke) {
        call.rep_speakers.push_back(participant.name);
      }
    }
    CallMeta meta = ChooseFormat(input.seed, call_number);
    meta.participants = std::move(prepared.participants);
    calls.push_back(std::move(call));
    metas.push_back(std::move(meta));
  }

  Rng activity_rng(DeriveSeed(input.seed, kActivityStream, rep_index));
  std::vector<model::Activity> activities =
      PlanActivities(input.rep, deals, deal_ids, calls, metas, input.window, activity_rng);
  for (model::Activity& activity : activities) {
    activity.id = fmt::format("A-{:06d}", ++counters.activities);
    team.crm.activities.push_back(std::move(activity));
  }
  Rng quota_rng(DeriveSeed(input.seed, kQuotaStream, rep_index));
  PlanQuotasAndForecasts(input.rep, deals, input.window, quota_rng, team.crm.quotas,
                         team.crm.forecasts);
  for (std::size_t index = 0; index < calls.size(); ++index) {
    team.calls.push_back(std::move(calls[index]));
    team.call_meta.push_back(std::move(metas[index]));
  }
}

}  // namespace sc::sample
