// Phrase banks for discovery: the rep's questions, the customer's stories, and what a rep
// says instead of asking (the pitch) when discovery is weak.
#include <array>

#include "sample/phrases.h"

namespace sc::sample::phrases {
namespace {

constexpr std::string_view kPainOpenQuestionLines[] = {
    "What's the hardest part of your quarter right now?",
    "Walk me through what happens on your team when the quarter gets tight.",
    "Tell me about the last time something went sideways in your revenue process.",
    "What's keeping you up at night as a revenue leader these days?",
    "Where does your team lose the most time today?",
    "What made you take this call now rather than six months ago?",
    "If you could fix one thing about how your team runs the number, what would it be?",
    "How would you describe the biggest gap between what you need and what you have?",
    "What's the one report you dread putting together?",
    "Help me understand what's not working the way you'd like it to.",
};
constexpr std::string_view kOpenQuestionLines[] = {
    "How is your revenue team structured today?",
    "Walk me through a typical week for one of your managers.",
    "How do your managers prepare for the weekly meeting?",
    "What does your tech stack look like around the CRM?",
    "Tell me about how your {unit} are split across the team.",
    "How do decisions like this usually get made on your side?",
    "What would success look like a year from now?",
    "How does finance get the numbers from sales today?",
    "What have you already tried to fix this?",
    "Describe how a deal moves from first meeting to signature for you.",
    "What's changed in the business over the last year?",
    "How do you measure your managers today?",
    "Why is this coming up now?",
    "Tell me about the people who'd use something like this every day.",
};
constexpr Exchange kClosedQuestionExchanges[] = {
    {"Do you use {systems} for all of it?", "Mostly, yes, with a few exports on the side."},
    {"Is it just your team that looks at the numbers?", "No, finance looks at them too."},
    {"Are you the one who owns the number?", "Me and my VP, yes."},
    {"How many reps are on the team?", "About {num_reps} right now."},
    {"Do you have a timeline in mind?", "Ideally something in place before planning season."},
    {"Is this a priority for this year?", "Yes, it's on our list of top initiatives."},
    {"Did you look at other tools before?", "A couple, briefly, a while ago."},
    {"Can you export the data today?", "Yes, but it's painful."},
    {"Are your managers in the CRM every day?", "Some of them. It depends a lot on the manager."},
    {"Is the data team involved in this?", "Not yet, but they'd need to be."},
    {"Do you report to the CRO?", "Yes, directly."},
    {"Is leadership asking about this?", "In every meeting, pretty much."},
    {"Do your reps update close dates?", "In theory. In practice, not really."},
    {"Are you planning to hire this year?", "Yes, about ten more reps."},
    {"Will this be your project?", "I'd be the main point of contact, yes."},
    {"Have you seen a demo of anything like this?", "Not recently, no."},
};
constexpr std::string_view kFollowUpQuestionLines[] = {
    "Going back to {pain_noun}, walk me through what happened the last time it bit you.",
    "How long has {pain_noun} been a problem for the team?",
    "Who on the team feels {pain_noun} the most?",
    "What have you tried so far to fix {pain_noun}?",
    "If {pain_noun} were solved tomorrow, what would change for your managers?",
    "How does {pain_noun} show up in your week-to-week?",
    "Tell me more about {pain_noun}: what does it look like on a bad week?",
    "What does {pain_noun} cost you in a typical quarter?",
};
constexpr std::string_view kAcknowledgementLines[] = {
    "Got it.",
    "That makes sense.",
    "That's really helpful.",
    "Okay, I see.",
    "Understood.",
    "Right, that tracks.",
    "That's a great point.",
    "Okay, that's useful context.",
    "I appreciate you sharing that.",
    "Wow, okay.",
};
constexpr std::string_view kSummaryLines[] = {
    "So if I'm hearing you right, {pain_noun} is what costs you the most, and the root of it is "
    "the data underneath.",
    "Let me play that back: {pain_noun} shows up every quarter, it lands on a few people, and "
    "nobody owns the fix.",
    "So what I'm taking away is that {pain_noun} is less a tooling problem and more a trust "
    "problem.",
    "If I summarize, you've tried to fix {pain_noun} twice, and both times it came back within a "
    "few weeks.",
    "So the real cost of {pain_noun} isn't the hours, it's the decisions you make late or not at "
    "all.",
    "What I'm hearing is that {pain_noun} matters to you, to your CRO and to finance, but for "
    "different reasons.",
};
constexpr std::string_view kPeerStoryLines[] = {
    "One of our {industry} customers was in almost exactly that spot last year; their first step "
    "was agreeing on definitions with finance, and the tool came second.",
    "A RevOps leader I work with had the same issue with {pain_noun}; what helped was a weekly "
    "fifteen-minute review instead of a monthly deep dive.",
    "[Funny enough|Interestingly], the teams that get {pain_noun} under control usually start with "
    "one region and expand from there.",
    "I worked with a team about your size that tracked {pain_noun} for a quarter before changing "
    "anything, just to get a baseline.",
    "Another customer told me {pain_noun} only got better once the managers, not RevOps, owned the "
    "numbers.",
    "A VP of Sales I know describes {pain_noun} as a tax on every meeting, which always stuck with "
    "me.",
};
constexpr std::string_view kTransitionLines[] = {
    "Okay, I want to switch gears a little.",
    "Let me ask about a different area.",
    "Shifting to the team side for a second.",
    "Okay, different topic.",
    "Let me come at this from another angle.",
    "I want to make sure I understand the bigger picture too.",
};
constexpr std::string_view kInsightLines[] = {
    "That's really common with teams your size.",
    "We hear a version of that from most RevOps leaders.",
    "Honestly, you're not alone in that.",
    "That's a pattern we see a lot once a team passes fifty reps.",
    "It's interesting, the teams that fix that usually start with the data, not the process.",
    "That matches what I've seen at other {industry} companies.",
    "That's a tough spot to be in, especially at quarter end.",
    "A lot of teams live with that for years before they fix it.",
    "That's the part most people underestimate.",
    "That's a really honest answer, and it helps a lot.",
    "I've heard almost the same story from [a couple of|several] {industry} teams this year.",
};
constexpr std::string_view kPitchLeadInLines[] = {
    "Yeah, so that's exactly what our platform does.",
    "Let me tell you a bit about how we handle that.",
    "So this is where Northwind comes in.",
    "Right, and that's actually why we built {product}.",
    "Okay, so let me give you a quick overview of the platform.",
    "Yeah, we solve that. Let me explain how.",
    "So the way we think about it at Northwind is a little different.",
    "So let me jump in on that.",
};
constexpr std::string_view kCompanyPitchLines[] = {
    "Northwind was founded in [2016|2017] by a group of former RevOps leaders.",
    "We work with [about nine hundred|close to a thousand] revenue teams today, from startups to "
    "the Fortune 500.",
    "The platform has four modules: Pulse, Pipeline IQ, DataHub and Signals.",
    "Our customers are mostly in [software|manufacturing|financial services|{industry}], but it's "
    "pretty broad.",
    "Everything sits on one data model, and all four modules share it.",
    "We've been named a leader in revenue analytics by a couple of the big analyst firms.",
    "Our implementation team is in-house, not outsourced.",
    "We ship new features constantly, and the roadmap is public to customers.",
    "There's a customer community with a few thousand members.",
    "We have offices in Boston, Denver and Dublin.",
    "The product is built for RevOps first, and then for managers and reps.",
    "Our roadmap this year is heavily focused on AI forecasting.",
    "We integrate with pretty much every major CRM.",
    "The founders built the first version for their own sales team, actually.",
    "Our onboarding team has done [hundreds of|well over a thousand] rollouts at this point.",
    "[A lot of|Most of] our customers came to us straight from spreadsheets.",
    "Our support team [covers three time zones|is available around the clock].",
    "We have a [really active|pretty big] user group in [Boston|Chicago|London] that meets every "
    "quarter.",
    "The mobile app is [one of the|probably the] most used parts of the platform.",
    "We're [privately held|profitable], so we're not going anywhere.",
    "[Every|Each] customer gets a named success manager.",
    "We run a certification program for admins, which [people love|is free].",
    "The company has [doubled|grown a lot] over the last couple of years.",
    "We sponsor a RevOps conference every spring; maybe I'll see you there.",
};
constexpr std::string_view kCustomerReactionLines[] = {
    "Okay, that's interesting.",
    "Right, we've seen a few tools like that.",
    "Hmm, okay. I'd want to see it with our data.",
    "Sure, I get the general idea.",
    "Okay. And that works with our setup?",
    "Got it, I think I follow.",
    "Interesting. I'm not sure how that maps to us yet.",
    "Okay, that looks like what the last vendor showed us.",
    "Alright, that's a lot of features.",
    "Makes sense, go on.",
    "Yeah, okay, I can see that.",
    "Right, I think my team would want to see that.",
};
constexpr std::string_view kSituationStoryLines[] = {
    "We've got about {num_reps} reps, split across {region} and [two|three] other regions.",
    "[Most|A lot] of our {unit} are mid-sized, but the big ones drive most of the revenue.",
    "Everything runs through {systems}, [plus a lot of exports on the side|and a few homegrown "
    "reports].",
    "My team is [four|five|six] people in RevOps, and we support sales, finance and customer "
    "success.",
    "We moved to a new comp plan this year, which changed how reps think about their deals.",
    "[Honestly|To be fair], the managers are good people, they just don't have the time.",
    "Our CRO came from a much bigger company and expects a lot more rigor than we have.",
    "We grew [fast|really fast] over the last two years, and the process didn't keep up.",
    "Finance closes the books around the fifth business day, and sales is always the last piece.",
    "We do a deal review every Monday and a commit call every Thursday.",
    "[Each|Every] manager runs their one-on-ones a bit differently.",
    "There's a lot of tribal knowledge on the team, which makes onboarding hard.",
    "We tried to fix some of this with CRM dashboards last year, [but adoption was low|and it "
    "helped a little].",
    "Our {customers} have gotten more careful about buying, so cycles are longer than they used to "
    "be.",
    "The data team sits under finance, so sales requests compete with everything else.",
    "I report into the CRO, and I work closely with our CFO.",
    "We have a planning offsite [in January|every fall] where all of this comes up again.",
    "[Honestly|Truthfully], a lot of our reporting is still copy and paste.",
    "We've had three heads of sales ops in four years, so there's some history here.",
    "The reps want fewer fields to fill in, and the managers want more data. Classic.",
    "Our biggest region is {region}, and it's also the one with the most surprises.",
    "We'd like to get to a point where the Monday meeting is about coaching, not data.",
    "It looks like we'll add [another twenty|about fifteen] reps next year.",
    "Leadership wants one number everyone agrees on, which sounds simple but isn't.",
    "A lot of what we do is still built around the way things worked when we were a startup.",
    "When I joined, there was no real process, so we built most of it from scratch.",
    "[Our|The] {customers} expect a lot more from us than they did a few years ago.",
    "The sales leaders are under a lot of pressure from the board this year.",
    "[Don't get me wrong,|Believe me,] the team works hard; it's the systems that let them down.",
    "We had a reorg in the spring, so some of the managers are new in their seats.",
    "Most of our deals involve three or four people on the customer side now.",
    "The CFO is very numbers-driven, which I appreciate, but it means everything needs a source.",
    "[Half|Most] of my week goes to answering questions from leadership, honestly.",
    "We're trying to move from gut feel to something more [repeatable|predictable].",
    "The managers who are good at this do it in their heads, which doesn't scale.",
    "Our fiscal year starts in [February|July], which confuses everyone who joins from elsewhere.",
    "We sell through partners too, and that data is even messier.",
    "There's a push from the top to make every meeting [shorter|more focused] this year.",
    "Every region has its own [quirks|way of doing things], and we've let that happen for too "
    "long.",
    "Our deal sizes have been creeping up, which makes every miss hurt more.",
    "A lot of our reps came from bigger companies and expect better tooling than we have.",
    "We report to the board [quarterly|every six weeks], and it always sneaks up on us.",
    "I've got one analyst, and she's stretched across [three|four] teams.",
    "People here are pretty open to change, as long as it doesn't add work.",
    "Our renewals team and new business team sit in different orgs, which adds friction.",
    "The exec team reviews the numbers every Monday morning at eight, so Sunday nights are busy "
    "for us.",
    "We've standardized the stages, but everyone still interprets them a little differently.",
    "Some of our best deals come from [referrals|partners], and those are the hardest to track.",
    "Headcount is tight this year, so whatever we do has to save time, not add it.",
    "We had a good year, but nobody's fully sure why, which bothers me.",
};
constexpr std::string_view kStoryOpenerLines[] = {
    "[Honestly|Well|So], the big one is that {pain_mention}.",
    "The short answer is that {pain_mention}.",
    "Where do I start. I'd say {pain_mention}.",
    "It's no secret internally that {pain_mention}.",
    "The thing I keep coming back to is that {pain_mention}.",
    "If I'm honest, {pain_mention}.",
    "[Okay|Alright], so the main thing is {pain_mention}.",
};
constexpr std::string_view kPainElaborationLines[] = {
    "The worst part about {pain_noun} is that it lands on the same three people every time.",
    "We've talked about {pain_noun} in [every|pretty much every] leadership meeting this year.",
    "Nobody owns {pain_noun} end to end, which is part of the problem.",
    "[If I'm honest|Truthfully], {pain_noun} has been getting worse, not better.",
    "I tried to put a number on {pain_noun} once, and it scared me a little.",
    "My boss asks me about {pain_noun} at least once a week.",
    "Part of what makes {pain_noun} hard is that the data lives in three places.",
    "We put a band-aid on {pain_noun} last year, and it held for about a month.",
    "Every new manager we hire runs into {pain_noun} within their first few weeks.",
    "The managers have mostly accepted {pain_noun} as a fact of life.",
    "What worries me is that {pain_noun} gets worse as we grow.",
    "Finance sees {pain_noun} differently than sales does, which doesn't help.",
    "We've had at least two escalations this year that came down to {pain_noun}.",
    "[Honestly|And], {pain_noun} is the first thing I'd fix if I had a free month.",
    "It's not that people don't care about {pain_noun}; nobody has the time to fix it.",
};
constexpr std::string_view kAnecdoteLines[] = {
    "Last [month|quarter], [our CFO|my VP|one of our board members] asked for [a cut of bookings "
    "by region|win rates by segment|the renewal number], and it took us [three days|most of a "
    "week] to pull together.",
    "[A couple of weeks ago|Last month], one of our managers presented numbers in the leadership "
    "meeting that didn't match mine, and it turned into a whole thing.",
    "We had a [rep|manager] leave in the spring, and half of their pipeline turned out to be "
    "[stale|wishful thinking].",
    "At our last offsite we spent [a whole afternoon|two hours] arguing about definitions instead "
    "of strategy.",
    "I remember one Friday where [three|four] of us were on a call until nine at night rebuilding "
    "a report.",
    "Our CEO once asked me a simple question in the hallway, and I couldn't answer it without a "
    "week of work.",
    "[Last year|A while back], we launched a new product line and had no idea how it was tracking "
    "for [two months|a full quarter].",
    "One of our biggest {customers} called us to ask about their own usage, and we had to "
    "scramble.",
    "We brought in a consultant [last year|two years ago] to help with this, and their deck is "
    "still sitting in a folder somewhere.",
    "There was a week in [March|June|September] where the [numbers|reports] changed three times "
    "before the board meeting.",
    "A new VP joined [in the spring|last fall] and asked for a baseline, and it took us a month to "
    "agree on one.",
    "[Once|One time], a manager found a deal that had been closed in the wrong quarter for six "
    "months.",
    "We had an all-hands where two leaders showed two different growth numbers on stage.",
    "I spent [most of|half of] my vacation answering questions about a report only I knew how to "
    "run.",
    "We set up a weekly sync to fix this, and after a month nobody was showing up.",
    "[Our|The] head of customer success and I compared notes [last quarter|recently], and our "
    "lists of at-risk accounts barely overlapped.",
    "One of our regional managers keeps a tracker of their own on the side, because they don't "
    "trust ours.",
    "When we [changed our comp plan|reorganized the teams], it took about [six|eight] weeks before "
    "anyone could report on the new structure.",
};
constexpr std::string_view kAnswerOpenerLines[] = {
    "[Sure|Yeah], good question.",
    "So, it's a little complicated.",
    "Let me think about how to describe it.",
    "[Okay|Alright], so today it works roughly like this.",
    "That's a fair question.",
    "Yeah, so.",
};
constexpr Exchange kCustomerProductQuestionExchanges[] = {
    {"Does it work with {systems}?",
     "Yes, we have native connectors for both, and setup is mostly point and click."},
    {"How long does setup usually take?", "Most customers are live in about a month."},
    {"Who else uses this in {industry}?",
     "Quite a few teams, including some names you'd recognize. I can share references."},
    {"Is it mostly for managers or for reps?", "Both, but RevOps usually owns it."},
    {"Do we need a data team to run it?",
     "No, most customers run it from RevOps without engineering help."},
    {"Can it handle our custom fields?", "Yes, anything in your CRM comes across."},
    {"What does the rollout look like?",
     "We start with one team, then expand once the data is clean."},
    {"Is there an AI piece to this?",
     "Yes, there's a projection model that learns from your history."},
    {"How do reps feel about it usually?", "They mostly like having fewer CRM updates to make."},
    {"Can we try it on our own data?", "Yes, we usually run a pilot on your own data."},
};

}  // namespace

const Lines kPainOpenQuestions = kPainOpenQuestionLines;
const Lines kOpenQuestions = kOpenQuestionLines;
const Exchanges kClosedQuestions = kClosedQuestionExchanges;
const Lines kFollowUpQuestions = kFollowUpQuestionLines;
const Lines kAcknowledgements = kAcknowledgementLines;
const Lines kTransitions = kTransitionLines;
const Lines kInsights = kInsightLines;
const Lines kPitchLeadIns = kPitchLeadInLines;
const Lines kCompanyPitch = kCompanyPitchLines;
const Lines kCustomerReactions = kCustomerReactionLines;
const Lines kSituationStory = kSituationStoryLines;
const Lines kStoryOpeners = kStoryOpenerLines;
const Lines kAnswerOpeners = kAnswerOpenerLines;
const Lines kPainElaborations = kPainElaborationLines;
const Lines kAnecdotes = kAnecdoteLines;
const Lines kSummaries = kSummaryLines;
const Lines kPeerStories = kPeerStoryLines;
const Exchanges kCustomerProductQuestions = kCustomerProductQuestionExchanges;

}  // namespace sc::sample::phrases
