// Highlights: the moments of a call worth showing the rep, each a quote with its time, the
// skill and component it is evidence for, and one line on what it shows. Reports pick their
// examples from these ("your own best moment on that component", DOMAIN.md, Recommendations),
// so every coaching point is traceable to a call and a second.
//
// The quote is the sentence that shows the moment; an objection reply or a monologue is
// quoted from its start as far as fits. At most one strength and one improvement per skill
// component per call:
//   discovery / question_quality       + an open follow-up question (else an open question)
//                                       - three or more closed questions in a row
//                                       (trial closes, and questions in the first
//                                       kRapportSeconds of greetings, count for neither)
//   discovery / active_listening       + the question that drew the customer's longest story,
//                                         when that story ran a minute or more
//   presentation / value_articulation  + a value statement, one with a number if any
//                                       - a feature-only statement, when features outnumber value
//   presentation / engagement          - a rep monologue over kLongMonologueSeconds
//   objection_handling / response_quality + a handled objection's reply; - an unhandled one's
//   negotiation / value_defense        + a price objection answered with value and no discount
//   negotiation / discount_management  - a discount offered in reply to a price objection
//   closing / trial_close              + a trial close
//   closing / next_steps               + a specific next step; - a vague one, or the call's last
//                                         rep sentence when no next step was agreed
#pragma once

#include <vector>

#include "analysis/call_facts.h"
#include "analysis/interaction.h"
#include "analysis/questions.h"
#include "model/call_analysis.h"

namespace sc::analysis {

// A rep stretch longer than this loses the buyer (Gong: pitch segments under 2.5 minutes).
inline constexpr double kLongMonologueSeconds = 150;
// A customer story this long shows a question that opened the customer up.
inline constexpr double kLongStorySeconds = 60;
// Questions this early are greetings and rapport ("can you hear me okay?"), not discovery.
inline constexpr double kRapportSeconds = 60;
// Closed questions in a row that read as an interrogation.
inline constexpr std::size_t kClosedQuestionRun = 3;

struct HighlightInputs {
  const CallFacts& call;
  const InteractionMeasures& interaction;
  const QuestionAnalysis& questions;
  const std::vector<model::Objection>& objections;
  const model::NextStep& next_step;
};

// In call order. Pure and thread-safe.
std::vector<model::Highlight> FindHighlights(const HighlightInputs& in);

// "2 min 5 s", "45 s": a duration as the notes write it.
std::string FormatDuration(double seconds);

}  // namespace sc::analysis
