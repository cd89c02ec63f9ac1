// CallScript: the body of a demo call.
//
// The rep presents the modules in scope in segments. A segment's length is the rep's
// monologue length (long for weak presenters, under two minutes for strong ones); its
// statements are value or feature statements by the presentation level; it opens with a
// personalized line ("You mentioned the forecast ...") as often as the level says. After each
// segment the customer gets as much room (questions, comments) as keeps the rep's share of
// the talk on the level's target. Trial closes are spread across the segments.
#include <algorithm>
#include <cmath>

#include "sample/call_script.h"

namespace sc::sample {
namespace {

constexpr double kSeLineRate = 0.4;
constexpr double kMonologueBackchannelRate = 0.35;
constexpr int kMaxInteractionTurns = 10;

phrases::ObjectionType DemoObjectionType(Rng& rng) {
  static constexpr phrases::ObjectionType kTypes[] = {
      phrases::ObjectionType::kPrice,      phrases::ObjectionType::kPrice,
      phrases::ObjectionType::kTiming,     phrases::ObjectionType::kAuthority,
      phrases::ObjectionType::kNeed,       phrases::ObjectionType::kCompetitor,
      phrases::ObjectionType::kCompetitor, phrases::ObjectionType::kTrust};
  return kTypes[rng.Index(std::size(kTypes))];
}

// Spreads `count` events over `slots` slots as evenly as possible.
std::vector<int> Spread(int count, std::size_t slots) {
  std::vector<int> at(std::max<std::size_t>(slots, 1), 0);
  for (int event = 0; event < count; ++event) {
    double position = (event + 0.5) * static_cast<double>(at.size()) / count;
    ++at[std::min(at.size() - 1, static_cast<std::size_t>(position))];
  }
  return at;
}

}  // namespace

void CallScript::DemoBody() {
  double share = behavior_.DemoRepShare(rng_);
  int trial_closes = behavior_.NextTrialCloseCount(rng_);
  int objections = rng_.Chance(0.5) ? 2 : 1;
  // Estimate how many segments fit so that trial closes and objections can be spread out.
  double cycle = behavior_.MonologueSeconds(rng_) / share + 20;
  auto segments =
      static_cast<std::size_t>(std::max(1.0, (end_of_body() - dialogue_.now()) / cycle));
  std::vector<int> trial_close_at = Spread(trial_closes, segments);
  std::vector<int> objection_at(segments, 0);
  for (int objection = 0; objection < objections; ++objection) ++objection_at[rng_.Index(segments)];

  int trial_closes_done = 0;
  for (std::size_t segment = 0; TimeLeft(40); ++segment) {
    DemoSegment(segment);
    if (setting_.se >= 0 && rng_.Chance(kSeLineRate)) {
      std::vector<Sentence> said = {Plain(Line(phrases::kSeLines))};
      Address(said, setting_.se);
      dialogue_.Say(setting_.se, std::move(said), rng_.Uniform(0.4, 0.9));
    }
    RaisePendingRepeat();
    if (segment < segments) {
      for (int count = 0; count < trial_close_at[segment]; ++count, ++trial_closes_done) {
        TrialClose();
      }
      for (int count = 0; count < objection_at[segment]; ++count) {
        Objection(DemoObjectionType(rng_));
      }
    }
    DemoInteraction(share);
  }
  for (; trial_closes_done < trial_closes; ++trial_closes_done) TrialClose();
}

void CallScript::DemoSegment(std::size_t segment) {
  std::size_t module = setting_.modules[segment % setting_.modules.size()];
  module_cursor_ = segment % setting_.modules.size();
  SetModule(module);
  std::size_t pain = setting_.pains[segment % setting_.pains.size()];
  for (std::size_t candidate : setting_.pains) {
    if (Pains()[candidate].module == module) pain = candidate;
  }
  SetPain(pain);
  std::vector<Sentence> sentences;
  // Personalized openers are kept verbatim: "You mentioned" must survive filler insertion.
  if (behavior_.NextPersonalization(rng_)) {
    sentences.push_back(Exact(Line(phrases::kPersonalizedIntros)));
  } else {
    sentences.push_back(Plain(Line(phrases::kDemoIntros)));
  }
  double seconds = std::min(behavior_.MonologueSeconds(rng_),
                            std::max(20.0, end_of_body() - dialogue_.now() - 20));
  for (Sentence& sentence : ProductTalk(seconds, /*narrate=*/true)) {
    sentences.push_back(std::move(sentence));
  }
  RepMonologue(std::move(sentences), kMonologueBackchannelRate);
}

void CallScript::DemoInteraction(double share) {
  for (int turn = 0; turn < kMaxInteractionTurns && TimeLeft(15); ++turn) {
    double rep = dialogue_.TalkSeconds(model::SpeakerRole::kRep);
    double customer_need =
        rep * (1 - share) / share - dialogue_.TalkSeconds(model::SpeakerRole::kCustomer);
    if (customer_need < 6) return;
    int customer = SomeCustomer();
    double seconds = std::min(customer_need, rng_.Uniform(8, 26));
    std::vector<Sentence> said;
    const phrases::Exchange* question = nullptr;
    if (rng_.Chance(0.65)) {
      // Context first, then the question the rep answers.
      question = &Pick(phrases::kDemoQuestions);
      std::string asked = slots_.Fill(question->first, rng_);
      AppendContext(said, WordsFor(customer, seconds) - CountWords(asked), std::nullopt);
      said.push_back(Exact(std::move(asked)));
    } else {
      said.push_back(Plain(Line(phrases::kCustomerDemoComments)));
      AppendContext(said, WordsFor(customer, seconds), std::nullopt);
    }
    CustomerSays(customer, std::move(said), CustomerPause());
    std::vector<Sentence> answer;
    if (question != nullptr) answer.push_back(Plain(slots_.Fill(question->second, rng_)));
    if (question == nullptr || rng_.Chance(0.5)) {
      for (Sentence& sentence : ProductStatement()) answer.push_back(std::move(sentence));
    }
    RepSays(std::move(answer), RepPause());
  }
}

void CallScript::TrialClose() {
  RepSays({Exact(Line(phrases::kTrialCloses))}, RepPause());
  CustomerSays(MainCustomer(), {Plain(Line(phrases::kTrialCloseAnswers))}, CustomerPause());
}

}  // namespace sc::sample
