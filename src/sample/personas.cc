// Customer industries and the revenue pains their teams describe on calls.
#include "sample/personas.h"

#include <array>

namespace sc::sample {
namespace {

// --- forecast ---------------------------------------------------------------------------
constexpr std::string_view kForecastStory[] = {
    "Last quarter we called a number and came in almost twenty percent under it.",
    "Finance only found out in the last two weeks, which is the worst possible time.",
    "Every manager has their own way of calling deals, so the roll-up is really a guess.",
    "We spend Monday mornings arguing about which deals are real instead of coaching.",
    "Our CFO has started adding her own haircut to whatever sales submits.",
    "When I ask a manager why a deal is in commit, I usually get a story, not data.",
    "We have the CRM, but the stage dates are a mess because nobody updates them on time.",
    "The board asked us for a range last time and we honestly couldn't defend it.",
};
constexpr std::string_view kForecastClosers[] = {
    "So yeah, the forecast is the thing that keeps me up at night.",
    "Honestly, nobody fully trusts the forecast anymore, including me.",
    "That's where the forecast falls apart, pretty much every quarter.",
    "And that's before anyone asks how confident we are in the forecast.",
};
constexpr std::string_view kForecastFollowUps[] = {
    "When the forecast slipped last quarter, what did that cost you?",
    "Who gets the call from finance when the forecast is off?",
    "How do your managers decide what goes into the forecast today?",
    "What would a forecast you trust let you do differently?",
};

// --- spreadsheet ------------------------------------------------------------------------
constexpr std::string_view kSpreadsheetStory[] = {
    "Every Monday one of my analysts exports everything and rebuilds the same workbook.",
    "It takes her most of two days, and by Wednesday it's already out of date.",
    "There are about fourteen tabs and three people who understand how the formulas work.",
    "If she's out sick, the weekly review just doesn't happen.",
    "We've had a couple of embarrassing moments where a broken lookup changed the totals.",
    "Half the questions in our pipeline meeting are about whose version is the right one.",
    "I hired her to do analysis, and she spends most of her week copying and pasting.",
};
constexpr std::string_view kSpreadsheetClosers[] = {
    "So the spreadsheet work is eating a whole person.",
    "That spreadsheet is the single point of failure for our whole operating rhythm.",
    "Honestly, I'd love to never open that spreadsheet again.",
};
constexpr std::string_view kSpreadsheetFollowUps[] = {
    "If the spreadsheet work went away, what would your analyst spend her time on?",
    "What breaks when the spreadsheet is wrong or late?",
    "How many hours a week go into that spreadsheet across the team?",
};

// --- pipeline ---------------------------------------------------------------------------
constexpr std::string_view kPipelineStory[] = {
    "Our managers honestly can't see which deals are stuck until it's too late to help.",
    "We look at coverage once a month, and by then the quarter is half gone.",
    "Some regions look healthy on paper, but it's a handful of old deals nobody has touched.",
    "Reps keep deals open because closing them out feels like admitting defeat.",
    "I get asked in every exec meeting whether we have enough to hit the number.",
    "The honest answer is usually that I'll know in three weeks.",
    "We tried a dashboard in the CRM, but nobody trusts the stage data behind it.",
};
constexpr std::string_view kPipelineClosers[] = {
    "So the real problem is we don't have true visibility into pipeline.",
    "That's the gap: the pipeline looks fine right up until it doesn't.",
    "I just want one honest view of the pipeline every Monday.",
};
constexpr std::string_view kPipelineFollowUps[] = {
    "When the pipeline looked healthy but wasn't, how did you find out?",
    "Who looks at pipeline coverage today, and how often?",
    "What would you do with earlier warning on pipeline that's stalling?",
};

// --- slippage ---------------------------------------------------------------------------
constexpr std::string_view kSlippageStory[] = {
    "Two of our biggest deals pushed out of the quarter in the last week.",
    "Both of them had been sitting in commit for about six weeks.",
    "Looking back, the signs were there: no exec meeting, no legal review, nothing.",
    "But nobody was looking at activity, just the stage and the close date.",
    "We ended up missing by about the size of those two deals combined.",
    "Now the team is nervous about anything large, which is its own problem.",
    "My VP asked me to figure out how we see it earlier next time.",
};
constexpr std::string_view kSlippageClosers[] = {
    "Deal slippage is what kills us in the last month of every quarter.",
    "So slippage is the thing I most want to get ahead of.",
    "Slippage like that is really hard to explain to the board.",
};
constexpr std::string_view kSlippageFollowUps[] = {
    "When that slippage hit, how much of the gap did it account for?",
    "What early signs of slippage would you want your managers to see?",
    "How does your team review slippage risk today?",
};

// --- billing ----------------------------------------------------------------------------
constexpr std::string_view kBillingStory[] = {
    "Sales lives in {systems}, and the bookings number finance reports never quite matches.",
    "Every month-end we reconcile the two by hand, line by line.",
    "Last month we found a contract that was booked twice and another that never made it over.",
    "The product usage data sits in a third place that only the data team can query.",
    "So when someone asks a simple question, it turns into a ticket and a week of waiting.",
    "Our data team is great, but they're two people supporting the whole company.",
};
constexpr std::string_view kBillingClosers[] = {
    "So the billing data and the CRM live in different worlds.",
    "Until the billing data lines up, every report starts with an argument.",
    "Honestly, fixing the billing data gap would make everything else easier.",
};
constexpr std::string_view kBillingFollowUps[] = {
    "When the billing data didn't match, who had to untangle it?",
    "What decisions are you holding off on until the billing data lines up?",
    "How long does the billing reconciliation take each month?",
};

// --- churn ------------------------------------------------------------------------------
constexpr std::string_view kChurnStory[] = {
    "We lost three of our top twenty {unit} last year, and none of them were on a watch list.",
    "In every case the usage had been dropping for months.",
    "Account managers found out when the non-renewal notice came in.",
    "Each one of those was a big chunk of recurring revenue.",
    "We have health scores, but they're mostly based on gut feel.",
    "Customer success and sales look at completely different numbers.",
    "My CEO asked why we didn't see it coming, and I didn't have a good answer.",
};
constexpr std::string_view kChurnClosers[] = {
    "So churn keeps surprising us, and that's not a great feeling.",
    "Getting ahead of churn is probably the biggest lever we have this year.",
    "Churn is the number the board asks about first now.",
};
constexpr std::string_view kChurnFollowUps[] = {
    "When churn caught you off guard, what was the first signal you missed?",
    "Who owns churn risk today, sales or customer success?",
    "What would it be worth to see churn risk a quarter earlier?",
};

// --- board ------------------------------------------------------------------------------
constexpr std::string_view kBoardStory[] = {
    "Every quarter I spend about a week building the revenue section of the board deck.",
    "Pulling the numbers is one thing, but getting everyone to agree on them is the hard part.",
    "Last time we found a mistake in a churn number the night before the meeting.",
    "My CFO and I were on the phone at eleven at night fixing slides.",
    "And then the first question from the board was about a cut of the data we didn't have.",
    "I'd much rather spend that week on planning than on formatting.",
};
constexpr std::string_view kBoardClosers[] = {
    "So the board deck is a fire drill every single quarter.",
    "That board week is the most stressful week of my quarter.",
    "I just want the board numbers to be boring, in a good way.",
};
constexpr std::string_view kBoardFollowUps[] = {
    "When the board deck came together at the last minute, what got dropped?",
    "Who signs off on the board numbers before they go out?",
    "What questions from the board can't you answer today?",
};

// --- ramp -------------------------------------------------------------------------------
constexpr std::string_view kRampStory[] = {
    "We hired eleven reps this year, and most of them took nine months to hit full quota.",
    "The plan assumed five, so we're way behind on capacity.",
    "New reps shadow calls for a few weeks and then they're on their own.",
    "Managers don't really have time to review their pipeline in detail.",
    "We lost two good new hires who just got discouraged.",
    "Nobody can tell me which habits separate the fast starters from the slow ones.",
};
constexpr std::string_view kRampClosers[] = {
    "So ramp time is costing us a lot more than anyone modeled.",
    "If we could shorten ramp by even a couple of months, the plan works.",
    "Ramp is the thing my CRO asks me about every single week.",
};
constexpr std::string_view kRampFollowUps[] = {
    "When ramp stretched to nine months, what did that do to the plan?",
    "What do your fastest reps do differently during ramp?",
    "How do managers track ramp progress today?",
};

// --- territory --------------------------------------------------------------------------
constexpr std::string_view kTerritoryStory[] = {
    "Territory planning dragged into February this year, so reps started the year without patches.",
    "We carve by headcount and gut feel, mostly.",
    "Some reps ended up with twice the addressable {unit} of others.",
    "The top performers complained, and a couple of them were right.",
    "We don't have a clean view of account potential to balance it properly.",
    "Every change turns into a negotiation between regional managers.",
};
constexpr std::string_view kTerritoryClosers[] = {
    "So territory planning is a political exercise more than an analytical one.",
    "I'd like to do territory planning once, properly, with real data.",
    "The territory problem shows up in attainment all year long.",
};
constexpr std::string_view kTerritoryFollowUps[] = {
    "When territory planning dragged on, how did that hit the first quarter?",
    "What data would you want in front of you for territory decisions?",
    "Who has the final say on territory changes today?",
};

// --- expansion --------------------------------------------------------------------------
constexpr std::string_view kExpansionStory[] = {
    "Most of our growth plan this year assumes upsell into existing {unit}.",
    "But account managers are busy with renewals and don't go looking for it.",
    "We know some customers are using us way beyond what they pay for.",
    "Nobody has a list of who's ready for a bigger conversation.",
    "The few expansion deals we do close usually start because the customer calls us.",
    "So we're just waiting for the phone to ring.",
};
constexpr std::string_view kExpansionClosers[] = {
    "So we're leaving expansion revenue on the table, and we know it.",
    "Expansion is the part of the plan I'm least confident in.",
    "If expansion doesn't show up, the whole year is at risk.",
};
constexpr std::string_view kExpansionFollowUps[] = {
    "When expansion deals do happen, what usually kicks them off?",
    "How much of the plan depends on expansion this year?",
    "Who owns expansion in the accounts today?",
};

constexpr Pain kPains[] = {
    {"forecast", "the forecast", "our forecast keeps slipping", 0,
     "Forecast accuracy from +/-20% to within 5%",
     "Missed forecast by ~20% two quarters running; CFO lost confidence", kForecastStory,
     kForecastClosers, kForecastFollowUps},
    {"spreadsheet", "the spreadsheet work", "we rebuild the same spreadsheet every week", 2,
     "Cut forecast prep from 3 days to 4 hours",
     "RevOps analyst rebuilds pipeline spreadsheet weekly (2 days of work)", kSpreadsheetStory,
     kSpreadsheetClosers, kSpreadsheetFollowUps},
    {"pipeline", "pipeline visibility", "we don't have real visibility into pipeline", 1,
     "Pipeline coverage reviewed weekly for every region; 3x coverage target",
     "Managers can't see stalled deals until quarter end", kPipelineStory, kPipelineClosers,
     kPipelineFollowUps},
    {"slippage", "deal slippage", "our big deals keep slipping", 1,
     "Reduce late-quarter slippage of commit deals by half",
     "Two largest deals slipped out of Q3; ~$1M gap", kSlippageStory, kSlippageClosers,
     kSlippageFollowUps},
    {"billing", "the billing data gap", "our billing data and the CRM never agree", 2,
     "Month-end reconciliation from 5 days to 1",
     "Bookings in CRM and billing never match; manual reconciliation monthly", kBillingStory,
     kBillingClosers, kBillingFollowUps},
    {"churn", "churn", "churn keeps surprising us", 3, "Gross churn from 14% to 9%",
     "Lost 3 of top 20 accounts last year with no warning", kChurnStory, kChurnClosers,
     kChurnFollowUps},
    {"board", "the board deck", "the board deck takes a week every quarter", 0,
     "Board reporting prep from 1 week to 1 day",
     "Board deck built by hand each quarter; errors found night before", kBoardStory, kBoardClosers,
     kBoardFollowUps},
    {"ramp", "ramp time", "new reps take forever to ramp", 1, "New-rep ramp from 9 months to 6",
     "New reps take ~9 months to full productivity (plan: 5)", kRampStory, kRampClosers,
     kRampFollowUps},
    {"territory", "territory planning", "territory planning is a mess every year", 3,
     "Territory plan done by Jan 15; attainment spread narrowed",
     "Territories carved by gut feel; planning ran into February", kTerritoryStory,
     kTerritoryClosers, kTerritoryFollowUps},
    {"expansion", "expansion revenue", "we leave expansion revenue on the table", 3,
     "Expansion from 12% to 25% of new bookings",
     "No systematic view of upsell-ready accounts; expansion is reactive", kExpansionStory,
     kExpansionClosers, kExpansionFollowUps},
};

// --- industries -------------------------------------------------------------------------
constexpr std::string_view kLogisticsSuffixes[] = {"Freight", "Logistics", "Transport", "Carriers",
                                                   "Shipping"};
constexpr std::string_view kSoftwareSuffixes[] = {"Software", "Labs", "Cloud", "Systems",
                                                  "Technologies"};
constexpr std::string_view kManufacturingSuffixes[] = {"Manufacturing", "Industries", "Components",
                                                       "Fabrication", "Tooling"};
constexpr std::string_view kHealthSuffixes[] = {"Health", "Medical Group", "Care Partners",
                                                "Diagnostics", "Health Services"};
constexpr std::string_view kFinanceSuffixes[] = {"Financial", "Capital", "Insurance",
                                                 "Credit Union", "Wealth Partners"};
constexpr std::string_view kRetailSuffixes[] = {"Outfitters", "Supply", "Brands", "Goods",
                                                "Wholesale"};
constexpr std::string_view kMediaSuffixes[] = {"Media", "Networks", "Broadcasting", "Publishing",
                                               "Telecom"};
constexpr std::string_view kServicesSuffixes[] = {"Consulting", "Staffing", "Advisors", "Partners",
                                                  "Solutions"};

constexpr Industry kIndustries[] = {
    {"logistics", "freight and logistics", kLogisticsSuffixes, "shipper accounts", "shippers",
     "Salesforce and NetSuite"},
    {"software", "B2B software", kSoftwareSuffixes, "subscription accounts", "customers",
     "Salesforce, Stripe and Snowflake"},
    {"manufacturing", "industrial manufacturing", kManufacturingSuffixes, "distributor accounts",
     "distributors", "Dynamics and SAP"},
    {"healthcare", "healthcare services", kHealthSuffixes, "clinic contracts", "clinics",
     "Salesforce Health Cloud and Workday"},
    {"financial_services", "financial services", kFinanceSuffixes, "commercial accounts",
     "business clients", "Salesforce and an in-house core system"},
    {"retail", "wholesale and retail", kRetailSuffixes, "wholesale accounts", "retail buyers",
     "HubSpot and NetSuite"},
    {"media", "media and telecom", kMediaSuffixes, "advertiser accounts", "advertisers",
     "Salesforce and a homegrown billing system"},
    {"services", "professional services", kServicesSuffixes, "client engagements", "clients",
     "HubSpot and QuickBooks"},
};

// --- people and places ------------------------------------------------------------------
constexpr std::string_view kFirstNames[] = {
    "Dana",    "Priya",   "Marcus", "Elena",    "Wei",     "Aisha",  "Tomas",   "Grace", "Kwame",
    "Sofia",   "Daniel",  "Mei",    "Rahul",    "Olivia",  "Mateo",  "Hannah",  "Jamal", "Yuki",
    "Liam",    "Fatima",  "Noah",   "Amara",    "Ethan",   "Leila",  "Diego",   "Chloe", "Arjun",
    "Nadia",   "Samuel",  "Ines",   "Kenji",    "Zoe",     "Omar",   "Camila",  "Lucas", "Anika",
    "Isaac",   "Rosa",    "Felix",  "Tara",     "Andre",   "Maya",   "Victor",  "Lena",  "Hiro",
    "Julia",   "Kofi",    "Sara",   "Ravi",     "Emma",    "Jonah",  "Lucia",   "Caleb", "Ayesha",
    "Owen",    "Mariana", "Tariq",  "Ruth",     "Gabriel", "Ingrid", "Dev",     "Naomi", "Paolo",
    "Hana",    "Malik",   "Claire", "Sean",     "Adaeze",  "Henrik", "Beatriz", "Chen",  "Alice",
    "Ibrahim", "Vera",    "Rohan",  "Keiko",    "Jordan",  "Esther", "Luis",    "Freya", "Nikhil",
    "Sienna",  "Ahmed",   "Paula",  "Theo",     "Jin",     "Carmen", "Emeka",   "Lars",  "Alma",
    "Sanjay",  "Molly",   "Andrei", "Thandiwe", "Rafael",  "Nora",   "Kai",     "Farah", "Miles",
    "Oksana",
};
constexpr std::string_view kLastNames[] = {
    "Reyes",     "Shah",      "Chen",     "Okafor",    "Nguyen",    "Kowalski",  "Haddad",
    "Lindqvist", "Mensah",    "Rossi",    "Patel",     "Kim",       "Fischer",   "Alvarez",
    "Brennan",   "Tanaka",    "Osei",     "Moreau",    "Singh",     "Novak",     "Abebe",
    "Carter",    "Duarte",    "Yilmaz",   "Park",      "Hughes",    "Ivanova",   "Mbeki",
    "Sato",      "Gallagher", "Castillo", "Ahmed",     "Bauer",     "Kaur",      "Delgado",
    "Nakamura",  "Adeyemi",   "Larsen",   "Costa",     "Greenberg", "Hoang",     "Murphy",
    "Banerjee",  "Silva",     "Walsh",    "Zhang",     "Okoye",     "Romero",    "Jensen",
    "Farouk",    "Lopez",     "Wright",   "Yamamoto",  "Petrov",    "Iyer",      "Doyle",
    "Asante",    "Ferreira",  "Cohen",    "Wu",        "Mahmoud",   "Bergstrom", "Nair",
    "Torres",    "Quinn",     "Obi",      "Hernandez", "Schmidt",   "Rao",       "Sullivan",
    "Kipkemboi", "Marino",    "Lee",      "Ramos",     "Andersson", "Khan",      "Foster",
    "Mendes",    "Watanabe",  "Ortiz",    "Dubois",    "Chowdhury", "Byrne",     "Eze",
    "Santos",    "Holm",      "Kapoor",   "Vargas",    "Ito",       "Morgan",    "Haas",
    "Mwangi",    "Bianchi",   "Das",      "Keane",     "Aguilar",   "Sokolov",   "Tran",
    "Ellis",     "Achebe",
};
constexpr std::string_view kCompanyPrefixes[] = {
    "Harbor",       "Bluewater",   "Ironbridge",  "Summit",     "Crossroads",  "Redwood",
    "Northgate",    "Silverline",  "Granite",     "Lakeshore",  "Pinecrest",   "Meridian",
    "Copperleaf",   "Brightpath",  "Stonefield",  "Westbrook",  "Cedar Point", "Evergreen",
    "Highland",     "Riverbend",   "Oakmont",     "Clearwater", "Keystone",    "Falcon",
    "Horizon",      "Sterling",    "Maple Ridge", "Atlas",      "Beacon",      "Cobalt",
    "Driftwood",    "Emberly",     "Foxhollow",   "Goldcrest",  "Hawthorne",   "Juniper",
    "Kingsley",     "Larkspur",    "Mosaic",      "Northstar",  "Orchard",     "Prairie",
    "Quarry",       "Ridgeline",   "Saltmarsh",   "Tidewater",  "Upland",      "Vantage",
    "Willow Creek", "Yellowstone", "Zephyr",      "Acme",       "Anchor",      "Bramble",
    "Canyon",       "Delta Bay",
};
constexpr std::string_view kLegalSuffixes[] = {", Inc.", ", LLC",  " Group",
                                               " Co.",   ", Ltd.", " Holdings"};
constexpr std::string_view kCompetitors[] = {"Clari",    "Gong",           "Tableau", "Looker",
                                             "Power BI", "InsightSquared", "Aviso",   "BoostUp"};
constexpr std::string_view kRegions[] = {"the Northeast", "the West Coast", "EMEA", "the Midwest",
                                         "the Southeast", "Canada",         "APAC", "Texas"};
constexpr std::string_view kCities[] = {"Chicago", "Denver",  "Austin",    "Boston",  "Atlanta",
                                        "Seattle", "Toronto", "Nashville", "Phoenix", "Dublin"};

constexpr std::string_view kChampionTitles[] = {
    "Director of Revenue Operations", "Head of Sales Operations", "Senior Manager, RevOps",
    "Director of Sales Strategy",     "VP Revenue Operations",    "Sales Operations Lead"};
constexpr std::string_view kEconomicBuyerTitles[] = {
    "CFO", "Chief Revenue Officer", "VP of Sales", "VP Finance", "SVP Sales", "COO"};
constexpr std::string_view kUserTitles[] = {"Regional Sales Manager",    "Sales Manager",
                                            "Director of Sales",         "Account Management Lead",
                                            "Customer Success Director", "Senior Sales Manager"};
constexpr std::string_view kTechnicalTitles[] = {
    "Data Engineering Lead", "Salesforce Admin", "IT Director",
    "Analytics Engineer",    "BI Manager",       "Systems Architect"};
constexpr std::string_view kProcurementTitles[] = {
    "Procurement Manager", "Senior Buyer", "Vendor Management Lead", "Strategic Sourcing Manager"};

constexpr std::string_view kLossReasons[] = {
    "Lost to competitor",     "No decision", "Price", "Timing", "Champion left",
    "Chose to build in-house"};

}  // namespace

std::span<const Pain> Pains() { return kPains; }
std::span<const Industry> Industries() { return kIndustries; }
Lines FirstNames() { return kFirstNames; }
Lines LastNames() { return kLastNames; }
Lines CompanyPrefixes() { return kCompanyPrefixes; }
Lines LegalSuffixes() { return kLegalSuffixes; }
Lines Competitors() { return kCompetitors; }
Lines Regions() { return kRegions; }
Lines Cities() { return kCities; }
Lines ChampionTitles() { return kChampionTitles; }
Lines EconomicBuyerTitles() { return kEconomicBuyerTitles; }
Lines UserTitles() { return kUserTitles; }
Lines TechnicalTitles() { return kTechnicalTitles; }
Lines ProcurementTitles() { return kProcurementTitles; }
Lines LossReasons() { return kLossReasons; }

}  // namespace sc::sample
