// CallScript: objections, on any call type.
//
// A customer raises an objection; the rep's reply follows the objection-handling level: the
// pause before replying (about 1.5 s for strong handlers, 0.3 s for reps who jump in), an
// acknowledgement ("I hear you"), a clarifying question, and an answer with value or evidence
// rather than a defensive argument. Whether the customer is satisfied also follows the
// level; an unsatisfied customer raises the same objection again later in the call.
#include "sample/call_script.h"

namespace sc::sample {

void CallScript::Objection(phrases::ObjectionType type) {
  HandleObjection(phrases::BankFor(type), /*repeat=*/false);
}

void CallScript::RaisePendingRepeat() {
  if (!pending_repeat_) return;
  phrases::ObjectionType type = *pending_repeat_;
  pending_repeat_.reset();
  HandleObjection(phrases::BankFor(type), /*repeat=*/true);
}

void CallScript::HandleObjection(const phrases::ObjectionBank& bank, bool repeat) {
  int customer = SomeCustomer();
  CustomerSays(customer, {Exact(Line(repeat ? bank.repeats : bank.objections))}, CustomerPause());
  double pause = behavior_.ObjectionPause(rng_);
  bool acknowledged = behavior_.NextObjectionAcknowledged(rng_);
  bool clarified = behavior_.NextObjectionClarified(rng_);
  bool with_value = behavior_.NextObjectionValue(rng_);
  bool resolved = behavior_.NextObjectionResolved(rng_);
  Lines answers = with_value ? bank.value_answers : bank.defensive_replies;

  std::vector<Sentence> reply;
  if (acknowledged) reply.push_back(Exact(Line(phrases::kEmpathy)));
  if (clarified) {
    reply.push_back(Exact(Line(bank.clarifying_questions)));
    RepSays(std::move(reply), pause);
    CustomerSays(customer, {Plain(Line(bank.clarifications))}, CustomerPause());
    RepSays({Plain(Line(answers))}, RepPause());
  } else {
    reply.push_back(Plain(Line(answers)));
    RepSays(std::move(reply), pause);
  }
  Lines reaction = resolved ? phrases::kPositiveReactions : phrases::kNegativeReactions;
  CustomerSays(customer, {Plain(Line(reaction))}, CustomerPause());
  if (!resolved && !repeat) pending_repeat_ = bank.type;
}

}  // namespace sc::sample
