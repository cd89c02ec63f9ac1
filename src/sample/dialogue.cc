#include "sample/dialogue.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "sample/phrases.h"

namespace sc::sample {
namespace {

constexpr double kMaxFillerDebt = 3;  // a voice never "saves up" more fillers than this
constexpr int kMaxFillersPerSentence = 2;

struct FillerWord {
  std::string_view text;
  double weight;
};
// Relative frequencies in conversational speech: "um" and "uh" dominate.
constexpr std::array<FillerWord, 8> kFillers = {{{"um", 0.26},
                                                 {"uh", 0.2},
                                                 {"you know", 0.14},
                                                 {"like", 0.12},
                                                 {"basically", 0.08},
                                                 {"I mean", 0.08},
                                                 {"sort of", 0.06},
                                                 {"kind of", 0.06}}};

// Words that keep their capital after a leading filler ("Um, Pulse rolls up ..."); any
// other first word is lower-cased ("Um, the board ...").
constexpr std::array<std::string_view, 26> kProperWords = {
    "I",        "I'm",     "I'll",    "I'd",        "I've",    "Northwind", "Pulse",
    "Pipeline", "DataHub", "Signals", "Salesforce", "HubSpot", "Gong",      "Clari",
    "Tableau",  "Looker",  "Power",   "Okta",       "Monday",  "Tuesday",   "Wednesday",
    "Thursday", "Friday",  "January", "February",   "Slack"};
// First words a filler may follow ("We, um, rebuild ..."); after anything else ("Of course",
// "Yes", "If") a filler would split a phrase, so it goes to the front instead.
constexpr std::array<std::string_view, 12> kFillerAfter = {
    "We",  "They", "It",   "It's",      "That's",   "Our",
    "The", "This", "Reps", "Customers", "Managers", "Everything"};
constexpr std::array<std::string_view, 5> kLikeAfter = {"It's", "That's", "We", "They", "It"};
// Subjects a hedge follows before the verb: "we sort of rebuild", "it kind of works".
constexpr std::array<std::string_view, 6> kHedgeSubjects = {"We ",  "They ",  "It ",
                                                            " we ", " they ", " it "};

template <std::size_t N>
bool Contains(const std::array<std::string_view, N>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

bool KeepsCapital(std::string_view word) {
  if (Contains(kProperWords, word)) return true;
  int capitals = 0;
  for (char c : word) capitals += std::isupper(static_cast<unsigned char>(c)) ? 1 : 0;
  return capitals >= 2;  // acronyms: CRM, CFO, SSO
}

std::string_view PickFiller(Rng& rng) {
  double total = 0;
  for (const FillerWord& filler : kFillers) total += filler.weight;
  double target = rng.Uniform() * total;
  for (const FillerWord& filler : kFillers) {
    target -= filler.weight;
    if (target < 0) return filler.text;
  }
  return kFillers[0].text;
}

std::string AsciiLowerWord(std::string_view word) {
  std::string out(word);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string Capitalized(std::string_view word) {
  std::string out(word);
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

// Where a hedge ("sort of") can go: right after a subject pronoun, if the sentence has one.
std::size_t HedgePosition(const std::string& sentence) {
  for (std::string_view subject : kHedgeSubjects) {
    bool leading = subject.front() != ' ';
    std::size_t at =
        leading ? (sentence.starts_with(subject) ? 0 : std::string::npos) : sentence.find(subject);
    if (at != std::string::npos) return at + subject.size() - 1;
  }
  return std::string::npos;
}

}  // namespace

int CountWords(std::string_view text) {
  int words = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

void InsertFiller(std::string& sentence, std::string_view filler, Rng& rng) {
  if (filler == "sort of" || filler == "kind of") {
    // Hedges sit before a verb: "we sort of rebuild", "it kind of works".
    std::size_t subject_end = HedgePosition(sentence);
    if (subject_end != std::string::npos) {
      sentence.insert(subject_end, std::string(" ") + std::string(filler));
      return;
    }
    filler = "um";
  }
  std::size_t first_space = sentence.find(' ');
  std::string first_word = sentence.substr(0, first_space);
  bool ends_with_comma = !first_word.empty() && first_word.back() == ',';
  std::string bare_word =
      ends_with_comma ? first_word.substr(0, first_word.size() - 1) : first_word;
  // "You, you know," and "I, I mean," stutter: never repeat the first word.
  bool echoes = AsciiLowerWord(filler).starts_with(AsciiLowerWord(bare_word) + " ");
  // Filler "like" only follows a subject: "it's, like, ...", "we, like, ...".
  bool subject = Contains(kLikeAfter, first_word);
  bool can_follow =
      first_space != std::string::npos && !echoes &&
      (filler == "like" ? subject : ends_with_comma || Contains(kFillerAfter, first_word));
  bool at_start = !can_follow || (filler != "like" && rng.Chance(0.6));
  if (at_start && filler == "like") filler = "um";  // "Like, ..." opens too many sentences
  if (at_start) {
    if (!KeepsCapital(bare_word) && !sentence.empty()) {
      sentence[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(sentence[0])));
    }
    sentence = Capitalized(filler) + ", " + sentence;
    return;
  }
  std::string inserted = ends_with_comma ? std::string(" ") + std::string(filler) + ","
                                         : std::string(", ") + std::string(filler) + ",";
  sentence.insert(first_space, inserted);
}

Dialogue::Dialogue(std::vector<Voice> voices, Rng* rng)
    : voices_(std::move(voices)), filler_debt_(voices_.size(), 0), rng_(rng) {
  SC_CHECK(!voices_.empty());
  // Start each voice at a random point of its filler rhythm so calls don't all open alike.
  for (double& debt : filler_debt_) debt = rng_->Uniform();
}

void Dialogue::AddFillers(int speaker, std::vector<Sentence>& sentences) {
  const Voice& voice = voices_[static_cast<std::size_t>(speaker)];
  double& debt = filler_debt_[static_cast<std::size_t>(speaker)];
  for (Sentence& sentence : sentences) {
    double minutes = CountWords(sentence.text) / voice.words_per_minute;
    debt = std::min(kMaxFillerDebt, debt + minutes * voice.fillers_per_minute);
    if (!sentence.fillable) continue;
    for (int inserted = 0; inserted < kMaxFillersPerSentence && debt >= 1; ++inserted) {
      InsertFiller(sentence.text, PickFiller(*rng_), *rng_);
      debt -= 1;
    }
  }
}

std::vector<std::vector<Sentence>> Dialogue::Split(std::vector<Sentence> sentences) const {
  std::vector<std::vector<Sentence>> pieces(1);
  int words = 0;
  for (Sentence& sentence : sentences) {
    int sentence_words = CountWords(sentence.text);
    if (!pieces.back().empty() && words + sentence_words > kMaxUtteranceWords) {
      pieces.emplace_back();
      words = 0;
    }
    words += sentence_words;
    pieces.back().push_back(std::move(sentence));
  }
  return pieces;
}

void Dialogue::Emit(int speaker, std::string text, double pause_s) {
  const Voice& voice = voices_[static_cast<std::size_t>(speaker)];
  double seconds = CountWords(text) * 60.0 / voice.words_per_minute * rng_->Uniform(0.96, 1.04);
  model::Utterance utterance;
  utterance.speaker = voice.name;
  utterance.role = voice.role;
  utterance.start_s = now_ + std::max(0.05, pause_s);
  utterance.end_s = utterance.start_s + std::max(0.3, seconds);
  utterance.text = std::move(text);
  double spoken = utterance.end_s - utterance.start_s;
  switch (voice.role) {
    case model::SpeakerRole::kRep:
      rep_talk_s_ += spoken;
      break;
    case model::SpeakerRole::kCustomer:
      customer_talk_s_ += spoken;
      break;
    default:
      other_talk_s_ += spoken;
      break;
  }
  now_ = utterance.end_s;
  utterances_.push_back(std::move(utterance));
}

void Dialogue::Say(int speaker, std::vector<Sentence> sentences, double pause_s) {
  Monologue(speaker, std::move(sentences), pause_s, -1, 0);
}

void Dialogue::Monologue(int speaker, std::vector<Sentence> sentences, double pause_s, int listener,
                         double backchannel_rate) {
  if (sentences.empty()) return;
  AddFillers(speaker, sentences);
  std::vector<std::vector<Sentence>> pieces = Split(std::move(sentences));
  for (std::size_t index = 0; index < pieces.size(); ++index) {
    std::string text;
    for (const Sentence& sentence : pieces[index]) {
      if (!text.empty()) text += ' ';
      text += sentence.text;
    }
    double pause = index == 0 ? pause_s : rng_->Uniform(0.1, 0.35);
    Emit(speaker, std::move(text), pause);
    bool more = index + 1 < pieces.size();
    if (more && listener >= 0 && rng_->Chance(backchannel_rate)) {
      Backchannel(listener, rng_->Uniform(0.15, 0.4));
      // The speaker picks up again quickly after a backchannel.
      now_ += rng_->Uniform(0.05, 0.2);
    }
  }
}

void Dialogue::Backchannel(int speaker, double pause_s) {
  const Voice& voice = voices_[static_cast<std::size_t>(speaker)];
  model::Utterance utterance;
  utterance.speaker = voice.name;
  utterance.role = voice.role;
  utterance.start_s = now_ + std::max(0.05, pause_s);
  // Backchannels stay at or below 1 s so that they never break a monologue.
  utterance.end_s = utterance.start_s + rng_->Uniform(0.35, 0.9);
  utterance.text = std::string(rng_->Pick(phrases::kBackchannels));
  double spoken = utterance.end_s - utterance.start_s;
  if (voice.role == model::SpeakerRole::kCustomer) customer_talk_s_ += spoken;
  if (voice.role == model::SpeakerRole::kRep) rep_talk_s_ += spoken;
  now_ = utterance.end_s;
  utterances_.push_back(std::move(utterance));
}

double Dialogue::TalkSeconds(model::SpeakerRole role) const {
  switch (role) {
    case model::SpeakerRole::kRep:
      return rep_talk_s_;
    case model::SpeakerRole::kCustomer:
      return customer_talk_s_;
    default:
      return other_talk_s_;
  }
}

}  // namespace sc::sample
