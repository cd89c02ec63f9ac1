// The planted levels must show in the generated data, measured with simple counting: these
// tests are the contract with the analysis and scoring stages, which must recover the levels
// (Spearman >= 0.8 per skill) from the same data. This file covers discovery, qualification,
// presentation and speaking style; sample_outcomes_test.cc the other three skills.
#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>

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
using testing::PerRep;
using testing::PlantedLevels;
using testing::Spearman;

// --- discovery ------------------------------------------------------------------------------

TEST(SignalsTest, DiscoveryTalkShareFallsWithDiscoveryLevel) {
  const SampleTeam& team = DefaultTeam();
  std::vector<double> share = PerRep(team, [&](const std::string& rep) {
    double rep_s = 0, customer_s = 0;
    for (const model::Call* call : CallsOf(team, rep, model::CallType::kDiscovery)) {
      for (const model::Utterance& u : call->utterances) {
        (IsRep(u) ? rep_s : customer_s) += u.end_s - u.start_s;
      }
    }
    return rep_s / (rep_s + customer_s);
  });
  std::vector<double> levels = PlantedLevels(team, Skill::kDiscovery);
  EXPECT_LE(Spearman(levels, share), -0.7);
  for (std::size_t index = 0; index < levels.size(); ++index) {
    if (levels[index] >= 85) {
      EXPECT_LT(share[index], 0.46);
    }
    if (levels[index] <= 45) {
      EXPECT_GT(share[index], 0.58);
    }
  }
}

TEST(SignalsTest, DiscoveryQuestionsOpenQuestionsAndFollowUpsRiseWithDiscoveryLevel) {
  const SampleTeam& team = DefaultTeam();
  std::regex open(
      R"((^|[.?!] )(What|How|Why|Walk me through|Tell me|Describe|Help me understand|Where|Who)\b[^.?!]*\?)");
  std::vector<double> questions, open_questions, follow_ups;
  for (const PlantedRep& rep : team.planted) {
    std::vector<const model::Call*> calls = CallsOf(team, rep.rep_id, model::CallType::kDiscovery);
    double asked = 0, opened = 0, followed = 0;
    for (const model::Call* call : calls) {
      const model::Utterance* previous_customer = nullptr;
      for (const model::Utterance& u : call->utterances) {
        if (!IsRep(u)) {
          if (u.end_s - u.start_s > 1.0) previous_customer = &u;
          continue;
        }
        asked += CountPhrase(u.text, "?");
        auto begin = std::sregex_iterator(u.text.begin(), u.text.end(), open);
        opened += static_cast<double>(std::distance(begin, std::sregex_iterator()));
        if (previous_customer == nullptr || u.text.find('?') == std::string::npos) continue;
        for (const Pain& pain : Pains()) {
          if (CountPhrase(u.text, pain.key) > 0 &&
              CountPhrase(previous_customer->text, pain.key) > 0) {
            ++followed;
            break;
          }
        }
      }
    }
    questions.push_back(asked / calls.size());
    open_questions.push_back(opened / calls.size());
    follow_ups.push_back(followed / calls.size());
  }
  std::vector<double> levels = PlantedLevels(team, Skill::kDiscovery);
  EXPECT_GE(Spearman(levels, questions), 0.7);
  EXPECT_GE(Spearman(levels, open_questions), 0.7);
  EXPECT_GE(Spearman(levels, follow_ups), 0.7);
  for (std::size_t index = 0; index < levels.size(); ++index) {
    if (levels[index] >= 85) {
      EXPECT_GE(questions[index], 10) << team.planted[index].rep_id;
    }
    if (levels[index] <= 45) {
      EXPECT_LE(questions[index], 8) << team.planted[index].rep_id;
    }
  }
}

TEST(SignalsTest, IdentifiedPainFollowsDiscoveryLevel) {
  const SampleTeam& team = DefaultTeam();
  std::vector<double> captured = PerRep(team, [&](const std::string& rep) {
    double filled = 0, deals = 0;
    for (std::size_t index = 0; index < team.crm.deals.size(); ++index) {
      const model::Deal& deal = team.crm.deals[index];
      if (deal.rep_id != rep || !team.deal_meta[index].stage_entered[2]) continue;
      ++deals;
      filled += deal.meddpicc.identify_pain.empty() ? 0 : 1;
    }
    return filled / deals;
  });
  EXPECT_GE(Spearman(PlantedLevels(team, Skill::kDiscovery), captured), 0.7);
}

// --- qualification ---------------------------------------------------------------------------

