// Helpers shared by the sample module's tests: the default team (generated once per test
// binary), rank correlation, per-rep call statistics and a small RFC 4180 reader.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <numeric>
#include <string>
#include <string_view>
#include <vector>

#include "sample/personas.h"
#include "sample/sample_team.h"

namespace sc::sample::testing {

// The team for the default options, generated once and shared by all tests of the binary.
inline const SampleTeam& DefaultTeam() {
  static const SampleTeam team = [] {
    Result<SampleTeam> generated = GenerateSampleTeam(SampleOptions{});
    SC_CHECK(generated.ok());
    return std::move(generated).value();
  }();
  return team;
}

// Average ranks (1-based), ties sharing the mean of their positions.
inline std::vector<double> Ranks(const std::vector<double>& values) {
  std::vector<std::size_t> order(values.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
  std::vector<double> ranks(values.size());
  for (std::size_t start = 0; start < order.size();) {
    std::size_t end = start;
    while (end + 1 < order.size() && values[order[end + 1]] == values[order[start]]) ++end;
    double rank = (static_cast<double>(start + end) / 2) + 1;
    for (std::size_t index = start; index <= end; ++index) ranks[order[index]] = rank;
    start = end + 1;
  }
  return ranks;
}

// Spearman's rank correlation: Pearson's correlation of the ranks.
inline double Spearman(const std::vector<double>& x, const std::vector<double>& y) {
  std::vector<double> rx = Ranks(x), ry = Ranks(y);
  double n = static_cast<double>(x.size());
  double mx = std::accumulate(rx.begin(), rx.end(), 0.0) / n;
  double my = std::accumulate(ry.begin(), ry.end(), 0.0) / n;
  double sxy = 0, sxx = 0, syy = 0;
  for (std::size_t index = 0; index < rx.size(); ++index) {
    sxy += (rx[index] - mx) * (ry[index] - my);
    sxx += (rx[index] - mx) * (rx[index] - mx);
    syy += (ry[index] - my) * (ry[index] - my);
  }
  return sxy / std::sqrt(sxx * syy);
}

// The planted level of `skill` for every rep, in roster order.
inline std::vector<double> PlantedLevels(const SampleTeam& team, Skill skill) {
  std::vector<double> levels;
  for (const PlantedRep& rep : team.planted) levels.push_back(rep.levels[SkillIndex(skill)]);
  return levels;
}

// Applies `measure` to each rep id in roster order.
template <typename Measure>
std::vector<double> PerRep(const SampleTeam& team, Measure measure) {
  std::vector<double> values;
  for (const PlantedRep& rep : team.planted) values.push_back(measure(rep.rep_id));
  return values;
}

// Occurrences of `needle` in `text`, case-insensitive.
inline int CountPhrase(std::string_view text, std::string_view needle) {
  std::string lower_text(text), lower_needle(needle);
  for (char& c : lower_text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (char& c : lower_needle) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  int count = 0;
  for (std::size_t at = lower_text.find(lower_needle); at != std::string::npos;
       at = lower_text.find(lower_needle, at + 1)) {
    ++count;
  }
  return count;
}

// Whether the utterance is on the rep's side (the rep or a solutions engineer).
inline bool IsRep(const model::Utterance& utterance) {
  return utterance.role == model::SpeakerRole::kRep;
}

// The calls of `rep_id` of `type` (kUnknown: all).
inline std::vector<const model::Call*> CallsOf(const SampleTeam& team, const std::string& rep_id,
                                               model::CallType type) {
  std::vector<const model::Call*> calls;
  for (const model::Call& call : team.calls) {
    if (call.rep_id == rep_id && (type == model::CallType::kUnknown || call.call_type == type)) {
      calls.push_back(&call);
    }
  }
  return calls;
}

// The longest part of a template without slots or alternatives: a fragment that survives
// slot filling and filler insertion, to recognise the template in a transcript.
inline std::string Fragment(std::string_view line) {
  std::string best, current;
  int depth = 0;
  for (char c : line) {
    if (c == '{' || c == '[') {
      ++depth;
      if (current.size() > best.size()) best = current;
      current.clear();
    } else if (c == '}' || c == ']') {
      --depth;
    } else if (depth == 0) {
      current += c;
    }
  }
  if (current.size() > best.size()) best = current;
  // Fillers go at the front of a sentence; the tail is what stays intact.
  return best.size() > 24 ? best.substr(best.size() - 24) : best;
}

// ASCII lower case.
inline std::string Lower(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

// Lower-cased fragments of every line of `lines`.
inline std::vector<std::string> Fragments(Lines lines) {
  std::vector<std::string> fragments;
  for (std::string_view line : lines) fragments.push_back(Lower(Fragment(line)));
  return fragments;
}

// Occurrences of any of the lower-cased `fragments` in `text`, ignoring case.
inline int CountFragments(std::string_view text, const std::vector<std::string>& fragments) {
  std::string lower = Lower(text);
  int count = 0;
  for (const std::string& fragment : fragments) {
    for (std::size_t at = lower.find(fragment); at != std::string::npos;
         at = lower.find(fragment, at + 1)) {
      ++count;
    }
  }
  return count;
}

// The arithmetic mean; 0 for no values.
inline double Mean(const std::vector<double>& values) {
  double sum = 0;
  for (double value : values) sum += value;
  return values.empty() ? 0 : sum / static_cast<double>(values.size());
}

// A minimal RFC 4180 reader for checking the generated files: quoted fields, doubled quotes,
// embedded newlines; CRLF or LF.
inline std::vector<std::vector<std::string>> ParseCsv(std::string_view text) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false;
  bool field_started = false;
  for (std::size_t index = 0; index < text.size(); ++index) {
    char c = text[index];
    if (quoted) {
      if (c == '"' && index + 1 < text.size() && text[index + 1] == '"') {
        field += '"';
        ++index;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
      field_started = true;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
      field_started = true;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && index + 1 < text.size() && text[index + 1] == '\n') ++index;
      row.push_back(std::move(field));
      field.clear();
      rows.push_back(std::move(row));
      row.clear();
      field_started = false;
    } else {
      field += c;
      field_started = true;
    }
  }
  if (field_started || !row.empty()) {
    row.push_back(std::move(field));
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace sc::sample::testing
