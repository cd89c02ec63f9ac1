#include "analysis/interaction.h"

#include <algorithm>
#include <array>
#include <vector>

namespace sc::analysis {
namespace {

using model::SpeakerRole;

bool IsSide(SpeakerRole role) { return role == SpeakerRole::kRep || role == SpeakerRole::kCustomer; }

double Duration(const model::Utterance& utterance) {
  return std::max(0.0, utterance.end_s - utterance.start_s);
}

// Tracks the current stretch of one side and keeps the longest of each side. A stretch ends
// when the other side takes the floor with a turn that is not a backchannel.
class StretchTracker {
 public:
  void Add(std::size_t index, const model::Utterance& utterance) {
    bool backchannel = IsBackchannel(utterance);
    if (current_ && current_role_ != utterance.role && backchannel) return;  // not the floor
    if (!current_ || current_role_ != utterance.role) {
      Close();
      current_ = Stretch{utterance.start_s, utterance.end_s, index, index};
      current_role_ = utterance.role;
      return;
    }
    current_->end_s = std::max(current_->end_s, utterance.end_s);
    current_->last_utterance = index;
  }

  void Close() {
    if (!current_) return;
    std::optional<Stretch>& longest =
        current_role_ == SpeakerRole::kRep ? longest_rep_ : longest_customer_;
    if (!longest || current_->seconds() > longest->seconds()) longest = current_;
    current_.reset();
  }

  const std::optional<Stretch>& longest_rep() const { return longest_rep_; }
  const std::optional<Stretch>& longest_customer() const { return longest_customer_; }

 private:
  std::optional<Stretch> current_;
  SpeakerRole current_role_ = SpeakerRole::kUnknown;
  std::optional<Stretch> longest_rep_;
  std::optional<Stretch> longest_customer_;
};

std::optional<double> Median(std::vector<double> values) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  std::size_t middle = values.size() / 2;
  if (values.size() % 2 == 1) return values[middle];
  return (values[middle - 1] + values[middle]) / 2;
}

}  // namespace

namespace {

// Byte classes for CountWords: white space ends a token; letters, digits and any non-ASCII byte
// (letters of other scripts) make a token a word.
enum ByteClass : unsigned char { kOther = 0, kSpace = 1, kWordChar = 2 };

constexpr std::array<unsigned char, 256> ByteClasses() {
  std::array<unsigned char, 256> classes{};
  for (int c = 0; c < 256; ++c) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      classes[c] = kSpace;
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c >= 0x80) {
      classes[c] = kWordChar;
    }
  }
  return classes;
}
constexpr std::array<unsigned char, 256> kByteClasses = ByteClasses();

}  // namespace

std::size_t CountWords(std::string_view text) {
  std::size_t words = 0;
  bool token_has_word_char = false;
  for (char c : text) {
    unsigned char cls = kByteClasses[static_cast<unsigned char>(c)];
    if (cls == kSpace) {
      words += token_has_word_char;
      token_has_word_char = false;
    } else {
      token_has_word_char |= cls == kWordChar;
    }
  }
  return words + token_has_word_char;
}

bool IsBackchannel(const model::Utterance& utterance) {
  if (Duration(utterance) <= kBackchannelMaxSeconds) return true;
  // Only the first few words matter: a long utterance is told apart without counting it all.
  std::string_view text = utterance.text;
  constexpr std::size_t kEnough = 64;  // bytes; more than 3 words' worth of text is rare below
  if (text.size() > kEnough) {
    std::size_t cut = text.find(' ', kEnough);
    if (cut != std::string_view::npos && CountWords(text.substr(0, cut)) > kBackchannelMaxWords) {
      return false;
    }
  }
  return CountWords(text) <= kBackchannelMaxWords;
}

InteractionMeasures MeasureInteraction(std::span<const model::Utterance> utterances) {
  InteractionMeasures m;
  StretchTracker stretches;
  std::vector<double> pauses;
  std::size_t switches = 0;
  const model::Utterance* last_turn = nullptr;  // the last side utterance that took the floor
  double first_start = 0, last_end = 0;
  bool any_side = false;
  for (std::size_t index = 0; index < utterances.size(); ++index) {
    const model::Utterance& u = utterances[index];
    if (!IsSide(u.role)) continue;
    std::size_t words = CountWords(u.text);
    bool rep = u.role == SpeakerRole::kRep;
    (rep ? m.rep_talk_s : m.customer_talk_s) += Duration(u);
    (rep ? m.rep_words : m.customer_words) += words;
    first_start = any_side ? std::min(first_start, u.start_s) : u.start_s;
    last_end = any_side ? std::max(last_end, u.end_s) : u.end_s;
    any_side = true;
    stretches.Add(index, u);
    if (IsBackchannel(u)) continue;
    if (last_turn != nullptr && last_turn->role != u.role) {
      ++switches;
      if (rep) pauses.push_back(std::max(0.0, u.start_s - last_turn->end_s));
    }
    last_turn = &u;
  }
  stretches.Close();
  double talk = m.rep_talk_s + m.customer_talk_s;
  std::size_t words = m.rep_words + m.customer_words;
  if (talk <= 0) {
    // Without times only the word counts mean anything: no stretch, pause or rate.
    if (words > 0) {
      m.talk_ratio = static_cast<double>(m.rep_words) / static_cast<double>(words);
      m.talk_ratio_from_words = true;
    }
    return m;
  }
  m.talk_ratio = m.rep_talk_s / talk;
  m.longest_monologue = stretches.longest_rep();
  m.longest_customer_story = stretches.longest_customer();
  double minutes = (last_end - first_start) / 60;
  if (minutes > 0) m.interactivity = static_cast<double>(switches) / minutes;
  m.rep_replies = pauses.size();
  m.patience_s = Median(std::move(pauses));
  if (m.rep_talk_s > 0) m.wpm = static_cast<double>(m.rep_words) / (m.rep_talk_s / 60);
  return m;
}

}  // namespace sc::analysis
