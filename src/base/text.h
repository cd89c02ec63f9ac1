// Small text helpers shared by every module: trimming, ASCII case folding, splitting and
// UTF-8 validation. All functions are pure and thread-safe.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sc {

// Removes ASCII white space (space, tab, CR, LF) at both ends.
std::string_view Trim(std::string_view text);
// Lower-cases ASCII letters only; other bytes (including UTF-8) are kept.
std::string AsciiLower(std::string_view text);
bool EqualsIgnoreCase(std::string_view a, std::string_view b);
// Splits on every occurrence of `separator`; "a,,b" gives three parts, "" gives one.
std::vector<std::string_view> Split(std::string_view text, char separator);

// The text of 1-based line `line` of `text` without its line ending (LF or CRLF), for the caret
// under a diagnostic; empty when `text` has fewer lines.
std::string_view LineOf(std::string_view text, std::size_t line);

// Returns the byte offset of the first byte that is not part of a well-formed UTF-8 sequence
// (overlong forms, surrogates and code points above U+10FFFF count as malformed), or nullopt
// when all of `text` is valid UTF-8.
std::optional<std::size_t> FindInvalidUtf8(std::string_view text);

// Escapes a value for a CSV field: quotes it when it holds the delimiter, a quote, CR or LF.
std::string CsvEscape(std::string_view value, char delimiter = ',');

// `text` with each placeholder of `values` (named with its braces: "{call_id}") replaced by its
// value wherever it occurs; everything else is kept as it is. For URL templates, whose
// placeholders were checked when the template was read.
std::string FillPlaceholders(
    std::string_view text,
    std::initializer_list<std::pair<std::string_view, std::string_view>> values);

// RFC 3986 percent-encoding of every byte but the unreserved characters (letters, digits and
// - . _ ~), so a value with a slash, space, ampersand or quote stays one URL path segment or
// query value and can never end a link early.
std::string PercentEncode(std::string_view value);

}  // namespace sc
