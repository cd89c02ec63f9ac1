// Phrase banks for the frame of every call: greetings, small talk, introductions, agendas,
// next steps and goodbyes.
#include <array>

#include "sample/phrases.h"

namespace sc::sample::phrases {
namespace {

constexpr std::string_view kRepGreetingLines[] = {
    "Hi {cust_first}, thanks for making the time today.",
    "Hey {cust_first}, good to see you.",
    "[Hi|Hey] everyone, thanks for jumping on.",
    "Hi {cust_first}, I think we're just waiting on one more person, but we can get started.",
    "Hey {cust_first}, how's it going?",
    "Hi there, {cust_first}. Thanks for having me.",
    "Hello {cust_first}, really appreciate you taking the time.",
    "[Hi|Hey] {cust_first}, can you hear me okay?",
};
constexpr std::string_view kCustomerGreetingReplyLines[] = {
    "Hey {rep_first}, good to see you.",
    "Hi, yeah, I can hear you fine.",
    "Of course, glad we could make it work.",
    "Hi {rep_first}. Doing well, thanks.",
    "Hey! Sorry, I just wrapped up another meeting.",
    "Hi, thanks for setting this up.",
    "[Hi|Hey], good, good. Busy week, but good.",
};
constexpr Exchange kCustomerOpeningExchanges[] = {
    {"Hi, can you hear me okay?", "Yep, loud and clear. Thanks for jumping on, {cust_first}."},
    {"Hey {rep_first}, are we waiting on anyone else?",
     "No, I think we have everyone. Thanks for making the time."},
    {"Hi there, sorry, my camera is being weird today.",
     "Ha, happens to all of us. Good to see you, {cust_first}."},
    {"Hello? Ah, there you are.",
     "Hi {cust_first}! Sorry, I was in the waiting room for a second."},
    {"Hey, good to see you, {rep_first}.", "Good to see you too. Thanks for making the time."},
    {"Hi {rep_first}, give me one second to close a couple of windows.",
     "Of course, take your time."},
};
constexpr Exchange kSmallTalkExchanges[] = {
    {"How was your weekend?",
     "Pretty good, actually. We finally got out for a hike before the weather turned.",
     "Nice, that's the way to do it."},
    {"Are you in the office today or working from home?",
     "Home today. Fewer hallway meetings, more time on the screen.", "Ha, I know that feeling."},
    {"I saw you were in {city} last week, how was the trip?",
     "Busy, but good. Two days of customer meetings and one decent dinner.",
     "That sounds like a productive trip."},
    {"How's {month} treating you so far?",
     "Honestly, it's flying by. Planning season is starting already.",
     "Same here, it's that time of year."},
    {"Did you catch the game last night?", "I did, what a finish. I was up way too late.",
     "Same, I paid for it this morning."},
    {"How's the new office working out?", "It's great, once we figured out the coffee machine.",
     "The important things first."},
    {"Is it as rainy there as it is here?", "Worse, I think. It hasn't stopped since the weekend.",
     "Ugh, hopefully it clears up soon."},
    {"How are things going with the team this week?",
     "Busy, end of month is always a bit of a scramble.",
     "Yeah, that's pretty universal right now."},
    {"Did you get any time off recently?", "A few days, yes. It was nice to actually unplug.",
     "Good for you, that's rare."},
    {"How are the kids liking the new school?", "They love it, which is a huge relief.",
     "Oh, that's great to hear."},
    {"Were you at the {city} conference last month?",
     "Just for one day. The keynote was better than I expected.",
     "I heard the same from a couple of people."},
};
constexpr std::string_view kRepIntroLines[] = {
    "Quick intro from my side: I'm {rep_first}, I work with [{industry} teams|revenue teams in "
    "{industry}] here at Northwind.",
    "For anyone I haven't met, I'm {rep_first}, an account executive at Northwind.",
    "I'm {rep_first}, I look after [{region}|our {industry} customers] at Northwind.",
    "Just so everyone knows who I am, I'm {rep_first}, and I've been at Northwind a few years now.",
    "I'm {rep_first} from Northwind, I work mostly with RevOps and sales leaders.",
};
constexpr std::string_view kSeIntroLines[] = {
    "And I'm {se_first}, the solutions engineer on the account, so I'll [jump in on|handle] the "
    "technical questions.",
    "Hi all, {se_first} here. I'm on the solutions side, so think of me as the person who knows "
    "where the data goes.",
    "I'm {se_first}, I do the technical side: integrations, security and so on.",
    "{se_first} here, solutions engineering. Happy to go deep on anything technical.",
};
constexpr std::string_view kCustomerIntroLines[] = {
    "I'm {cust_first}, {cust_title} here at {company}. I've been here about [two|three|four|six] "
    "years.",
    "{cust_first}, {cust_title}. I'll be the one living with whatever we pick.",
    "Hi, I'm {cust_first}, I'm the {cust_title}. I joined {company} last year.",
    "{cust_first} here, {cust_title}. I've been pulled into this because I own the reporting.",
    "I'm {cust_first}. {cust_title}, so the data side lands on my desk.",
};
constexpr std::string_view kAgendaDiscoveryLines[] = {
    "So my goal today is to understand how your team runs [forecasting and pipeline reviews|the "
    "revenue process] today, and then we can decide together whether a deeper look is worth it.",
    "I'd like to spend most of the time learning about your world, and a few minutes at the end on "
    "how we work with [teams like yours|other {industry} companies].",
    "I was thinking we'd start with how things work today, where it hurts, and what you've already "
    "tried, and then talk about whether there's a fit.",
    "Plan for today: I'll ask a bunch of questions, you tell me where I'm wrong, and we'll see if "
    "there's something worth solving together.",
    "The main thing I want to get out of today is a clear picture of how your revenue team "
    "operates.",
    "I've got a few things I'd like to understand about how your team works, and I'm sure you have "
    "questions for us too.",
};
constexpr std::string_view kAgendaDemoLines[] = {
    "For today, I'd like to show you the parts of the platform that map to what you told us last "
    "time, and leave plenty of room for questions.",
    "The plan is a walkthrough of {product} and then whatever you want to dig into.",
    "I've got a walkthrough planned, and then we can talk about what a pilot could look like.",
    "I'll start with the big picture and then go deeper wherever it's useful for you.",
    "Today is really about seeing whether this fits how your team works day to day.",
    "I'd like to keep this practical: your use cases first, the nice-to-haves at the end.",
};
constexpr std::string_view kAgendaNegotiationLines[] = {
    "Today I'd like to walk through the proposal, hear where you landed internally, and work "
    "through any open points.",
    "The goal for today is to get to a version of the commercial terms that works on both sides.",
    "I sent the proposal over, so I thought we'd go through it line by line and talk through "
    "questions.",
    "Let's use today to close out the open commercial questions.",
    "I'd like to make sure we leave today with the terms agreed in principle.",
};
constexpr std::string_view kAgendaClosingLines[] = {
    "Today is mostly about the paperwork and the kickoff plan.",
    "I wanted to check where things are with legal and procurement, and lock in the onboarding "
    "plan.",
    "Quick one today, I think: signatures, start date and who's on the kickoff.",
    "Let's go through what's left on the order form and make sure nothing is blocking.",
    "The plan is to make sure everything's lined up on your side for signature.",
};
constexpr std::string_view kAgendaCheckInLines[] = {
    "Just wanted to check in on how things are going on your side.",
    "This is mostly a quick status check, nothing formal.",
    "I wanted to catch up on the pilot and see what's changed since we last spoke.",
    "Mainly want to hear how the evaluation is going and whether anything is stuck.",
    "I thought a quick sync would help before things get busy at month end.",
};
constexpr std::string_view kAgendaConfirmationLines[] = {
    "Sounds good.",
    "Works for me.",
    "Perfect, let's do it.",
    "Yeah, go ahead.",
    "Great. I've got a hard stop at the top of the hour, though.",
    "Good, I have a couple of questions too.",
    "Sure, that's fine.",
    "Yep, that's what I was hoping for.",
};
constexpr std::string_view kWrapUpLines[] = {
    "This was really helpful, thank you.",
    "Great, I think we covered a lot today.",
    "Okay, we're coming up on time.",
    "I really appreciate you walking me through all of that.",
    "Thanks, this gives me a much clearer picture.",
    "Good conversation, thank you all.",
    "Alright, I want to be respectful of your time.",
};
constexpr std::string_view kSpecificNextStepLines[] = {
    "I'll send the recap and the proposal by {day}, and let's book 30 minutes on {day2} at {time} "
    "with {eb_first} to walk through it.",
    "Here's what I suggest: I'll send a calendar invite for {day2} at {time} for the technical "
    "session, and {tech_first} will have the data export ready by {day}.",
    "So the next step is a [45|30]-minute session on {day2} at {time}; I'll send the invite today "
    "and include {eb_first}.",
    "I'll get the security package to you by end of day {day}, and we'll hold {day2} at {time} to "
    "go through any questions.",
    "Let's lock in {day2} at {time} for the session with your managers, and I'll send the invite "
    "within the hour.",
    "I'll draft the mutual action plan and send it by {day}, and we'll review it together on "
    "{day2} at {time}.",
    "Action items: I'll send the order form by {day}, you get it to legal, and we regroup {day2} "
    "at {time}.",
    "I'll have the pricing options over to you by {day} at noon, and let's meet {day2} at {time} "
    "to decide.",
    "I'll set up the pilot workspace by {day}, and we'll do the kickoff {day2} at {time} with your "
    "admins.",
    "To keep this moving: I'll send the recap today, and let's get 30 minutes with {eb_first} on "
    "{day2} at {time}.",
};
constexpr std::string_view kVagueNextStepLines[] = {
    "I'll follow up sometime next week.",
    "Let's touch base soon.",
    "I'll circle back in a bit.",
    "Let's stay in touch and see where things land.",
    "I'll send some stuff over at some point.",
    "Feel free to reach out whenever you're ready.",
    "We'll figure out the next step later.",
    "I'll check in with you down the road.",
};
constexpr std::string_view kSpecificNextStepReplyLines[] = {
    "Works for me, I'll accept the invite.",
    "That's fine on my end.",
    "Perfect, I'll make sure {eb_first} is there.",
    "Great, I'll watch for the invite.",
    "Sure, I'll block it now.",
    "Yep, that works.",
};
constexpr std::string_view kVagueNextStepReplyLines[] = {
    "Sure, sounds good.", "Okay, thanks.", "Yeah, no rush on our side.",
    "Okay, talk soon.",   "Sure thing.",
};
constexpr std::string_view kRepGoodbyeLines[] = {
    "Thanks everyone, have a great rest of your day.",
    "Take care, talk soon.",
    "Thanks again, bye now.",
    "Appreciate it, enjoy the rest of your week.",
    "Thanks all, bye.",
};
constexpr std::string_view kCustomerGoodbyeLines[] = {
    "Thanks, bye.",       "You too, take care.", "Bye, thanks {rep_first}.",
    "Thanks, talk soon.", "Cheers, bye.",
};
constexpr std::string_view kPersonalDataLines[] = {
    "If you need anything, my email is {email}, or just call my cell, {phone}.",
    "Send it straight to me at {email}; my direct line is {phone}.",
    "Easiest is probably my cell, {phone}.",
    "You can reach me at {email}, I check it more than Slack.",
};

}  // namespace

const Lines kRepGreetings = kRepGreetingLines;
const Lines kCustomerGreetingReplies = kCustomerGreetingReplyLines;
const Exchanges kCustomerOpenings = kCustomerOpeningExchanges;
const Exchanges kSmallTalk = kSmallTalkExchanges;
const Lines kRepIntros = kRepIntroLines;
const Lines kSeIntros = kSeIntroLines;
const Lines kCustomerIntros = kCustomerIntroLines;
const Lines kAgendaDiscovery = kAgendaDiscoveryLines;
const Lines kAgendaDemo = kAgendaDemoLines;
const Lines kAgendaNegotiation = kAgendaNegotiationLines;
const Lines kAgendaClosing = kAgendaClosingLines;
const Lines kAgendaCheckIn = kAgendaCheckInLines;
const Lines kAgendaConfirmations = kAgendaConfirmationLines;
const Lines kWrapUps = kWrapUpLines;
const Lines kSpecificNextSteps = kSpecificNextStepLines;
const Lines kVagueNextSteps = kVagueNextStepLines;
const Lines kSpecificNextStepReplies = kSpecificNextStepReplyLines;
const Lines kVagueNextStepReplies = kVagueNextStepReplyLines;
const Lines kRepGoodbyes = kRepGoodbyeLines;
const Lines kCustomerGoodbyes = kCustomerGoodbyeLines;
const Lines kPersonalData = kPersonalDataLines;

}  // namespace sc::sample::phrases
