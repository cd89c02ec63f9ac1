#include "sample/deal_notes.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "sample/personas.h"

namespace sc::sample {
namespace {

constexpr std::string_view kDecisionCriteria[] = {
    "{systems} connectors; SOC 2; forecast accuracy within 5%",
    "Ease of use for managers; time to value under 6 weeks",
    "Must reconcile CRM and billing; SSO required",
    "Price within approved budget; reference in the same industry",
    "Adoption by front-line managers; \"no new spreadsheets\"",
    "Security review pass; data stays in US region",
};
constexpr std::string_view kDecisionProcess[] = {
    "Security review then procurement; legal redlines ~2 weeks",
    "Champion -> CRO sign-off -> CFO approval",
    "Evaluation committee of 4; pilot, then vote",
    "RevOps recommends, CFO approves anything over $50K",
    "Pilot with one region, exec readout, then decision",
};
constexpr std::string_view kPaperProcess[] = {
    "MSA + order form; DocuSign; PO required over $50K",
    "Vendor onboarding (W-9, security questionnaire), then PO",
    "Legal review ~2 weeks; signature by CFO",
    "Procurement portal (Coupa); net 60",
    "Our paper, their DPA; board approval not needed",
};

std::string Fill(std::string_view text, const Account& account) {
  std::string out(text);
  std::size_t at = out.find("{systems}");
  if (at != std::string::npos) {
    out.replace(at, 9, std::string(Industries()[account.industry].systems));
  }
  return out;
}

std::string CompetitionNote(const Account& account, Rng& rng) {
  switch (rng.Index(4)) {
    case 0:
      return account.competitor;
    case 1:
      return fmt::format("Incumbent: {}", account.incumbent);
    case 2:
      return fmt::format("{}; status quo (spreadsheets)", account.competitor);
    default:
      return fmt::format("{}, {}", account.competitor, account.incumbent);
  }
}

}  // namespace

model::Meddpicc WriteMeddpicc(const Account& account, int other_fields, bool pain_captured,
                              Rng& rng) {
  model::Meddpicc notes;
  const Pain& pain = Pains()[account.pains.front()];
  std::array<std::string*, 7> fields = {&notes.metrics,           &notes.economic_buyer,
                                        &notes.decision_criteria, &notes.decision_process,
                                        &notes.paper_process,     &notes.champion,
                                        &notes.competition};
  std::array<std::size_t, 7> order = {0, 1, 2, 3, 4, 5, 6};
  for (std::size_t index = order.size(); index > 1; --index) {
    std::swap(order[index - 1], order[rng.Index(index)]);
  }
  int count = std::clamp(other_fields, 0, 7);
  for (int rank = 0; rank < count; ++rank) {
    std::size_t field = order[static_cast<std::size_t>(rank)];
    std::string& value = *fields[field];
    switch (field) {
      case 0:
        value = std::string(pain.metric_note);
        break;
      case 1:
        value = fmt::format("{} ({})", account.economic_buyer.title, account.economic_buyer.name);
        break;
      case 2:
        value = Fill(rng.Pick(Lines(kDecisionCriteria)), account);
        break;
      case 3:
        value = std::string(rng.Pick(Lines(kDecisionProcess)));
        break;
      case 4:
        value = std::string(rng.Pick(Lines(kPaperProcess)));
        break;
      case 5:
        value = fmt::format("{}, {}", account.champion.name, account.champion.title);
        break;
      default:
        value = CompetitionNote(account, rng);
        break;
    }
  }
  if (pain_captured) notes.identify_pain = std::string(pain.pain_note);
  return notes;
}

}  // namespace sc::sample
