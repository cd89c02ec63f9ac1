// Phrase banks for the commercial calls: negotiation (value defense and trades against quick
// concessions), closing (paperwork and kickoff) and check-ins.
#include <array>

#include "sample/phrases.h"

namespace sc::sample::phrases {
namespace {

constexpr std::string_view kNegotiationRecapLines[] = {
    "Quick recap of where we are: you've seen the demo, {champion_first} ran the pilot, and the "
    "proposal is for {product} for {seats} users.",
    "So to recap, the team liked the pilot, and the open question is really the commercial side.",
    "Where we landed last time: {product} plus {other_module}, {seats} seats, and a start in "
    "{month} or shortly after.",
    "Just to level-set, the scope is {product} for the team in {region} first, then everyone else.",
    "From our side, everything technical is done; {tech_first} signed off on the integration.",
    "I think we're aligned on scope, so today is about the numbers and the paper.",
};
constexpr std::string_view kProposalWalkthroughLines[] = {
    "The proposal covers {product} and {other_module} for {seats} users, at {list_price} a year on "
    "a one-year term.",
    "So line one is the platform fee, line two is the {seats} user seats, and implementation is "
    "included.",
    "The total comes to {list_price} per year, billed annually.",
    "On page two you'll see the implementation plan and the success criteria we agreed on.",
    "The order form references our standard MSA, which your legal team already has.",
    "I've kept the structure simple: one platform fee, one seat price, no surprises.",
};
constexpr std::string_view kValueDefenseLines[] = {
    "Before we talk price, let's revisit the {impact} you said {pain_noun} costs you every year.",
    "If this gets you back even half of that {impact}, the price is a rounding error, and that's "
    "the conversation I'd want to have with {eb_first}.",
    "I'd rather not start with the discount; let's make sure the value is clear first.",
    "Your own numbers say {pain_noun} costs about {impact} a year, so at {price} the payback is "
    "well under a year.",
    "What I don't want is to cut scope, because {module} is the piece that solves {pain_noun}.",
    "Let's anchor on the outcome: your team gets back 2 days a week and the number lands within "
    "5%.",
    "Rather than a lower number, let's make sure the rollout hits the success criteria; that's "
    "what {eb_first} will judge us on.",
    "The price reflects the {impact} problem we're solving; if we cut it, we'd be cutting the team "
    "that gets you there.",
};
constexpr std::string_view kTradeOfferLines[] = {
    "If you can sign a two-year term, I can hold this year's rate.",
    "I can do {discount}% off in exchange for a two-year commitment and a case study once you're "
    "live.",
    "We can include {other_module} at no charge for the first year if you commit to the full "
    "suite.",
    "If you'd be a reference for other {industry} teams, I can take {discount}% off.",
    "I can't move on price without something in return, but I can move on payment terms if you go "
    "annual upfront.",
    "Let's trade: you commit to {seats} seats, and I'll hold the per-seat price through renewal.",
    "If we expand the scope to {other_module}, I can bring the per-unit price down.",
    "I'll absorb implementation if we can agree on a multi-year term.",
};
constexpr std::string_view kConcessionLines[] = {
    "I can probably take 20% off if that helps.",
    "Let me see what I can do, I think I can get you another 10% without much trouble.",
    "Okay, I'll just knock {discount}% off and we can move forward.",
    "We can waive the implementation fee too, no problem.",
    "What number do you need to hit? I'll make it work.",
    "Honestly, I can drop it to whatever fits your budget.",
    "I'll throw in {other_module} for free as well.",
    "Sure, I can match whatever {competitor} quoted you.",
};
constexpr std::string_view kCustomerAskLines[] = {
    "Procurement is going to push for a discount, that's just how it works here.",
    "We'd need this closer to [eighty|ninety] thousand to get it approved.",
    "Can you do anything on the implementation fee?",
    "We usually ask for net 60 payment terms.",
    "Is there flexibility on the contract length?",
    "Can we start with fewer seats and grow?",
    "We'd want a cap on the renewal increase.",
    "What happens if we need to add another region mid-year?",
    "Can we get a termination clause for the first year?",
    "Our standard is a one-year deal, nothing longer.",
};
constexpr std::string_view kTradeAcceptanceLines[] = {
    "Okay, if you can hold the rate on a two-year, I think we can work with that.",
    "That's fair. Let me take that back to {eb_first}.",
    "A case study is fine, we'd be happy to do that once we see results.",
    "Okay, that trade makes sense for us.",
    "Alright, that's a reasonable middle ground.",
    "I think {eb_first} will be okay with that structure.",
};
constexpr std::string_view kConcessionAcceptanceLines[] = {
    "Oh, okay, great. That's easier than I thought.",
    "Great, I'll take it.",
    "Okay. Can you do a bit more?",
    "Nice, that helps a lot.",
    "Well, if you can do that, can you also waive the training fee?",
    "Okay, thanks, that should help with procurement.",
};
constexpr Exchange kTermsTopicExchanges[] = {
    {"What does the SLA look like?",
     "We commit to three nines of uptime, and urgent issues get a response within four business "
     "hours."},
    {"Who owns the data if we leave?", "You do, always. We export everything on request."},
    {"Is training included?", "Yes, admin and manager training are included in onboarding."},
    {"What happens at renewal?",
     "Renewal is on the same terms unless we agree otherwise, with a cap on any increase."},
    {"Can we pay quarterly?",
     "Annual is standard, but quarterly is possible with a small adjustment."},
    {"Do you have a standard DPA?", "Yes, it goes out with the order form."},
    {"Where is the data hosted?", "In the US by default, with an EU region if you need it."},
    {"Who would our main contact be after signing?",
     "A named customer success manager, plus me for anything commercial."},
    {"How do you handle increases at renewal?",
     "Any increase at renewal is capped in the contract."},
    {"Is the AI forecasting extra?", "No, it's part of the platform."},
    {"Can we add users later?", "Yes, at the same per-seat rate for the term."},
    {"What's the notice period if we cancel?", "Sixty days before renewal, in writing."},
};
constexpr Exchange kClosingTopicExchanges[] = {
    {"Where are we with legal on the MSA?",
     "They sent back two small redlines on the liability cap.",
     "Those are standard, our legal team can turn them around quickly."},
    {"Has procurement set us up as a vendor yet?",
     "Almost, they just need your W-9 and bank details.",
     "Perfect, our finance team has those ready to go."},
    {"Who's going to sign on your side?", "Anything of this size gets signed by {eb_first}.",
     "Great, so we'll route the order form to {eb_first} directly."},
    {"Is the security review complete?", "Yes, IT signed off yesterday.",
     "Great news, that's usually the longest step."},
    {"Who should be on the kickoff call from your team?",
     "Me, {tech_first}, and two of the regional managers.", "That's the right group."},
    {"Any open questions on the order form?",
     "Just the start date, we'd want it aligned with the quarter.",
     "Easy, we can set the start date to match."},
    {"How are you thinking about rollout across the regions?",
     "Start with {region}, then everyone else a month later.",
     "That's exactly how most customers do it."},
    {"Is there anything that could still slow this down?",
     "Only if the CFO goes on vacation before signing.",
     "Ha, let's make sure that doesn't happen."},
    {"Do you need anything else from us for the PO?",
     "Just the final quote with the right entity name.",
     "Easy fix, the entity name will be right on the final version."},
    {"Have your admins had a chance to look at the setup guide?",
     "{tech_first} skimmed it and had a few questions on SSO.",
     "Good, we'll cover SSO first in the kickoff."},
    {"How do you want to handle training for the managers?",
     "Two sessions, one for each time zone.", "That works well, we do that a lot."},
    {"Is the funding approved on your side?", "Yes, it's in this year's plan now.",
     "Great, that's a big milestone."},
};
constexpr Exchange kCheckInTopicExchanges[] = {
    {"How's the pilot going so far?",
     "Pretty well. The managers are using the forecast view every Monday.",
     "That's great to hear."},
    {"Did {tech_first} get the connectors working?", "Yes, after one hiccup with permissions.",
     "Glad that's sorted."},
    {"Any feedback from the managers?", "They want a simpler view for one-on-ones.",
     "Good feedback, that's configurable."},
    {"Has anything changed on your side since we last spoke?",
     "We hired a new VP of Sales, actually.", "Congratulations, that's a big hire."},
    {"How's the team feeling about the quarter?", "Cautiously optimistic, which is new for us.",
     "That's a good sign."},
    {"Did you get a chance to share the recap internally?",
     "Yes, it went to the whole leadership team.", "Great, thanks for doing that."},
    {"Any surprises in the data so far?", "A few old deals we should have closed out months ago.",
     "That's very normal in the first few weeks."},
    {"Is the team in {region} using it yet?", "Not yet, they start after the training.",
     "Right, training first."},
    {"How did the leadership meeting go?", "Better than last time, honestly.", "Good to hear."},
    {"Are the dashboards loading okay for everyone?", "Mostly, one manager had a browser issue.",
     "We can help with that."},
    {"Where are you on the evaluation overall?", "We're close to a recommendation.",
     "Great, whatever you need from us, just say."},
    {"Anything blocking you right now?", "Just time, honestly.", "Totally."},
};

}  // namespace

const Lines kNegotiationRecaps = kNegotiationRecapLines;
const Lines kProposalWalkthroughs = kProposalWalkthroughLines;
const Lines kValueDefense = kValueDefenseLines;
const Lines kTradeOffers = kTradeOfferLines;
const Lines kConcessions = kConcessionLines;
const Lines kCustomerAsks = kCustomerAskLines;
const Lines kTradeAcceptances = kTradeAcceptanceLines;
const Lines kConcessionAcceptances = kConcessionAcceptanceLines;
const Exchanges kTermsTopics = kTermsTopicExchanges;
const Exchanges kClosingTopics = kClosingTopicExchanges;
const Exchanges kCheckInTopics = kCheckInTopicExchanges;

std::vector<NamedBank> AllBanks() {
  std::vector<NamedBank> banks;
  auto add = [&](std::string_view name, Lines lines) {
    banks.push_back({name, std::vector<std::string_view>(lines.begin(), lines.end())});
  };
  auto add_exchanges = [&](std::string_view name, Exchanges exchanges) {
    NamedBank bank{name, {}};
    for (const Exchange& exchange : exchanges) {
      bank.lines.push_back(exchange.first);
      bank.lines.push_back(exchange.second);
      if (!exchange.third.empty()) bank.lines.push_back(exchange.third);
    }
    banks.push_back(std::move(bank));
  };
  add("rep_greetings", kRepGreetings);
  add("customer_greeting_replies", kCustomerGreetingReplies);
  add_exchanges("customer_openings", kCustomerOpenings);
  add_exchanges("small_talk", kSmallTalk);
  add("rep_intros", kRepIntros);
  add("se_intros", kSeIntros);
  add("customer_intros", kCustomerIntros);
  add("agenda_discovery", kAgendaDiscovery);
  add("agenda_demo", kAgendaDemo);
  add("agenda_negotiation", kAgendaNegotiation);
  add("agenda_closing", kAgendaClosing);
  add("agenda_check_in", kAgendaCheckIn);
  add("agenda_confirmations", kAgendaConfirmations);
  add("wrap_ups", kWrapUps);
  add("specific_next_steps", kSpecificNextSteps);
  add("vague_next_steps", kVagueNextSteps);
  add("specific_next_step_replies", kSpecificNextStepReplies);
  add("vague_next_step_replies", kVagueNextStepReplies);
  add("rep_goodbyes", kRepGoodbyes);
  add("customer_goodbyes", kCustomerGoodbyes);
  add("personal_data", kPersonalData);
  add("pain_open_questions", kPainOpenQuestions);
  add("open_questions", kOpenQuestions);
  add_exchanges("closed_questions", kClosedQuestions);
  add("follow_up_questions", kFollowUpQuestions);
  add("acknowledgements", kAcknowledgements);
  add("transitions", kTransitions);
  add("insights", kInsights);
  add("pitch_lead_ins", kPitchLeadIns);
  add("company_pitch", kCompanyPitch);
  add("customer_reactions", kCustomerReactions);
  add("situation_story", kSituationStory);
  add("story_openers", kStoryOpeners);
  add("answer_openers", kAnswerOpeners);
  add("pain_elaborations", kPainElaborations);
  add("anecdotes", kAnecdotes);
  add("summaries", kSummaries);
  add("peer_stories", kPeerStories);
  add("demo_narration", kDemoNarration);
  add_exchanges("customer_product_questions", kCustomerProductQuestions);
  add("demo_intros", kDemoIntros);
  add("personalized_intros", kPersonalizedIntros);
  add_exchanges("demo_questions", kDemoQuestions);
  add("customer_demo_comments", kCustomerDemoComments);
  add("se_lines", kSeLines);
  add("trial_closes", kTrialCloses);
  add("trial_close_answers", kTrialCloseAnswers);
  add("backchannels", kBackchannels);
  for (const ObjectionBank& bank : ObjectionBanks()) {
    add(bank.name, bank.objections);
    add(bank.name, bank.repeats);
    add(bank.name, bank.clarifying_questions);
    add(bank.name, bank.clarifications);
    add(bank.name, bank.value_answers);
    add(bank.name, bank.defensive_replies);
  }
  add("empathy", kEmpathy);
  add("negative_reactions", kNegativeReactions);
  add("positive_reactions", kPositiveReactions);
  add("negotiation_recaps", kNegotiationRecaps);
  add("proposal_walkthroughs", kProposalWalkthroughs);
  add("value_defense", kValueDefense);
  add("trade_offers", kTradeOffers);
  add("concessions", kConcessions);
  add("customer_asks", kCustomerAsks);
  add("trade_acceptances", kTradeAcceptances);
  add("concession_acceptances", kConcessionAcceptances);
  add_exchanges("terms_topics", kTermsTopics);
  add_exchanges("closing_topics", kClosingTopics);
  add_exchanges("check_in_topics", kCheckInTopics);
  for (const ProductModule& module : ProductModules()) {
    add(module.short_name, module.features);
    add(module.short_name, module.values);
    add(module.short_name, module.narration);
  }
  for (const Pain& pain : Pains()) {
    add(pain.key, pain.story);
    add(pain.key, pain.closers);
    add(pain.key, pain.follow_ups);
  }
  return banks;
}

}  // namespace sc::sample::phrases
