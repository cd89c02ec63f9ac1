// Reads JSON Lines text (one JSON object per line) into a RecordTable.
//
// Field names are the union of the objects' keys, in order of first appearance. Values
// become text: strings as they are, numbers as written, true/false as "true"/"false", null
// as "". Blank lines are skipped. A UTF-8 byte order mark at the start is ignored.
//
// Rejects, with a located Diagnostic each: invalid JSON (line and column of the syntax
// error), a line that is not an object, a nested object or array value (CRM fields are
// flat), text that is not UTF-8, and a file with no records.
#pragma once

#include <string_view>

#include "base/diagnostics.h"
#include "base/result.h"
#include "ingest/record_table.h"

namespace sc::ingest {

// Same contract as ReadCsv: on failure returns kInvalidArgument and appends every problem to
// `*diagnostics`. Thread-safe.
Result<RecordTable> ReadJsonLines(std::string_view text, std::string_view source,
                                  Diagnostics* diagnostics);

}  // namespace sc::ingest
