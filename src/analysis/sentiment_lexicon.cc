#include "analysis/sentiment_lexicon.h"

#include <charconv>
#include <cmath>
#include <system_error>
#include <utility>

#include <fmt/format.h>

#include "base/file_io.h"
#include "base/text.h"

namespace sc::analysis {
namespace {

// A file with thousands of bad lines (a binary file, the wrong CSV) needs no more than this many
// diagnostics to show what is wrong; the status message still counts them all.
constexpr std::size_t kMaxLineDiagnostics = 20;

constexpr std::string_view kUtf8ByteOrderMark = "\xEF\xBB\xBF";
constexpr std::string_view kFormatHint =
    "each line is token<TAB>mean valence<TAB>standard deviation<TAB>ratings, with the mean a "
    "decimal number such as -1.5 (see docs/sentiment.md)";

// One line of lexicon text with its 1-based number.
struct Line {
  std::string_view text;
  std::size_t number = 0;
};

// The mean valence of `field`, or nullopt unless all of it is one finite decimal number.
std::optional<double> ParseValence(std::string_view field) {
  double value = 0;
  const char* end = field.data() + field.size();
  auto [stop, error] = std::from_chars(field.data(), end, value);
  if (field.empty() || error != std::errc() || stop != end || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

class LexiconParser {
 public:
  LexiconParser(std::string_view source, Diagnostics* diagnostics)
      : source_(source), diagnostics_(diagnostics) {}

  void ParseLine(const Line& line) {
    if (Trim(line.text).empty()) return;
    std::size_t tab = line.text.find('\t');
    if (tab == std::string_view::npos) {
      Report(line, line.text.size() + 1,
             fmt::format("expected a tab after the token \"{}\"", line.text));
      return;
    }
    if (tab == 0) {
      Report(line, 1, "the token before the first tab is empty");
      return;
    }
    std::string_view token = line.text.substr(0, tab);
    std::string_view rest = line.text.substr(tab + 1);
    std::string_view field = rest.substr(0, rest.find('\t'));
    std::string_view mean = Trim(field);
    std::optional<double> valence = ParseValence(mean);
    if (!valence) {
      std::size_t leading_blanks =
          mean.empty() ? 0 : static_cast<std::size_t>(mean.data() - field.data());
      Report(line, tab + 2 + leading_blanks,
             fmt::format("the valence \"{}\" of token \"{}\" is not a number", mean, token));
      return;
    }
    // Later lines win, as they do in the reference implementation's object literal.
    valences_.InsertOrAssign(token, *valence);
  }

  std::size_t bad_lines() const { return bad_lines_; }
  WordTable<double> TakeValences() { return std::move(valences_); }

 private:
  void Report(const Line& line, std::size_t column, std::string message) {
    ++bad_lines_;
    if (bad_lines_ > kMaxLineDiagnostics) return;
    diagnostics_->Add(Diagnostic{.source = std::string(source_),
                                 .line = line.number,
                                 .column = column,
                                 .message = std::move(message),
                                 .hint = std::string(kFormatHint),
                                 .source_line = std::string(line.text)});
  }

  std::string_view source_;
  Diagnostics* diagnostics_;
  std::size_t bad_lines_ = 0;
  WordTable<double> valences_;
};

// Calls `visit` with every line of `text`; a final line without a newline counts, and a CR
// before the newline is not part of the line.
template <typename Visit>
void ForEachLine(std::string_view text, Visit visit) {
  std::size_t number = 0;
  while (!text.empty()) {
    std::size_t newline = text.find('\n');
    std::string_view line = text.substr(0, newline);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    visit(Line{.text = line, .number = ++number});
    if (newline == std::string_view::npos) break;
    text.remove_prefix(newline + 1);
  }
}

}  // namespace

Result<SentimentLexicon> SentimentLexicon::Parse(std::string_view text, std::string_view source,
                                                 Diagnostics* diagnostics) {
  SC_CHECK(diagnostics != nullptr);
  if (text.starts_with(kUtf8ByteOrderMark)) text.remove_prefix(kUtf8ByteOrderMark.size());
  LexiconParser parser(source, diagnostics);
  ForEachLine(text, [&parser](const Line& line) { parser.ParseLine(line); });
  if (parser.bad_lines() > 0) {
    return Status::InvalidArgument(fmt::format("{}: {} malformed line{} in the sentiment lexicon",
                                               source, parser.bad_lines(),
                                               parser.bad_lines() == 1 ? "" : "s"));
  }
  WordTable<double> valences = parser.TakeValences();
  if (valences.size() == 0) {
    diagnostics->Add(Diagnostic{.source = std::string(source),
                                .message = "the sentiment lexicon has no entries",
                                .hint = std::string(kFormatHint)});
    return Status::InvalidArgument(fmt::format("{}: the sentiment lexicon has no entries", source));
  }
  return SentimentLexicon(std::move(valences));
}

Result<SentimentLexicon> SentimentLexicon::Load(const std::filesystem::path& path,
                                                Diagnostics* diagnostics) {
  SC_ASSIGN_OR_RETURN(std::string text, ReadFile(path));
  return Parse(text, path.string(), diagnostics);
}

}  // namespace sc::analysis
