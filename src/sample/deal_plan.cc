#include "sample/deal_plan.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "sample/deal_notes.h"
#include "sample/personas.h"

namespace sc::sample {
namespace {

struct SegmentProfile {
  int deals_low, deals_high;       // per 240 days (the 180-day window plus 60 days before it)
  int cycle_low, cycle_high;       // days from creation to a won close
  double amount_low, amount_high;  // list price, USD
  int seats_low, seats_high;
};

constexpr SegmentProfile kSmb{28, 35, 20, 45, 8000, 25000, 10, 40};
constexpr SegmentProfile kMidMarket{24, 31, 40, 90, 25000, 90000, 30, 120};
constexpr SegmentProfile kEnterprise{20, 26, 70, 150, 90000, 400000, 100, 600};
constexpr int kLeadInDays = 60;  // deals may be created this long before the window
constexpr double kPriceObjectionRate = 0.4;
constexpr double kPoorFitWinFactor = 0.2;  // poor-fit deals win a fifth as often
// Where in a won deal's cycle each stage starts (Prospecting .. Negotiation), then the close.
constexpr std::array<double, kStageCount + 1> kStageFractions = {0,   0.07, 0.15, 0.35,
                                                                 0.6, 0.78, 1.0};
constexpr std::array<std::string_view, kStageCount> kStageNames = {
    "Prospecting", "Qualification", "Discovery", "Demo", "Proposal", "Negotiation"};

enum class Fate { kWon, kLost, kDisqualified, kDragged };

const SegmentProfile& ProfileFor(model::Segment segment) {
  switch (segment) {
    case model::Segment::kSmb:
      return kSmb;
    case model::Segment::kEnterprise:
      return kEnterprise;
    default:
      return kMidMarket;
  }
}

double Level(const std::array<int, kSkillCount>& levels, Skill skill) {
  return levels[SkillIndex(skill)];
}

// The samplers that carry one rep's CRM rates from deal to deal.
struct DealRates {
  RateSampler icp_fit;
  RateSampler price_objection;
  // One sampler for every win decision, at each deal's own probability, so that the number of
  // wins among a rep's closed deals stays within one of the planted rate.
  RateSampler win;
  double win_fit_objection = 0;
  double win_fit_other = 0;
  double win_poor_fit = 0;
  RateSampler early_disqualification;
  RateSampler lost_early;
  RateSampler pain_captured;
  CountSampler meddpicc_fields;

  DealRates(const std::array<int, kSkillCount>& levels, Rng& rng) {
    double qualification = Level(levels, Skill::kQualification);
    double negotiation = Level(levels, Skill::kNegotiation);
    double icp = Clamp(LevelMap(qualification, 30, 0.45, 90, 0.9), 0.3, 0.96);
    double target_win = TargetWinRate(levels);
    // Poor-fit deals rarely win; the fit ones carry the rep's target rate.
    double win_fit = Clamp(target_win / (icp + kPoorFitWinFactor * (1 - icp)), 0.02, 0.92);
    // Good negotiators keep deals alive through price objections (value defense).
    double objection_factor = Clamp(LevelMap(negotiation, 30, 0.7, 90, 1.25), 0.5, 1.4);
    double win_objection = Clamp(win_fit * objection_factor, 0.01, 0.95);
    double win_other =
        Clamp(win_fit * (1 - kPriceObjectionRate * objection_factor) / (1 - kPriceObjectionRate),
              0.01, 0.95);
    icp_fit = RateSampler(icp, rng.Uniform());
    price_objection = RateSampler(kPriceObjectionRate, rng.Uniform());
    win = RateSampler(target_win, rng.Uniform());
    win_fit_objection = win_objection;
    win_fit_other = win_other;
    win_poor_fit = win_fit * kPoorFitWinFactor;
    early_disqualification =
        RateSampler(Clamp(LevelMap(qualification, 20, 0.05, 95, 0.95), 0.03, 0.97), rng.Uniform());
    // Wide range: a rep loses only 10-20 deals in the window, so a narrow one drowns in noise.
    lost_early =
        RateSampler(Clamp(LevelMap(qualification, 30, 0.15, 90, 0.9), 0.1, 0.95), rng.Uniform());
    pain_captured =
        RateSampler(Clamp(Level(levels, Skill::kDiscovery) / 100.0, 0.05, 0.97), rng.Uniform());
    meddpicc_fields =
        CountSampler(Clamp(LevelMap(qualification, 30, 1.2, 90, 6.7), 0, 7), 0.4, rng.Uniform());
  }
};

// Discount noise in +/- pairs, so that a rep's mean discount lands on the planted target.
class PairedNoise {
 public:
  double Next(Rng& rng) {
    if (have_pending_) {
      have_pending_ = false;
      return -pending_;
    }
    pending_ = rng.Uniform(-2.5, 2.5);
    have_pending_ = true;
    return pending_;
  }

