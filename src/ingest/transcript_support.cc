#include "ingest/transcript_support.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <utility>

#include "base/text.h"

namespace sc::ingest {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kEncodingHint =
    "save the transcript as UTF-8; it looks like Latin-1 or Windows-1252";

// Longer "names" are sentences that happen to hold a colon.
constexpr std::size_t kMaxSpeakerNameBytes = 64;
constexpr std::size_t kMaxSpeakerNameWords = 5;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

bool IsPlausibleName(std::string_view name) {
  if (name.empty() || name.size() > kMaxSpeakerNameBytes) return false;
  if (name.find_first_of("?!\"<>") != std::string_view::npos) return false;
  std::size_t words = 1;
  bool has_letter = false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    if (name[i] == ' ' && i > 0 && name[i - 1] != ' ') ++words;
    // Bytes above 0x7F are UTF-8 letters in practice (José, Łukasz, 王).
    if (std::isalpha(c) || c >= 0x80) has_letter = true;
  }
  return has_letter && words <= kMaxSpeakerNameWords;
}

// The line holding byte `offset`: its 1-based number and where it starts and ends.
struct LineSpan {
  std::size_t number = 1;
  std::size_t start = 0;
  std::size_t end = 0;
};

LineSpan LineAt(std::string_view text, std::size_t offset) {
  LineSpan span;
  offset = std::min(offset, text.size());
  for (std::size_t i = 0; i < offset; ++i) {
    // CRLF counts once: the LF ends the line, the CR before it does not.
    bool ends_line =
        text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'));
    if (ends_line) {
      ++span.number;
      span.start = i + 1;
    }
  }
  span.end = text.find_first_of("\r\n", span.start);
  if (span.end == std::string_view::npos) span.end = text.size();
  return span;
}

bool SortByLocation(const Diagnostic& a, const Diagnostic& b) {
  return a.line != b.line ? a.line < b.line : a.column < b.column;
}

void NormalizeUtterances(std::vector<model::Utterance>& utterances) {
  for (model::Utterance& utterance : utterances) {
    if (!IsCollapsed(utterance.text)) utterance.text = CollapseWhitespace(utterance.text);
    if (!IsCollapsed(utterance.speaker)) utterance.speaker = CollapseWhitespace(utterance.speaker);
    if (utterance.speaker.empty()) utterance.speaker = kUnknownSpeaker;
    // Real exports sometimes end a cue before it starts; the start is the better-kept time.
    utterance.end_s = std::max(utterance.end_s, utterance.start_s);
  }
  std::erase_if(utterances, [](const model::Utterance& u) { return u.text.empty(); });
  auto by_start = [](const model::Utterance& a, const model::Utterance& b) {
    return a.start_s < b.start_s;
  };
  // Most exports are in order already; checking is cheaper than moving every utterance.
  if (!std::is_sorted(utterances.begin(), utterances.end(), by_start)) {
    std::stable_sort(utterances.begin(), utterances.end(), by_start);
  }
}

void MergeSameSpeakerRuns(std::vector<model::Utterance>& utterances, double max_gap_s) {
  std::vector<model::Utterance> merged;
  merged.reserve(utterances.size());
  for (model::Utterance& utterance : utterances) {
    if (!merged.empty()) {
      model::Utterance& last = merged.back();
      // Overlapping cues have a negative gap and merge too.
      if (last.speaker == utterance.speaker && last.role == utterance.role &&
          utterance.start_s - last.end_s < max_gap_s) {
        last.end_s = std::max(last.end_s, utterance.end_s);
        last.text += ' ';
        last.text += utterance.text;
        continue;
      }
    }
    merged.push_back(std::move(utterance));
  }
  utterances = std::move(merged);
}

}  // namespace

std::string_view StripUtf8Bom(std::string_view text) {
  if (text.starts_with(kUtf8Bom)) text.remove_prefix(kUtf8Bom.size());
  return text;
}

std::vector<TextLine> SplitLines(std::string_view text) {
  std::vector<TextLine> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    // A plain loop: find_first_of calls memchr on the set for every byte.
    std::size_t end = start;
    while (end < text.size() && text[end] != '\n' && text[end] != '\r') ++end;
    lines.push_back({text.substr(start, end - start), start});
    if (end == text.size()) break;
    start = end + 1;
    if (text[end] == '\r' && start < text.size() && text[start] == '\n') ++start;
  }
  return lines;
}

