#include "analysis/objections.h"

#include <algorithm>
#include <set>
#include <span>
#include <utility>

#include "analysis/questions.h"
#include "analysis/quote.h"

namespace sc::analysis {
namespace {

constexpr model::SpeakerRole kRep = model::SpeakerRole::kRep;
constexpr model::SpeakerRole kCustomer = model::SpeakerRole::kCustomer;

// A customer reaction with a mean VADER compound score at least this high is neutral or
// positive (VADER's own neutral band is -0.05..0.05).
constexpr double kNeutralSentiment = -0.05;

// The rep's reply to an objection, as utterance indices.
struct Reply {
  std::size_t response_begin = 0;  // the first rep utterance after the objection
  std::size_t first = 0;           // where the rep takes the floor
  std::size_t first_last = 0;      // the first reply turn's last rep utterance
  // When the first turn asks a clarifying question, the rep's answer after the customer's
  // clarification belongs to the response too (acknowledge, explore, then respond); the
  // response then ends with that turn. Otherwise these equal the first turn's.
  std::size_t final_first = 0;     // where the response's last turn starts
  std::size_t last = 0;            // the response's last rep utterance
  std::size_t end = 0;             // where the customer takes the floor back, or the call's end
};

bool TakesFloor(const CallFacts& call, std::size_t i, model::SpeakerRole role) {
  return call.utterances[i].role == role && !call.facts[i].backchannel;
}

// The first utterance from `from` on by which `role` takes the floor, or the call's size.
std::size_t NextFloor(const CallFacts& call, std::size_t from, model::SpeakerRole role) {
  while (from < call.utterances.size() && !TakesFloor(call, from, role)) ++from;
  return from;
}

// The last rep utterance before `end`, at or after `first`.
std::size_t LastRepBefore(const CallFacts& call, std::size_t first, std::size_t end) {
  std::size_t last = end - 1;
  while (last > first && !call.IsRep(last)) --last;
  return last;
}

bool AsksAQuestion(const CallFacts& call, std::size_t i);

bool AsksInRange(const CallFacts& call, std::size_t begin, std::size_t last) {
  for (std::size_t i = begin; i <= last; ++i) {
    if (call.IsRep(i) && AsksAQuestion(call, i)) return true;
  }
  return false;
}

std::optional<Reply> FindReply(const CallFacts& call, std::size_t objection) {
  const std::size_t size = call.utterances.size();
  Reply reply;
  reply.first = NextFloor(call, objection + 1, kRep);
  if (reply.first == size) return std::nullopt;
  reply.response_begin = objection + 1;
  while (!call.IsRep(reply.response_begin)) ++reply.response_begin;
  reply.end = NextFloor(call, reply.first + 1, kCustomer);
  reply.first_last = LastRepBefore(call, reply.first, reply.end);
  reply.final_first = reply.first;
  reply.last = reply.first_last;
  if (reply.end < size && AsksInRange(call, reply.response_begin, reply.first_last)) {
    std::size_t answer = NextFloor(call, reply.end + 1, kRep);
    if (answer < size) {
      reply.final_first = answer;
      reply.end = NextFloor(call, answer + 1, kCustomer);
      reply.last = LastRepBefore(call, answer, reply.end);
    }
  }
  return reply;
}

// The end of the customer's last utterance from `objection` up to utterance `before`.
double LastCustomerEnd(const CallFacts& call, std::size_t objection, std::size_t before) {
  double end = call.utterances[objection].end_s;
  for (std::size_t i = objection; i < before; ++i) {
    if (call.IsCustomer(i)) end = call.utterances[i].end_s;
  }
  return end;
}

bool AsksAQuestion(const CallFacts& call, std::size_t i) {
  for (std::size_t s = 0; s < call.facts[i].sentences.size(); ++s) {
    if (ClassifyQuestion(call, i, s) != QuestionType::kNone) return true;
  }
  return false;
}

model::ObjectionResponse Respond(const CallFacts& call, std::size_t objection, const Reply& reply) {
  model::ObjectionResponse response;
  for (std::size_t i = reply.response_begin; i <= reply.last; ++i) {
    if (!call.IsRep(i)) continue;
    response.acknowledged = response.acknowledged || call.HasHit(i, call.ids->empathy);
    response.clarifying_question = response.clarifying_question || AsksAQuestion(call, i);
    response.value = response.value || call.HasHit(i, call.ids->value);
  }
  const model::Utterance& first = call.utterances[reply.first];
  // The longer turn of the response: a defensive monologue in either shows.
  response.reply_s = std::max(call.utterances[reply.first_last].end_s - first.start_s,
                              call.utterances[reply.last].end_s -
                                  call.utterances[reply.final_first].start_s);
  response.pause_s = std::max(0.0, first.start_s - LastCustomerEnd(call, objection, reply.first));
  return response;
}

bool Handled(const model::ObjectionResponse& response) {
  return response.acknowledged && (response.clarifying_question || response.value) &&
         response.reply_s <= kDefensiveMonologueSeconds;
}

// True when the customer's reaction to `reply` (their utterances from the reply's start
// through their next turn) has a mean sentiment that is neutral or positive.
bool ReactsWell(const CallFacts& call, const Reply& reply) {
  const std::size_t size = call.utterances.size();
  std::size_t reaction_end = reply.end < size ? NextFloor(call, reply.end + 1, kRep) : size;
  double sum = 0;
  std::size_t count = 0;
  for (std::size_t i = reply.final_first; i < reaction_end; ++i) {
    if (!call.IsCustomer(i)) continue;
    sum += call.facts[i].sentiment;
    ++count;
  }
  return count > 0 && sum / static_cast<double>(count) >= kNeutralSentiment;
}

// The name after "objection." of `tracker`, or nullptr when it is no objection tracker.
const std::string* ObjectionType(const CallFacts& call, std::uint32_t tracker) {
  for (const TrackerIds::Named& named : call.ids->objections) {
    if (named.tracker == tracker) return &named.name;
  }
  return nullptr;
}

std::size_t SentenceAt(const UtteranceFacts& facts, std::uint32_t offset) {
  for (std::size_t s = 0; s < facts.sentences.size(); ++s) {
    if (offset < facts.sentences[s].end) return s;
  }
  return facts.sentences.size() - 1;
}

model::Objection MakeObjection(const CallFacts& call, std::size_t i, const TrackerHit& hit,
                               const std::string& type) {
  const UtteranceFacts& facts = call.facts[i];
  std::span<const TextSpan> sentence(&facts.sentences[SentenceAt(facts, hit.begin)], 1);
  model::Objection objection{.type = type,
                             .at_s = call.utterances[i].start_s,
                             .text = QuoteSentences(call.utterances[i].text, sentence, 0),
                             .utterance = i};
  if (std::optional<Reply> reply = FindReply(call, i)) {
    objection.response = Respond(call, i, *reply);
    objection.handled = Handled(*objection.response);
    objection.resolved = ReactsWell(call, *reply);  // until found raised again
  }
  return objection;
}

// The objections in time order, one per type per customer turn; resolved only by reaction.
std::vector<model::Objection> FirstObjectionsPerTurn(const CallFacts& call) {
  std::vector<model::Objection> objections;
  std::set<std::pair<std::size_t, std::string>> seen;  // (customer turn, type)
  std::size_t turn = 0;                                // how many times the rep has taken the floor
  for (std::size_t i = 0; i < call.utterances.size(); ++i) {
    if (TakesFloor(call, i, kRep)) ++turn;
    if (!call.IsCustomer(i)) continue;
    for (const TrackerHit& hit : call.facts[i].hits) {
      const std::string* type = ObjectionType(call, hit.tracker);
      if (type == nullptr || !seen.emplace(turn, *type).second) continue;
      objections.push_back(MakeObjection(call, i, hit, *type));
    }
  }
  return objections;
}

}  // namespace

std::vector<model::Objection> FindObjections(const CallFacts& call) {
  std::vector<model::Objection> objections = FirstObjectionsPerTurn(call);
  for (std::size_t k = 0; k < objections.size(); ++k) {
    bool raised_again = std::any_of(
        objections.begin() + static_cast<std::ptrdiff_t>(k) + 1, objections.end(),
        [&](const model::Objection& later) { return later.type == objections[k].type; });
    if (raised_again) objections[k].resolved = false;
  }
  return objections;
}

}  // namespace sc::analysis
