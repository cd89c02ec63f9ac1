// Reads RFC 4180 CSV text into a RecordTable.
//
// Accepts: a UTF-8 byte order mark, comma or semicolon delimiters (detected from the header
// line, outside quotes: the more frequent of the two, comma when neither occurs, so a file
// separated by tabs or '|' reads as one column and the caller reports it), quoted fields with
// doubled quotes and embedded newlines, spaces or tabs around a quoted field (`1, "Acme"`),
// CRLF or LF line ends (a lone CR is data), a missing final newline, and blank lines
// (empty or only spaces, tabs and CR; skipped). The first non-blank record is the header; a
// header-only file gives a table with no records.
//
// Values: header names are trimmed; unquoted values are kept exactly as written (the caller
// trims); quoted values are unescaped, embedded line ends kept as written. Record::line is
// the physical line where the record starts; Record::columns[i] is the byte column where
// field i starts, counted on the physical line where that field starts (a later line when
// an earlier field holds a newline). Columns on line 1 are counted after the byte order mark.
//
// Rejects, with one located Diagnostic each (source:line:column, message, hint, source
// line): an empty file (only a BOM or white space; line 0), a NUL byte (binary file: only
// the first is reported and nothing else is checked), bytes that are not UTF-8 (the first
// per line), a quote that never closes (located at the opening quote), a stray quote inside
// an unquoted field, text after a closing quote, an empty or duplicate header name, and a
// record whose field count differs from the header's (located at the record's first column
// when fields are missing, at the first extra field when there are too many). After a
// syntax error, reading resumes at the next line. When the header itself has a syntax
// error, later records are checked for syntax only.
//
//   Diagnostics diagnostics;
//   Result<RecordTable> table = ReadCsv(text, "deals.csv", &diagnostics);
//   // On failure, table.status() is kInvalidArgument and diagnostics names every problem.
#pragma once

#include <string_view>

#include "base/diagnostics.h"
#include "base/result.h"
#include "ingest/record_table.h"

namespace sc::ingest {

// Parses all of `text`. `source` is used only in diagnostics. On success returns the table
// and adds nothing to `*diagnostics`. On failure returns kInvalidArgument (message
// "<source>: 1 error" or "<source>: N errors") and appends every problem found to
// `*diagnostics`, ordered by line and column; problems in one record do not hide problems in
// later ones. REQUIRES: diagnostics != nullptr. Thread-safe.
Result<RecordTable> ReadCsv(std::string_view text, std::string_view source,
                            Diagnostics* diagnostics);

}  // namespace sc::ingest
