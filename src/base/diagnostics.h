// Located diagnostics: what is wrong with the user's input, where, and how to fix it.
//
// A Diagnostic names a source (a file name), a 1-based line and column, a message and an
// optional hint. Format() renders it the way compilers and Ninja do, with the offending line
// and a caret under the column:
//
//   deals.csv:14:3: expected 6 columns, found 5
//     D-104,R-07,Acme renewal,12000,Negotiation
//     ^
//   hint: is the delimiter ';'? salescoach reads comma- or semicolon-separated files
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace sc {

struct Diagnostic {
  std::string source;       // file name as the user gave it
  std::size_t line = 0;     // 1-based; 0 when the problem is the whole file
  std::size_t column = 0;   // 1-based byte column; 0 when unknown
  std::string message;      // what is wrong, naming the value
  std::string hint;         // how to fix it; may be empty
  std::string source_line;  // the offending input line, for the caret; may be empty

  // "source:line:col: message", then the source line with a caret, then "hint: ..."; parts
  // that are unknown are left out. No trailing newline.
  std::string Format() const;
  // The first line only: "source:line:col: message (hint)".
  std::string FormatShort() const;
};

// An ordered collection of diagnostics from one operation.
class Diagnostics {
 public:
  void Add(Diagnostic diagnostic) { items_.push_back(std::move(diagnostic)); }
  void Append(const Diagnostics& other);

  bool empty() const { return items_.empty(); }
  std::size_t size() const { return items_.size(); }
  const std::vector<Diagnostic>& items() const { return items_; }
  const Diagnostic& operator[](std::size_t index) const { return items_[index]; }

  // Every diagnostic's Format(), one after another, separated by newlines.
  std::string FormatAll() const;

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace sc
