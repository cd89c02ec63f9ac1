// Phrase banks for objections: six kinds of pushback, each with the ways a customer raises and
// repeats it, and the two ways a rep can answer: acknowledge, clarify and answer with value or
// evidence, or argue back defensively.
#include <array>

#include "sample/phrases.h"

namespace sc::sample::phrases {
namespace {

constexpr std::string_view kPriceObjections[] = {
    "Honestly, that's more than we budgeted for this.",
    "The number feels high for where we are right now.",
    "I'm worried about the price, to be honest. It's a lot more than we pay for tools today.",
    "We don't really have budget set aside for this year.",
    "That's too expensive for us at this stage.",
    "Finance is going to push back on that number, it's more than we budgeted.",
    "I don't think we can justify that price with our current budget.",
};
constexpr std::string_view kPriceRepeats[] = {
    "Going back to the price, it's still more than we budgeted.",
    "I keep coming back to the number, though. It's too expensive for us.",
    "Sorry, but the budget thing is still bugging me.",
    "I still don't see how we get this through budget.",
};
constexpr std::string_view kPriceClarifyingQuestions[] = {
    "When you say budget, is it the total or the timing?",
    "Can I ask what you're comparing it to?",
    "What number did you have in mind going in?",
    "Is the concern the annual amount or getting it approved?",
    "Help me understand: is it this year's budget, or the overall investment?",
};
constexpr std::string_view kPriceClarifications[] = {
    "Mostly the timing. This year's money is already spoken for.",
    "Honestly, the total. We expected something around half of that.",
    "We pay a lot less for our current reporting tools, so it's a jump.",
    "It's getting it past the CFO, really.",
    "Both, a bit. But mainly this year.",
};
constexpr std::string_view kPriceValueAnswers[] = {
    "A {industry} team about your size cut forecast prep by 70%, and the analyst time alone paid "
    "for the license in the first year.",
    "If we go back to the {impact} you said {pain_noun} costs you, this pays for itself several "
    "times over.",
    "Most customers see payback in under 6 months, and I can put you in touch with two of them.",
    "We could phase it: start with {module} this year, which fits the timing, and add the rest "
    "once you see results.",
    "One customer measured a 12% lift in forecast accuracy in the first quarter, which was worth "
    "$400K to them.",
};
constexpr std::string_view kPriceDefensiveReplies[] = {
    "No, actually our pricing is very competitive. We have four modules, a hundred and twenty "
    "connectors, SSO, SCIM and a full AI layer, and most vendors charge extra for half of that. "
    "Honestly, if you compare feature for feature, we come out ahead every time.",
    "Well, the price is the price. It includes everything, implementation, support, all the "
    "modules. I really don't think you'll find anything cheaper that does what we do, and we don't "
    "usually discount.",
    "That's just what enterprise software costs these days. Every other vendor in this space is in "
    "the same range, and we include a lot more in the base package than they do.",
    "Look, you get what you pay for. We're the market leader, we have the best connectors and the "
    "best AI, and our customers love us, so the price reflects that.",
};

constexpr std::string_view kTimingObjections[] = {
    "Honestly, this isn't a priority until next quarter.",
    "The timing is tough. We're in the middle of a CRM migration.",
    "I don't think we can take this on before next quarter.",
    "We have a lot going on right now, so the timing isn't great.",
    "Realistically, nobody here has the bandwidth until after planning season.",
    "I'd rather revisit this next quarter when things calm down.",
};
constexpr std::string_view kTimingRepeats[] = {
    "I still think the timing is the issue here.",
    "Again, I'm just not sure we can start before next quarter.",
    "My worry is still the timing, to be honest.",
};
constexpr std::string_view kTimingClarifyingQuestions[] = {
    "What would need to be true for this to happen sooner?",
    "When you say next quarter, what changes between now and then?",
    "Is it a bandwidth question or a budget-cycle question?",
    "Who on your team would carry the load during the rollout?",
};
constexpr std::string_view kTimingClarifications[] = {
    "Mostly bandwidth. My team is heads-down on the migration.",
    "The new fiscal year starts then, so things open up.",
    "Honestly, it's that nobody owns it yet.",
    "It's the migration. Nothing else gets attention until that's done.",
};
constexpr std::string_view kTimingValueAnswers[] = {
    "Totally fair. The rollout takes about 4 hours a week from your team for 4 weeks, and we do "
    "the heavy lifting.",
    "If we start now, you'd be live before planning, which means you plan on clean data instead of "
    "fixing it later.",
    "Every quarter you wait is another quarter of {pain_noun}, and last time that was {impact}.",
    "We've done this alongside CRM migrations before, and it actually helps, because the data gets "
    "cleaned once and saves your team a second pass.",
};
constexpr std::string_view kTimingDefensiveReplies[] = {
    "Well, there's never a perfect time, and honestly every month you wait is a month you fall "
    "behind your competitors. Our onboarding is the fastest in the industry and we've done "
    "hundreds of them.",
    "That's what everyone says, but the longer you wait the worse it gets. We can start right "
    "away, our team is ready, and the pricing we have today won't be there later.",
    "Our implementation is really light, it's just connectors and a few dashboards, so timing "
    "really shouldn't be an issue at all.",
};

constexpr std::string_view kAuthorityObjections[] = {
    "I'd need to run it by our CFO before anything happens.",
    "This isn't really my call, it would go to {eb_first}.",
    "I'd have to run it by the leadership team first.",
    "Our CRO would need to sign off, and she's hard to get time with.",
    "I need to check with my boss before I commit to anything.",
    "Any new tool of this size goes through a committee here, so it's not my call.",
};
constexpr std::string_view kAuthorityRepeats[] = {
    "Like I said, I'd still need to run it by {eb_first}.",
    "I still need to check with our CFO before I can say anything.",
    "I just can't commit without {eb_first} on board.",
};
constexpr std::string_view kAuthorityClarifyingQuestions[] = {
    "What will {eb_first} want to see to feel good about it?",
    "How have decisions like this gone with your CFO in the past?",
    "What would make this an easy yes for the leadership team?",
    "Who else besides {eb_first} weighs in, and what will they look for?",
};
constexpr std::string_view kAuthorityClarifications[] = {
    "The payback, in numbers. That's all they ever want.",
    "They'll ask what we stop paying for.",
    "Usually a one-page business case and a reference call.",
    "Finance and IT both get a say, honestly.",
};
constexpr std::string_view kAuthorityValueAnswers[] = {
    "Then let's build that one-pager together: the {impact} problem, the payback, and a reference "
    "from a CFO who went through it.",
    "We've helped a lot of champions make this case, and the strongest version puts {pain_noun} in "
    "dollars, which for you is {impact}.",
    "I can bring our ROI model, which customers' finance teams have signed off on before, so that "
    "{eb_first} can see the payback in real numbers.",
    "Happy to join the meeting with {eb_first} and keep it to 15 minutes on outcomes: {impact} at "
    "stake and payback inside the year.",
};
constexpr std::string_view kAuthorityDefensiveReplies[] = {
    "Well, you're the one who feels the pain, so honestly you should be able to push this through. "
    "Most of our champions just go ahead and get it approved, it's not a big deal.",
    "We usually work directly with the executives anyway, so we can just set up a meeting with "
    "your CFO and walk them through all the features.",
    "The CFO will see it once they see the platform. It's got everything, all four modules, AI "
    "forecasting, the connectors, so it pretty much sells itself.",
};

constexpr std::string_view kNeedObjections[] = {
    "We already have something for that, to be honest.",
    "I'm not sure we really need this. What we have works fine most of the time.",
    "We already have dashboards in the CRM that do most of this.",
    "I don't know if the problem is big enough to need a new tool.",
    "Our data team could probably build this in-house, so I'm not sure we need it.",
    "Honestly, we already have more tools than people use.",
};
constexpr std::string_view kNeedRepeats[] = {
    "I still think we could do most of this with what we already have.",
    "I keep going back to whether we really need another tool.",
    "Again, we already have dashboards for a lot of this.",
};
constexpr std::string_view kNeedClarifyingQuestions[] = {
    "When you say you already have something, what does it cover today and what does it miss?",
    "If the current setup worked perfectly, what would still be hard?",
    "How long would it take your data team to build and maintain it?",
    "What happened the last time you tried to do this with the existing tools?",
};
constexpr std::string_view kNeedClarifications[] = {
    "It covers the basics, but nobody trusts the numbers.",
    "Honestly, the dashboards are fine until someone asks a real question.",
    "The data team has a long list already, so probably a long time.",
    "We tried last year and it stalled after a couple of months.",
};
constexpr std::string_view kNeedValueAnswers[] = {
    "That's exactly where most teams start; the difference is that {module} keeps the definitions "
    "in one place, so that the number the board sees is the number sales sees.",
    "Teams that tried to build it in-house spent about 2 engineers for 6 months, and we'd have you "
    "live in 4 weeks.",
    "The dashboards show what happened, and {module} shows what's about to happen, which means you "
    "can still save the quarter.",
    "A customer with a very similar setup retired 14 dashboards and saved about 10 hours a week in "
    "RevOps.",
};
constexpr std::string_view kNeedDefensiveReplies[] = {
    "No, dashboards are completely different. We have AI, we have snapshots, we have connectors, "
    "we have a metrics layer. There's really no comparison with what you get in the CRM out of the "
    "box.",
    "Building it in-house never works. Every customer who tried came to us eventually, and our "
    "platform has years of development behind it, so there's really no point trying.",
    "Actually, our platform replaces all of those tools, so you'd be consolidating. It has "
    "everything the dashboards have plus a lot more.",
};

constexpr std::string_view kCompetitorObjections[] = {
    "We're also looking at {competitor}, to be fair.",
    "We use {incumbent} today, and it does some of this already.",
    "{competitor} came in a lot lower, honestly.",
    "Our CRO used {competitor} at her last company and liked it.",
    "I'm not sure how you're different from {competitor}.",
    "We're talking to {competitor} as well.",
};
constexpr std::string_view kCompetitorRepeats[] = {
    "I still want to see how this stacks up against {competitor}.",
    "Going back to {competitor}, I'm still not clear on the difference.",
    "Honestly, {competitor} is still in the running.",
};
constexpr std::string_view kCompetitorClarifyingQuestions[] = {
    "What do you like about what you've seen from {competitor} so far?",
    "What would make one of us the obvious choice for you?",
    "Which parts of that matter most to you?",
    "How are you planning to compare the options?",
};
constexpr std::string_view kCompetitorClarifications[] = {
    "Their forecast view looked nice, honestly.",
    "We'd pick whoever our team will actually use.",
    "Mainly the forecasting piece.",
    "We're putting together a scorecard with the managers.",
};
constexpr std::string_view kCompetitorValueAnswers[] = {
    "That's a fair comparison. Where we're different is the data layer: {competitor} reads the "
    "CRM, we reconcile CRM and billing, which means the number matches finance.",
    "Happy to do a side-by-side on your own data; customers who switched from {competitor} usually "
    "see forecast accuracy improve by 8 to 10 points.",
    "A {industry} team that ran the same evaluation chose us because the pilot was live on their "
    "data in 2 weeks.",
    "If you build the scorecard around {pain_noun}, I'm confident in how we'll do, and I'll give "
    "you two references who looked at both.",
};
constexpr std::string_view kCompetitorDefensiveReplies[] = {
    "{competitor} is honestly a much weaker product. Their connectors are limited, their "
    "forecasting is basic, and we beat them in most deals we see them in.",
    "We're a lot more complete than {competitor}. We have four modules, they have one and a half, "
    "and their roadmap is way behind ours.",
    "Everyone who compares us with {competitor} picks us eventually. Their support is slow, their "
    "data model is rigid, and their AI is mostly marketing.",
};

constexpr std::string_view kTrustObjections[] = {
    "How do I know the numbers are right, though?",
    "We've been burned by tools that said one thing while our finance team said another.",
    "I'm not sure my managers would trust an AI number.",
    "Honestly, I'm skeptical these projections hold up in a weird quarter.",
    "What happens when the tool is wrong? Who takes the blame?",
    "Our data is messy. I don't see how any tool gets good numbers out of it.",
};
constexpr std::string_view kTrustRepeats[] = {
    "I'm still not sure how we'd trust the numbers.",
    "Back to the accuracy question, I'm still a bit skeptical.",
    "I just don't want another tool nobody trusts.",
};
constexpr std::string_view kTrustClarifyingQuestions[] = {
    "What would you need to see to trust a number like that?",
    "When you say burned, what happened?",
    "How do your managers check the numbers today?",
    "Which numbers would you want to check first?",
};
constexpr std::string_view kTrustClarifications[] = {
    "I'd want to see it tested against last year.",
    "The last tool showed deals that didn't exist.",
    "Mostly gut feel, honestly.",
    "Bookings and the commit number, for sure.",
};
constexpr std::string_view kTrustValueAnswers[] = {
    "Totally reasonable. In the pilot we back-test against your last 4 quarters, so you see the "
    "accuracy on your own data before you pay anything.",
    "Every number links back to the records behind it, which means your managers can check any "
    "deal in two clicks.",
    "A customer with messy data got to within 6% in the second quarter, because the first thing we "
    "do is fix the definitions.",
    "We'll show you the misses too; the point is that you see them 6 weeks earlier, so that you "
    "can act.",
};
constexpr std::string_view kTrustDefensiveReplies[] = {
    "Our numbers are right, that's really the whole point of the product. We have a proprietary AI "
    "model trained on thousands of companies, so the accuracy is better than anything you'd do by "
    "hand.",
    "The data's only messy because you don't have the right tool. Once you're on our platform, it "
    "just works, and we've never had a customer complain about accuracy.",
    "Honestly, the AI is really advanced, it's been trained on billions of data points, so it's "
    "going to be more accurate than your managers.",
};

constexpr ObjectionBank kObjectionBanks[] = {
    {ObjectionType::kPrice, "price", kPriceObjections, kPriceRepeats, kPriceClarifyingQuestions,
     kPriceClarifications, kPriceValueAnswers, kPriceDefensiveReplies},
    {ObjectionType::kTiming, "timing", kTimingObjections, kTimingRepeats,
     kTimingClarifyingQuestions, kTimingClarifications, kTimingValueAnswers,
     kTimingDefensiveReplies},
    {ObjectionType::kAuthority, "authority", kAuthorityObjections, kAuthorityRepeats,
     kAuthorityClarifyingQuestions, kAuthorityClarifications, kAuthorityValueAnswers,
     kAuthorityDefensiveReplies},
    {ObjectionType::kNeed, "need", kNeedObjections, kNeedRepeats, kNeedClarifyingQuestions,
     kNeedClarifications, kNeedValueAnswers, kNeedDefensiveReplies},
    {ObjectionType::kCompetitor, "competitor", kCompetitorObjections, kCompetitorRepeats,
     kCompetitorClarifyingQuestions, kCompetitorClarifications, kCompetitorValueAnswers,
     kCompetitorDefensiveReplies},
    {ObjectionType::kTrust, "trust", kTrustObjections, kTrustRepeats, kTrustClarifyingQuestions,
     kTrustClarifications, kTrustValueAnswers, kTrustDefensiveReplies},
};

constexpr std::string_view kEmpathyLines[] = {
    "I hear you.",
    "That's a fair concern.",
    "I understand.",
    "Fair point.",
    "That's completely reasonable.",
    "I appreciate you being upfront about that.",
    "That makes total sense.",
    "I get that, and I'd feel the same in your seat.",
};
constexpr std::string_view kNegativeReactionLines[] = {
    "I'm still not convinced.",
    "Hmm, that doesn't really help.",
    "I'm not sure that answers my question.",
    "Okay, but that's not really the issue.",
    "Right, but I've heard that before.",
    "I don't know, that feels like a sales answer.",
    "That's not really what I was asking.",
    "Hmm. We'll see.",
};
constexpr std::string_view kPositiveReactionLines[] = {
    "Okay, that helps.",
    "That's fair, that makes it easier to take to {eb_first}.",
    "Okay, I can work with that.",
    "That's a good point, actually.",
    "Alright, that's reassuring.",
    "Good, that's what I needed to hear.",
    "Okay, that's more reasonable than I thought.",
    "Got it, that's helpful.",
};

}  // namespace

std::span<const ObjectionBank> ObjectionBanks() { return kObjectionBanks; }

const ObjectionBank& BankFor(ObjectionType type) {
  for (const ObjectionBank& bank : kObjectionBanks) {
    if (bank.type == type) return bank;
  }
  return kObjectionBanks[0];
}

const Lines kEmpathy = kEmpathyLines;
const Lines kNegativeReactions = kNegativeReactionLines;
const Lines kPositiveReactions = kPositiveReactionLines;

}  // namespace sc::sample::phrases
