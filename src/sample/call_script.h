// CallScript: writes the dialogue of one sales call from its setting and the rep's behaviour.
//
// A call has an opening (greeting, small talk, introductions on a first meeting, agenda), a
// body by call type, and a close (wrap-up, next step, goodbyes). The bodies are where the
// planted skills show:
//   - discovery (script_discovery.cc): how many questions, open or closed, follow-ups that
//     reuse the customer's words, acknowledgements, how long the customer talks, and how much
//     the rep pitches instead;
//   - demo (script_demo.cc): monologue length, value against feature statements,
//     personalization, customer questions and talk share, trial closes;
//   - negotiation, closing and check-in (script_commercial.cc): value defense and trades
//     against quick concessions, trial closes, paperwork;
//   - objections on any call (script_objection.cc): pause, acknowledgement, clarifying
//     question, value or evidence, and whether the customer is satisfied or raises it again.
// The close's next step is specific, vague or missing according to the closing level.
//
// The script steers the call to its target duration: bodies keep adding exchanges until the
// time is used, and discovery and demo calls also steer the rep's share of the talk to the
// share the rep's level implies.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/call.h"
#include "sample/dialogue.h"
#include "sample/personas.h"
#include "sample/phrases.h"
#include "sample/rep_behavior.h"
#include "sample/slots.h"

namespace sc::sample {

struct CallSetting {
  model::CallType type = model::CallType::kOther;
  // voices[0] is the rep; an SE (role kRep) may follow; then the customers.
  std::vector<Voice> voices;
  int se = -1;                 // index of the SE's voice, or -1 when no SE joins
  std::vector<int> customers;  // indices of customer voices; the first is the main contact
  std::vector<std::string> customer_titles;  // parallel to `customers`
  // Every name in kSlotNames except the pain_* slots and "module", which the script sets as
  // the conversation moves between pains and product modules.
  Slots slots;
  std::vector<std::size_t> pains;    // the account's pains, indices into Pains()
  std::vector<std::size_t> modules;  // product modules in scope, indices into ProductModules()
  double target_seconds = 1800;
  bool first_meeting = false;  // introductions happen
  bool rep_speaks_first = true;
  bool personal_data = false;  // a customer volunteers an email address or phone number
};

class CallScript {
 public:
  // Writes the whole call: utterances in time order with end > start. Deterministic for
  // (setting, behaviour state, rng state). REQUIRES: setting has a rep voice, at least one
  // customer, at least one pain and one module, and all its slots set.
  static std::vector<model::Utterance> Write(const CallSetting& setting, RepBehavior& behavior,
                                             Rng& rng);

 private:
  // Draws from a bank without repeats until the bank is used up, then reshuffles.
  class Deck {
   public:
    std::size_t Draw(std::size_t size, Rng& rng);
    // Like Draw, but nullopt once every line was used instead of starting over.
    std::optional<std::size_t> DrawFresh(std::size_t size, Rng& rng);

   private:
    std::vector<std::size_t> order_;
    std::size_t next_ = 0;
  };

  enum class Ask { kPainOpen, kFollowUp, kOpen, kClosed };
  struct PlannedQuestion {
    Ask ask;
    std::size_t pain = 0;  // for kPainOpen and kFollowUp
    double answer_seconds = 0;
  };

  CallScript(const CallSetting& setting, RepBehavior& behavior, Rng& rng);

  // --- frame (call_script.cc) ---
  void Opening();
  void Introductions();
  void Agenda();
  void Close();

  // --- discovery (script_discovery.cc) ---
  void DiscoveryBody();
  std::vector<PlannedQuestion> PlanQuestions(int count);
  // Asks `question`, after `lead` (what the rep still had to say) and an acknowledgement.
  void AskQuestion(const PlannedQuestion& question, std::vector<Sentence> lead, bool acknowledge);
  void AnswerQuestion(const PlannedQuestion& question);
  // How much of the remaining talk goes into the gap after `answered` (before `next`).
  static double GapWeight(const PlannedQuestion& answered, const PlannedQuestion* next);
  // What happens between an answer and the next question: the rep talks for about
  // `rep_seconds` (an insight, or a pitch) and the customer reacts for about
  // `customer_seconds`. Returns the rep's last piece, which leads into the next question.
  std::vector<Sentence> DiscoveryGap(double rep_seconds, double customer_seconds);
  // A short customer reaction to what the rep said: a comment, or context and a question.
  std::vector<Sentence> CustomerReaction(int customer, double seconds);
  std::vector<Sentence> RepElaboration(double seconds, bool open_with_pitch);

