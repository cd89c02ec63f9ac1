#include "sample/sample_team.h"

#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>

#include "sample/test_support.h"

namespace sc::sample {
namespace {

using testing::DefaultTeam;

Date WindowStart(const SampleTeam& team) {
  return team.options.end_date.AddDays(1 - team.options.days);
}

void ExpectSameTeam(const SampleTeam& a, const SampleTeam& b) {
  EXPECT_EQ(a.crm.reps, b.crm.reps);
  EXPECT_EQ(a.crm.deals, b.crm.deals);
  EXPECT_EQ(a.crm.activities, b.crm.activities);
  EXPECT_EQ(a.crm.quotas, b.crm.quotas);
  EXPECT_EQ(a.crm.forecasts, b.crm.forecasts);
  EXPECT_EQ(a.calls, b.calls);
  EXPECT_EQ(a.call_meta, b.call_meta);
  EXPECT_EQ(a.deal_meta, b.deal_meta);
  EXPECT_EQ(a.planted, b.planted);
  EXPECT_EQ(a.options, b.options);
}

TEST(GenerateSampleTeamTest, RejectsBadOptions) {
  for (int reps : {0, -1, 5001}) {
    Result<SampleTeam> team = GenerateSampleTeam(SampleOptions{.reps = reps});
    ASSERT_FALSE(team.ok());
    EXPECT_EQ(team.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(team.status().message().find("reps"), std::string::npos);
  }
  Result<SampleTeam> short_window = GenerateSampleTeam(SampleOptions{.days = 29});
  ASSERT_FALSE(short_window.ok());
  EXPECT_EQ(short_window.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(short_window.status().message().find("days"), std::string::npos);
}

TEST(GenerateSampleTeamTest, SameOptionsGiveTheSameTeam) {
  Result<SampleTeam> again = GenerateSampleTeam(SampleOptions{});
  ASSERT_TRUE(again.ok());
  ExpectSameTeam(DefaultTeam(), *again);
}

TEST(GenerateSampleTeamTest, DifferentSeedGivesADifferentTeam) {
  Result<SampleTeam> other = GenerateSampleTeam(SampleOptions{.seed = 8});
  ASSERT_TRUE(other.ok());
  EXPECT_NE(DefaultTeam().planted, other->planted);
  EXPECT_NE(DefaultTeam().crm.deals, other->crm.deals);
  EXPECT_NE(DefaultTeam().calls, other->calls);
}

TEST(GenerateSampleTeamTest, DefaultTeamHasTwelveRepsAndTwoManagersFirst) {
  const SampleTeam& team = DefaultTeam();
  ASSERT_EQ(team.crm.reps.size(), 14u);
  std::set<std::string> names, emails, managers;
  for (std::size_t index = 0; index < team.crm.reps.size(); ++index) {
    const model::Rep& rep = team.crm.reps[index];
    bool manager = index < 2;
    EXPECT_EQ(rep.role, manager ? model::RepRole::kManager : model::RepRole::kRep);
    EXPECT_TRUE(std::regex_match(rep.id, std::regex(manager ? "M-\\d{2}" : "R-\\d{3}"))) << rep.id;
    EXPECT_TRUE(names.insert(rep.name).second) << rep.name;
    EXPECT_TRUE(emails.insert(rep.email).second) << rep.email;
    EXPECT_TRUE(
        std::regex_match(rep.email, std::regex("[a-z]+\\.[a-z]+@northwind-analytics\\.example")))
        << rep.email;
    ASSERT_TRUE(rep.hire_date.has_value());
    int tenure = rep.hire_date->DaysUntil(team.options.end_date);
    if (manager) {
      managers.insert(rep.id);
      EXPECT_TRUE(rep.manager_id.empty());
    } else {
      EXPECT_GE(tenure, 90);
      EXPECT_LE(tenure, 6 * 365);
      EXPECT_TRUE(managers.contains(rep.manager_id)) << rep.manager_id;
      EXPECT_NE(rep.segment, model::Segment::kUnknown);
      EXPECT_FALSE(rep.team.empty());
    }
  }
  EXPECT_EQ(team.planted.size(), 12u);
  for (std::size_t index = 0; index < team.planted.size(); ++index) {
    EXPECT_EQ(team.planted[index].rep_id, team.crm.reps[index + 2].id);
    EXPECT_EQ(team.planted[index].name, team.crm.reps[index + 2].name);
  }
}

TEST(GenerateSampleTeamTest, SegmentsAndTeamsAreMixed) {
  const SampleTeam& team = DefaultTeam();
  std::set<model::Segment> segments;
  std::set<std::string> teams;
  int new_reps = 0;
  for (const model::Rep& rep : team.crm.reps) {
    if (rep.role != model::RepRole::kRep) continue;
    segments.insert(rep.segment);
    teams.insert(rep.team);
    if (rep.hire_date->DaysUntil(team.options.end_date) < 365) ++new_reps;
  }
  EXPECT_EQ(segments.size(), 3u);
  EXPECT_EQ(teams, (std::set<std::string>{"Team East", "Team West"}));
  EXPECT_GE(new_reps, 1);
}

TEST(GenerateSampleTeamTest, EveryRepHasThirtyToFortyCallsAndTwentyToThirtyFiveDeals) {
  const SampleTeam& team = DefaultTeam();
  std::map<std::string, int> calls, deals;
  for (const model::Call& call : team.calls) ++calls[call.rep_id];
  for (const model::Deal& deal : team.crm.deals) ++deals[deal.rep_id];
  for (const PlantedRep& rep : team.planted) {
    EXPECT_GE(calls[rep.rep_id], 30) << rep.rep_id;
    EXPECT_LE(calls[rep.rep_id], 40) << rep.rep_id;
    EXPECT_GE(deals[rep.rep_id], 20) << rep.rep_id;
    EXPECT_LE(deals[rep.rep_id], 35) << rep.rep_id;
  }
}

TEST(GenerateSampleTeamTest, DealsAreConsistent) {
  const SampleTeam& team = DefaultTeam();
  Date first = WindowStart(team);
  Date end = team.options.end_date;
  std::set<std::string> ids;
  int with_comma = 0;
  ASSERT_EQ(team.deal_meta.size(), team.crm.deals.size());
  for (std::size_t index = 0; index < team.crm.deals.size(); ++index) {
    const model::Deal& deal = team.crm.deals[index];
    const DealMeta& meta = team.deal_meta[index];
    EXPECT_TRUE(std::regex_match(deal.id, std::regex("D-\\d{5}"))) << deal.id;
    EXPECT_TRUE(ids.insert(deal.id).second);
    EXPECT_EQ(deal.currency, "USD");
    EXPECT_GE(deal.created_at, first.AddDays(-60));
    EXPECT_LE(deal.created_at, end);
    EXPECT_EQ(std::fmod(deal.amount, 100.0), 0.0) << deal.amount;
    ASSERT_TRUE(deal.list_amount.has_value());
    EXPECT_GE(*deal.list_amount, deal.amount);
    if (deal.discount_pct) {
      // discount_pct has two decimals: amount = list * (1 - discount) within that rounding.
      EXPECT_NEAR(*deal.list_amount * (1 - *deal.discount_pct / 100), deal.amount,
                  *deal.list_amount * 0.00005 + 0.01);
    }
    ASSERT_TRUE(meta.stage_entered[0].has_value());
    EXPECT_EQ(*meta.stage_entered[0], deal.created_at);
    for (std::size_t stage = 1; stage < meta.stage_entered.size(); ++stage) {
      if (!meta.stage_entered[stage]) continue;
      ASSERT_TRUE(meta.stage_entered[stage - 1].has_value()) << deal.id;
      EXPECT_GT(*meta.stage_entered[stage], *meta.stage_entered[stage - 1]) << deal.id;
      EXPECT_LE(*meta.stage_entered[stage], end) << deal.id;
    }
    switch (deal.status) {
      case model::DealStatus::kOpen:
        EXPECT_FALSE(deal.closed_at.has_value()) << deal.id;
        EXPECT_GT(meta.expected_close, end) << deal.id;
        EXPECT_NE(deal.stage, "Closed Won");
        break;
      case model::DealStatus::kWon:
        EXPECT_EQ(deal.stage, "Closed Won");
        [[fallthrough]];
      case model::DealStatus::kLost:
        ASSERT_TRUE(deal.closed_at.has_value()) << deal.id;
        EXPECT_GE(*deal.closed_at, first) << deal.id;
        EXPECT_LE(*deal.closed_at, end) << deal.id;
        EXPECT_GE(*deal.closed_at, deal.created_at) << deal.id;
        EXPECT_EQ(meta.expected_close, *deal.closed_at);
        break;
    }
    if (deal.status == model::DealStatus::kLost) {
      EXPECT_NE(deal.stage, "Closed Won");
      EXPECT_FALSE(deal.loss_reason.empty()) << deal.id;
      ASSERT_TRUE(deal.disqualified.has_value());
      if (*deal.disqualified) {
        EXPECT_EQ(deal.stage, "Qualification");
        EXPECT_LE(deal.created_at.DaysUntil(*deal.closed_at), 15);
        EXPECT_EQ(deal.icp_fit, false);
      }
    }
    if (deal.account.find(',') != std::string::npos) ++with_comma;
  }
  EXPECT_GT(with_comma, 10) << "account names with commas exercise CSV quoting";
}

TEST(GenerateSampleTeamTest, CallsFitTheirDealsAndBusinessHours) {
  const SampleTeam& team = DefaultTeam();
  std::map<std::string, std::size_t> deal_index;
  for (std::size_t index = 0; index < team.crm.deals.size(); ++index) {
    deal_index[team.crm.deals[index].id] = index;
  }
  Date first = WindowStart(team);
  std::set<std::string> ids;
  std::map<std::string, std::vector<const model::Call*>> by_deal;
  for (const model::Call& call : team.calls) {
    EXPECT_TRUE(std::regex_match(call.id, std::regex("C-\\d{6}"))) << call.id;
    EXPECT_TRUE(ids.insert(call.id).second);
    ASSERT_TRUE(call.started_at.has_value());
    ASSERT_TRUE(deal_index.contains(call.deal_id)) << call.deal_id;
    const model::Deal& deal = team.crm.deals[deal_index[call.deal_id]];
    EXPECT_EQ(deal.rep_id, call.rep_id);
    Date day = call.started_at->date();
    EXPECT_GE(day, first);
    EXPECT_LE(day, team.options.end_date);
    EXPECT_GE(day, deal.created_at) << call.id;
    if (deal.closed_at) {
      EXPECT_LE(day, *deal.closed_at) << call.id;
    }
    std::int64_t second_of_day = call.started_at->seconds() % 86400;
    EXPECT_GE(second_of_day, 14 * 3600) << call.id;
    EXPECT_LE(second_of_day, 22 * 3600) << call.id;
    EXPECT_NE(call.call_type, model::CallType::kUnknown);
    EXPECT_FALSE(call.rep_speakers.empty());
    by_deal[call.deal_id].push_back(&call);
  }
  int weekend = 0;
  for (const model::Call& call : team.calls) weekend += call.started_at->date().weekday() >= 5;
  EXPECT_LE(weekend * 50, static_cast<int>(team.calls.size())) << "calls happen on weekdays";
  // On each deal, typed calls follow the stage order.
  auto rank = [](model::CallType type) {
    switch (type) {
      case model::CallType::kDiscovery:
        return 0;
      case model::CallType::kDemo:
        return 1;
      case model::CallType::kNegotiation:
        return 2;
      case model::CallType::kClosing:
        return 3;
      default:
        return -1;
    }
  };
  for (auto& [deal, calls] : by_deal) {
    int last_rank = -1;
    std::sort(calls.begin(), calls.end(), [](const model::Call* a, const model::Call* b) {
      return *a->started_at < *b->started_at;
    });
    for (const model::Call* call : calls) {
      int current = rank(call->call_type);
      if (current < 0) continue;
      EXPECT_GE(current, last_rank) << deal << " " << call->id;
      last_rank = current;
    }
  }
}

TEST(GenerateSampleTeamTest, TranscriptsAreTimedWithRealisticDurations) {
  const SampleTeam& team = DefaultTeam();
  std::map<model::CallType, std::pair<double, double>> minutes = {
      {model::CallType::kDiscovery, {25, 45}},
      {model::CallType::kDemo, {30, 60}},
      {model::CallType::kNegotiation, {20, 40}},
      {model::CallType::kClosing, {15, 30}},
      {model::CallType::kOther, {10, 25}}};
  ASSERT_EQ(team.call_meta.size(), team.calls.size());
  for (std::size_t index = 0; index < team.calls.size(); ++index) {
    const model::Call& call = team.calls[index];
    ASSERT_GT(call.utterances.size(), 20u) << call.id;
    double previous_start = 0;
    std::set<std::string> speakers;
    for (const model::Utterance& utterance : call.utterances) {
      EXPECT_GT(utterance.end_s, utterance.start_s) << call.id;
      EXPECT_GE(utterance.start_s, previous_start) << call.id;
      EXPECT_FALSE(utterance.text.empty());
      previous_start = utterance.start_s;
      speakers.insert(utterance.speaker);
    }
    double duration = call.utterances.back().end_s / 60;
    auto [low, high] = minutes[call.call_type];
    EXPECT_GE(duration, low) << call.id << " " << model::CallTypeName(call.call_type);
    EXPECT_LE(duration, high) << call.id << " " << model::CallTypeName(call.call_type);
    const CallMeta& meta = team.call_meta[index];
    ASSERT_FALSE(meta.participants.empty());
    EXPECT_EQ(meta.participants.front().name, call.rep_speakers.front());
    int customers = 0;
    for (const CallParticipant& participant : meta.participants) {
      customers += participant.role == model::SpeakerRole::kCustomer;
    }
    EXPECT_GE(customers, 1);
    EXPECT_LE(customers, 3);
    for (const std::string& speaker : speakers) {
      bool listed = std::any_of(meta.participants.begin(), meta.participants.end(),
                                [&](const CallParticipant& p) { return p.name == speaker; });
      EXPECT_TRUE(listed) << speaker << " on " << call.id;
    }
  }
}

TEST(GenerateSampleTeamTest, FormatsAreMixed) {
  const SampleTeam& team = DefaultTeam();
  std::map<TranscriptFormat, int> counts;
  int voice_spans = 0;
  for (const CallMeta& meta : team.call_meta) {
    ++counts[meta.format];
    if (meta.format == TranscriptFormat::kWebVtt && meta.vtt_voice_spans) ++voice_spans;
  }
  double total = static_cast<double>(team.calls.size());
  EXPECT_NEAR(counts[TranscriptFormat::kWebVtt] / total, 0.35, 0.05);
  EXPECT_NEAR(counts[TranscriptFormat::kGongJson] / total, 0.25, 0.05);
  EXPECT_NEAR(counts[TranscriptFormat::kAwsTranscribeJson] / total, 0.20, 0.05);
  EXPECT_NEAR(counts[TranscriptFormat::kPlainText] / total, 0.20, 0.05);
  EXPECT_NEAR(voice_spans / static_cast<double>(counts[TranscriptFormat::kWebVtt]), 0.5, 0.15);
}

TEST(GenerateSampleTeamTest, ActivitiesLinkRecordedCallsAndStayInTheWindow) {
  const SampleTeam& team = DefaultTeam();
  std::map<std::string, const model::Activity*> by_call;
  std::map<model::ActivityType, int> types;
  std::set<std::string> ids;
  Timestamp first = Timestamp::StartOf(WindowStart(team));
  Timestamp end = Timestamp::StartOf(team.options.end_date.AddDays(1));
  for (const model::Activity& activity : team.crm.activities) {
    EXPECT_TRUE(std::regex_match(activity.id, std::regex("A-\\d{6}"))) << activity.id;
    EXPECT_TRUE(ids.insert(activity.id).second);
    EXPECT_GE(activity.at, first);
    EXPECT_LT(activity.at, end);
    ++types[activity.type];
    if (!activity.call_id.empty()) by_call[activity.call_id] = &activity;
  }
  EXPECT_GT(types[model::ActivityType::kEmail], 0);
  EXPECT_GT(types[model::ActivityType::kCall], 0);
  EXPECT_GT(types[model::ActivityType::kMeeting], 0);
  for (std::size_t index = 0; index < team.calls.size(); ++index) {
    const model::Call& call = team.calls[index];
    ASSERT_TRUE(by_call.contains(call.id)) << call.id;
    const model::Activity& logged = *by_call[call.id];
    EXPECT_EQ(logged.at, *call.started_at);
    EXPECT_EQ(logged.deal_id, call.deal_id);
    EXPECT_EQ(logged.type, team.call_meta[index].format == TranscriptFormat::kAwsTranscribeJson
                               ? model::ActivityType::kCall
                               : model::ActivityType::kMeeting);
  }
}

TEST(GenerateSampleTeamTest, QuotasAndForecastsCoverTheQuarters) {
  const SampleTeam& team = DefaultTeam();
  // 180 days ending 2026-11-24 overlap Q2, Q3 and Q4 of 2026.
  EXPECT_EQ(team.crm.quotas.size(), 12u * 3);
  EXPECT_EQ(team.crm.forecasts.size(), 12u * 3);
  std::set<double> errors;
  for (const model::Forecast& forecast : team.crm.forecasts) {
    ASSERT_TRUE(forecast.submitted_at.has_value());
    EXPECT_LE(std::abs(forecast.period_start.DaysUntil(forecast.submitted_at->date())), 4);
    EXPECT_GT(forecast.amount, 0);
  }
  for (const model::Quota& quota : team.crm.quotas) {
    EXPECT_EQ(quota.period_start.day(), 1);
    EXPECT_GT(quota.amount, 0);
  }
}

TEST(GenerateSampleTeamTest, AHandfulOfCallsCarryPersonalData) {
  const SampleTeam& team = DefaultTeam();
  int calls_with_personal_data = 0;
  for (const model::Call& call : team.calls) {
    for (const model::Utterance& utterance : call.utterances) {
      // Phone numbers in the fictional 555-01xx range, or an email address.
      if (utterance.role == model::SpeakerRole::kCustomer &&
          (utterance.text.find("-555-01") != std::string::npos ||
           utterance.text.find(".example") != std::string::npos)) {
        ++calls_with_personal_data;
        break;
      }
    }
  }
  EXPECT_GE(calls_with_personal_data, 3);
  EXPECT_LE(calls_with_personal_data, 20);
}

TEST(GenerateSampleTeamTest, SmallAndLargerTeamsGenerate) {
  for (int reps : {1, 2, 3, 40}) {
    Result<SampleTeam> team = GenerateSampleTeam(SampleOptions{.reps = reps, .seed = 3});
    ASSERT_TRUE(team.ok()) << reps;
    EXPECT_EQ(static_cast<int>(team->planted.size()), reps);
    int managers = std::max(1, static_cast<int>(std::lround(reps / 6.0)));
    EXPECT_EQ(static_cast<int>(team->crm.reps.size()), reps + managers);
    int critical = 0;
    for (const PlantedRep& rep : team->planted) critical += rep.profile == "critical";
    EXPECT_EQ(critical, 1);
    std::map<std::string, int> calls;
    for (const model::Call& call : team->calls) ++calls[call.rep_id];
    EXPECT_EQ(static_cast<int>(calls.size()), reps);
    for (const auto& [rep, count] : calls) {
      EXPECT_GE(count, 30) << rep;
      EXPECT_LE(count, 40) << rep;
    }
  }
}

TEST(GenerateSampleTeamTest, ShortAndLongWindowsGenerate) {
  for (int days : {30, 365}) {
    Result<SampleTeam> team = GenerateSampleTeam(SampleOptions{.reps = 3, .days = days});
    ASSERT_TRUE(team.ok()) << days;
    Date first = team->options.end_date.AddDays(1 - days);
    for (const model::Deal& deal : team->crm.deals) {
      if (deal.closed_at) {
        EXPECT_GE(*deal.closed_at, first);
      }
    }
    for (const model::Call& call : team->calls) EXPECT_GE(call.started_at->date(), first);
  }
}

}  // namespace
}  // namespace sc::sample