 private:
  double pending_ = 0;
  bool have_pending_ = false;
};

// Where a fit deal that will not close is lost: strong qualifiers find out early (Discovery,
// Demo), weak ones late (Proposal, Negotiation).
Stage LostStage(RateSampler& lost_early, Rng& rng) {
  if (lost_early.Next(rng)) return rng.Chance(0.45) ? Stage::kDiscovery : Stage::kDemo;
  return rng.Chance(0.5) ? Stage::kProposal : Stage::kNegotiation;
}

// Stage entry dates and the close date for a deal of `fate` created on `created`.
void ScheduleStages(PlannedDeal& planned, Fate fate, Stage lost_at, Date created, int cycle,
                    Rng& rng) {
  std::array<Date, kStageCount> entries{};
  std::size_t last_stage = kStageCount - 1;
  Date close;
  if (fate == Fate::kDisqualified) {
    entries[0] = created;
    entries[1] = created.AddDays(rng.UniformInt(1, 3));
    last_stage = 1;
    close = created.AddDays(rng.UniformInt(5, 15));
  } else {
    // Dragged deals take longer than a win would have: nobody calls them off.
    double length = fate == Fate::kDragged ? cycle * rng.Uniform(1.25, 1.45) : cycle;
    for (std::size_t stage = 0; stage < kStageCount; ++stage) {
      double jitter = stage == 0 ? 0 : rng.Uniform(-0.02, 0.02);
      entries[stage] = created.AddDays(
          static_cast<int>(std::lround((kStageFractions[stage] + jitter) * length)));
      if (stage > 0 && entries[stage] <= entries[stage - 1]) {
        entries[stage] = entries[stage - 1].AddDays(1);
      }
    }
    if (fate == Fate::kLost) last_stage = static_cast<std::size_t>(lost_at);
    if (fate == Fate::kLost && last_stage + 1 < kStageCount) {
      double span = (kStageFractions[last_stage + 1] - kStageFractions[last_stage]) * length;
      close = entries[last_stage].AddDays(
          std::max(1, static_cast<int>(std::lround(span * rng.Uniform(0.4, 0.9)))));
    } else {
      close = created.AddDays(static_cast<int>(std::lround(length)));
    }
    close = std::max(close, entries[last_stage].AddDays(1));
  }
  planned.close = close;
  for (std::size_t stage = 0; stage <= last_stage; ++stage) planned.entered[stage] = entries[stage];
}

std::vector<std::size_t> ModulesFor(const Account& account, Rng& rng) {
  std::vector<std::size_t> modules;
  for (std::size_t pain : account.pains) {
    std::size_t module = Pains()[pain].module;
    if (std::find(modules.begin(), modules.end(), module) == modules.end()) {
      modules.push_back(module);
    }
  }
  if (modules.size() == 1 && rng.Chance(0.4)) {
    modules.push_back((modules.front() + 1 + rng.Index(3)) % ProductModules().size());
  }
  return modules;
}

std::string DealName(const Account& account, const std::vector<std::size_t>& modules) {
  std::string name = account.short_name + " - ";
  for (std::size_t index = 0; index < modules.size(); ++index) {
    if (index > 0) name += " + ";
    name += ProductModules()[modules[index]].short_name;
  }
  return name;
}

double RoundToHundred(double amount) { return std::round(amount / 100.0) * 100.0; }

// What is decided when a deal is created.
struct Draft {
  Date created;
  Account account;
  bool fit = false;
  bool objection = false;
  int cycle = 0;  // days a win would take
};

// Turns drafts into planned deals: outcome, stage history, amounts and CRM fields.
struct DealShaper {
  const std::array<int, kSkillCount>& levels;
  DealWindow window;
  const SegmentProfile& profile;
  PairedNoise discount_noise;

