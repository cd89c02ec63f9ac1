// The planted objection-handling, negotiation and closing levels must show in the generated
// data, measured with simple counting (see sample_signals_test.cc for the other skills).
#include <gtest/gtest.h>

#include <map>
#include <regex>

#include "sample/personas.h"
#include "sample/phrases.h"
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
using testing::Lower;
using testing::Mean;
using testing::PerRep;
using testing::PlantedLevels;
using testing::Spearman;

// --- objection handling ----------------------------------------------------------------------

struct ObjectionStats {
  double pause = 0;      // mean seconds before the rep replies to an objection
  double empathy = 0;    // share of replies that open with an acknowledgement
  double clarified = 0;  // share of replies that ask a clarifying question
  double repeats = 0;    // repeated objections per objection
};

ObjectionStats MeasureObjections(const SampleTeam& team, const std::string& rep_id) {
  std::vector<std::string> raised, repeated, empathy;
  for (const phrases::ObjectionBank& bank : phrases::ObjectionBanks()) {
    for (const std::string& fragment : Fragments(bank.objections)) raised.push_back(fragment);
    for (const std::string& fragment : Fragments(bank.repeats)) repeated.push_back(fragment);
  }
  for (std::string_view line : phrases::kEmpathy) empathy.push_back(Lower(line));
  ObjectionStats stats;
  double objections = 0, repeats = 0;
  for (const model::Call* call : CallsOf(team, rep_id, model::CallType::kUnknown)) {
    const std::vector<model::Utterance>& utterances = call->utterances;
    for (std::size_t index = 0; index + 1 < utterances.size(); ++index) {
      const model::Utterance& u = utterances[index];
      if (IsRep(u)) continue;
      bool first_time = CountFragments(u.text, raised) > 0;
      bool again = CountFragments(u.text, repeated) > 0;
      if (!first_time && !again) continue;
      (first_time ? objections : repeats) += 1;
      const model::Utterance& reply = utterances[index + 1];
      stats.pause += reply.start_s - u.end_s;
      stats.empathy += CountFragments(reply.text.substr(0, 60), empathy) > 0 ? 1 : 0;
      stats.clarified += reply.text.find('?') != std::string::npos ? 1 : 0;
    }
  }
  double total = objections + repeats;
  stats.pause /= total;
  stats.empathy /= total;
  stats.clarified /= total;
  stats.repeats = repeats / objections;
  return stats;
}

TEST(SignalsTest, ObjectionHandlingShowsInPauseEmpathyQuestionsAndResolution) {
  const SampleTeam& team = DefaultTeam();
  std::vector<double> pause, empathy, clarified, repeats;
  for (const PlantedRep& rep : team.planted) {
    ObjectionStats stats = MeasureObjections(team, rep.rep_id);
    pause.push_back(stats.pause);
    empathy.push_back(stats.empathy);
    clarified.push_back(stats.clarified);
    repeats.push_back(stats.repeats);
  }
  std::vector<double> levels = PlantedLevels(team, Skill::kObjectionHandling);
  EXPECT_GE(Spearman(levels, pause), 0.8);
  EXPECT_GE(Spearman(levels, empathy), 0.7);
  EXPECT_GE(Spearman(levels, clarified), 0.7);
  EXPECT_LE(Spearman(levels, repeats), -0.6);
  for (std::size_t index = 0; index < levels.size(); ++index) {
    if (levels[index] >= 88) {
      EXPECT_GT(pause[index], 1.2) << team.planted[index].rep_id;
    }
    if (levels[index] <= 40) {
      EXPECT_LT(pause[index], 0.65) << team.planted[index].rep_id;
    }
  }
}

// --- negotiation -----------------------------------------------------------------------------

TEST(SignalsTest, LowestNegotiatorGivesTheHighestDiscounts) {
  const SampleTeam& team = DefaultTeam();
  std::vector<double> discount = PerRep(team, [&](const std::string& rep) {
    std::vector<double> values;
    for (const model::Deal& deal : team.crm.deals) {
      if (deal.rep_id == rep && deal.discount_pct) values.push_back(*deal.discount_pct);
    }
    return Mean(values);
  });
  std::vector<double> levels = PlantedLevels(team, Skill::kNegotiation);
  std::size_t lowest = std::min_element(levels.begin(), levels.end()) - levels.begin();
  std::size_t highest_discount =
      std::max_element(discount.begin(), discount.end()) - discount.begin();
  EXPECT_EQ(lowest, highest_discount) << team.planted[lowest].rep_id;
  EXPECT_LE(Spearman(levels, discount), -0.9);
  for (std::size_t index = 0; index < levels.size(); ++index) {
    if (levels[index] >= 88) {
      EXPECT_LE(discount[index], 9) << team.planted[index].rep_id;
    }
    if (levels[index] <= 32) {
      EXPECT_GE(discount[index], 22) << team.planted[index].rep_id;
    }
  }
}

