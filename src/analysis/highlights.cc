#include "analysis/highlights.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "analysis/quote.h"
#include "analysis/statements.h"

namespace sc::analysis {
namespace {

using model::Highlight;
using model::HighlightKind;

// Sentence counts for HighlightList::Add.
constexpr std::size_t kOneSentence = 1;
constexpr std::size_t kAsManyAsFit = 0;  // the turn from that sentence on, as far as fits

bool IsTrialClose(const CallFacts& call, const AskedQuestion& q) {
  return call.HasHit(q.utterance, call.ids->trial_close, call.facts[q.utterance].sentences[q.sentence]);
}

// Builds highlights, one per (kind, skill, component).
class HighlightList {
 public:
  explicit HighlightList(const CallFacts& call) : call_(call) {}

  // A quote of `count` sentences of utterance `i` from sentence `s`; kAsManyAsFit for a turn.
  void Add(HighlightKind kind, std::string_view skill, std::string_view component,
           std::size_t i, std::size_t s, std::size_t count, std::string note) {
    for (const Highlight& h : list_) {
      if (h.kind == kind && h.skill == skill && h.component == component) return;
    }
    const model::Utterance& u = call_.utterances[i];
    std::span<const TextSpan> sentences(call_.facts[i].sentences);
    if (s >= sentences.size()) return;
    std::size_t available = sentences.size() - s;
    std::string quote = QuoteSentences(
        u.text, sentences.subspan(s, count == kAsManyAsFit ? available : std::min(count, available)),
        0);
    if (quote.empty()) return;
    list_.push_back({kind, std::string(skill), std::string(component), u.start_s, u.end_s,
                     std::move(quote), std::move(note)});
  }

  std::vector<Highlight> Take() {
    std::stable_sort(list_.begin(), list_.end(),
                     [](const Highlight& a, const Highlight& b) { return a.at_s < b.at_s; });
    return std::move(list_);
  }

