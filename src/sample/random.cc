#include "sample/random.h"

#include <algorithm>

namespace sc::sample {

std::uint64_t SplitMix64(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

std::uint64_t DeriveSeed(std::uint64_t seed, std::uint64_t purpose, std::uint64_t index) {
  std::uint64_t state = seed;
  std::uint64_t mixed = SplitMix64(state);
  state = mixed ^ (purpose * 0xD1B54A32D192ED03ULL);
  mixed = SplitMix64(state);
  state = mixed ^ (index * 0x8CB92BA72F3D8DD7ULL);
  return SplitMix64(state);
}

Rng::Rng(std::uint64_t seed) {
  std::uint64_t state = seed;
  for (std::uint64_t& word : state_) word = SplitMix64(state);
}

std::uint64_t Rng::Next() {
  auto rotate = [](std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); };
  std::uint64_t result = rotate(state_[1] * 5, 7) * 9;
  std::uint64_t shifted = state_[1] << 17;
  state_[2] ^= state_[0];
  state_[3] ^= state_[1];
  state_[1] ^= state_[2];
  state_[0] ^= state_[3];
  state_[2] ^= shifted;
  state_[3] = rotate(state_[3], 45);
  return result;
}

double Rng::Uniform() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }

std::size_t Rng::Index(std::size_t size) {
  SC_CHECK(size > 0);
  // Lemire's multiply-shift (the high 64 bits of Next() * size): unbiased enough for sizes
  // far below 2^32, and identical on every platform because it is integer arithmetic only.
  std::uint64_t value = Next();
  std::uint64_t range = size;
  std::uint64_t value_low = value & 0xFFFFFFFFULL, value_high = value >> 32;
  std::uint64_t range_low = range & 0xFFFFFFFFULL, range_high = range >> 32;
  std::uint64_t low_low = value_low * range_low;
  std::uint64_t high_low = value_high * range_low;
  std::uint64_t low_high = value_low * range_high;
  std::uint64_t middle = (low_low >> 32) + (high_low & 0xFFFFFFFFULL) + (low_high & 0xFFFFFFFFULL);
  std::uint64_t high =
      value_high * range_high + (high_low >> 32) + (low_high >> 32) + (middle >> 32);
  return static_cast<std::size_t>(high);
}

int Rng::UniformInt(int low, int high) {
  SC_CHECK(low <= high);
  return low + static_cast<int>(Index(static_cast<std::size_t>(high - low) + 1));
}

double Rng::Normalish() {
  // One draw per statement: the operands of '+' may be evaluated in any order, and floating
  // addition is not associative, so a single expression could differ between builds.
  double sum = 0;
  for (int draw = 0; draw < 4; ++draw) sum += Uniform();
  // The sum of 4 uniforms has mean 2 and variance 1/3.
  return std::clamp((sum - 2.0) * 1.7320508075688772, -3.5, 3.5);
}

RateSampler::RateSampler(double rate, double phase)
    : rate_(Clamp(rate, 0, 1)), accumulated_(Clamp(phase, 0, 1)) {}

bool RateSampler::NextAt(double rate, Rng& rng) {
  accumulated_ += Clamp(rate, 0, 1);
  // A threshold in [0.6, 1.4) keeps the accumulator bounded, so the count stays within one
  // of rate * n, while breaking up the regular rhythm of plain error diffusion.
  double threshold = rng.Uniform(0.6, 1.4);
  if (accumulated_ >= threshold) {
    accumulated_ -= 1;
    return true;
  }
  return false;
}

CountSampler::CountSampler(double mean, double jitter_rate, double phase) {
  mean = std::max(0.0, mean);
  whole_ = static_cast<int>(mean);
  fraction_ = RateSampler(mean - whole_, phase);
  jitter_ = RateSampler(jitter_rate, 1 - phase);
}

int CountSampler::Next(Rng& rng) {
  int count = whole_ + (fraction_.Next(rng) ? 1 : 0);
  if (jitter_.Next(rng)) {
    // Alternating signs keep the mean: every +1 is paired with a -1.
    if (count + next_jitter_sign_ >= 0) {
      count += next_jitter_sign_;
      next_jitter_sign_ = -next_jitter_sign_;
    }
  }
  return count;
}

double Clamp(double value, double low, double high) { return std::clamp(value, low, high); }

double LevelMap(double level, double level_a, double value_a, double level_b, double value_b) {
  return value_a + (level - level_a) * (value_b - value_a) / (level_b - level_a);
}

}  // namespace sc::sample
