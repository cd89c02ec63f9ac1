// Reads JSON Lines text (one JSON object per line) into a RecordTable.
//
// Field names are the union of the objects' keys, in order of first appearance; records
// read before a key first appears get "" (column 0) for it. Values become text: strings
// unescaped, floating-point numbers exactly as written ("12000.50", "1E3"), integers in
// decimal, true/false as "true"/"false", null as "". If a key repeats within one object,
// the last value wins. Blank lines are skipped; a UTF-8 byte order mark at the start is
// ignored; CRLF line ends are accepted.
//
// Record::line is the line number, Record::raw the line without its terminator, and
// Record::columns is 1 for every key present in the line and 0 for absent ones. There is
// no header: header_line is 0 and header_raw is empty.
//
// Rejects, with one located Diagnostic per line (the first problem found): invalid JSON
// (line and column of the syntax error, with nlohmann's explanation), a line that is not an
// object, a nested object or array value (CRM fields are flat; located at the value when
// the key can be found in the line, else column 1), bytes that are not UTF-8, and a file
// with no non-blank lines (line 0).
#pragma once

#include <string_view>

#include "base/diagnostics.h"
#include "base/result.h"
#include "ingest/record_table.h"

namespace sc::ingest {

// Same contract as ReadCsv: on success adds nothing to `*diagnostics`; on failure returns
// kInvalidArgument ("<source>: 1 error" or "<source>: N errors") and appends every problem to
// `*diagnostics` in line order. REQUIRES: diagnostics != nullptr. Thread-safe.
Result<RecordTable> ReadJsonLines(std::string_view text, std::string_view source,
                                  Diagnostics* diagnostics);

}  // namespace sc::ingest