TEST(SignalsTest, LowestNegotiatorGivesTheHighestDiscountsForOtherSeeds) {
  for (std::uint64_t seed : {11u, 12u}) {
    Result<SampleTeam> team = GenerateSampleTeam(SampleOptions{.reps = 8, .seed = seed});
    ASSERT_TRUE(team.ok());
    std::vector<double> discount = PerRep(*team, [&](const std::string& rep) {
      std::vector<double> values;
      for (const model::Deal& deal : team->crm.deals) {
        if (deal.rep_id == rep && deal.discount_pct) values.push_back(*deal.discount_pct);
      }
      return Mean(values);
    });
    std::vector<double> levels = PlantedLevels(*team, Skill::kNegotiation);
    EXPECT_EQ(std::min_element(levels.begin(), levels.end()) - levels.begin(),
              std::max_element(discount.begin(), discount.end()) - discount.begin())
        << "seed " << seed;
  }
}

TEST(SignalsTest, NegotiationLevelShowsInPriceObjectionWinsAndConcessions) {
  const SampleTeam& team = DefaultTeam();
  std::vector<std::string> concessions = Fragments(phrases::kConcessions);
  std::vector<double> concession_rate = PerRep(team, [&](const std::string& rep) {
    double conceded = 0, calls = 0;
    for (const model::Call* call : CallsOf(team, rep, model::CallType::kNegotiation)) {
      ++calls;
      for (const model::Utterance& u : call->utterances) {
        if (IsRep(u)) conceded += CountFragments(u.text, concessions);
      }
    }
    return conceded / calls;
  });
  EXPECT_LE(Spearman(PlantedLevels(team, Skill::kNegotiation), concession_rate), -0.8);
}

// --- closing ---------------------------------------------------------------------------------

TEST(SignalsTest, TrialClosesAndSpecificNextStepsFollowClosing) {
  const SampleTeam& team = DefaultTeam();
  std::regex weekday(R"(\b(Monday|Tuesday|Wednesday|Thursday|Friday)\b)");
  std::vector<double> trial_closes, next_steps;
  for (const PlantedRep& rep : team.planted) {
    double closes = 0, closing_calls = 0, specific = 0;
    std::vector<const model::Call*> calls = CallsOf(team, rep.rep_id, model::CallType::kUnknown);
    for (const model::Call* call : calls) {
      bool counted = call->call_type == model::CallType::kDemo ||
                     call->call_type == model::CallType::kNegotiation;
      closing_calls += counted ? 1 : 0;
      double last_third = call->utterances.back().end_s * 2 / 3;
      bool has_specific = false;
      for (const model::Utterance& u : call->utterances) {
        if (!IsRep(u)) continue;
        if (counted) {
          for (std::string_view phrase : {"how does that sound", "does that make sense",
                                          "would that work for you", "on a scale of 1 to 10"}) {
            closes += CountPhrase(u.text, phrase);
          }
        }
        if (u.start_s >= last_third && u.text.find("I'll") != std::string::npos &&
            std::regex_search(u.text, weekday)) {
          has_specific = true;
        }
      }
      specific += has_specific ? 1 : 0;
    }
    trial_closes.push_back(closes / closing_calls);
    next_steps.push_back(specific / calls.size());
  }
  std::vector<double> levels = PlantedLevels(team, Skill::kClosing);
  EXPECT_GE(Spearman(levels, trial_closes), 0.7);
  EXPECT_GE(Spearman(levels, next_steps), 0.8);
  for (std::size_t index = 0; index < levels.size(); ++index) {
    if (levels[index] >= 88) {
      EXPECT_GE(trial_closes[index], 2.0) << team.planted[index].rep_id;
    }
    if (levels[index] <= 45) {
      EXPECT_LE(trial_closes[index], 1.2) << team.planted[index].rep_id;
    }
  }
}

TEST(SignalsTest, WinRateRisesWithClosing) {
  const SampleTeam& team = DefaultTeam();
  std::vector<double> win_rate = PerRep(team, [&](const std::string& rep) {
    double won = 0, closed = 0;
    for (const model::Deal& deal : team.crm.deals) {
      if (deal.rep_id != rep || deal.status == model::DealStatus::kOpen) continue;
      ++closed;
      won += deal.status == model::DealStatus::kWon ? 1 : 0;
    }
    return won / closed;
  });
  // Win rate is the noisiest closing signal (a rep closes 15-25 deals); trial closes and next
  // steps carry the level more precisely.
  EXPECT_GE(Spearman(PlantedLevels(team, Skill::kClosing), win_rate), 0.5);
}

}  // namespace
}  // namespace sc::sample
