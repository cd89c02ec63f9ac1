// The scoring rules of VADER, in the order and with the quirks of the reference JavaScript
// (npm vader-sentiment 1.1.3, src/vaderSentiment.js; Apache-2.0, Copyright 2018 Comcast Cable
// Communications Management, LLC). Function comments name the reference function each one
// ports. Floating-point operations keep the reference's order so that results agree to the bit.
#include "analysis/vader.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "analysis/vader_rules.h"
#include "analysis/vader_text.h"

namespace sc::analysis {
namespace {

using vader::kCapsIncrement;
using vader::kNegationScalar;

// One word of the text with everything the rules ask about it, looked up once.
struct Word {
  std::string_view text;   // as written, after punctuation stripping
  std::string_view lower;  // text.toLowerCase()
  double valence = 0;      // the lexicon's mean, when in_lexicon
  double booster = 0;      // the BOOSTER_DICT scalar, when is_booster
  bool in_lexicon = false;
  bool is_booster = false;
  bool all_caps = false;  // is_upper_python(text)
  bool negates = false;   // negated([text]): in NEGATE as written, or containing "n't"
};
using Words = std::span<const Word>;

// Buffers reused by every call on one thread, so that scoring stops allocating after warm-up.
struct Scratch {
  std::vector<std::string_view> tokens;
  std::string lower;
  std::vector<Word> words;
  std::vector<double> sentiments;
};

Scratch& ThreadScratch() {
  thread_local Scratch scratch;
  return scratch;
}

// SentiText: the words of `text`, each described once for the rules below.
void DescribeWords(std::string_view text, const SentimentLexicon& lexicon, Scratch* scratch) {
  scratch->tokens.clear();
  vader::SplitWordsAndEmoticons(text, &scratch->tokens);
  scratch->words.clear();
  scratch->lower.clear();
  // Invariant: the lower-cased words never outgrow `text`, so after this reserve no append
  // reallocates and the `lower` views below stay valid.
  scratch->lower.reserve(text.size());
  for (std::string_view token : scratch->tokens) {
    Word& word = scratch->words.emplace_back();
    word.text = token;
    std::size_t begin = scratch->lower.size();
    std::size_t length = vader::AppendLowercase(token, &scratch->lower);
    word.lower = std::string_view(scratch->lower).substr(begin, length);
    if (std::optional<double> valence = lexicon.Valence(word.lower)) {
      word.in_lexicon = true;
      word.valence = *valence;
    }
    if (std::optional<double> scalar = vader::BoosterScalar(word.lower)) {
      word.is_booster = true;
      word.booster = *scalar;
    }
    word.all_caps = vader::IsAllCaps(token);
    word.negates = vader::IsNegationWord(token) || token.find("n't") != std::string_view::npos;
  }
}

// allcap_differential: true when some, but not all, words are in ALL CAPS.
bool HasCapsDifferential(Words words) {
  auto all_caps = static_cast<std::size_t>(
      std::count_if(words.begin(), words.end(), [](const Word& word) { return word.all_caps; }));
  std::size_t differential = words.size() - all_caps;
  return differential > 0 && differential < words.size();
}

// scalar_inc_dec: the shift a booster or dampener gives the valence that follows it.
double BoosterShift(const Word& word, double valence, bool caps_differential) {
  if (!word.is_booster) return 0.0;
  double scalar = word.booster;
  if (valence < 0) scalar *= -1;
  if (caps_differential && word.all_caps) {
    if (valence > 0) {
      scalar += kCapsIncrement;
    } else {
      scalar -= kCapsIncrement;
    }
  }
  return scalar;
}

bool IsSoOrThis(const Word& word) { return word.text == "so" || word.text == "this"; }

// never_check: negation by the word `distance` + 1 places back, or emphasis by "never so".
// The reference compares "never", "so" and "this" as written, not lower-cased.
double NeverCheck(double valence, Words words, std::size_t distance, std::size_t index) {
  if (distance == 0) {
    if (words[index - 1].negates) valence *= kNegationScalar;
  } else if (distance == 1) {
    if (words[index - 2].text == "never" && IsSoOrThis(words[index - 1])) {
      valence *= vader::kNeverSoScalar;
    } else if (words[index - 2].negates) {
      valence *= kNegationScalar;
    }
  } else if (distance == 2) {
    if ((words[index - 3].text == "never" && IsSoOrThis(words[index - 2])) ||
        IsSoOrThis(words[index - 1])) {
      valence *= vader::kNeverSoFarScalar;
    } else if (words[index - 3].negates) {
      valence *= kNegationScalar;
    }
  }
  return valence;
}

// The valence of the idiom spelled exactly by `count` words from `first`, if there is one.
std::optional<double> FindIdiom(Words words, std::size_t first, std::size_t count) {
  for (const vader::Idiom& idiom : vader::SpecialCaseIdioms()) {
    if (idiom.size != count) continue;
    bool matches = true;
    for (std::size_t offset = 0; offset < count && matches; ++offset) {
      matches = words[first + offset].text == idiom.words[offset];
    }
    if (matches) return idiom.valence;
  }
  return std::nullopt;
}

// idioms_check. REQUIRES: index >= 3.
double IdiomsCheck(double valence, Words words, std::size_t index) {
  // The reference's sequences onezero, twoonezero, twoone, threetwoone and threetwo, in its
  // order: how far back each starts and how many words it has. The first match wins.
  struct Sequence {
    std::size_t back;
    std::size_t count;
  };
  constexpr Sequence kBefore[] = {{1, 2}, {2, 3}, {2, 2}, {3, 3}, {3, 2}};
  for (const Sequence& sequence : kBefore) {
    if (std::optional<double> idiom = FindIdiom(words, index - sequence.back, sequence.count)) {
      valence = *idiom;
      break;
    }
  }
  // zeroone and zerotwo: idioms starting at the word itself override the above.
  if (words.size() - 1 > index) {
    if (std::optional<double> idiom = FindIdiom(words, index, 2)) valence = *idiom;
  }
  if (words.size() - 1 > index + 1) {
    if (std::optional<double> idiom = FindIdiom(words, index, 3)) valence = *idiom;
  }
  if (vader::IsBoosterPhrase(words[index - 3].text, words[index - 2].text) ||
      vader::IsBoosterPhrase(words[index - 2].text, words[index - 1].text)) {
    valence += vader::kBoosterDecrement;
  }
  return valence;
}

bool IsLeast(const Word& word) { return word.lower == "least" && !word.in_lexicon; }

// least_check: "least good" negates; "at least good" and "very least good" do not.
double LeastCheck(double valence, Words words, std::size_t index) {
  if (index > 1 && IsLeast(words[index - 1])) {
    if (words[index - 2].lower != "at" && words[index - 2].lower != "very") {
      valence *= kNegationScalar;
    }
  } else if (index > 0 && IsLeast(words[index - 1])) {
    valence *= kNegationScalar;
  }
  return valence;
}

// sentiment_valence: the word's lexicon valence after the rules about the three words before it.
double SentimentValence(Words words, std::size_t index, bool caps_differential) {
  const Word& item = words[index];
  if (!item.in_lexicon) return 0;
  double valence = item.valence;
  if (item.all_caps && caps_differential) {
    if (valence > 0) {
      valence += kCapsIncrement;
    } else {
      valence -= kCapsIncrement;
    }
  }
  for (std::size_t distance = 0; distance < 3; ++distance) {
    if (index <= distance || words[index - (distance + 1)].in_lexicon) continue;
    double shift = BoosterShift(words[index - (distance + 1)], valence, caps_differential);
    if (distance == 1 && shift != 0) {
      shift = shift * vader::kSecondWordBoosterScalar;
    } else if (distance == 2 && shift != 0) {
      shift = shift * vader::kThirdWordBoosterScalar;
    }
    valence = valence + shift;
    valence = NeverCheck(valence, words, distance, index);
    if (distance == 2) valence = IdiomsCheck(valence, words, index);
  }
  return LeastCheck(valence, words, index);
}

// The index of the first word written exactly `text`, or words.size() when there is none.
std::size_t FindWord(Words words, std::string_view text) {
  auto found = std::find_if(words.begin(), words.end(),
                            [text](const Word& word) { return word.text == text; });
  return static_cast<std::size_t>(found - words.begin());
}

// but_check: the first "but" (or, only when there is none, "BUT") halves the sentiment of the
// words before it and multiplies that of the words after it by 1.5. "But" does not count.
void ButCheck(Words words, std::vector<double>* sentiments) {
  std::size_t but_index = FindWord(words, "but");
  if (but_index == words.size()) but_index = FindWord(words, "BUT");
  if (but_index == words.size()) return;
  for (std::size_t index = 0; index < sentiments->size(); ++index) {
    double& sentiment = (*sentiments)[index];
    if (index < but_index) {
      sentiment = sentiment * vader::kBeforeButScalar;
    } else if (index > but_index) {
      sentiment = sentiment * vader::kAfterButScalar;
    }
  }
}

// punctuation_emphasis: amplify_ep plus amplify_qm over the whole text.
double PunctuationEmphasis(std::string_view text) {
  std::size_t exclamations =
      std::min<std::size_t>(vader::CountChar(text, '!'), vader::kMaxExclamations);
  double amplifier = static_cast<double>(exclamations) * vader::kExclamationIncrement;
  std::size_t questions = vader::CountChar(text, '?');
  double question_amplifier = 0;
  if (questions > 1) {
    question_amplifier = questions <= 3 ? static_cast<double>(questions) * vader::kQuestionIncrement
                                        : vader::kMaxQuestionAmplifier;
  }
  return amplifier + question_amplifier;
}

// normalize
double Normalize(double score) {
  double normalized = score / std::sqrt(score * score + vader::kNormalizeAlpha);
  return std::clamp(normalized, -1.0, 1.0);
}

// score_valence and sift_sentiment_scores.
SentimentScores ScoreValence(const std::vector<double>& sentiments, std::string_view text) {
  if (sentiments.empty()) return SentimentScores{};
  double sum = 0;
  for (double sentiment : sentiments) sum += sentiment;
  double emphasis = PunctuationEmphasis(text);
  if (sum > 0) {
    sum += emphasis;
  } else if (sum < 0) {
    sum -= emphasis;
  }
  double compound = Normalize(sum);
  double positive_sum = 0;
  double negative_sum = 0;
  int neutral_count = 0;
  for (double sentiment : sentiments) {
    if (sentiment > 0) {
      positive_sum += sentiment + 1;  // compensates for neutral words, which count 1
    } else if (sentiment < 0) {
      negative_sum += sentiment - 1;
    } else {
      neutral_count += 1;
    }
  }
  if (positive_sum > std::fabs(negative_sum)) {
    positive_sum += emphasis;
  } else if (positive_sum < std::fabs(negative_sum)) {
    negative_sum -= emphasis;
  }
  double total = positive_sum + std::fabs(negative_sum) + neutral_count;
  return SentimentScores{
      .negative = vader::RoundLikeToFixed(std::fabs(negative_sum / total), 3),
      .neutral = vader::RoundLikeToFixed(std::fabs(neutral_count / total), 3),
      .positive = vader::RoundLikeToFixed(std::fabs(positive_sum / total), 3),
      .compound = vader::RoundLikeToFixed(compound, 4),
  };
}

}  // namespace

SentimentScores VaderAnalyzer::Score(std::string_view text) const {
  Scratch& scratch = ThreadScratch();
  DescribeWords(text, *lexicon_, &scratch);
  Words words = scratch.words;
  bool caps_differential = HasCapsDifferential(words);
  std::vector<double>& sentiments = scratch.sentiments;
  sentiments.clear();
  for (std::size_t index = 0; index < words.size(); ++index) {
    bool kind_of =
        index + 1 < words.size() && words[index].lower == "kind" && words[index + 1].lower == "of";
    if (kind_of || words[index].is_booster) {
      sentiments.push_back(0);
    } else {
      sentiments.push_back(SentimentValence(words, index, caps_differential));
    }
  }
  ButCheck(words, &sentiments);
  return ScoreValence(sentiments, text);
}

}  // namespace sc::analysis