 private:
  const CallFacts& call_;
  std::vector<Highlight> list_;
};

bool HasNumber(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
         text.find('%') != std::string_view::npos || text.find('$') != std::string_view::npos;
}

// The first rep utterance after `i` that is not a backchannel, or npos.
std::size_t NextRepTurn(const CallFacts& call, std::size_t i) {
  for (std::size_t j = i + 1; j < call.utterances.size(); ++j) {
    if (call.IsRep(j) && !call.facts[j].backchannel) return j;
  }
  return std::string::npos;
}

void AddQuestionHighlights(const HighlightInputs& in, HighlightList* out) {
  const CallFacts& call = in.call;
  const AskedQuestion* best = nullptr;
  for (const AskedQuestion& q : in.questions.rep_questions) {
    if (q.type != QuestionType::kOpen || IsTrialClose(call, q)) continue;
    if (best == nullptr || (q.follow_up && !best->follow_up)) best = &q;
    if (best->follow_up) break;
  }
  if (best != nullptr) {
    out->Add(HighlightKind::kStrength, "discovery", "question_quality", best->utterance,
             best->sentence, kOneSentence,
             best->follow_up ? "An open question that builds on what the customer just said."
                             : "An open question that invites the customer to explain.");
  }
  std::size_t run = 0;
  for (std::size_t k = 0; k < in.questions.rep_questions.size(); ++k) {
    const AskedQuestion& q = in.questions.rep_questions[k];
    bool counts = q.type == QuestionType::kClosed && !IsTrialClose(call, q) &&
                  call.utterances[q.utterance].start_s - call.start_s >= kRapportSeconds;
    run = counts ? run + 1 : 0;
    if (run == kClosedQuestionRun) {
      const AskedQuestion& first = in.questions.rep_questions[k + 1 - run];
      std::size_t in_first = first.utterance == q.utterance ? q.sentence - first.sentence + 1
                                                             : kAsManyAsFit;
      out->Add(HighlightKind::kImprovement, "discovery", "question_quality", first.utterance,
               first.sentence, in_first,
               fmt::format("{} closed questions in a row; an open question (\"how\", \"what\", "
                           "\"walk me through\") would let the customer explain.",
                           kClosedQuestionRun));
      break;
    }
  }
}

void AddListeningHighlight(const HighlightInputs& in, HighlightList* out) {
  const std::optional<Stretch>& story = in.interaction.longest_customer_story;
  if (!story || story->seconds() < kLongStorySeconds) return;
  // The rep's last question before the story began.
  for (std::size_t i = story->first_utterance; i-- > 0;) {
    if (!in.call.IsRep(i)) continue;
    for (const AskedQuestion& q : in.questions.rep_questions) {
      if (q.utterance != i) continue;
      out->Add(HighlightKind::kStrength, "discovery", "active_listening", i, q.sentence,
               kOneSentence,
               fmt::format("This question got the customer talking for {}.",
                           FormatDuration(story->seconds())));
      return;
    }
    return;
  }
}

void AddValueHighlights(const HighlightInputs& in, HighlightList* out) {
  const CallFacts& call = in.call;
  std::optional<std::pair<std::size_t, std::size_t>> value, numbered, feature;
  std::size_t values = 0, features = 0;
  for (std::size_t i = 0; i < call.utterances.size(); ++i) {
    if (!call.IsRep(i)) continue;
    for (std::size_t s = 0; s < call.facts[i].sentences.size(); ++s) {
      if (IsValueSentence(call, i, s)) {
        ++values;
        if (!value) value = {i, s};
        if (!numbered && HasNumber(call.SentenceText(i, s))) numbered = {i, s};
      } else if (call.HasHit(i, call.ids->feature, call.facts[i].sentences[s])) {
        ++features;
        if (!feature) feature = {i, s};
      }
    }
  }
  if (auto best = numbered ? numbered : value) {
    out->Add(HighlightKind::kStrength, "presentation", "value_articulation", best->first,
             best->second, kOneSentence, "Ties the product to an outcome the customer cares about.");
  }
  if (feature && features > values) {
    out->Add(HighlightKind::kImprovement, "presentation", "value_articulation", feature->first,
             feature->second, kOneSentence,
             "A feature without its outcome; add what it means for them (\"which means you ...\").");
  }
}

void AddMonologueHighlight(const HighlightInputs& in, HighlightList* out) {
  const std::optional<Stretch>& mono = in.interaction.longest_monologue;
  if (!mono || mono->seconds() <= kLongMonologueSeconds) return;
  std::size_t i = mono->first_utterance;
  while (i <= mono->last_utterance && !in.call.IsRep(i)) ++i;
  if (i > mono->last_utterance || in.call.facts[i].sentences.empty()) return;
  out->Add(HighlightKind::kImprovement, "presentation", "engagement", i, 0, kAsManyAsFit,
           fmt::format("Talked for {} without a check-in; pause for a question every couple of "
                       "minutes.",
                       FormatDuration(mono->seconds())));
}

bool OfferedDiscount(const CallFacts& call, std::size_t reply) {
  return call.ids->discount && reply != std::string::npos && call.HasHit(reply, *call.ids->discount);
}

void AddObjectionHighlights(const HighlightInputs& in, HighlightList* out) {
  const CallFacts& call = in.call;
  for (const model::Objection& o : in.objections) {
    std::size_t reply = NextRepTurn(call, o.utterance);
    bool answered = o.response && reply != std::string::npos;
    if (answered && !call.facts[reply].sentences.empty()) {
      if (o.handled) {
        out->Add(HighlightKind::kStrength, "objection_handling", "response_quality", reply, 0,
                 kAsManyAsFit,
                 fmt::format("Handled the {} objection: {}.", o.type,
                             o.response->acknowledged ? "acknowledged it first"
                                                      : "answered it without getting defensive"));
      } else {
        out->Add(HighlightKind::kImprovement, "objection_handling", "response_quality", reply, 0,
                 kAsManyAsFit,
                 fmt::format("Reply to the {} objection (\"{}\"): {}.", o.type, o.text,
                             !o.response->acknowledged ? "acknowledge the concern before answering"
                                                       : "ask what is behind it, or answer with "
                                                         "value"));
      }
    }
    if (o.type != "price" || !answered || call.facts[reply].sentences.empty()) continue;
    if (OfferedDiscount(call, reply)) {
      out->Add(HighlightKind::kImprovement, "negotiation", "discount_management", reply, 0,
               kAsManyAsFit,
               "Offered a discount straight after the price objection, before defending value.");
    } else if (o.response->value) {
      out->Add(HighlightKind::kStrength, "negotiation", "value_defense", reply, 0,
               kAsManyAsFit,
               "Answered the price objection with value, not a discount.");
    }
  }
}

void AddClosingHighlights(const HighlightInputs& in, HighlightList* out) {
  const CallFacts& call = in.call;
  for (std::size_t i = 0; i < call.utterances.size(); ++i) {
    if (!call.IsRep(i)) continue;
    for (std::size_t s = 0; s < call.facts[i].sentences.size(); ++s) {
      if (call.HasHit(i, call.ids->trial_close, call.facts[i].sentences[s])) {
        out->Add(HighlightKind::kStrength, "closing", "trial_close", i, s, kOneSentence,
                 "Checks for agreement before asking for the next step.");
        break;
      }
    }
  }
  const model::NextStep& next = in.next_step;
  if (next.present) {
    std::size_t i = next.utterance;
    for (std::size_t s = 0; s < call.facts[i].sentences.size(); ++s) {
      if (!call.HasHit(i, call.ids->next_step, call.facts[i].sentences[s])) continue;
      if (next.specific) {
        out->Add(HighlightKind::kStrength, "closing", "next_steps", i, s, kOneSentence,
                 "A specific next step: an action, an owner and a time.");
      } else {
        out->Add(HighlightKind::kImprovement, "closing", "next_steps", i, s, kOneSentence,
                 "A next step without an owner and a time; pin both down before hanging up.");
      }
      break;
    }
    return;
  }
  for (std::size_t i = call.utterances.size(); i-- > 0;) {
    if (!call.IsRep(i) || call.facts[i].backchannel || call.facts[i].sentences.empty()) continue;
    out->Add(HighlightKind::kImprovement, "closing", "next_steps", i,
             call.facts[i].sentences.size() - 1, kOneSentence,
             "The call ended without an agreed next step.");
    return;
  }
}

}  // namespace

std::string FormatDuration(double seconds) {
  long total = std::lround(seconds);
  if (total < 60) return fmt::format("{} s", total);
  long minutes = total / 60, rest = total % 60;
  if (rest == 0) return fmt::format("{} min", minutes);
  return fmt::format("{} min {} s", minutes, rest);
}

std::vector<model::Highlight> FindHighlights(const HighlightInputs& in) {
  HighlightList list(in.call);
  AddQuestionHighlights(in, &list);
  AddListeningHighlight(in, &list);
  AddValueHighlights(in, &list);
  AddMonologueHighlight(in, &list);
  AddObjectionHighlights(in, &list);
  AddClosingHighlights(in, &list);
  return list.Take();
}

}  // namespace sc::analysis