std::vector<std::vector<TextLine>> SplitBlocks(const std::vector<TextLine>& lines,
                                               std::size_t first_line) {
  std::vector<std::vector<TextLine>> blocks;
  bool in_block = false;
  for (std::size_t i = first_line; i < lines.size(); ++i) {
    if (Trim(lines[i].content).empty()) {
      in_block = false;
      continue;
    }
    if (!in_block) blocks.emplace_back();
    in_block = true;
    blocks.back().push_back(lines[i]);
  }
  return blocks;
}

std::size_t CountWords(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    if (IsSpace(c)) {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++words;
    }
  }
  return words;
}

bool StartsWithWord(std::string_view line, std::string_view word) {
  return line.starts_with(word) &&
         (line.size() == word.size() || line[word.size()] == ' ' || line[word.size()] == '\t');
}

bool IsCollapsed(std::string_view text) {
  if (!text.empty() && (IsSpace(text.front()) || IsSpace(text.back()))) return false;
  bool previous_space = false;
  for (char c : text) {
    bool space = IsSpace(c);
    if (space && (c != ' ' || previous_space)) return false;
    previous_space = space;
  }
  return true;
}

std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t at = 0;
  // Copies each word whole; every utterance of every call passes through here.
  while (at < text.size()) {
    while (at < text.size() && IsSpace(text[at])) ++at;
    std::size_t word_end = at;
    while (word_end < text.size() && !IsSpace(text[word_end])) ++word_end;
    if (word_end == at) break;
    if (!out.empty()) out += ' ';
    out.append(text.substr(at, word_end - at));
    at = word_end;
  }
  return out;
}

std::optional<SpeakerPrefix> SplitSpeakerPrefix(std::string_view text) {
  text = Trim(text);
  std::size_t colon = text.find(':');
  // A colon inside a word ("10:30", "https://") is not a prefix.
  if (colon == std::string_view::npos || (colon + 1 < text.size() && !IsSpace(text[colon + 1]))) {
    return std::nullopt;
  }
  std::string_view name = Trim(text.substr(0, colon));
  if (!IsPlausibleName(name)) return std::nullopt;
  return SpeakerPrefix{name, Trim(text.substr(colon + 1))};
}

void ProblemList::AddAt(std::size_t offset, std::string message, std::string hint) {
  ++count_;
  if (count_ > kMaxProblems) return;
  LineSpan line = LineAt(text_, offset);
  std::size_t column = std::min(offset, text_.size()) - line.start + 1;
  problems_.push_back({std::string(source_), line.number, column, std::move(message),
                       std::move(hint),
                       std::string(text_.substr(line.start, line.end - line.start))});
}

void ProblemList::AddForFile(std::string message, std::string hint) {
  ++count_;
  if (count_ > kMaxProblems) return;
  problems_.push_back({std::string(source_), 0, 0, std::move(message), std::move(hint), ""});
}

bool ProblemList::ReportInvalidUtf8() {
  std::optional<std::size_t> bad = FindInvalidUtf8(text_);
  if (!bad) return false;
  AddAt(*bad,
        fmt::format("byte 0x{:02X} is not valid UTF-8", static_cast<unsigned char>(text_[*bad])),
        std::string(kEncodingHint));
  return true;
}

bool ProblemList::ReportEmpty(std::string_view hint) {
  if (!Trim(text_).empty()) return false;
  AddForFile("the file is empty", std::string(hint));
  return true;
}

Status ProblemList::Flush(Diagnostics* diagnostics) {
  std::stable_sort(problems_.begin(), problems_.end(), SortByLocation);
  for (Diagnostic& problem : problems_) diagnostics->Add(std::move(problem));
  if (count_ > kMaxProblems) {
    diagnostics->Add({std::string(source_), 0, 0,
                      fmt::format("{} more problems are not shown", count_ - kMaxProblems),
                      "fix the problems above and read the file again", ""});
  }
  problems_.clear();
  return Status::InvalidArgument(
      fmt::format("{}: {} {}", source_, count_, count_ == 1 ? "error" : "errors"));
}

Result<model::Call> FinishCall(model::Call call, ProblemList& problems,
                               const FinishOptions& options, Diagnostics* diagnostics) {
  if (!problems.empty()) return problems.Flush(diagnostics);
  NormalizeUtterances(call.utterances);
  if (options.merge_gap_s) MergeSameSpeakerRuns(call.utterances, *options.merge_gap_s);
  if (call.utterances.empty()) {
    problems.AddForFile("the transcript holds no speech", std::string(options.no_speech_hint));
    return problems.Flush(diagnostics);
  }
  return call;
}

}  // namespace sc::ingest
