// How tracker phrases become Hyperscan expressions, and the word-level helpers the matcher's
// context rules share. Internal to the tracker matcher (tracker_config.cc, tracker_set.cc);
// docs/trackers.md states the rules for people who write phrases.
//
// Literal phrases are compiled as plain literals (hs_compile_lit_multi), which compiles in a few
// milliseconds and scans at about 1 GB/s; their word boundaries are checked in C++ after each
// match (tracker_hits.cc), because wrapping 400 literals in \b made compiling 60 times slower
// and scanning 10 times slower. Regex phrases are compiled as written. Nothing is compiled with
// HS_FLAG_UTF8, so scanning any bytes, valid UTF-8 or not, is well defined; word characters are
// ASCII letters, digits and '_', as for \b. All functions are pure and thread-safe.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sc::analysis {

// The flags of every literal: case-insensitive. A literal's start is its end minus its length.
unsigned TrackerLiteralFlags();
// The flags of every regex: case-insensitive, reporting the leftmost start offset.
unsigned TrackerRegexFlags();

// Literals are expanded into one variant per combination of apostrophe forms, so their number
// is capped: 2^3 = 8 variants at most.
inline constexpr int kMaxLiteralApostrophes = 3;

// The byte strings a literal phrase is matched as: surrounding white space dropped, each run of
// white space inside made one space (ingest collapses white space in utterance text the same
// way), and one variant for every combination of the two apostrophes, ' and U+2019.
// REQUIRES: LiteralProblem(phrase) is nullopt.
std::vector<std::string> LiteralVariants(std::string_view phrase);

// Why a literal cannot be used: it is empty, or has more than kMaxLiteralApostrophes
// apostrophes. Returns nullopt when it is usable.
std::optional<std::string> LiteralProblem(std::string_view phrase);

// The pattern for a regex phrase: as written, except that an apostrophe outside a character
// class also matches U+2019, so "i'm" in a regex matches "I’m" as a literal would.
std::string RegexPattern(std::string_view regex);

// Why Hyperscan cannot use `regex` as a tracker phrase: its own compile message ("Missing close
// parenthesis for group started at index 0."), "matches the empty string", or a note on non-
// ASCII bytes (patterns are byte-oriented, so "’" inside a class would not mean U+2019).
// Returns nullopt when the regex is usable.
std::optional<std::string> RegexProblem(std::string_view regex);

// ASCII letters, digits and '_': the bytes \b treats as word characters.
bool IsWordByte(char byte);

// Lower-cases ASCII letters and turns U+2019 into ', so "I’d" and "i'd" compare equal.
std::string NormalizeWord(std::string_view word);

// The word that ends right before `offset` in `text`, skipping white space only, normalised as
// NormalizeWord does; a word is a run of word bytes and apostrophes ("we'd"). Returns "" when
// punctuation or the start of the text comes first ("was, like" has no word before "like").
std::string PrecedingWord(std::string_view text, std::size_t offset);

}  // namespace sc::analysis
