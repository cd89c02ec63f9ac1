#include "analysis/energy.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>

namespace sc::analysis {
namespace {

constexpr double kPaceLow = 90, kPaceGoodLow = 140, kPaceGoodHigh = 190, kPaceHigh = 240;
constexpr double kPositiveCompound = 0.05;
constexpr double kFullAffectShare = 0.5;
constexpr double kPaceWeight = 0.4, kAffectWeight = 0.4, kSteadinessWeight = 0.2;

double AffectScore(const CallFacts& call) {
  int turns = 0, upbeat = 0;
  for (std::size_t i = 0; i < call.utterances.size(); ++i) {
    const UtteranceFacts& facts = call.facts[i];
    if (!call.IsRep(i) || facts.backchannel || facts.words == 0) continue;
    ++turns;
    bool exclaims = std::string_view(call.utterances[i].text).find('!') != std::string_view::npos;
    if (facts.sentiment >= kPositiveCompound || exclaims) ++upbeat;
  }
  if (turns == 0) return 0;
  return std::min(1.0, (static_cast<double>(upbeat) / turns) / kFullAffectShare);
}

double SteadinessScore(const CallFacts& call) {
  std::array<double, 3> words{}, seconds{};
  for (std::size_t i = 0; i < call.utterances.size(); ++i) {
    if (!call.IsRep(i)) continue;
    const model::Utterance& u = call.utterances[i];
    int third = call.ThirdOf(i);
    words[third] += static_cast<double>(call.facts[i].words);
    seconds[third] += std::max(0.0, u.end_s - u.start_s);
  }
  double sum = 0, sum_sq = 0;
  int n = 0;
  for (int t = 0; t < 3; ++t) {
    if (seconds[t] <= 0) continue;
    double wpm = words[t] / (seconds[t] / 60.0);
    sum += wpm;
    sum_sq += wpm * wpm;
    ++n;
  }
  if (n < 2 || sum <= 0) return 1;
  double mean = sum / n;
  double variance = std::max(0.0, sum_sq / n - mean * mean);
  return std::clamp(1.0 - std::sqrt(variance) / mean, 0.0, 1.0);
}

}  // namespace

double PaceScore(double wpm) {
  if (wpm >= kPaceGoodLow && wpm <= kPaceGoodHigh) return 1;
  if (wpm <= kPaceLow || wpm >= kPaceHigh) return 0;
  if (wpm < kPaceGoodLow) return (wpm - kPaceLow) / (kPaceGoodLow - kPaceLow);
  return (kPaceHigh - wpm) / (kPaceHigh - kPaceGoodHigh);
}

std::optional<double> EstimateEnergy(const CallFacts& call, const InteractionMeasures& interaction) {
  if (!interaction.wpm) return std::nullopt;
  return kPaceWeight * PaceScore(*interaction.wpm) + kAffectWeight * AffectScore(call) +
         kSteadinessWeight * SteadinessScore(call);
}

}  // namespace sc::analysis
