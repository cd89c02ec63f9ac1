#include "analysis/questions.h"

#include <algorithm>
#include <array>
#include <set>
#include <string>

namespace sc::analysis {
namespace {

// Words that may come before a question's cue: "So, what...", "Okay, and how...".
constexpr std::array<std::string_view, 17> kLeadIns = {
    "so",   "and",  "but", "okay", "ok", "alright", "right", "well", "now",
    "then", "also", "um",  "uh",   "oh", "yeah",    "great", "cool"};
constexpr std::size_t kMaxLeadIns = 3;

// A cue followed by a subject opens a statement, not a question: "What we found is...",
// "When you think about it...", "How that works is...".
constexpr std::array<std::string_view, 27> kSubjects = {
    "i",      "i'm",     "i've",   "i'd",    "i'll",  "we",     "we're", "we've",   "we'd",
    "we'll",  "you",     "you're", "you've", "you'd", "you'll", "they",  "they're", "they've",
    "they'd", "they'll", "he",     "she",    "it",    "it's",   "that",  "this",    "there's"};

// Closed cues that only wrap an open one: "Can you walk me through...", "Could you tell me...".
constexpr std::array<std::string_view, 4> kPoliteRequests = {"can you", "could you", "would you",
                                                             "will you"};

template <std::size_t N>
bool IsOneOf(std::string_view word, const std::array<std::string_view, N>& words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// The sentence's question cues and words, in utterance offsets.
struct SentenceCues {
  std::string_view text;             // the utterance's text
  std::vector<TrackerHit> cues;      // question.open and question.closed hits, by begin
  std::vector<Word> words;           // of the sentence, offsets into `text`
  std::vector<std::size_t> clauses;  // word indices where clauses open, after any lead-in
};

bool IsClauseBreak(std::string_view gap) {
  return gap.find_first_of(",;:") != std::string_view::npos || gap.find(" - ") != gap.npos ||
         gap.find("\xE2\x80\x94") != gap.npos;  // an em dash
}

// The word indices that open a clause: the sentence's first word and the first after a comma,
// semicolon, colon or dash, each past up to kMaxLeadIns lead-in words.
std::vector<std::size_t> ClauseOpenings(std::string_view text, const std::vector<Word>& words,
                                        std::uint32_t sentence_begin) {
  std::vector<std::size_t> openings;
  bool opening = true;
  std::size_t lead_ins = 0;
  std::uint32_t previous_end = sentence_begin;
  for (std::size_t index = 0; index < words.size(); ++index) {
    const Word& word = words[index];
    if (IsClauseBreak(text.substr(previous_end, word.begin - previous_end))) {
      opening = true;
      lead_ins = 0;
    }
    previous_end = word.end;
    if (!opening) continue;
    if (IsOneOf(word.lower, kLeadIns) && lead_ins < kMaxLeadIns) {
      ++lead_ins;
      continue;
    }
    openings.push_back(index);
    opening = false;
  }
  return openings;
}

SentenceCues ReadSentence(const CallFacts& call, std::size_t utterance, std::size_t sentence) {
  SentenceCues s;
  s.text = call.utterances[utterance].text;
  TextSpan span = call.facts[utterance].sentences[sentence];
  for (const TrackerHit& hit : call.facts[utterance].hits) {
    if ((hit.tracker == call.ids->question_open || hit.tracker == call.ids->question_closed) &&
        span.Contains(hit.begin)) {
      s.cues.push_back(hit);
    }
  }
  s.words = SplitWords(Slice(s.text, span));
  for (Word& word : s.words) {
    word.begin += span.begin;
    word.end += span.begin;
  }
  s.clauses = ClauseOpenings(s.text, s.words, span.begin);
  return s;
}

// The longest cue starting at `offset`, or nullptr.
const TrackerHit* CueAt(const SentenceCues& s, std::uint32_t offset) {
  const TrackerHit* longest = nullptr;
  for (const TrackerHit& cue : s.cues) {
    if (cue.begin == offset && (longest == nullptr || cue.end > longest->end)) longest = &cue;
  }
  return longest;
}

// The cue that opens clause `clause` (an index into s.clauses), or nullptr.
const TrackerHit* CueOpening(const SentenceCues& s, std::size_t clause) {
  if (clause >= s.clauses.size()) return nullptr;
  return CueAt(s, s.words[s.clauses[clause]].begin);
}

// The first word after `cue`, or nullptr.
const Word* WordAfter(const SentenceCues& s, const TrackerHit& cue) {
  auto after = std::find_if(s.words.begin(), s.words.end(),
                            [&](const Word& word) { return word.begin >= cue.end; });
  return after == s.words.end() ? nullptr : &*after;
}

QuestionType TypeOf(const CallFacts& call, const SentenceCues& s, const TrackerHit& cue) {
  if (cue.tracker == call.ids->question_open) return QuestionType::kOpen;
  std::string_view phrase = call.trackers->PhraseOf(cue).text;
  if (IsOneOf(phrase, kPoliteRequests)) {
    const Word* next = WordAfter(s, cue);
    const TrackerHit* wrapped = next == nullptr ? nullptr : CueAt(s, next->begin);
    if (wrapped != nullptr && wrapped->tracker == call.ids->question_open) {
      return QuestionType::kOpen;
    }
  }
  return QuestionType::kClosed;
}

// True when the sentence opens in interrogative form: a cue not followed by a subject.
bool OpensAsQuestion(const SentenceCues& s) {
  const TrackerHit* cue = CueOpening(s, 0);
  if (cue == nullptr) return false;
  const Word* next = WordAfter(s, *cue);
  return next == nullptr || !IsOneOf(next->lower, kSubjects);
}

// The cue deciding the type: the first that opens a clause, else the earliest in the sentence
// (s.cues is sorted by begin, so CueAt of the first cue picks the longer at that place).
const TrackerHit* DecidingCue(const SentenceCues& s) {
  for (std::size_t clause = 0; clause < s.clauses.size(); ++clause) {
    if (const TrackerHit* cue = CueOpening(s, clause)) return cue;
  }
  return s.cues.empty() ? nullptr : CueAt(s, s.cues.front().begin);
}

// Stems of the content words of the customer's turn before utterance `utterance`: the
// customer's consecutive utterances right before the rep's current turn.
std::set<std::string> PreviousCustomerWords(const CallFacts& call, std::size_t utterance,
                                            const WordSet& stopwords) {
  std::size_t index = utterance;
  while (index > 0 && !call.IsCustomer(index - 1)) --index;
  std::set<std::string> words;
  while (index > 0 && !call.IsRep(index - 1)) {
    --index;
    if (!call.IsCustomer(index)) continue;
    for (std::string& word : ContentWords(call.utterances[index].text, stopwords)) {
      words.insert(std::move(word));
    }
  }
  return words;
}

bool ReusesAny(std::string_view sentence, const std::set<std::string>& customer_words,
               const WordSet& stopwords) {
  std::vector<std::string> words = ContentWords(sentence, stopwords);
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& word) { return customer_words.contains(word); });
}

// Which of kSpreadSlices equal parts of the call utterance `i` starts in, by time, or by
// position when the call has no times.
constexpr int kSpreadSlices = 5;
int SliceOf(const CallFacts& call, std::size_t i) {
  double position = static_cast<double>(i) / static_cast<double>(call.utterances.size());
  if (call.timed && call.duration_s() > 0) {
    position = (call.utterances[i].start_s - call.start_s) / call.duration_s();
  }
  return std::clamp(static_cast<int>(position * kSpreadSlices), 0, kSpreadSlices - 1);
}

std::optional<double> Spread(const CallFacts& call, const std::vector<AskedQuestion>& questions) {
  if (questions.empty()) return std::nullopt;
  std::set<int> slices;
  for (const AskedQuestion& question : questions) slices.insert(SliceOf(call, question.utterance));
  return static_cast<double>(slices.size()) / kSpreadSlices;
}

}  // namespace

