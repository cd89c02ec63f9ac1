// The seller's product suite as reps describe it on calls.
//
// Feature lines name a capability and stop there: no outcome, no percentages, dollars or
// time savings. Value lines tie a capability to an outcome ("so that", "which means",
// "saves", "cuts ... by 30%", "$", "hours a week"). Narration is what a rep says while
// clicking through a screen. Keeping the three apart is what makes the planted presentation
// level measurable as a value share.
#include <array>

#include "sample/personas.h"

namespace sc::sample {
namespace {

constexpr std::string_view kPulseFeatures[] = {
    "Pulse has a forecast grid with a column for every rep and every manager override.",
    "It has a dashboard with about 40 widgets you can drag around.",
    "There's a commit, best case and pipeline category on every deal.",
    "Pulse keeps a snapshot of the forecast every day, going back as far as you like.",
    "Managers get an override column, and it shows who changed what.",
    "It supports multiple forecast types, by product line, by region or by segment.",
    "There's a roll-up view that goes from rep to manager to region to company.",
    "Pulse comes with a mobile app for iOS and Android.",
    "You can [set|change] the forecast categories to match your own process.",
    "There's a weekly [submission|call] workflow with reminders for every manager.",
    "It keeps a [full|complete] audit log of every forecast change.",
    "The forecast can be split by [product line|region|new versus renewal business].",
};
constexpr std::string_view kPulseValues[] = {
    "Pulse rolls up every commit automatically, so that your Monday forecast call takes 30 minutes "
    "instead of half a day.",
    "It compares each rep's call with their history, which means you catch sandbagging and happy "
    "ears before finance does.",
    "Teams like yours usually get forecast accuracy to within 5% in the second quarter, which is "
    "what gets the CFO off your back.",
    "Because the snapshots are automatic, your analysts save about 10 hours a week they spend on "
    "versions today.",
    "The AI projection gives you a second opinion on the number, so that you can walk into the "
    "board meeting with a range you can defend.",
    "One customer your size cut their forecast prep by 70% in the first month.",
    "It flags the gap to plan every morning, which means you adjust in week three, not week "
    "eleven.",
    "You see which deals moved the number this week, so that your managers coach the deals that "
    "matter.",
    "Managers submit from their phone in [two|three] minutes, which means the roll-up is done by "
    "Monday at ten instead of Wednesday.",
    "The weekly [submission|call] workflow replaces the spreadsheet chase, so that your ops team "
    "saves about 5 hours a week.",
    "Because every change is logged, finance can trust the number, which cuts the back-and-forth "
    "before the board meeting by about half.",
    "[Most|Many] teams see their commit accuracy improve by 10 to 15 points within two quarters, "
    "which means fewer surprises in week twelve.",
};
constexpr std::string_view kPulseNarration[] = {
    "So this is the forecast grid for the whole team.",
    "If I click into this manager, you can see her reps underneath.",
    "Let me switch over to the quarter view for a second.",
    "Over here on the right is the call each rep submitted on Monday.",
    "I'll scroll down so you can see the rest of the region.",
    "This little icon tells you the number was overridden.",
};

constexpr std::string_view kPipelineFeatures[] = {
    "Pipeline IQ has a deal board with filters for stage, owner, amount and close date.",
    "Every deal gets a health score from 0 to 100.",
    "There's an activity timeline on each opportunity, with emails and meetings pulled in.",
    "It has a stage history chart for every deal.",
    "We support custom fields, so anything you track in the CRM shows up here.",
    "There's a coverage report by rep, by team and by segment.",
    "You can set up alerts on any filter and get them by email or in Slack.",
    "It has a side-by-side view to compare two quarters.",
    "You can pin or share any filter as a view for your team.",
    "It shows who on the buying side has been involved in each deal.",
    "There's a [weekly|daily] digest email for every manager.",
    "Deals can be grouped by [stage|owner|source|close month].",
};
constexpr std::string_view kPipelineValues[] = {
    "Pipeline IQ flags deals with no activity in 14 days, so that managers step in while there's "
    "still time to save them.",
    "Customers typically cut late-quarter slippage by about 30%, which means fewer surprises in "
    "the last two weeks.",
    "The health score looks at activity, stakeholders and stage age, which means you can see a "
    "stalled deal a month earlier.",
    "Managers save about 3 hours a week on pipeline reviews, because the board already shows them "
    "where to look.",
    "It shows coverage by region every Monday, so that you see in week two whether you have enough "
    "to hit the number.",
    "One team that looked a lot like yours added about $1.2M in pipeline from deals they'd written "
    "off.",
    "New reps see the same deal board their managers see, which means ramp time drops by a couple "
    "of months.",
    "The slippage alerts go straight to the manager, so that nothing sits in commit for 6 weeks "
    "without a next step.",
    "The weekly digest tells each manager which 5 deals need attention, so that one-on-ones take "
    "15 minutes instead of an hour.",
    "Seeing who's involved on the buying side flags single-threaded deals early, which means fewer "
    "late losses when a champion leaves.",
    "Saved views replace the export-and-filter routine, which saves every manager about 2 hours a "
    "week.",
    "Customers usually lift pipeline conversion by around 10% in the first half year, because "
    "stalled deals get attention sooner.",
};
constexpr std::string_view kPipelineNarration[] = {
    "Let me pull up the deal board.",
    "Each of these cards is an opportunity, and the color is the health score.",
    "If I hover here, you get the last five activities.",
    "I'll filter this down to late-stage deals.",
    "Now I'm going to sort by close date.",
    "And this panel on the side is the stage history.",
};

constexpr std::string_view kDataHubFeatures[] = {
    "DataHub has native connectors for {systems}.",
    "We support SSO and SCIM, and role-based permissions down to the field.",
    "There are about 120 native connectors.",
    "It includes a metrics layer where you define bookings, ARR and churn once.",
    "It syncs to Snowflake, BigQuery or Redshift.",
    "There's a data lineage view for every metric.",
    "It has a reconciliation report between the CRM and the billing system.",
    "We have a SOC 2 Type II report and a standard security package.",
    "Every metric has an owner and a [written|documented] definition.",
    "It [supports|handles] multiple currencies and fiscal calendars.",
    "You can [schedule|automate] exports to Excel or Google Sheets.",
    "There's an API for [everything|every object] in the platform.",
};
constexpr std::string_view kDataHubValues[] = {
    "DataHub lines up the CRM and billing automatically, so that month-end reconciliation takes 1 "
    "day instead of 5.",
    "Because bookings are defined once, the board number and the sales number finally match, which "
    "means no more arguments about whose version is right.",
    "The analyst who rebuilds that workbook every week gets about 2 days of her week back.",
    "Most teams retire their weekly export in the first month, which saves around 15 hours a week "
    "across RevOps.",
    "It connects to {systems} in an afternoon, so that you're looking at your own data in the "
    "pilot instead of a demo account.",
    "Customers typically cut the time to answer an ad-hoc revenue question from a week to about 1 "
    "hour.",
    "The lineage view shows where every number comes from, which means finance can sign off "
    "without a second reconciliation.",
    "One customer saved about $90K a year in analyst time just on reporting prep.",
    "Scheduled exports replace the Monday rebuild, so that your analyst spends her week on "
    "analysis, not copy and paste.",
    "Because every metric has an owner, disputes about definitions drop by about 80% in the first "
    "quarter.",
    "The fiscal calendar support means finance and sales finally close the month on the same "
    "numbers, saving about 3 days of reconciliation.",
    "Teams that connect billing data see about $250K more in recognized expansion they were "
    "missing before.",
};
constexpr std::string_view kDataHubNarration[] = {
    "This is the connections page.",
    "You can see {systems} here, both green.",
    "Let me open the metrics layer.",
    "If I click on bookings, here's the definition and the owner.",
    "And this is the lineage view I mentioned.",
    "I'll jump back to the home screen.",
};

constexpr std::string_view kSignalsFeatures[] = {
    "Signals has an account health view with usage, support tickets and engagement.",
    "It pulls product usage in daily from your warehouse.",
    "There's a risk list and an expansion list for every account manager.",
    "Every account has a timeline with renewals, tickets and executive meetings.",
    "It has a territory view with account potential by region.",
    "You can build your own scoring model with weights for each signal.",
    "There's a Slack integration for account alerts.",
    "It supports parent and child account hierarchies.",
    "Every account gets a [risk|health] trend over the last [six|twelve] months.",
    "You can [tag|flag] accounts for executive review.",
    "There's a renewal calendar for the [next|coming] two quarters.",
    "It [imports|pulls in] support tickets from Zendesk or ServiceNow.",
};
constexpr std::string_view kSignalsValues[] = {
    "Signals spots usage drops about 90 days before a renewal, so that your team has time to save "
    "the account.",
    "Customers in {industry} usually cut gross churn by 3 to 5 points in the first year, which is "
    "real money on a base like yours.",
    "The expansion list shows accounts using more than they pay for, which means account managers "
    "start the upsell conversation instead of waiting for the phone to ring.",
    "Territory planning goes from weeks to a few days, which means reps start the year with their "
    "patches on day one.",
    "One customer found $600K of expansion pipeline in the first month just from the usage "
    "signals.",
    "Account managers save about 4 hours a week on account research, so that they spend it with "
    "customers.",
    "The risk alerts go to the owner and their manager, which means no more finding out from the "
    "non-renewal notice.",
    "Balanced territories usually narrow the attainment spread by about 20%, so that your top reps "
    "stop complaining.",
    "The renewal calendar shows risk a quarter ahead, which means account managers start save "
    "plays before the notice lands.",
    "Pulling in support tickets catches unhappy customers early, so that gross churn drops by 2 to "
    "3 points.",
    "Executive review tags get the right accounts in front of leadership, which saves about 4 "
    "hours of prep per QBR.",
    "Customers typically find 15% more expansion pipeline in their existing base within two "
    "quarters.",
};
constexpr std::string_view kSignalsNarration[] = {
    "So this is the account health view.",
    "Each row is an account, sorted by risk.",
    "If I open this one, you can see the usage trend over the last six months.",
    "Let me switch to the expansion tab.",
    "Here's the territory map I mentioned.",
    "And down here are the signals that drove the score.",
};

constexpr ProductModule kModules[] = {
    {"Northwind Pulse", "Pulse", "revenue forecasting", kPulseFeatures, kPulseValues,
     kPulseNarration},
    {"Northwind Pipeline IQ", "Pipeline IQ", "pipeline inspection", kPipelineFeatures,
     kPipelineValues, kPipelineNarration},
    {"Northwind DataHub", "DataHub", "revenue data platform", kDataHubFeatures, kDataHubValues,
     kDataHubNarration},
    {"Northwind Signals", "Signals", "account signals", kSignalsFeatures, kSignalsValues,
     kSignalsNarration},
};

}  // namespace

std::span<const ProductModule> ProductModules() { return kModules; }

}  // namespace sc::sample
