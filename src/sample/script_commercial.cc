// CallScript: the bodies of negotiation, closing and check-in calls.
//
// Negotiation calls open with a recap and the proposal, meet a price objection, and then
// work through the customer's asks: reps with a high negotiation level re-anchor on value
// and trade concessions for commitments, weak negotiators give discounts away. Trial closes
// are spread across the call. Closing calls work through paperwork and the kickoff; check-ins
// through the evaluation's status.
#include <algorithm>

#include "sample/call_script.h"

namespace sc::sample {
namespace {

constexpr double kExchangeSeconds = 45;  // a typical exchange on these calls

phrases::ObjectionType OneOf(std::initializer_list<phrases::ObjectionType> types, Rng& rng) {
  return *(types.begin() + rng.Index(types.size()));
}

}  // namespace

void CallScript::NegotiationBody() {
  std::vector<Sentence> recap = {Plain(Line(phrases::kNegotiationRecaps))};
  if (rng_.Chance(0.5)) recap.push_back(ProductStatement().front());
  RepSays(std::move(recap), RepPause());
  CustomerSays(MainCustomer(), {Plain(Line(phrases::kAgendaConfirmations))}, CustomerPause());
  std::vector<Sentence> proposal = {Plain(Line(phrases::kProposalWalkthroughs)),
                                    Plain(Line(phrases::kProposalWalkthroughs))};
  proposal.push_back(ProductStatement().front());
  RepSays(std::move(proposal), RepPause());
  Objection(phrases::ObjectionType::kPrice);

  int trial_closes = behavior_.NextTrialCloseCount(rng_);
  int objections = static_cast<int>(rng_.Index(3));
  auto exchanges =
      static_cast<std::size_t>(std::max(1.0, (end_of_body() - dialogue_.now()) / kExchangeSeconds));
  std::vector<int> trial_close_at(exchanges, 0);
  std::vector<int> objection_at(exchanges, 0);
  for (int index = 0; index < trial_closes; ++index) {
    ++trial_close_at[std::min(exchanges - 1, (index * 2 + 1) * exchanges / (trial_closes * 2))];
  }
  for (int index = 0; index < objections; ++index) ++objection_at[rng_.Index(exchanges)];

  int trial_closes_done = 0;
  for (std::size_t exchange = 0; TimeLeft(30); ++exchange) {
    RaisePendingRepeat();
    if (exchange < exchanges) {
      for (int count = 0; count < trial_close_at[exchange]; ++count, ++trial_closes_done) {
        TrialClose();
      }
      for (int count = 0; count < objection_at[exchange]; ++count) {
        using phrases::ObjectionType;
        Objection(OneOf(
            {ObjectionType::kAuthority, ObjectionType::kTiming, ObjectionType::kCompetitor}, rng_));
      }
    }
    double roll = rng_.Uniform();
    if (roll < 0.45) {
      NegotiationExchange();
    } else if (roll < 0.8) {
      TermsExchange();
    } else {
      int customer = SomeCustomer();
      CustomerSays(customer, CustomerStory(customer, rng_.Uniform(15, 35), std::nullopt, false),
                   CustomerPause());
      RepSays({Plain(Line(phrases::kInsights))}, RepPause());
    }
  }
  for (; trial_closes_done < trial_closes; ++trial_closes_done) TrialClose();
}

void CallScript::NegotiationExchange() {
  int customer = SomeCustomer();
  std::vector<Sentence> ask = {Plain(Line(phrases::kCustomerAsks))};
  if (rng_.Chance(0.4)) ask.push_back(Plain(Line(phrases::kSituationStory)));
  CustomerSays(customer, std::move(ask), CustomerPause());
  if (behavior_.NextValueDefense(rng_)) {
    std::vector<Sentence> reply = {
        Plain(Line(rng_.Chance(0.5) ? phrases::kValueDefense : phrases::kTradeOffers))};
    if (rng_.Chance(0.4)) reply.push_back(ProductStatement().front());
    RepSays(std::move(reply), RepPause());
    CustomerSays(customer, {Plain(Line(phrases::kTradeAcceptances))}, CustomerPause());
  } else {
    RepSays({Plain(Line(phrases::kConcessions))}, RepPause());
    CustomerSays(customer, {Plain(Line(phrases::kConcessionAcceptances))}, CustomerPause());
  }
}

void CallScript::TermsExchange() {
  const phrases::Exchange& topic = Pick(phrases::kTermsTopics);
  int customer = SomeCustomer();
  std::vector<Sentence> question = {Exact(slots_.Fill(topic.first, rng_))};
  if (rng_.Chance(0.3)) question.push_back(Plain(Line(phrases::kSituationStory)));
  CustomerSays(customer, std::move(question), CustomerPause());
  std::vector<Sentence> answer = {Plain(slots_.Fill(topic.second, rng_))};
  if (rng_.Chance(0.3)) answer.push_back(ProductStatement().front());
  RepSays(std::move(answer), RepPause());
}

void CallScript::ClosingBody() {
  bool objection = rng_.Chance(0.3);
  for (std::size_t exchange = 0; TimeLeft(25); ++exchange) {
    RaisePendingRepeat();
    if (objection && exchange == 2) {
      using phrases::ObjectionType;
      Objection(OneOf({ObjectionType::kAuthority, ObjectionType::kTiming}, rng_));
    }
    double roll = rng_.Uniform();
    if (roll < 0.2) {
      TermsExchange();
      continue;
    }
    const phrases::Exchange& topic =
        Pick(roll < 0.85 ? phrases::kClosingTopics : phrases::kCheckInTopics);
    RepSays({Exact(slots_.Fill(topic.first, rng_))}, RepPause());
    int customer = SomeCustomer();
    std::vector<Sentence> status = {Plain(slots_.Fill(topic.second, rng_))};
    if (rng_.Chance(0.35)) status.push_back(Plain(Line(phrases::kSituationStory)));
    CustomerSays(customer, std::move(status), CustomerPause());
    std::vector<Sentence> reply = {Plain(slots_.Fill(topic.third, rng_))};
    if (rng_.Chance(0.3)) reply.push_back(ProductStatement().front());
    RepSays(std::move(reply), RepPause());
  }
}

void CallScript::CheckInBody() {
  bool objection = rng_.Chance(0.35);
  for (std::size_t exchange = 0; TimeLeft(25); ++exchange) {
    RaisePendingRepeat();
    if (objection && exchange == 1) {
      using phrases::ObjectionType;
      Objection(OneOf({ObjectionType::kTiming, ObjectionType::kNeed, ObjectionType::kTrust}, rng_));
    }
    // A check-in opens with the rep's status question.
    double roll = exchange == 0 ? 0 : rng_.Uniform();
    int customer = SomeCustomer();
    if (roll < 0.45) {
      const phrases::Exchange& topic = Pick(phrases::kCheckInTopics);
      RepSays({Exact(slots_.Fill(topic.first, rng_))}, RepPause());
      std::vector<Sentence> update = {Plain(slots_.Fill(topic.second, rng_))};
      if (rng_.Chance(0.4)) update.push_back(Plain(Line(phrases::kSituationStory)));
      CustomerSays(customer, std::move(update), CustomerPause());
      RepSays({Plain(slots_.Fill(topic.third, rng_))}, RepPause());
    } else if (roll < 0.8) {
      phrases::Exchanges bank =
          rng_.Chance(0.5) ? phrases::kDemoQuestions : phrases::kCustomerProductQuestions;
      const phrases::Exchange& question = Pick(bank);
      CustomerSays(customer, {Exact(slots_.Fill(question.first, rng_))}, CustomerPause());
      std::vector<Sentence> answer = {Plain(slots_.Fill(question.second, rng_))};
      if (rng_.Chance(0.4)) answer.push_back(ProductStatement().front());
      RepSays(std::move(answer), RepPause());
    } else {
      CustomerSays(customer, CustomerStory(customer, rng_.Uniform(15, 35), std::nullopt, false),
                   CustomerPause());
      RepSays({Plain(Line(phrases::kInsights))}, RepPause());
    }
  }
}

}  // namespace sc::sample