std::string_view QuestionTypeName(QuestionType type) {
  switch (type) {
    case QuestionType::kNone: return "none";
    case QuestionType::kOpen: return "open";
    case QuestionType::kClosed: return "closed";
  }
  return "none";
}

// True when the sentence holds a question cue: without one, and without a '?', it cannot ask.
bool HasCue(const CallFacts& call, std::size_t utterance, std::size_t sentence) {
  TextSpan span = call.facts[utterance].sentences[sentence];
  return call.HasHit(utterance, call.ids->question_open, span) ||
         call.HasHit(utterance, call.ids->question_closed, span);
}

QuestionType ClassifyQuestion(const CallFacts& call, std::size_t utterance, std::size_t sentence) {
  bool question_mark = EndsWithQuestionMark(call.SentenceText(utterance, sentence));
  if (!question_mark && !HasCue(call, utterance, sentence)) return QuestionType::kNone;
  SentenceCues s = ReadSentence(call, utterance, sentence);
  if (!question_mark && !OpensAsQuestion(s)) {
    return QuestionType::kNone;
  }
  const TrackerHit* cue = DecidingCue(s);
  return cue == nullptr ? QuestionType::kClosed : TypeOf(call, s, *cue);
}

QuestionAnalysis AnalyzeQuestions(const CallFacts& call, const WordSet& stopwords) {
  QuestionAnalysis analysis;
  model::QuestionCounts& counts = analysis.counts;
  for (std::size_t i = 0; i < call.utterances.size(); ++i) {
    if (!call.IsRep(i) && !call.IsCustomer(i)) continue;
    std::optional<std::set<std::string>> customer_words;  // read once, at the first question
    for (std::size_t s = 0; s < call.facts[i].sentences.size(); ++s) {
      QuestionType type = ClassifyQuestion(call, i, s);
      if (type == QuestionType::kNone) continue;
      if (call.IsCustomer(i)) {
        ++counts.customer;
        continue;
      }
      if (!customer_words) customer_words = PreviousCustomerWords(call, i, stopwords);
      AskedQuestion question{.utterance = i, .sentence = s, .type = type};
      question.follow_up = ReusesAny(call.SentenceText(i, s), *customer_words, stopwords);
      ++(type == QuestionType::kOpen ? counts.open : counts.closed);
      counts.follow_up += question.follow_up ? 1 : 0;
      analysis.rep_questions.push_back(question);
    }
  }
  counts.rep = analysis.rep_questions.size();
  counts.spread = Spread(call, analysis.rep_questions);
  return analysis;
}

}  // namespace sc::analysis
