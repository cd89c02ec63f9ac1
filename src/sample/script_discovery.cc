// CallScript: the body of a discovery call.
//
// The number of questions, their kind (open, closed, follow-up) and the acknowledgements come
// from the rep's discovery level. The talk is steered so that the call ends at the rep's
// planned talk share: customers of good listeners tell long stories in answer to few, open
// questions; weak discoverers ask a handful of closed questions and fill the time pitching,
// while the customer is reduced to short reactions.
#include <algorithm>
#include <cmath>

#include "sample/call_script.h"

namespace sc::sample {
namespace {

constexpr double kQuestionSeconds = 5.5;     // a question takes about this long to ask
constexpr double kCloseRepSeconds = 25;      // the rep's part of the close
constexpr double kCloseCustomerSeconds = 8;  // the customer's part of the close
constexpr double kReactionSeconds = 20;      // a customer reaction to a pitch
constexpr double kDiscoveryObjectionRate = 0.25;
constexpr int kMaxFollowUpsPerPain = 2;

constexpr phrases::ObjectionType kDiscoveryObjections[] = {
    phrases::ObjectionType::kTiming, phrases::ObjectionType::kNeed, phrases::ObjectionType::kTrust,
    phrases::ObjectionType::kAuthority, phrases::ObjectionType::kCompetitor};

}  // namespace

double CallScript::GapWeight(const PlannedQuestion& answered, const PlannedQuestion* next) {
  // A follow-up comes straight after the story it follows up on: a short rep comment at most,
  // and no customer reaction in between, so the customer's last turn is still the story.
  if (next != nullptr && next->ask == Ask::kFollowUp) return 0.15;
  // Reps say more after a story than after a one-line answer.
  return answered.ask == Ask::kClosed ? 0.35 : 1.0;
}

void CallScript::DiscoveryBody() {
  int count = behavior_.NextDiscoveryQuestionCount(rng_);
  double share = behavior_.DiscoveryRepShare(rng_);
  std::vector<PlannedQuestion> plan = PlanQuestions(count);

  double rep_now = dialogue_.TalkSeconds(model::SpeakerRole::kRep);
  double customer_now = dialogue_.TalkSeconds(model::SpeakerRole::kCustomer);
  // About a tenth of a call is silence between turns.
  double speech_left = std::max(0.0, end_of_body() - dialogue_.now()) * 0.9;
  double total = rep_now + customer_now + speech_left + kCloseRepSeconds + kCloseCustomerSeconds;
  double rep_final = share * total;
  double customer_final = (1 - share) * total;

  double answers = 0;
  for (const PlannedQuestion& question : plan) answers += question.answer_seconds;
  double answer_budget = 0.95 * (customer_final - customer_now - kCloseCustomerSeconds);
  if (answers > answer_budget && answer_budget > 0) {
    for (PlannedQuestion& question : plan) question.answer_seconds *= answer_budget / answers;
  }

  bool objection = rng_.Chance(kDiscoveryObjectionRate);
  std::vector<Sentence> lead;
  for (std::size_t index = 0; index < plan.size(); ++index) {
    bool acknowledge = index > 0 && behavior_.NextAcknowledgement(rng_);
    AskQuestion(plan[index], std::move(lead), acknowledge);
    AnswerQuestion(plan[index]);
    if (objection && index == plan.size() / 2) {
      Objection(kDiscoveryObjections[rng_.Index(std::size(kDiscoveryObjections))]);
    }
    double future_answers = 0;
    for (std::size_t later = index + 1; later < plan.size(); ++later) {
      future_answers += plan[later].answer_seconds;
    }
    auto next = [&](std::size_t at) { return at + 1 < plan.size() ? &plan[at + 1] : nullptr; };
    double weight = GapWeight(plan[index], next(index));
    double weights = 0;
    for (std::size_t later = index; later < plan.size(); ++later) {
      weights += GapWeight(plan[later], next(later));
    }
    bool before_follow_up = next(index) != nullptr && next(index)->ask == Ask::kFollowUp;
    double gaps = static_cast<double>(plan.size() - index);
    double future_questions = kQuestionSeconds * (gaps - 1);
    double rep_need = rep_final - dialogue_.TalkSeconds(model::SpeakerRole::kRep) -
                      kCloseRepSeconds - future_questions;
    double customer_need = customer_final - dialogue_.TalkSeconds(model::SpeakerRole::kCustomer) -
                           kCloseCustomerSeconds - future_answers;
    double share_of_rest = weight / weights;
    lead = DiscoveryGap(std::max(0.0, rep_need * share_of_rest),
                        before_follow_up ? 0 : std::max(0.0, customer_need * share_of_rest));
  }
  // Whatever time the plan left unused goes to more conversation at the planned share, so
  // the call runs to its planned length.
  for (int round = 0; round < 3 && TimeLeft(40); ++round) {
    if (!lead.empty()) RepSays(std::move(lead), RepPause());
    double left = (end_of_body() - dialogue_.now()) * 0.9;
    lead = DiscoveryGap(left * share, left * (1 - share));
  }
  if (!lead.empty()) RepSays(std::move(lead), RepPause());
}

std::vector<CallScript::PlannedQuestion> CallScript::PlanQuestions(int count) {
  std::vector<std::size_t> pains = setting_.pains;
  rng_.Shuffle(pains);
  std::size_t next_pain = 0;
  // The pain of the last answer while that answer was a pain story, else kNoStory.
  constexpr std::size_t kNoStory = static_cast<std::size_t>(-1);
  std::size_t story_pain = kNoStory;
  int follow_ups = 0;
  std::vector<PlannedQuestion> plan;
  for (int index = 0; index < count; ++index) {
    PlannedQuestion question{Ask::kClosed};
    double story = behavior_.StorySeconds(rng_);
    // The follow-up decision is only drawn when a follow-up is possible, so the planted rate
    // is the share of opportunities a rep takes.
    if (story_pain != kNoStory && follow_ups < kMaxFollowUpsPerPain &&
        behavior_.NextFollowUp(rng_)) {
      question = {Ask::kFollowUp, story_pain, story * 0.85};
      ++follow_ups;
    } else if (behavior_.NextOpenQuestion(rng_)) {
      if (next_pain < pains.size() && (index == 0 || rng_.Chance(0.65))) {
        question = {Ask::kPainOpen, pains[next_pain++], story};
        story_pain = question.pain;
        follow_ups = 0;
      } else {
        question = {Ask::kOpen, 0, story * 0.6};
        story_pain = kNoStory;
      }
    } else {
      question = {Ask::kClosed, 0, rng_.Uniform(3, 8)};
      story_pain = kNoStory;
    }
    plan.push_back(question);
  }
  return plan;
}

void CallScript::AskQuestion(const PlannedQuestion& question, std::vector<Sentence> lead,
                             bool acknowledge) {
  std::vector<Sentence> turn;
  if (acknowledge) turn.push_back(Exact(Line(phrases::kAcknowledgements)));
  for (Sentence& sentence : lead) turn.push_back(std::move(sentence));
  switch (question.ask) {
    case Ask::kPainOpen:
      if (!turn.empty() && rng_.Chance(0.3)) turn.push_back(Plain(Line(phrases::kTransitions)));
      turn.push_back(Exact(Line(phrases::kPainOpenQuestions)));
      break;
    case Ask::kFollowUp: {
      SetPain(question.pain);
      Lines bank =
          rng_.Chance(0.5) ? Pains()[question.pain].follow_ups : phrases::kFollowUpQuestions;
      turn.push_back(Exact(Line(bank)));
      break;
    }
    case Ask::kOpen:
      turn.push_back(Exact(Line(phrases::kOpenQuestions)));
      break;
    case Ask::kClosed:
      pending_closed_question_ = &Pick(phrases::kClosedQuestions);
      turn.push_back(Exact(slots_.Fill(pending_closed_question_->first, rng_)));
      break;
  }
  RepSays(std::move(turn), RepPause());
}

void CallScript::AnswerQuestion(const PlannedQuestion& question) {
  int customer = SomeCustomer();
  std::vector<Sentence> answer;
  switch (question.ask) {
    case Ask::kPainOpen:
      storyteller_ = customer;
      answer = CustomerStory(customer, question.answer_seconds, question.pain, true);
      break;
    case Ask::kFollowUp:
      // Follow-ups go back to whoever told the story.
      customer = storyteller_ >= 0 ? storyteller_ : customer;
      answer = CustomerStory(customer, question.answer_seconds, question.pain, false);
      break;
    case Ask::kOpen:
      answer = CustomerStory(customer, question.answer_seconds, std::nullopt, true);
      break;
    case Ask::kClosed:
      answer.push_back(Plain(slots_.Fill(pending_closed_question_->second, rng_)));
      if (question.answer_seconds > 6) answer.push_back(Plain(Line(phrases::kSituationStory)));
      pending_closed_question_ = nullptr;
      break;
  }
  CustomerSays(customer, std::move(answer), CustomerPause());
}

std::vector<Sentence> CallScript::DiscoveryGap(double rep_seconds, double customer_seconds) {
  if (rep_seconds < 3) return {};
  if (rep_seconds < 12) return {Plain(Line(phrases::kInsights))};
  int reactions =
      customer_seconds > 6
          ? std::clamp(static_cast<int>(std::lround(customer_seconds / kReactionSeconds)), 1, 8)
          : 0;
  double piece_seconds = rep_seconds / (reactions + 1);
  double reaction_seconds = reactions > 0 ? customer_seconds / reactions : 0;
  // Weak discoverers launch into a pitch; strong ones share a short perspective.
  bool pitch = rng_.Uniform() * 100 > behavior_.level(Skill::kDiscovery);
  for (int reaction = 0; reaction < reactions; ++reaction) {
    std::vector<Sentence> piece = RepElaboration(piece_seconds, pitch && reaction == 0);
    RepMonologue(std::move(piece), 0.25);
    int customer = SomeCustomer();
    CustomerSays(customer, CustomerReaction(customer, reaction_seconds), CustomerPause());
  }
  return RepElaboration(piece_seconds, pitch && reactions == 0);
}

std::vector<Sentence> CallScript::CustomerReaction(int customer, double seconds) {
  std::vector<Sentence> turn;
  if (rng_.Chance(0.45)) {
    // Context first, then the question, which the rep's next piece answers.
    pending_product_question_ = &Pick(phrases::kCustomerProductQuestions);
    std::string question = slots_.Fill(pending_product_question_->first, rng_);
    AppendContext(turn, WordsFor(customer, seconds) - CountWords(question), std::nullopt);
    turn.push_back(Exact(std::move(question)));
  } else {
    turn.push_back(Plain(Line(phrases::kCustomerReactions)));
    AppendContext(turn, WordsFor(customer, seconds), std::nullopt);
  }
  return turn;
}

std::vector<Sentence> CallScript::RepElaboration(double seconds, bool open_with_pitch) {
  std::vector<Sentence> sentences;
  bool pitching = pitched_;
  if (pending_product_question_ != nullptr) {
    sentences.push_back(Plain(slots_.Fill(pending_product_question_->second, rng_)));
    pending_product_question_ = nullptr;
  } else if (open_with_pitch && !pitched_) {
    sentences.push_back(Plain(Line(phrases::kPitchLeadIns)));
    pitched_ = pitching = true;
  } else if (!pitching) {
    // A listening rep reflects the customer's story back before adding anything.
    sentences.push_back(Plain(Line(rng_.Chance(0.5) ? phrases::kSummaries : phrases::kInsights)));
  }
  double words = WordsFor(0, seconds);
  double total = 0;
  for (const Sentence& sentence : sentences) total += CountWords(sentence.text);
  bool peer_story = !pitching;
  while (total < words) {
    std::vector<Sentence> next;
    if (peer_story) {
      next.push_back(Plain(Line(phrases::kPeerStories)));
      peer_story = false;
    } else if (pitching && rng_.Chance(0.2)) {
      next.push_back(Plain(Line(phrases::kCompanyPitch)));
    } else {
      next = ProductStatement(/*about_pain=*/true);
    }
    for (Sentence& sentence : next) {
      total += CountWords(sentence.text);
      sentences.push_back(std::move(sentence));
    }
  }
  return sentences;
}

}  // namespace sc::sample
