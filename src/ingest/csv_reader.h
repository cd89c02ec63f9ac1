// Reads RFC 4180 CSV text into a RecordTable.
//
// Accepts: a UTF-8 byte order mark, comma or semicolon delimiters (detected from the header
// line, outside quotes), quoted fields with doubled quotes and embedded newlines, CRLF or LF
// line ends, a missing final newline, and blank lines (skipped). The first non-blank record
// is the header.
//
// Rejects, with one located Diagnostic each (source:line:column, message, hint): text that
// is not UTF-8, NUL bytes (binary files), an empty file or a header-only file is fine but an
// empty header is not, a quote that never closes, a stray quote inside an unquoted field,
// text after a closing quote, and a record whose field count differs from the header's.
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
// and adds nothing to `*diagnostics`. On failure returns kInvalidArgument (message: "<source>:
// N errors") and appends every problem found to `*diagnostics`; problems in one record do not
// hide problems in later ones. Thread-safe.
Result<RecordTable> ReadCsv(std::string_view text, std::string_view source,
                            Diagnostics* diagnostics);

}  // namespace sc::ingest