  // --- demo (script_demo.cc) ---
  void DemoBody();
  void DemoSegment(std::size_t segment);
  void DemoInteraction(double share);
  void TrialClose();

  // --- negotiation, closing, check-in (script_commercial.cc) ---
  void NegotiationBody();
  void NegotiationExchange();
  void ClosingBody();
  void CheckInBody();
  void TermsExchange();

  // --- objections (script_objection.cc) ---
  void Objection(phrases::ObjectionType type);
  void RaisePendingRepeat();
  void HandleObjection(const phrases::ObjectionBank& bank, bool repeat);

  // --- helpers (call_script.cc) ---
  std::string Line(Lines bank);
  // A line of `bank` not yet used in this call, if any is left.
  std::optional<std::string> FreshLine(Lines bank);
  const phrases::Exchange& Pick(phrases::Exchanges exchanges);
  void SetPain(std::size_t pain);
  void SetModule(std::size_t module);
  int MainCustomer() const { return setting_.customers.front(); }
  int SomeCustomer();
  double CustomerPause();
  double RepPause();
  void RepSays(std::vector<Sentence> sentences, double pause);
  void CustomerSays(int customer, std::vector<Sentence> sentences, double pause);
  // A long rep turn during which the main contact may backchannel.
  void RepMonologue(std::vector<Sentence> sentences, double backchannel_rate);
  // People on the call are not talked about in the third person: the rep says "you" to the
  // economic buyer or champion when they are present, and the economic buyer refers to
  // "the leadership team" rather than to themselves.
  void Address(std::vector<Sentence>& sentences, int speaker) const;
  // Rep sentences about the product worth about `seconds` of speech: value or feature
  // statements (by the presentation level) and, when `narrate`, screen narration.
  std::vector<Sentence> ProductTalk(double seconds, bool narrate);
  // One value or feature statement, mostly about the module in focus: the current pain's
  // module when `about_pain`, else the module the presentation has reached.
  std::vector<Sentence> ProductStatement(bool about_pain = false);
  std::size_t FocusModule(bool about_pain);
  // Customer sentences worth about `seconds`: the pain's story when `pain` is set (ending
  // with a sentence that holds the pain's key word), else their situation.
  std::vector<Sentence> CustomerStory(int customer, double seconds, std::optional<std::size_t> pain,
                                      bool opener);
  // Appends context sentences worth about `words` words: the pain's own story, then general
  // remarks about it, then anecdotes, then the team's situation; lines are not repeated in a
  // call until every bank is used up.
  void AppendContext(std::vector<Sentence>& sentences, double words,
                     std::optional<std::size_t> pain);
  double WordsFor(int voice, double seconds) const;
  double end_of_body() const;  // when the body should stop to leave time for the close
  bool TimeLeft(double seconds) const { return dialogue_.now() + seconds < end_of_body(); }

  const CallSetting& setting_;
  RepBehavior& behavior_;
  Rng& rng_;
  Dialogue dialogue_;
  Slots slots_;
  std::unordered_map<const void*, Deck> decks_;
  std::optional<phrases::ObjectionType> pending_repeat_;
  const phrases::Exchange* pending_closed_question_ = nullptr;   // asked, not yet answered
  const phrases::Exchange* pending_product_question_ = nullptr;  // customer asked the rep
  int storyteller_ = -1;  // the customer who told the last pain story
  bool pitched_ = false;  // the rep has already launched into a pitch on this call
  std::size_t module_cursor_ = 0;
  std::size_t current_pain_ = 0;  // the pain the conversation is about
};

}  // namespace sc::sample
