// The constants and word lists of VADER's rules, as the reference implementation has them.
//
// Internal to the VADER analyzer (vader.h); the values and lists are ported from the npm package
// vader-sentiment 1.1.3 (src/vaderSentiment.js), Copyright 2018 Comcast Cable Communications
// Management, LLC, licensed under the Apache License 2.0, itself a port of Hutto & Gilbert's
// VADER (ICWSM-14). vader_rules.cc holds the lists; docs/sentiment.md has the attribution.
//
// Lookups are exact and case-sensitive: callers pass the lower-cased word where the reference
// lower-cases, and the word as written where it does not.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

namespace sc::analysis::vader {

// Empirically derived mean sentiment intensity change for a booster ("very") or a dampener
// ("kind of") before a sentiment word (B_INCR, B_DECR).
inline constexpr double kBoosterIncrement = 0.293;
inline constexpr double kBoosterDecrement = -0.293;
// Mean intensity increase for a word in ALL CAPS among words that are not (C_INCR).
inline constexpr double kCapsIncrement = 0.733;
// A negation ("not good") flips and dampens the valence (N_SCALAR).
inline constexpr double kNegationScalar = -0.74;
// "never so good" and "never this good" emphasise instead of negating.
inline constexpr double kNeverSoScalar = 1.5;
inline constexpr double kNeverSoFarScalar = 1.25;
// A booster two or three words away counts less than an adjacent one.
inline constexpr double kSecondWordBoosterScalar = 0.95;
inline constexpr double kThirdWordBoosterScalar = 0.9;
// "but" halves what comes before it and strengthens what follows.
inline constexpr double kBeforeButScalar = 0.5;
inline constexpr double kAfterButScalar = 1.5;
// Each "!" adds this much emphasis, for at most kMaxExclamations of them.
inline constexpr double kExclamationIncrement = 0.292;
inline constexpr int kMaxExclamations = 4;
// Two or three "?" add this much each; more than three add kMaxQuestionAmplifier in all.
inline constexpr double kQuestionIncrement = 0.18;
inline constexpr double kMaxQuestionAmplifier = 0.96;
// normalize(): score / sqrt(score^2 + alpha) maps a valence sum into (-1, 1).
inline constexpr double kNormalizeAlpha = 15;

// A special-case idiom of two or three words and the valence that replaces the word's own.
struct Idiom {
  std::array<std::string_view, 3> words;
  std::size_t size = 0;  // words used, 2 or 3
  double valence = 0;
};

// The booster or dampener scalar of `lower_word` (BOOSTER_DICT), or nullopt. Single words only;
// the two-word entries are matched with IsBoosterPhrase.
std::optional<double> BoosterScalar(std::string_view lower_word);
// True when "first second" is a two-word BOOSTER_DICT entry ("kind of", "sort of",
// "just enough"). Case-sensitive, as the reference's lookup of the joined words is.
bool IsBoosterPhrase(std::string_view first, std::string_view second);
// True when `word` is in NEGATE. Case-sensitive: "Not" is not a negation in the reference.
bool IsNegationWord(std::string_view word);
// True when `affix` is in PUNC_LIST: the punctuation that may be stripped from one end of a word.
bool IsPunctuationAffix(std::string_view affix);
// SPECIAL_CASE_IDIOMS, in the reference's order.
std::span<const Idiom> SpecialCaseIdioms();

}  // namespace sc::analysis::vader