  PlannedDeal Shape(Draft draft, DealRates& rates, Rng& rng);
  void AlignClose(PlannedDeal& planned, Date won_close, Rng& rng) const;
  void FillCrmFields(PlannedDeal& planned, const Draft& draft, Fate fate, DealRates& rates,
                     Rng& rng);
};

PlannedDeal DealShaper::Shape(Draft draft, DealRates& rates, Rng& rng) {
  double chance = !draft.fit        ? rates.win_poor_fit
                  : draft.objection ? rates.win_fit_objection
                                    : rates.win_fit_other;
  bool won = rates.win.NextAt(chance, rng);
  Fate fate = won                                      ? Fate::kWon
              : draft.fit                              ? Fate::kLost
              : rates.early_disqualification.Next(rng) ? Fate::kDisqualified
                                                       : Fate::kDragged;
  Stage lost_at = fate == Fate::kDragged        ? Stage::kNegotiation
                  : fate == Fate::kDisqualified ? Stage::kQualification
                                                : LostStage(rates.lost_early, rng);
  PlannedDeal planned;
  ScheduleStages(planned, fate, lost_at, draft.created, draft.cycle, rng);
  // Every closed deal must close inside the window: a deal that would close before it
  // starts later instead (rescheduling redraws the stage jitter, hence the loop).
  for (int attempt = 0; planned.close < window.first_day; ++attempt) {
    int shift = planned.close.DaysUntil(window.first_day) + rng.UniformInt(1, 20);
    Date start = attempt < 8 ? planned.entered[0]->AddDays(shift) : window.first_day;
    planned.entered = {};
    ScheduleStages(planned, fate, lost_at, start, draft.cycle, rng);
  }
  AlignClose(planned, draft.created.AddDays(draft.cycle), rng);
  for (auto& entered : planned.entered) {
    if (entered && *entered > std::min(planned.close, window.end_date)) entered.reset();
  }
  planned.will_win = won;
  planned.modules = ModulesFor(draft.account, rng);
  planned.seats = rng.UniformInt(profile.seats_low, profile.seats_high);
  FillCrmFields(planned, draft, fate, rates, rng);
  planned.account = std::move(draft.account);
  return planned;
}

// Whether a deal is closed by the end date depends only on when a win would have closed, not
// on its outcome: a loss that would show before an equally timed win stays open a little
// longer, and one that would drag past it closes by the end date. The closed deals are then
// an unbiased sample of the outcomes, and their win rate sits on the planted target.
void DealShaper::AlignClose(PlannedDeal& planned, Date won_close, Rng& rng) const {
  bool closes = planned.close <= window.end_date;
  bool win_closes = won_close <= window.end_date;
  if (closes && !win_closes) {
    planned.close = window.end_date.AddDays(rng.UniformInt(1, 30));
  } else if (!closes && win_closes) {
    planned.close =
        std::max(window.end_date.AddDays(-rng.UniformInt(0, 3)), planned.entered[0]->AddDays(1));
  }
}

void DealShaper::FillCrmFields(PlannedDeal& planned, const Draft& draft, Fate fate,
                               DealRates& rates, Rng& rng) {
  model::Deal& deal = planned.deal;
  const Account& account = draft.account;
  bool won = fate == Fate::kWon;
  deal.account = account.name;
  deal.name = DealName(account, planned.modules);
  deal.currency = "USD";
  deal.created_at = *planned.entered[0];
  std::size_t reached = 0;
  for (std::size_t stage = 0; stage < kStageCount; ++stage) {
    if (planned.entered[stage]) reached = stage;
  }
  if (planned.close <= window.end_date) {
    deal.status = won ? model::DealStatus::kWon : model::DealStatus::kLost;
    deal.closed_at = planned.close;
    deal.stage = won ? std::string(kClosedWonStage) : std::string(kStageNames[reached]);
  } else {
    deal.status = model::DealStatus::kOpen;
    deal.stage = std::string(kStageNames[reached]);
  }

  // Strong negotiators sell bigger and give less away (list price relative to the segment).
  double negotiation = Level(levels, Skill::kNegotiation);
  double size_factor = Clamp(LevelMap(negotiation, 30, 0.85, 90, 1.2), 0.75, 1.3);
  // Skewed towards the low end of the segment's range, as deal sizes are; plain arithmetic
  // only (no exp/log), so every platform computes the same amounts.
  double skew = rng.Uniform();
  double list = RoundToHundred(
      (profile.amount_low + (profile.amount_high - profile.amount_low) * skew * skew) *
      size_factor);
  deal.list_amount = list;
  deal.amount = list;
  if (reached >= static_cast<std::size_t>(Stage::kProposal)) {
    double discount =
        Clamp(TargetDiscountPct(static_cast<int>(negotiation)) + discount_noise.Next(rng), 0, 45);
    deal.amount = RoundToHundred(list * (1 - discount / 100));
    deal.discount_pct = std::round((1 - deal.amount / list) * 10000) / 100;
  }
  deal.icp_fit = draft.fit;
  bool past_early = reached >= static_cast<std::size_t>(Stage::kDiscovery);
  int fields = rates.meddpicc_fields.Next(rng);
  bool pain = rates.pain_captured.Next(rng);
  if (!past_early) {
    fields = std::min(fields, 2);
    pain = pain && rng.Chance(0.5);
  }
  deal.meddpicc = WriteMeddpicc(account, fields, pain, rng);
  if (reached >= static_cast<std::size_t>(Stage::kDemo) || fate == Fate::kDisqualified) {
    deal.price_objection = draft.objection;
  }
  if (deal.status == model::DealStatus::kLost) {
    deal.disqualified = fate == Fate::kDisqualified;
    if (fate == Fate::kDisqualified) {
      deal.loss_reason = draft.objection ? "No budget" : "Not a fit";
    } else if (draft.objection && reached >= static_cast<std::size_t>(Stage::kProposal)) {
      deal.loss_reason = "Price";
    } else if (fate == Fate::kDragged) {
      deal.loss_reason = rng.Chance(0.5) ? "No decision" : "Not a fit";
    } else {
      deal.loss_reason = std::string(rng.Pick(LossReasons()));
    }
  } else if (deal.status == model::DealStatus::kWon) {
    deal.disqualified = false;
  }
}

}  // namespace

std::string_view StageName(Stage stage) { return kStageNames[static_cast<std::size_t>(stage)]; }

double TargetWinRate(const std::array<int, kSkillCount>& levels) {
  double others = 0;
  for (Skill skill : kAllSkills) {
    if (skill != Skill::kClosing) others += Level(levels, skill);
  }
  double composite = 0.75 * Level(levels, Skill::kClosing) + 0.25 * others / 5;
  return Clamp(0.15 + (composite - 30) * 0.005, 0.06, 0.62);
}

double TargetDiscountPct(int negotiation) {
  return Clamp(LevelMap(negotiation, 30, 28.5, 90, 5.5), 1.5, 42);
}

std::vector<PlannedDeal> PlanDeals(const model::Rep& rep,
                                   const std::array<int, kSkillCount>& levels, DealWindow window,
                                   Rng& rng, AccountFactory& accounts,
                                   const std::unordered_set<std::string>& reserved) {
  const SegmentProfile& profile = ProfileFor(rep.segment);
  int span_days = window.first_day.DaysUntil(window.end_date) + 1 + kLeadInDays;
  int count =
      std::max(6, static_cast<int>(std::lround(
                      rng.UniformInt(profile.deals_low, profile.deals_high) * span_days / 240.0)));
  Date earliest = window.first_day.AddDays(-kLeadInDays);
  int latest_offset = earliest.DaysUntil(window.end_date.AddDays(-2));
  std::vector<Date> created(static_cast<std::size_t>(count));
  for (Date& date : created) date = earliest.AddDays(rng.UniformInt(0, latest_offset));
  std::sort(created.begin(), created.end());

  // First what is known when a deal is created, in creation order.
  std::vector<Draft> drafts;
  DealRates rates(levels, rng);
  for (Date created_at : created) {
    Draft draft{created_at, accounts.Make(rng, reserved), rates.icp_fit.Next(rng),
                rates.price_objection.Next(rng),
                rng.UniformInt(profile.cycle_low, profile.cycle_high)};
    drafts.push_back(std::move(draft));
  }
  // Then outcomes, in the order the deals would close: the deals closed by the end date are
  // then (nearly) a prefix of the sampling order, so their win rate sits on the target.
  std::vector<std::size_t> order(drafts.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return drafts[a].created.AddDays(drafts[a].cycle) < drafts[b].created.AddDays(drafts[b].cycle);
  });
  DealShaper shaper{levels, window, profile, {}};
  std::vector<PlannedDeal> deals;
  for (std::size_t index : order) {
    PlannedDeal planned = shaper.Shape(std::move(drafts[index]), rates, rng);
    planned.deal.rep_id = rep.id;
    deals.push_back(std::move(planned));
  }
  std::stable_sort(deals.begin(), deals.end(), [](const PlannedDeal& a, const PlannedDeal& b) {
    return a.deal.created_at < b.deal.created_at;
  });
  return deals;
}

}  // namespace sc::sample
