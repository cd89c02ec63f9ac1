// RecordTable: the rows of one CRM file, as text, with where each value came from.
//
// The CSV and JSON Lines readers both produce this shape, so column mapping and field
// parsing (crm_fields.h) work the same for either format and can point every error at the
// file, line and column it came from.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace sc::ingest {

struct Record {
  std::size_t line = 0;              // 1-based line where the record starts
  std::vector<std::string> values;   // one per RecordTable::fields entry; "" = empty or absent
  std::vector<std::size_t> columns;  // 1-based byte column where each value starts; 0 = absent
  std::string raw;                   // the record's source text, for diagnostics and rejects
};

struct RecordTable {
  std::string source;               // file name as the user gave it
  std::vector<std::string> fields;  // header names as written (trimmed, BOM removed)
  std::size_t header_line = 1;      // where the header was read (CSV only)
  std::string header_raw;           // the header's source text (CSV only)
  char delimiter = ',';             // CSV only
  std::vector<Record> records;

  // Index of the field named `name` (exact match), if present.
  std::optional<std::size_t> FieldIndex(const std::string& name) const {
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (fields[i] == name) return i;
    }
    return std::nullopt;
  }
};

}  // namespace sc::ingest
