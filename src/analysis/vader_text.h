// Text and number handling for the VADER analyzer, matching the reference JavaScript exactly.
//
// Internal to vader.cc. The reference (npm vader-sentiment 1.1.3) works on JavaScript strings:
// it splits on the regular expression /\s/, drops tokens shorter than two UTF-16 code units,
// strips one PUNC_LIST affix from a word, lower-cases with String.prototype.toLowerCase and
// tests ALL CAPS with /^[^a-z]*[A-Z]+[^a-z]*$/. These functions do the same on UTF-8 without
// regular expressions; they allocate only by growing the caller's buffers.
//
// REQUIRES for all: `text` is valid UTF-8 (ingest checks it with FindInvalidUtf8). On malformed
// input the results are defined but may differ from the reference, which would first replace
// the bad bytes with U+FFFD.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sc::analysis::vader {

// Appends the words and emoticons of `text` to `*words` as views into `text`, as
// SentiText.get_words_and_emoticons does: split on JavaScript white space, keep tokens of two or
// more UTF-16 code units, and turn "word" plus one PUNC_LIST entry at either end ("good!",
// "?!?nice") into the bare word when the bare word has two or more code units and no ASCII
// punctuation. Everything else is kept as written (":-)", "don't", "(great)").
void SplitWordsAndEmoticons(std::string_view text, std::vector<std::string_view>* words);

// True when `word` has an ASCII capital and no ASCII small letter: the reference's
// is_upper_python ("GREAT", "A+", ":)WORD"; not ":)" or "Great").
bool IsAllCaps(std::string_view word);

// Appends `word` lower-cased as JavaScript's toLowerCase would, as far as it matters for ASCII
// keys: ASCII capitals and the Kelvin sign (U+212A, which becomes "k") are folded; every other
// byte is copied. Returns the number of bytes appended.
std::size_t AppendLowercase(std::string_view word, std::string* out);

// The number of times `character` occurs in `text`.
std::size_t CountChar(std::string_view text, char character);

// JavaScript's parseFloat(x.toFixed(digits)): x rounded to `digits` decimals, judged on its exact
// binary value with ties away from zero (0.03125 gives 0.0313 for 4 digits, where printf's
// round-half-even would give 0.0312). REQUIRES: 0 <= digits <= 6 and |x| < 1e9.
double RoundLikeToFixed(double x, int digits);

}  // namespace sc::analysis::vader
