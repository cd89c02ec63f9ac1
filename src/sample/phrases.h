// The phrase banks the call scripts draw from: what reps and customers say, line by line.
//
// Lines are templates for Slots::Fill ("{company}", "[one|two]"). Each bank holds one kind of
// line, and the kinds are kept strictly apart because the analysis stage counts them: trial
// closes ("how does that sound", "does that make sense", "would that work for you", "on a
// scale of 1 to 10") appear only in kTrialCloses; specific next steps (an action, an owner and
// a day or time) only in kSpecificNextSteps; objection cues ("budget", "next quarter", "run it
// by", "we already have", competitor names) only in customer objection lines. Filler words
// ("um", "you know", "kind of", filler "like") are never written into the banks: Dialogue
// inserts them at each rep's own rate. "like" as a verb or preposition ("we'd like to", "looks
// like") does appear, so that only filler "like" should be counted.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "sample/personas.h"

namespace sc::sample::phrases {

// Lines that belong together: a question and its answer, or a status and its reply.
struct Exchange {
  std::string_view first;
  std::string_view second;
  std::string_view third;  // may be empty
};
using Exchanges = std::span<const Exchange>;

// --- the call frame: opening, agenda and close (phrases_frame.cc) ---
extern const Lines kRepGreetings;  // rep speaks first
extern const Lines kCustomerGreetingReplies;
extern const Exchanges kCustomerOpenings;  // customer speaks first, rep replies
extern const Exchanges kSmallTalk;         // rep asks, customer answers, rep replies
extern const Lines kRepIntros;             // first call on a deal
extern const Lines kSeIntros;
extern const Lines kCustomerIntros;
extern const Lines kAgendaDiscovery;
extern const Lines kAgendaDemo;
extern const Lines kAgendaNegotiation;
extern const Lines kAgendaClosing;
extern const Lines kAgendaCheckIn;
extern const Lines kAgendaConfirmations;  // customer
extern const Lines kWrapUps;              // rep, before the next step
extern const Lines kSpecificNextSteps;    // action + owner + time
extern const Lines kVagueNextSteps;
extern const Lines kSpecificNextStepReplies;  // customer
extern const Lines kVagueNextStepReplies;     // customer
extern const Lines kRepGoodbyes;
extern const Lines kCustomerGoodbyes;
extern const Lines kPersonalData;  // customer volunteers an email or phone number

// --- discovery (phrases_discovery.cc) ---
extern const Lines kPainOpenQuestions;    // open questions that invite a pain story
extern const Lines kOpenQuestions;        // open questions about the situation
extern const Exchanges kClosedQuestions;  // closed question, short customer answer
extern const Lines kFollowUpQuestions;    // generic follow-ups; each uses {pain_noun}
extern const Lines kAcknowledgements;     // "Got it.", "That makes sense."
extern const Lines kTransitions;          // rep moves to a new topic
extern const Lines kInsights;             // brief rep perspective after a story
extern const Lines kPitchLeadIns;         // rep starts pitching instead of asking
extern const Lines kCompanyPitch;         // rep talks about Northwind itself
extern const Lines kCustomerReactions;    // short customer turns after a pitch
extern const Lines kSituationStory;       // customer elaboration about their situation
extern const Lines kStoryOpeners;         // customer starts a pain story; uses {pain_mention}
extern const Lines kPainElaborations;     // customer, more about the pain; uses {pain_noun}
extern const Lines kAnecdotes;            // customer, a specific incident
extern const Lines kSummaries;            // rep restates what the customer said
extern const Lines kPeerStories;          // rep shares how a similar customer handled it
extern const Lines kAnswerOpeners;        // customer starts answering an open question
extern const Exchanges kCustomerProductQuestions;  // customer question, rep answer

// --- demo (phrases_demo.cc) ---
extern const Lines kDemoIntros;          // generic segment openers
extern const Lines kPersonalizedIntros;  // "you mentioned", {company}, the customer's terms
extern const Exchanges kDemoQuestions;   // customer question, short rep answer
extern const Lines kCustomerDemoComments;
extern const Lines kDemoNarration;  // generic screen narration, any module
extern const Lines kSeLines;
extern const Lines kTrialCloses;
extern const Lines kTrialCloseAnswers;  // customer
extern const Lines kBackchannels;       // customer, <= 3 words

// --- objections (phrases_objection.cc) ---
enum class ObjectionType { kPrice, kTiming, kAuthority, kNeed, kCompetitor, kTrust };

struct ObjectionBank {
  ObjectionType type;
  std::string_view name;       // "price", "timing", ...
  Lines objections;            // customer raises it
  Lines repeats;               // customer raises it again later in the call
  Lines clarifying_questions;  // rep
  Lines clarifications;        // customer answers the clarifying question
  Lines value_answers;         // rep answers with value or evidence
  Lines defensive_replies;     // rep argues back: long, no acknowledgement, no question
};
std::span<const ObjectionBank> ObjectionBanks();
const ObjectionBank& BankFor(ObjectionType type);

extern const Lines kEmpathy;            // rep acknowledges a concern
extern const Lines kNegativeReactions;  // customer after a poor reply
extern const Lines kPositiveReactions;  // customer after a good reply

// --- negotiation, closing and check-in calls (phrases_commercial.cc) ---
extern const Lines kNegotiationRecaps;
extern const Lines kProposalWalkthroughs;
extern const Lines kValueDefense;           // rep re-anchors on value before price
extern const Lines kTradeOffers;            // rep trades a concession for a commitment
extern const Lines kConcessions;            // rep gives discount away
extern const Lines kCustomerAsks;           // customer pushes on terms
extern const Lines kTradeAcceptances;       // customer after a trade
extern const Lines kConcessionAcceptances;  // customer after a giveaway
extern const Exchanges kTermsTopics;        // customer question, rep answer
extern const Exchanges kClosingTopics;      // rep question, customer status, rep reply
extern const Exchanges kCheckInTopics;      // rep question, customer update, rep reply

// Every bank with its name, exchanges flattened, for tests that scan all lines.
struct NamedBank {
  std::string_view name;
  std::vector<std::string_view> lines;
};
std::vector<NamedBank> AllBanks();

}  // namespace sc::sample::phrases
