// Quotes: the words of a call shown to a rep or a manager, cut cleanly and stripped of
// personal data.
//
// A quote is whole sentences: it starts at a sentence's start and stops after the last whole
// sentence that fits. When even the first sentence is too long it is cut after the last whole
// word that fits and ends with "…", never inside a word or a UTF-8 character. Personal data
// is replaced before anything else (DOMAIN.md, Guardrails): e-mail addresses by "[email]",
// phone numbers by "[phone]", and card, account and other numbers of 7 or more digits by
// "[number]". Amounts ("$40,000"), percentages, times and dates are kept.
//
//   std::string quote = QuoteSentences(utterance.text, facts.sentences, 2, kQuoteMaxChars);
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "analysis/sentences.h"

namespace sc::analysis {

inline constexpr std::size_t kQuoteMaxChars = 240;

// `text` with e-mail addresses, phone numbers and long digit runs replaced as described above.
std::string RedactPersonalData(std::string_view text);

// A quote of `text` starting at sentence `first` of `sentences` (SplitSentences(text)), of at
// most `max_chars` bytes after redaction. REQUIRES: first < sentences.size().
std::string QuoteSentences(std::string_view text, std::span<const TextSpan> sentences,
                           std::size_t first, std::size_t max_chars = kQuoteMaxChars);

// A quote of the whole of `text`, from its first sentence.
std::string QuoteText(std::string_view text, std::size_t max_chars = kQuoteMaxChars);

}  // namespace sc::analysis
