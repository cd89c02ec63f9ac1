// The tone check: the guardrail that keeps coaching constructive (DOMAIN.md, "Guardrails").
// It holds the punitive words and phrases of data/playbook/tone.yaml ("lazy", "failure",
// "you never", "not good enough", ...) and finds them in coaching text before that text is
// loaded into a playbook, rendered or sent.
//
// The check is meant for wording salescoach writes: playbook text, templates and generated
// sentences. Quotes from calls are the speakers' own words and are not its business.
//
// Matching rules (docs/playbook.md, "The tone check"):
//   - case-insensitive (ASCII letters);
//   - whole words only: "lazy" matches "Lazy," and "lazy's" but not "blazy"; a word byte is an
//     ASCII letter, digit, '_' or any byte of a non-ASCII character, so a hyphen or an
//     apostrophe ends a word ("half-lazy" matches);
//   - a space in a phrase matches any run of white space, and a typographic apostrophe (’)
//     matches a plain one (');
//   - strict: a listed word counts wherever it stands as a word ("failed payment" is flagged
//     too). A phrase in the `allowed` list suppresses the punitive matches that lie wholly
//     inside it ("poor fit" describes a deal, not a rep).
//
//   Diagnostics diagnostics;
//   SC_ASSIGN_OR_RETURN(ToneCheck tone,
//                       ToneCheck::Load(data_dir / "playbook/tone.yaml", &diagnostics));
//   if (!tone.Passes(text)) ...   // tone.Offending(text) names the words
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "base/result.h"

namespace sc::coaching {

class ToneCheck {
 public:
  // Reads and parses a tone file. Returns kNotFound or kIoError naming the path when it cannot
  // be read, else what Parse returns.
  static Result<ToneCheck> Load(const std::filesystem::path& path, Diagnostics* diagnostics);

  // Parses a tone file (format: docs/playbook.md); `source` names it in diagnostics. On failure
  // returns kInvalidArgument "<source>: N problem(s) in the tone file" and adds one located
  // diagnostic per problem to `*diagnostics`: YAML syntax errors, a missing or unsupported
  // `version`, unknown keys, a missing or empty `punitive` list, an entry that is not text or
  // is empty, an entry listed twice (in either list, after case and spacing are folded), and an
  // `allowed` phrase that holds no punitive phrase. Thread-safe; no I/O.
  static Result<ToneCheck> Parse(std::string_view yaml, std::string_view source,
                                 Diagnostics* diagnostics);

  // The punitive phrases found in `text`, each once, in the order they first occur, written
  // as in the tone file folded to lower case with single spaces. Where listed phrases overlap,
  // the one that starts first wins, then the longer ("you never" rather than "never"); matches
  // inside an allowed phrase are skipped. Empty when the text passes. Thread-safe.
  std::vector<std::string> Offending(std::string_view text) const;
  bool Passes(std::string_view text) const { return Offending(text).empty(); }

  // The lists as loaded (folded), in file order.
  const std::vector<std::string>& punitive() const { return punitive_; }
  const std::vector<std::string>& allowed() const { return allowed_; }
  // The file the lists came from, for hints ("the rejected words are listed in ...").
  const std::string& source() const { return source_; }

 private:
  ToneCheck() = default;

  std::vector<std::string> punitive_;
  std::vector<std::string> allowed_;
  std::string source_;
};

}  // namespace sc::coaching
