// Coaching start (SampleOptions::coaching_days): about half the "spread" reps play their weakest
// skill higher on the calls from the start on, everything before the start stays as it was,
// and the improvement shows in the same signals the planted level drives.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "sample/phrases.h"
#include "sample/sample_files.h"
#include "sample/sample_team.h"
#include "sample/test_support.h"

namespace sc::sample {
namespace {

using testing::CallsOf;
using testing::CountFragments;
using testing::CountPhrase;
using testing::DefaultTeam;
using testing::Fragments;
using testing::IsRep;
using testing::Mean;

constexpr int kCoachingDays = 84;

SampleTeam Generate(const SampleOptions& options) {
  Result<SampleTeam> team = GenerateSampleTeam(options);
  SC_CHECK(team.ok());
  return std::move(team).value();
}

// The default team with coaching starting 84 days before the end date.
const SampleTeam& CoachedTeam() {
  static const SampleTeam team = Generate(SampleOptions{.coaching_days = kCoachingDays});
  return team;
}

Timestamp CoachingStart(const SampleTeam& team) {
  return Timestamp::StartOf(team.options.end_date.AddDays(-team.options.coaching_days));
}

// The rep's improvement, or nullptr.
const Improvement* ImprovementOf(const SampleTeam& team, const std::string& rep_id) {
  for (const PlantedRep& rep : team.planted) {
    if (rep.rep_id == rep_id) return rep.improvement ? &*rep.improvement : nullptr;
  }
  return nullptr;
}

// The planted reps that should improve: every other "spread" rep, starting with the first.
std::set<std::string> ExpectedImprovingReps(const SampleTeam& team) {
  std::set<std::string> reps;
  int spread = 0;
  for (const PlantedRep& rep : team.planted) {
    if (rep.profile == "spread" && spread++ % 2 == 0) reps.insert(rep.rep_id);
  }
  return reps;
}

TEST(CoachingTest, RejectsBadCoachingOptions) {
  Result<SampleTeam> negative = GenerateSampleTeam(SampleOptions{.coaching_days = -1});
  ASSERT_FALSE(negative.ok());
  EXPECT_EQ(negative.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(negative.status().message().find("coaching_days"), std::string::npos);
  for (int points : {0, -5, 101}) {
    Result<SampleTeam> team = GenerateSampleTeam(
        SampleOptions{.reps = 2, .coaching_days = 30, .improvement_points = points});
    ASSERT_FALSE(team.ok()) << points;
    EXPECT_EQ(team.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(team.status().message().find("improvement_points"), std::string::npos);
  }
  // Without coaching the points are unused.
  EXPECT_TRUE(GenerateSampleTeam(SampleOptions{.reps = 2, .improvement_points = 0}).ok());
}

TEST(CoachingTest, DefaultOptionsImproveNobody) {
  EXPECT_EQ(DefaultTeam().options.coaching_days, 0);
  for (const PlantedRep& rep : DefaultTeam().planted) {
    EXPECT_FALSE(rep.improvement.has_value()) << rep.rep_id;
  }
}

TEST(CoachingTest, EveryOtherSpreadRepImprovesOnTheirWeakestSkill) {
  for (const SampleOptions& options :
       {SampleOptions{.coaching_days = kCoachingDays},
        SampleOptions{.reps = 30, .seed = 11, .coaching_days = 40, .improvement_points = 15}}) {
    SampleTeam team = Generate(options);
    std::set<std::string> expected = ExpectedImprovingReps(team);
    int spread = 0;
    int improving = 0;
    for (const PlantedRep& rep : team.planted) {
      SCOPED_TRACE(rep.rep_id);
      spread += rep.profile == "spread" ? 1 : 0;
      ASSERT_EQ(rep.improvement.has_value(), expected.contains(rep.rep_id));
      if (!rep.improvement) continue;
      ++improving;
      EXPECT_EQ(rep.profile, "spread");
      EXPECT_EQ(rep.improvement->skill, rep.weakest);
      // Spread levels are at most 90, so the weakest skill never reaches the cap of 100.
      EXPECT_EQ(rep.improvement->points, options.improvement_points);
      EXPECT_EQ(rep.improvement->from, options.end_date.AddDays(-options.coaching_days));
    }
    EXPECT_EQ(improving, (spread + 1) / 2);
    EXPECT_GE(improving, 5);
  }
  // The default team: R-001 is the first spread rep (the critical and strong reps never
  // improve).
  EXPECT_TRUE(CoachedTeam().planted.front().improvement.has_value());
  for (const PlantedRep& rep : CoachedTeam().planted) {
    if (rep.profile != "spread") {
      EXPECT_FALSE(rep.improvement.has_value()) << rep.rep_id;
    }
  }
}

TEST(CoachingTest, PointsStopAtOneHundred) {
  SampleTeam team = Generate(SampleOptions{.coaching_days = 10, .improvement_points = 100});
  for (const PlantedRep& rep : team.planted) {
    if (!rep.improvement) continue;
    EXPECT_EQ(rep.levels[SkillIndex(rep.improvement->skill)] + rep.improvement->points, 100)
        << rep.rep_id;
  }
}

TEST(CoachingTest, OnlyTheImprovingRepsCallsFromTheStartOnChange) {
  const SampleTeam& before = DefaultTeam();
  const SampleTeam& after = CoachedTeam();
  Timestamp start = CoachingStart(after);
  EXPECT_EQ(before.crm.reps, after.crm.reps);
  EXPECT_EQ(before.crm.deals, after.crm.deals);
  EXPECT_EQ(before.crm.quotas, after.crm.quotas);
  EXPECT_EQ(before.crm.forecasts, after.crm.forecasts);
  EXPECT_EQ(before.deal_meta, after.deal_meta);
  EXPECT_EQ(before.call_meta, after.call_meta);
  ASSERT_EQ(before.planted.size(), after.planted.size());
  for (std::size_t index = 0; index < before.planted.size(); ++index) {
    PlantedRep without = after.planted[index];
    without.improvement.reset();
    EXPECT_EQ(before.planted[index], without);
  }

  ASSERT_EQ(before.calls.size(), after.calls.size());
  std::set<std::string> changed;
  std::map<std::string, int> coached_calls, changed_calls;
  for (std::size_t index = 0; index < before.calls.size(); ++index) {
    const model::Call& old_call = before.calls[index];
    const model::Call& new_call = after.calls[index];
    ASSERT_EQ(old_call.id, new_call.id);
    ASSERT_EQ(old_call.started_at, new_call.started_at);
    bool coached =
        ImprovementOf(after, new_call.rep_id) != nullptr && *new_call.started_at >= start;
    if (!coached) {
      EXPECT_EQ(old_call, new_call) << new_call.id;
      continue;
    }
    ++coached_calls[new_call.rep_id];
    if (old_call != new_call) {
      ++changed_calls[new_call.rep_id];
      changed.insert(new_call.id);
    }
  }
  // Every improving rep has calls after the start, and (with their own behaviour) most change.
  for (const PlantedRep& rep : after.planted) {
    if (!rep.improvement) continue;
    EXPECT_GE(coached_calls[rep.rep_id], 8) << rep.rep_id;
    EXPECT_GE(changed_calls[rep.rep_id] * 2, coached_calls[rep.rep_id]) << rep.rep_id;
  }

  // Activities log the same calls; only the changed calls' durations may differ.
  ASSERT_EQ(before.crm.activities.size(), after.crm.activities.size());
  for (std::size_t index = 0; index < before.crm.activities.size(); ++index) {
    model::Activity old_activity = before.crm.activities[index];
    model::Activity new_activity = after.crm.activities[index];
    if (changed.contains(old_activity.call_id)) {
      old_activity.duration_s = new_activity.duration_s = std::nullopt;
    }
    EXPECT_EQ(old_activity, new_activity) << new_activity.id;
  }
}

// The mean of a signal the skill drives, over `calls` (nullopt when none of them carries it):
// rep questions per discovery call, rep talk share on demos, pause before replying to an
// objection, concessions per negotiation call, trial closes per demo or negotiation call.
// Qualification shows only in the CRM, so it has no call signal.
std::optional<double> Signal(Skill skill, const std::vector<const model::Call*>& calls) {
  std::vector<std::string> objections;
  for (const phrases::ObjectionBank& bank : phrases::ObjectionBanks()) {
    for (const std::string& fragment : Fragments(bank.objections)) objections.push_back(fragment);
    for (const std::string& fragment : Fragments(bank.repeats)) objections.push_back(fragment);
  }
  std::vector<std::string> concessions = Fragments(phrases::kConcessions);
  std::vector<double> values;
  for (const model::Call* call : calls) {
    model::CallType type = call->call_type;
    switch (skill) {
      case Skill::kDiscovery: {
        if (type != model::CallType::kDiscovery) break;
        double questions = 0;
        for (const model::Utterance& u : call->utterances) {
          if (IsRep(u)) questions += CountPhrase(u.text, "?");
        }
        values.push_back(questions);
        break;
      }
      case Skill::kPresentation: {
        if (type != model::CallType::kDemo) break;
        double rep_s = 0, customer_s = 0;
        for (const model::Utterance& u : call->utterances) {
          (IsRep(u) ? rep_s : customer_s) += u.end_s - u.start_s;
        }
        values.push_back(rep_s / (rep_s + customer_s));
        break;
      }
      case Skill::kObjectionHandling: {
        const std::vector<model::Utterance>& utterances = call->utterances;
        for (std::size_t index = 0; index + 1 < utterances.size(); ++index) {
          if (IsRep(utterances[index]) || CountFragments(utterances[index].text, objections) == 0) {
            continue;
          }
          values.push_back(utterances[index + 1].start_s - utterances[index].end_s);
        }
        break;
      }
      case Skill::kNegotiation: {
        if (type != model::CallType::kNegotiation) break;
        double conceded = 0;
        for (const model::Utterance& u : call->utterances) {
          if (IsRep(u)) conceded += CountFragments(u.text, concessions);
        }
        values.push_back(conceded);
        break;
      }
      case Skill::kClosing: {
        if (type != model::CallType::kDemo && type != model::CallType::kNegotiation) break;
        double closes = 0;
        for (const model::Utterance& u : call->utterances) {
          if (!IsRep(u)) continue;
          for (std::string_view phrase : {"how does that sound", "does that make sense",
                                          "would that work for you", "on a scale of 1 to 10"}) {
            closes += CountPhrase(u.text, phrase);
          }
        }
        values.push_back(closes);
        break;
      }
      case Skill::kQualification:
        break;
    }
  }
  if (values.empty()) return std::nullopt;
  return Mean(values);
}

// +1 when the signal rises with the level, -1 when it falls.
double Direction(Skill skill) {
  return skill == Skill::kPresentation || skill == Skill::kNegotiation ? -1 : 1;
}

// The improving reps' calls from the start on, against the same calls without coaching (same
// deals, settings and script streams) and against their own calls before the start: the
// improved skill's signal moves the way a higher level moves it.
void ExpectImprovedSignals(const SampleTeam& before, const SampleTeam& after) {
  Timestamp start = CoachingStart(after);
  int checked = 0;
  for (const PlantedRep& rep : after.planted) {
    if (!rep.improvement || rep.improvement->skill == Skill::kQualification) continue;
    SCOPED_TRACE(fmt::format("{} {}", rep.rep_id, SkillKey(rep.improvement->skill)));
    std::vector<const model::Call*> old_calls, new_calls, earlier;
    for (const model::Call* call : CallsOf(after, rep.rep_id, model::CallType::kUnknown)) {
      (*call->started_at >= start ? new_calls : earlier).push_back(call);
    }
    for (const model::Call* call : CallsOf(before, rep.rep_id, model::CallType::kUnknown)) {
      if (*call->started_at >= start) old_calls.push_back(call);
    }
    std::optional<double> old_signal = Signal(rep.improvement->skill, old_calls);
    std::optional<double> new_signal = Signal(rep.improvement->skill, new_calls);
    if (!old_signal || !new_signal) continue;  // no call of the kind after the start
    ++checked;
    double direction = Direction(rep.improvement->skill);
    EXPECT_GT(direction * (*new_signal - *old_signal), 0) << *old_signal << " -> " << *new_signal;
    // The calls before the start are the baseline the rep's coach sees.
    std::optional<double> earlier_signal = Signal(rep.improvement->skill, earlier);
    if (earlier_signal) {
      EXPECT_GT(direction * (*new_signal - *earlier_signal), 0)
          << *earlier_signal << " -> " << *new_signal;
    }
  }
  EXPECT_GE(checked, 4);
}

TEST(CoachingTest, TheImprovedSkillShowsInTheCallsAfterTheStart) {
  ExpectImprovedSignals(DefaultTeam(), CoachedTeam());
}

TEST(CoachingTest, TheImprovedSkillShowsInALargerTeam) {
  SampleTeam before = Generate(SampleOptions{.reps = 30, .seed = 11});
  SampleTeam after =
      Generate(SampleOptions{.reps = 30, .seed = 11, .coaching_days = kCoachingDays});
  ExpectImprovedSignals(before, after);
}

TEST(CoachingTest, TheImprovingDiscoveryRepAsksMoreQuestionsPerDiscoveryCall) {
  // R-001 is the default team's first spread rep; its weakest skill is discovery (47, played at
  // 67 after the start). Twenty more points plan about 3 more questions per discovery call;
  // counted as question marks (the weaker rep also asks rhetorical questions while pitching),
  // that is at least one more per call.
  const PlantedRep& rep = CoachedTeam().planted.front();
  ASSERT_TRUE(rep.improvement.has_value());
  ASSERT_EQ(rep.improvement->skill, Skill::kDiscovery);
  Timestamp start = CoachingStart(CoachedTeam());
  std::vector<const model::Call*> old_calls, new_calls;
  for (const model::Call* call : CallsOf(DefaultTeam(), rep.rep_id, model::CallType::kDiscovery)) {
    if (*call->started_at >= start) old_calls.push_back(call);
  }
  for (const model::Call* call : CallsOf(CoachedTeam(), rep.rep_id, model::CallType::kDiscovery)) {
    if (*call->started_at >= start) new_calls.push_back(call);
  }
  ASSERT_GE(new_calls.size(), 5u);
  double gain = *Signal(Skill::kDiscovery, new_calls) - *Signal(Skill::kDiscovery, old_calls);
  EXPECT_GE(gain, 1.0);
  EXPECT_LT(gain, 5.0);
}

TEST(CoachingTest, GroundTruthRecordsTheImprovement) {
  nlohmann::json truth = nlohmann::json::parse(RenderGroundTruth(CoachedTeam()));
  ASSERT_EQ(truth["reps"].size(), CoachedTeam().planted.size());
  int improving = 0;
  for (std::size_t index = 0; index < CoachedTeam().planted.size(); ++index) {
    const PlantedRep& planted = CoachedTeam().planted[index];
    const nlohmann::json& improvement = truth["reps"][index]["improvement"];
    SCOPED_TRACE(planted.rep_id);
    if (!planted.improvement) {
      EXPECT_TRUE(improvement.is_null());
      continue;
    }
    ++improving;
    EXPECT_EQ(improvement["skill"], std::string(SkillKey(planted.improvement->skill)));
    EXPECT_EQ(improvement["points"], 20);
    EXPECT_EQ(improvement["from"], "2026-09-01");  // 84 days before 2026-11-24
    // The planted levels stay those of the rep before coaching.
    EXPECT_EQ(truth["reps"][index]["levels"][std::string(SkillKey(planted.weakest))],
              planted.levels[SkillIndex(planted.weakest)]);
  }
  EXPECT_EQ(improving, 5);
}

}  // namespace
}  // namespace sc::sample