TEST(SignalsTest, MeddpiccCompletenessIcpAndDisqualificationFollowQualification) {
  const SampleTeam& team = DefaultTeam();
  std::vector<double> filled, icp, early;
  for (const PlantedRep& rep : team.planted) {
    double fields = 0, past_early = 0, fit = 0, deals = 0, lost_early = 0, lost = 0;
    for (std::size_t index = 0; index < team.crm.deals.size(); ++index) {
      const model::Deal& deal = team.crm.deals[index];
      if (deal.rep_id != rep.rep_id) continue;
      ++deals;
      fit += deal.icp_fit.value_or(false) ? 1 : 0;
      if (team.deal_meta[index].stage_entered[2]) {
        ++past_early;
        fields += deal.meddpicc.FilledCount();
      }
      // Lost deals are closed out early (Qualification to Demo) rather than dragged on.
      if (deal.status == model::DealStatus::kLost) {
        ++lost;
        lost_early +=
            deal.stage == "Qualification" || deal.stage == "Discovery" || deal.stage == "Demo" ? 1
                                                                                               : 0;
      }
    }
    filled.push_back(fields / past_early);
    icp.push_back(fit / deals);
    early.push_back(lost_early / lost);
  }
  std::vector<double> levels = PlantedLevels(team, Skill::kQualification);
  EXPECT_GE(Spearman(levels, filled), 0.7);
  EXPECT_GE(Spearman(levels, icp), 0.6);
  EXPECT_GE(Spearman(levels, early), 0.6);  // few lost deals per rep: the noisiest signal
  for (std::size_t index = 0; index < levels.size(); ++index) {
    if (levels[index] >= 88) {
      EXPECT_GE(filled[index], 6.0) << team.planted[index].rep_id;
    }
    if (levels[index] <= 45) {
      EXPECT_LE(filled[index], 3.5) << team.planted[index].rep_id;
    }
  }
}

// --- presentation ----------------------------------------------------------------------------

TEST(SignalsTest, DemoValueStatementsPersonalizationAndEngagementFollowPresentation) {
  const SampleTeam& team = DefaultTeam();
  std::vector<std::string> value_lines, feature_lines;
  for (const ProductModule& module : ProductModules()) {
    for (const std::string& fragment : Fragments(module.values)) value_lines.push_back(fragment);
    for (const std::string& fragment : Fragments(module.features))
      feature_lines.push_back(fragment);
  }
  std::vector<double> value_share, personal, monologue, customer_questions, customer_share;
  for (const PlantedRep& rep : team.planted) {
    double values = 0, features = 0, personalized = 0, longest = 0, asked = 0, rep_s = 0,
           cust_s = 0;
    std::vector<const model::Call*> demos = CallsOf(team, rep.rep_id, model::CallType::kDemo);
    for (const model::Call* call : demos) {
      double run_start = -1, best = 0;
      for (const model::Utterance& u : call->utterances) {
        bool backchannel = !IsRep(u) && u.end_s - u.start_s <= 1.0;
        if (IsRep(u)) {
          values += CountFragments(u.text, value_lines);
          features += CountFragments(u.text, feature_lines);
          personalized += CountPhrase(u.text, "You mentioned") + CountPhrase(u.text, "You said");
          rep_s += u.end_s - u.start_s;
        } else {
          asked += CountPhrase(u.text, "?");
          cust_s += u.end_s - u.start_s;
        }
        if (u.speaker == call->rep_speakers.front()) {
          if (run_start < 0) run_start = u.start_s;
          best = std::max(best, u.end_s - run_start);
        } else if (!backchannel) {
          run_start = -1;
        }
      }
      longest += best;
    }
    value_share.push_back(values / (values + features));
    personal.push_back(personalized / demos.size());
    monologue.push_back(longest / demos.size());
    customer_questions.push_back(asked / demos.size());
    customer_share.push_back(cust_s / (rep_s + cust_s));
  }
  std::vector<double> levels = PlantedLevels(team, Skill::kPresentation);
  EXPECT_GE(Spearman(levels, value_share), 0.8);
  EXPECT_GE(Spearman(levels, personal), 0.7);
  EXPECT_LE(Spearman(levels, monologue), -0.8);
  EXPECT_GE(Spearman(levels, customer_questions), 0.6);
  EXPECT_GE(Spearman(levels, customer_share), 0.8);
  for (std::size_t index = 0; index < levels.size(); ++index) {
    if (levels[index] >= 88) {
      EXPECT_LT(monologue[index], 150) << team.planted[index].rep_id;
    }
    if (levels[index] <= 45) {
      EXPECT_GT(monologue[index], 240) << team.planted[index].rep_id;
    }
  }
}

// --- style -----------------------------------------------------------------------------------

TEST(SignalsTest, RepsUseFillersIncludingFillerLikeAndVerbLike) {
  const SampleTeam& team = DefaultTeam();
  // Fillers as Dialogue writes them: set off by commas, or a hedge before a verb.
  const std::vector<std::string> fillers = {"um,",        "uh,",     "you know,", "i mean,",
                                            "basically,", ", like,", " sort of ", " kind of "};
  std::vector<double> rates;
  int verb_like = 0, filler_like = 0;
  for (const PlantedRep& rep : team.planted) {
    double found = 0, minutes = 0;
    for (const model::Call* call : CallsOf(team, rep.rep_id, model::CallType::kUnknown)) {
      for (const model::Utterance& u : call->utterances) {
        if (u.speaker != rep.name) continue;
        minutes += (u.end_s - u.start_s) / 60;
        found += CountFragments(u.text, fillers);
        filler_like += CountPhrase(u.text, ", like,");
        verb_like += CountPhrase(u.text, "I'd like") + CountPhrase(u.text, "looks like") +
                     CountPhrase(u.text, "we'd like");
      }
    }
    rates.push_back(found / minutes);
    EXPECT_GE(found / minutes, 0.3) << rep.rep_id;
    EXPECT_LE(found / minutes, 7) << rep.rep_id;
  }
  EXPECT_GT(filler_like, 0);
  EXPECT_GT(verb_like, 0);
  EXPECT_GT(
      *std::max_element(rates.begin(), rates.end()) - *std::min_element(rates.begin(), rates.end()),
      2.0)
      << "filler rates vary between reps";
}

}  // namespace
}  // namespace sc::sample
