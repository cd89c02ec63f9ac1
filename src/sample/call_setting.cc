#include "sample/call_setting.h"

#include <fmt/format.h>

#include <array>
#include <cmath>

#include "sample/personas.h"

namespace sc::sample {
namespace {

constexpr std::array<std::string_view, 7> kWeekdays = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
constexpr std::array<std::string_view, 12> kMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<std::string_view, 8> kMeetingTimes = {"9:30", "10",   "11", "1",
                                                           "2",    "2:30", "3",  "4"};
// 555-0100 to 555-0199 are reserved for fiction in the North American numbering plan.
constexpr std::array<std::string_view, 6> kAreaCodes = {"415", "212", "312", "617", "206", "512"};
constexpr double kSolutionsEngineerRate = 0.4;  // share of demos an SE joins

std::string Dollars(double amount) {
  auto whole = static_cast<long long>(std::llround(amount));
  std::string digits = std::to_string(whole);
  std::string out;
  for (std::size_t index = 0; index < digits.size(); ++index) {
    if (index > 0 && (digits.size() - index) % 3 == 0) out += ',';
    out += digits[index];
  }
  return "$" + out;
}

// "$400K" or "$1.2M": how people say large round numbers.
std::string ShortDollars(double amount) {
  if (amount >= 1e6) return fmt::format("${:.1f}M", amount / 1e6);
  return fmt::format("${}K", static_cast<long long>(std::llround(amount / 1e4) * 10));
}

// The next weekday at least `days` after `date`.
Date WeekdayAfter(Date date, int days) {
  Date day = date.AddDays(days);
  while (day.weekday() >= 5) day = day.AddDays(1);
  return day;
}

std::vector<const Contact*> ContactsFor(const Account& account, model::CallType type, Rng& rng) {
  switch (type) {
    case model::CallType::kDiscovery:
      if (rng.Chance(0.4)) return {&account.champion, &account.user};
      return {&account.champion};
    case model::CallType::kDemo:
      if (rng.Chance(0.5)) return {&account.champion, &account.user, &account.technical};
      return {&account.champion, &account.user};
    case model::CallType::kNegotiation:
      if (rng.Chance(0.4)) return {&account.economic_buyer, &account.procurement};
      return {&account.economic_buyer, &account.champion};
    case model::CallType::kClosing:
      if (rng.Chance(0.5)) return {&account.champion, &account.economic_buyer};
      return {&account.champion, &account.procurement};
    default:
      if (rng.Chance(0.3)) return {&account.champion, &account.technical};
      return {&account.champion};
  }
}

Voice ContactVoice(const Contact& contact) {
  return Voice{.name = contact.name,
               .role = model::SpeakerRole::kCustomer,
               .words_per_minute = contact.words_per_minute,
               .fillers_per_minute = 0.8};
}

void SetSlots(Slots& slots, const PlannedDeal& planned, const PlannedCall& call,
              const CallPeople& people, const Contact& main, Rng& rng) {
  const Account& account = planned.account;
  const Industry& industry = Industries()[account.industry];
  const model::Deal& deal = planned.deal;
  slots.Set("company", account.short_name);
  slots.Set("industry", std::string(industry.label));
  slots.Set("unit", std::string(industry.unit));
  slots.Set("customers", std::string(industry.customers));
  slots.Set("systems", std::string(industry.systems));
  slots.Set("region", account.region);
  slots.Set("num_reps", std::to_string(account.sales_reps));
  slots.Set("competitor", account.competitor);
  slots.Set("incumbent", account.incumbent);
  slots.Set("impact", ShortDollars(deal.list_amount.value_or(deal.amount) * rng.Uniform(3, 8)));
  slots.Set("seats", std::to_string(planned.seats));
  slots.Set("list_price", Dollars(deal.list_amount.value_or(deal.amount)));
  slots.Set("price", Dollars(deal.amount));
  double discount = deal.discount_pct.value_or(rng.Uniform(10, 15));
  slots.Set("discount", std::to_string(std::max(1L, std::lround(discount))));
  const ProductModule& first = ProductModules()[planned.modules.front()];
  slots.Set("product", std::string(first.name));
  std::size_t other = planned.modules.size() > 1
                          ? planned.modules[1]
                          : (planned.modules.front() + 1) % ProductModules().size();
  slots.Set("other_module", std::string(ProductModules()[other].short_name));
  slots.Set("rep_first", people.rep.name.substr(0, people.rep.name.find(' ')));
  slots.Set("rep_name", people.rep.name);
  const std::string& se = people.solutions_engineer.name;
  slots.Set("se_first", se.substr(0, se.find(' ')));
  slots.Set("cust_first", main.first);
  slots.Set("cust_title", main.title);
  slots.Set("champion_first", account.champion.first);
  slots.Set("eb_first", account.economic_buyer.first);
  slots.Set("eb_name", account.economic_buyer.name);
  slots.Set("eb_title", account.economic_buyer.title);
  slots.Set("tech_first", account.technical.first);
  Date today = call.started_at.date();
  Date day = WeekdayAfter(today, rng.UniformInt(1, 3));
  Date day2 = WeekdayAfter(day, rng.UniformInt(1, 4));
  slots.Set("day", std::string(kWeekdays[static_cast<std::size_t>(day.weekday())]));
  slots.Set("day2", std::string(kWeekdays[static_cast<std::size_t>(day2.weekday())]));
  slots.Set("time", std::string(rng.Pick(std::span<const std::string_view>(kMeetingTimes))));
  slots.Set("city", std::string(rng.Pick(Cities())));
  slots.Set("month", std::string(kMonths[static_cast<std::size_t>(today.month() - 1)]));
  slots.Set("email", main.email);
  slots.Set("phone",
            fmt::format("{}-555-01{:02d}", rng.Pick(std::span<const std::string_view>(kAreaCodes)),
                        rng.UniformInt(0, 99)));
}

}  // namespace

std::string_view CallTitleWord(model::CallType type) {
  switch (type) {
    case model::CallType::kDiscovery:
      return "Discovery";
    case model::CallType::kDemo:
      return "Demo";
    case model::CallType::kNegotiation:
      return "Negotiation";
    case model::CallType::kClosing:
      return "Closing";
    default:
      return "Check-in";
  }
}

PreparedCall PrepareCall(const PlannedDeal& deal, const PlannedCall& call, const CallPeople& people,
                         bool first_meeting, bool personal_data, Rng& rng) {
  PreparedCall prepared;
  CallSetting& setting = prepared.setting;
  setting.type = call.type;
  setting.target_seconds = call.target_seconds;
  setting.first_meeting = first_meeting;
  setting.personal_data = personal_data;
  setting.rep_speaks_first = rng.Chance(0.8);
  setting.pains = deal.account.pains;
  setting.modules = deal.modules;

  setting.voices.push_back(Voice{.name = people.rep.name,
                                 .role = model::SpeakerRole::kRep,
                                 .words_per_minute = people.traits.words_per_minute,
                                 .fillers_per_minute = people.traits.fillers_per_minute});
  prepared.participants.push_back(
      {people.rep.name, "Account Executive", people.rep.email, model::SpeakerRole::kRep});
  if (call.type == model::CallType::kDemo && rng.Chance(kSolutionsEngineerRate)) {
    setting.se = static_cast<int>(setting.voices.size());
    setting.voices.push_back(Voice{.name = people.solutions_engineer.name,
                                   .role = model::SpeakerRole::kRep,
                                   .words_per_minute = rng.Uniform(150, 170),
                                   .fillers_per_minute = 1.5});
    prepared.participants.push_back({people.solutions_engineer.name, "Solutions Engineer",
                                     people.solutions_engineer.email, model::SpeakerRole::kRep});
  }
  std::vector<const Contact*> contacts = ContactsFor(deal.account, call.type, rng);
  for (const Contact* contact : contacts) {
    setting.customers.push_back(static_cast<int>(setting.voices.size()));
    setting.customer_titles.push_back(contact->title);
    setting.voices.push_back(ContactVoice(*contact));
    prepared.participants.push_back(
        {contact->name, contact->title, contact->email, model::SpeakerRole::kCustomer});
  }
  SetSlots(setting.slots, deal, call, people, *contacts.front(), rng);
  prepared.title = fmt::format("{}: {} x {}", CallTitleWord(call.type), deal.account.short_name,
                               kSellerShortName);
  return prepared;
}

}  // namespace sc::sample
