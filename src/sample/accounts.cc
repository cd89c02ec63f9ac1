#include "sample/accounts.h"

#include <fmt/format.h>

#include <cctype>

#include "sample/personas.h"

namespace sc::sample {
namespace {

constexpr int kMaxNameAttempts = 40;
constexpr double kLegalSuffixRate = 0.45;  // share of CRM account names with ", Inc." etc.

std::string PersonName(Rng& rng) {
  // Separate statements fix the order of the draws; function arguments have none.
  auto first = rng.Pick(FirstNames());
  auto last = rng.Pick(LastNames());
  return fmt::format("{} {}", first, last);
}

std::string Domain(std::string_view short_name) {
  std::string domain;
  for (char c : short_name) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      domain += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return domain + ".example";
}

}  // namespace

std::string EmailLocalPart(std::string_view full_name) {
  std::string local;
  for (char c : full_name) {
    if (c == ' ') {
      if (!local.empty() && local.back() != '.') local += '.';
    } else if (std::isalnum(static_cast<unsigned char>(c))) {
      local += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return local;
}

std::string AccountFactory::UniqueShortName(Rng& rng, std::size_t industry) {
  Lines suffixes = Industries()[industry].name_suffixes;
  std::string name;
  for (int attempt = 0; attempt < kMaxNameAttempts; ++attempt) {
    auto prefix = rng.Pick(CompanyPrefixes());
    name = fmt::format("{} {}", prefix, rng.Pick(suffixes));
    if (used_names_.insert(name).second) return name;
  }
  // The name space is used up (very large teams): number the repeats.
  for (int numeral = 2;; ++numeral) {
    std::string numbered = fmt::format("{} {}", name, numeral);
    if (used_names_.insert(numbered).second) return numbered;
  }
}

Contact AccountFactory::MakeContact(Rng& rng, std::string title, const std::string& domain,
                                    const std::unordered_set<std::string>& reserved,
                                    std::unordered_set<std::string>& in_account) {
  Contact contact;
  // One first name per account, so "Noah" is never two people on one call.
  do {
    contact.name = PersonName(rng);
  } while (reserved.contains(contact.name) ||
           !in_account.insert(contact.name.substr(0, contact.name.find(' '))).second);
  contact.first = contact.name.substr(0, contact.name.find(' '));
  contact.title = std::move(title);
  contact.email = EmailLocalPart(contact.name) + "@" + domain;
  contact.words_per_minute = rng.Uniform(145, 178);
  return contact;
}

Account AccountFactory::Make(Rng& rng, const std::unordered_set<std::string>& reserved) {
  Account account;
  account.industry = rng.Index(Industries().size());
  account.short_name = UniqueShortName(rng, account.industry);
  account.name = rng.Chance(kLegalSuffixRate)
                     ? account.short_name + std::string(rng.Pick(LegalSuffixes()))
                     : account.short_name;
  account.domain = Domain(account.short_name);
  std::vector<std::size_t> pains(Pains().size());
  for (std::size_t index = 0; index < pains.size(); ++index) pains[index] = index;
  rng.Shuffle(pains);
  pains.resize(static_cast<std::size_t>(rng.UniformInt(2, 3)));
  account.pains = std::move(pains);
  account.competitor = std::string(rng.Pick(Competitors()));
  do {
    account.incumbent = std::string(rng.Pick(Competitors()));
  } while (account.incumbent == account.competitor);
  account.region = std::string(rng.Pick(Regions()));
  account.sales_reps = rng.UniformInt(3, 40) * 5;
  std::unordered_set<std::string> in_account;
  auto contact = [&](Lines titles) {
    return MakeContact(rng, std::string(rng.Pick(titles)), account.domain, reserved, in_account);
  };
  account.champion = contact(ChampionTitles());
  account.economic_buyer = contact(EconomicBuyerTitles());
  account.user = contact(UserTitles());
  account.technical = contact(TechnicalTitles());
  account.procurement = contact(ProcurementTitles());
  return account;
}

}  // namespace sc::sample
