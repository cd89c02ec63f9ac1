// Phrase banks for demos: segment openers, personalization, customer engagement, the
// solutions engineer, and trial closes.
#include <array>

#include "sample/phrases.h"

namespace sc::sample::phrases {
namespace {

constexpr std::string_view kDemoIntroLines[] = {
    "Okay, let me share my screen.",
    "Alright, next I want to show you {module}.",
    "So this is {module}.",
    "Let me jump over to {module}.",
    "Okay, moving on to {module}.",
    "Here's {module}, which is one of our most popular modules.",
    "I'll start with the home screen and go from there.",
    "Let me pull up {module} real quick.",
};
constexpr std::string_view kPersonalizedIntroLines[] = {
    "You said {pain_noun} was the big one, so I set this up around that first.",
    "You mentioned {pain_noun} on our last call, so let's start there.",
    "For {company}, I loaded [a sample of|a mock-up of] your {unit} so this looks familiar.",
    "Since your team talks about {unit}, I've labeled everything that way in this view.",
    "I know {pain_noun} matters most to {champion_first}, so here's how {module} handles it.",
    "Based on what you told me about {systems}, I set up the connectors the same way here.",
    "This is built around your team in {region}, since you said that's where the surprises come "
    "from.",
    "Remember when you described {pain_noun}? This is the screen that would have caught it at "
    "{company}.",
};
constexpr Exchange kDemoQuestionExchanges[] = {
    {"Can managers see this at the team level?", "Yes, every view rolls up by team and region."},
    {"How does it handle multiple currencies?",
     "It converts at your corporate rate, and you can see both."},
    {"Could we see this by {unit} instead of by rep?", "Yes, any field can be the grouping."},
    {"Who can edit the numbers?", "Permissions are by role, so only managers can override."},
    {"How fresh is this data?", "It syncs continuously, usually within a few minutes."},
    {"What happens if a rep changes a close date?",
     "It shows in the history with who changed it and when."},
    {"Can I export this to our board template?",
     "Yes, to Excel, Google Sheets or straight to PowerPoint."},
    {"Does this work on mobile?", "Yes, there's an app, and the email digests work on any phone."},
    {"How do you calculate the health score?",
     "It looks at activity, stakeholders, stage age and a few other signals."},
    {"Can we add our own fields here?", "Yes, anything in your CRM can show up here."},
    {"Is there an audit trail?", "Yes, every change is logged."},
    {"How does this connect to {systems}?", "Through the standard APIs, read-only by default."},
    {"Can finance get their own view?",
     "Yes, finance usually gets a bookings view with their own definitions."},
    {"What does the rep see versus the manager?",
     "Reps see their own deals, and managers see their whole team."},
    {"Can it alert me when a big deal changes?",
     "Yes, you set the threshold and it pings you in email or Slack."},
    {"How long did it take other customers to get adoption?",
     "Usually a couple of cycles, once managers run their meetings from it."},
    {"Can I filter this to just new business?", "Yes, deal type is one of the standard filters."},
    {"What does the manager see on a phone?",
     "A summary card per rep, with the deals that changed since yesterday."},
    {"Where does that number come from?",
     "If you click it, you get the list of deals and fields behind it."},
    {"Can we hide some fields from the reps?", "Yes, field visibility follows the role."},
    {"How far back does the history go?", "As far back as your CRM has it."},
    {"Could we compare two regions side by side?", "Yes, any two groups can go side by side."},
    {"Is this the same data finance would see?",
     "Yes, it's one data model, so everyone sees the same numbers."},
    {"What happens when a deal changes owner?",
     "The history stays with the deal, and the new owner sees all of it."},
    {"Can I save this view for my Monday meeting?",
     "Yes, saved views can be shared with the whole team."},
    {"Does it handle renewals differently from new deals?",
     "Yes, renewals can have their own stages and forecast category."},
};
constexpr std::string_view kCustomerDemoCommentLines[] = {
    "Oh, that would have saved us a lot of pain last quarter.",
    "Okay, that's actually really useful.",
    "I like that you can see who changed what.",
    "Our managers would live in this view.",
    "That's the screen I've been trying to build by hand for a year.",
    "Huh, I didn't know you could do that.",
    "That's pretty slick, honestly.",
    "My managers are going to love that part.",
    "This looks like it would fix our Monday meeting problem.",
    "Okay, I can see my team using that.",
    "That's cleaner than what we have, I'll say that.",
    "I like that the history is right there.",
    "That view alone would save my Monday.",
    "Okay, that answers something I was going to ask.",
    "Our managers would probably want that on their phones.",
    "That's a lot easier to read than our dashboards.",
};
constexpr std::string_view kDemoNarrationLines[] = {
    "If I click [here|on this tab|into this one], you'll see [the detail view|the breakdown|the "
    "full history].",
    "Let me zoom in a little so it's easier to read.",
    "[Ignore|Don't worry about] the sample names, this is a demo environment.",
    "I'll go back one screen.",
    "You can see the filters along the top here.",
    "[Everything|All of this] on the left is navigation.",
    "Give me one second, it's loading.",
    "Now if I change the date range to this quarter, everything updates.",
    "This is the same data, just [grouped by region|grouped by manager|shown as a chart].",
    "I'll open this in a new tab so we don't lose our place.",
    "And if I hover over [this bar|this number|this line], you get the detail.",
    "Let me scroll down a little further.",
    "[Okay|Alright], so on this screen [everything|each number] is clickable.",
    "[I'll|Let me] switch the view to [this quarter|last quarter|the full year] for a second.",
    "The colors here are [just|mostly] the default theme; you can change them.",
    "Bear with me, [this tab|this page] takes a second to load in the demo environment.",
    "[Up here|At the top] you've got the date range, and [below|underneath] that the filters.",
    "I'm going to [collapse|expand] this section so it's easier to see.",
    "[So|Now], if I go back to the [main|home] view, you'll see it updated.",
    "These [numbers|figures] are sample data, [so don't read too much into them|not a real "
    "company].",
    "[This column|That column] on the right is the one most managers look at first.",
    "I'll [drag|move] this widget up so we can see it side by side.",
};
constexpr std::string_view kSeLineLines[] = {
    "On the integration side, we connect to {systems} through their standard APIs, read-only by "
    "default.",
    "Security-wise, everything is encrypted at rest and in transit, and we have SOC 2 Type II.",
    "The data model is flexible, so your custom objects come across as they are.",
    "For SSO, we support Okta, Azure AD and Google.",
    "We can also push the data back to your warehouse if your data team wants it.",
    "Typically the technical setup is a couple of calls with your admin.",
    "Sandbox first, then production, so nothing touches live data until you're ready.",
    "Field mapping is the main thing we'd work through with {tech_first}.",
};
constexpr std::string_view kTrialCloseLines[] = {
    "How does that sound so far?",
    "So how does that sound for your Monday meetings?",
    "Does that make sense so far?",
    "Does that make sense for how your team works?",
    "Would that work for you?",
    "Would that work for your managers?",
    "On a scale of 1 to 10, how well does this solve {pain_noun} for you?",
    "On a scale of 1 to 10, how close is this to what you need?",
    "How does that sound compared to what you have today?",
    "Does that make sense for the rest of your team?",
};
constexpr std::string_view kTrialCloseAnswerLines[] = {
    "Yeah, that sounds good.",
    "Honestly, I'd say an eight.",
    "It makes sense, yes.",
    "I think so, yeah.",
    "Pretty close, maybe a seven.",
    "That would work, yes.",
    "So far, so good.",
    "Yes, that's the part that matters to us.",
};
constexpr std::string_view kBackchannelLines[] = {
    "Mm-hm.", "Right.", "Okay.", "Yeah.", "Sure.", "Mhm.", "Yep.", "Got it.",
};

}  // namespace

const Lines kDemoIntros = kDemoIntroLines;
const Lines kPersonalizedIntros = kPersonalizedIntroLines;
const Exchanges kDemoQuestions = kDemoQuestionExchanges;
const Lines kCustomerDemoComments = kCustomerDemoCommentLines;
const Lines kSeLines = kSeLineLines;
const Lines kDemoNarration = kDemoNarrationLines;
const Lines kTrialCloses = kTrialCloseLines;
const Lines kTrialCloseAnswers = kTrialCloseAnswerLines;
const Lines kBackchannels = kBackchannelLines;

}  // namespace sc::sample::phrases
