// Word lists of VADER's rules.
//
// Origin: the npm package vader-sentiment 1.1.3, src/vaderSentiment.js (NEGATE, BOOSTER_DICT,
// SPECIAL_CASE_IDIOMS, PUNC_LIST), Copyright 2018 Comcast Cable Communications Management, LLC,
// licensed under the Apache License, Version 2.0 (http://www.apache.org/licenses/LICENSE-2.0).
// The package's NOTICE reads: "This product includes software developed at Comcast
// (http://www.comcast.com/)." It ports VADER by C.J. Hutto and E.E. Gilbert, "VADER: A
// Parsimonious Rule-based Model for Sentiment Analysis of Social Media Text", ICWSM-14.
// The lists below keep the reference's spelling and order so that they can be compared with it
// line by line; lookups go through hash tables built from them on first use.
#include "analysis/vader_rules.h"

#include <algorithm>
#include <utility>

#include "analysis/vader_word_table.h"

namespace sc::analysis::vader {
namespace {

struct Booster {
  std::string_view word;
  double scalar = 0;
};

constexpr double kI = kBoosterIncrement;
constexpr double kD = kBoosterDecrement;

constexpr auto kBoosters = std::to_array<Booster>({
    {"absolutely", kI},   {"amazingly", kI},     {"awfully", kI},      {"completely", kI},
    {"considerably", kI}, {"decidedly", kI},     {"deeply", kI},       {"effing", kI},
    {"enormously", kI},   {"entirely", kI},      {"especially", kI},   {"exceptionally", kI},
    {"extremely", kI},    {"fabulously", kI},    {"flipping", kI},     {"flippin", kI},
    {"fricking", kI},     {"frickin", kI},       {"frigging", kI},     {"friggin", kI},
    {"fully", kI},        {"fucking", kI},       {"greatly", kI},      {"hella", kI},
    {"highly", kI},       {"hugely", kI},        {"incredibly", kI},   {"intensely", kI},
    {"majorly", kI},      {"more", kI},          {"most", kI},         {"particularly", kI},
    {"purely", kI},       {"quite", kI},         {"really", kI},       {"remarkably", kI},
    {"so", kI},           {"substantially", kI}, {"thoroughly", kI},   {"totally", kI},
    {"tremendously", kI}, {"uber", kI},          {"unbelievably", kI}, {"unusually", kI},
    {"utterly", kI},      {"very", kI},          {"almost", kD},       {"barely", kD},
    {"hardly", kD},       {"kinda", kD},         {"kindof", kD},       {"kind-of", kD},
    {"less", kD},         {"little", kD},        {"marginally", kD},   {"occasionally", kD},
    {"partly", kD},       {"scarcely", kD},      {"slightly", kD},     {"somewhat", kD},
    {"sorta", kD},        {"sortof", kD},        {"sort-of", kD},
});

// The BOOSTER_DICT entries with a space; they only ever match two adjacent words.
constexpr std::array<std::pair<std::string_view, std::string_view>, 3> kBoosterPhrases = {{
    {"just", "enough"},
    {"kind", "of"},
    {"sort", "of"},
}};

constexpr auto kNegations = std::to_array<std::string_view>({
    "aint",   "arent",    "cannot",  "cant",     "couldnt",  "darent",   "didnt",   "doesnt",
    "ain't",  "aren't",   "can't",   "couldn't", "daren't",  "didn't",   "doesn't", "dont",
    "hadnt",  "hasnt",    "havent",  "isnt",     "mightnt",  "mustnt",   "neither", "don't",
    "hadn't", "hasn't",   "haven't", "isn't",    "mightn't", "mustn't",  "neednt",  "needn't",
    "never",  "none",     "nope",    "nor",      "not",      "nothing",  "nowhere", "oughtnt",
    "shant",  "shouldnt", "uhuh",    "wasnt",    "werent",   "oughtn't", "shan't",  "shouldn't",
    "uh-uh",  "wasn't",   "weren't", "without",  "wont",     "wouldnt",  "won't",   "wouldn't",
    "rarely", "seldom",   "despite",
});

constexpr auto kPunctuationAffixes = std::to_array<std::string_view>({
    ".",
    "!",
    "?",
    ",",
    ";",
    ":",
    "-",
    "'",
    "\"",
    "!!",
    "!!!",
    "??",
    "???",
    "?!?",
    "!?!",
    "?!?!",
    "!?!?",
});

constexpr auto kIdioms = std::to_array<Idiom>({
    {{"the", "shit"}, 2, 3},
    {{"the", "bomb"}, 2, 3},
    {{"bad", "ass"}, 2, 1.5},
    {{"yeah", "right"}, 2, -2},
    {{"cut", "the", "mustard"}, 3, 2},
    {{"kiss", "of", "death"}, 3, -1.5},
    {{"hand", "to", "mouth"}, 3, -2},
});

const WordTable<double>& BoosterTable() {
  static const WordTable<double>* table = [] {
    auto* built = new WordTable<double>();
    for (const Booster& booster : kBoosters) built->InsertOrAssign(booster.word, booster.scalar);
    return built;
  }();
  return *table;
}

const WordTable<bool>& NegationTable() {
  static const WordTable<bool>* table = [] {
    auto* built = new WordTable<bool>();
    for (std::string_view word : kNegations) built->InsertOrAssign(word, true);
    return built;
  }();
  return *table;
}

}  // namespace

std::optional<double> BoosterScalar(std::string_view lower_word) {
  const double* scalar = BoosterTable().Find(lower_word);
  if (scalar == nullptr) return std::nullopt;
  return *scalar;
}

bool IsBoosterPhrase(std::string_view first, std::string_view second) {
  return std::any_of(kBoosterPhrases.begin(), kBoosterPhrases.end(), [&](const auto& phrase) {
    return phrase.first == first && phrase.second == second;
  });
}

bool IsNegationWord(std::string_view word) { return NegationTable().Find(word) != nullptr; }

bool IsPunctuationAffix(std::string_view affix) {
  return std::find(kPunctuationAffixes.begin(), kPunctuationAffixes.end(), affix) !=
         kPunctuationAffixes.end();
}

std::span<const Idiom> SpecialCaseIdioms() { return kIdioms; }

}  // namespace sc::analysis::vader
