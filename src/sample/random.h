// Deterministic randomness for the sample generator.
//
// std:: distributions differ between standard libraries, so the generator uses its own
// xoshiro256** engine (seeded through splitmix64) and its own conversions; the same seed gives
// the same team on every platform. Streams are derived from (seed, purpose, index) so that,
// for example, one rep's calls do not change when another rep's deals change.
//
//   Rng rng(DeriveSeed(options.seed, /*purpose=*/10, rep_index));
//   int deals = rng.UniformInt(20, 35);
//
// RateSampler turns a probability into a sequence of yes/no decisions whose running count
// stays within one of rate * n: the planted skill levels then show in every rep's numbers
// with little sampling noise, which is what lets the scorer recover them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "base/check.h"

namespace sc::sample {

// One step of splitmix64: a good 64-bit mix of `state`, which it advances.
std::uint64_t SplitMix64(std::uint64_t& state);
// A seed for the stream (`seed`, `purpose`, `index`); distinct inputs give unrelated seeds.
std::uint64_t DeriveSeed(std::uint64_t seed, std::uint64_t purpose, std::uint64_t index = 0);

// xoshiro256** (Blackman & Vigna). Not thread-safe; cheap to copy.
class Rng {
 public:
  explicit Rng(std::uint64_t seed);

  std::uint64_t Next();
  // Uniform in [0, 1), 53 bits.
  double Uniform();
  // Uniform in [low, high).
  double Uniform(double low, double high) { return low + (high - low) * Uniform(); }
  // Uniform integer in [low, high], both inclusive. REQUIRES: low <= high.
  int UniformInt(int low, int high);
  // Uniform index in [0, size). REQUIRES: size > 0.
  std::size_t Index(std::size_t size);
  // True with probability `p` (clamped to [0, 1]).
  bool Chance(double p) { return Uniform() < p; }
  // Roughly normal with mean 0 and standard deviation 1 (Irwin-Hall sum of 4 uniforms),
  // bounded to +-3.5: no extreme outliers in generated data.
  double Normalish();

  template <typename T>
  const T& Pick(std::span<const T> items) {
    SC_CHECK(!items.empty());
    return items[Index(items.size())];
  }
  template <typename T>
  void Shuffle(std::vector<T>& items) {
    for (std::size_t i = items.size(); i > 1; --i) {
      std::swap(items[i - 1], items[Index(i)]);
    }
  }

 private:
  std::uint64_t state_[4];
};

// Error-diffusion sampling of a rate: Next() says yes about `rate` of the time, and after n
// calls the number of yeses differs from rate * n by less than one. The threshold is
// jittered so that the pattern is irregular.
class RateSampler {
 public:
  RateSampler() = default;
  // `rate` is clamped to [0, 1]; `phase` in [0, 1) offsets the first decisions.
  RateSampler(double rate, double phase);

  bool Next(Rng& rng) { return NextAt(rate_, rng); }
  // One decision at `rate` instead of the sampler's own: a stream of decisions with varying
  // probabilities still says yes within about one of the sum of those probabilities.
  bool NextAt(double rate, Rng& rng);

 private:
  double rate_ = 0;
  double accumulated_ = 0;
};

// Integer counts with a fractional mean: floor(mean) plus a RateSampler for the fraction,
// plus symmetric +-1 jitter that cancels out over pairs of draws. Never negative.
class CountSampler {
 public:
  CountSampler() = default;
  CountSampler(double mean, double jitter_rate, double phase);

  int Next(Rng& rng);

 private:
  int whole_ = 0;
  RateSampler fraction_;
  RateSampler jitter_;
  int next_jitter_sign_ = 1;
};

// Returns `value` limited to [low, high].
double Clamp(double value, double low, double high);
// The line through (level_a, value_a) and (level_b, value_b), evaluated at `level`
// (extrapolated outside the two anchors; callers clamp): how every planted level becomes a
// measurable rate. REQUIRES: level_a != level_b.
double LevelMap(double level, double level_a, double value_a, double level_b, double value_b);

}  // namespace sc::sample
