#include "ingest/jsonl_reader.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/text.h"

namespace sc::ingest {
namespace {

using Json = nlohmann::json;

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

constexpr std::string_view kEmptyHint = "export the records again, one JSON object per line";
constexpr std::string_view kEncodingHint =
    "save the file as UTF-8; it looks like Latin-1 or Windows-1252";
constexpr std::string_view kSyntaxHint =
    "each line must hold one complete JSON object, such as {\"id\": \"D-1\", \"amount\": 1200}";
constexpr std::string_view kNotObjectHint =
    "write one JSON object per line, not a single JSON document spread over the file";
constexpr std::string_view kNestedHint =
    "flatten the export: give each value its own key (\"owner_name\": \"Kim\" rather than "
    "\"owner\": {\"name\": \"Kim\"})";

// A problem with one line; the column is 1-based within the line.
struct LineProblem {
  std::size_t column = 1;
  std::string message;
  std::string_view hint;
};

// The fields of one line's object, in the order written.
struct FlatObject {
  std::vector<std::pair<std::string, std::string>> values;
};

// nlohmann's what() is "[json.exception.parse_error.101] parse error at line 1, column 9:
// syntax error ..."; the location is ours to give, so only the explanation is kept.
std::string ParseErrorReason(std::string_view what) {
  std::size_t parse_error = what.find("parse error");
  std::size_t colon = what.find(": ", parse_error == std::string_view::npos ? 0 : parse_error);
  if (colon == std::string_view::npos) return std::string(what);
  return std::string(what.substr(colon + 2));
}

// The 1-based column of the value of `key`, found by searching for the key as nlohmann
// would write it. Column 1 when it cannot be found (for example, the key is written with
// \u escapes), which still names the right line.
std::size_t ValueColumn(std::string_view line, const std::string& key) {
  std::string quoted_key = Json(key).dump();
  for (std::size_t at = line.find(quoted_key); at != std::string_view::npos;
       at = line.find(quoted_key, at + 1)) {
    std::size_t colon = line.find_first_not_of(" \t", at + quoted_key.size());
    if (colon == std::string_view::npos || line[colon] != ':') continue;
    std::size_t value = line.find_first_not_of(" \t", colon + 1);
    return value == std::string_view::npos ? 1 : value + 1;
  }
  return 1;
}

// Builds a FlatObject from nlohmann's SAX events. The SAX interface, unlike a parsed
// document, passes floating-point numbers as written ("12000.50" stays "12000.50") and keeps
// the keys in the order written. Stops at the first problem, one report per line.
class FlatObjectBuilder {
 public:
  explicit FlatObjectBuilder(std::string_view line) : line_(line) {}

  bool null() { return Value("", "JSON null"); }
  bool boolean(bool value) { return Value(value ? "true" : "false", "a JSON boolean"); }
  bool number_integer(Json::number_integer_t value) {
    return Value(std::to_string(value), "a JSON number");
  }
  bool number_unsigned(Json::number_unsigned_t value) {
    return Value(std::to_string(value), "a JSON number");
  }
  bool number_float(Json::number_float_t /*value*/, const Json::string_t& written) {
    return Value(written, "a JSON number");
  }
  bool string(Json::string_t& value) { return Value(std::move(value), "a JSON string"); }
  bool binary(Json::binary_t& /*value*/) { return true; }  // only CBOR and the like have it
  bool start_object(std::size_t /*size*/) { return Open("object"); }
  bool start_array(std::size_t /*size*/) { return Open("array"); }
  bool key(Json::string_t& key) {
    key_ = std::move(key);
    return true;
  }
  bool end_object() { return true; }
  bool end_array() { return true; }
  bool parse_error(std::size_t position, const std::string& /*last_token*/,
                   const nlohmann::detail::exception& error) {
    problem_ = {position == 0 ? 1 : position, "invalid JSON: " + ParseErrorReason(error.what()),
                kSyntaxHint};
    return false;
  }

  const std::optional<LineProblem>& problem() const { return problem_; }
  FlatObject& object() { return object_; }

 private:
  bool Value(std::string text, std::string_view kind) {
    if (!in_object_) return NotAnObject(kind);
    object_.values.emplace_back(key_, std::move(text));
    return true;
  }
  bool Open(std::string_view kind) {
    if (!in_object_ && kind == "object") {
      in_object_ = true;
      return true;
    }
    if (!in_object_) return NotAnObject(fmt::format("a JSON {}", kind));
    problem_ = {
        ValueColumn(line_, key_),
        fmt::format("field '{}' holds a nested {}; CRM fields must be single values", key_, kind),
        kNestedHint};
    return false;
  }
  bool NotAnObject(std::string_view kind) {
    problem_ = {1, fmt::format("line is {}, expected an object with one record's fields", kind),
                kNotObjectHint};
    return false;
  }

  std::string_view line_;
  bool in_object_ = false;  // once true, any further object or array is nested
  std::string key_;
  FlatObject object_;
  std::optional<LineProblem> problem_;
};

// Parses one non-blank line into its fields, or explains what is wrong with it.
std::optional<LineProblem> ParseLine(std::string_view line, FlatObject* object) {
  if (std::optional<std::size_t> bad = FindInvalidUtf8(line)) {
    return LineProblem{*bad + 1,
                       fmt::format("byte 0x{:02X} is not valid UTF-8",
                                   unsigned{static_cast<unsigned char>(line[*bad])}),
                       kEncodingHint};
  }
  FlatObjectBuilder builder(line);
  Json::sax_parse(line.begin(), line.end(), &builder);
  if (builder.problem()) return builder.problem();
  *object = std::move(builder.object());
  return std::nullopt;
}

// Collects records, growing the field list as new keys appear.
class TableBuilder {
 public:
  explicit TableBuilder(std::string_view source) {
    table_.source = source;
    table_.header_line = 0;  // JSON Lines has no header line
  }

  void Add(std::size_t line_number, std::string_view line, FlatObject&& object) {
    Record record;
    record.line = line_number;
    record.raw = line;
    for (auto& [key, value] : object.values) {
      std::size_t index = FieldIndex(key);
      if (record.values.size() <= index) {
        record.values.resize(index + 1);
        record.columns.resize(index + 1, 0);
      }
      // Every value is located at column 1: a JSON line is short, and naming the line is
      // what the user needs to find it.
      record.values[index] = std::move(value);
      record.columns[index] = 1;
    }
    table_.records.push_back(std::move(record));
  }

  // Pads records read before a key first appeared: absent values are "" at column 0.
  RecordTable Finish() && {
    for (Record& record : table_.records) {
      record.values.resize(table_.fields.size());
      record.columns.resize(table_.fields.size(), 0);
    }
    return std::move(table_);
  }

 private:
  std::size_t FieldIndex(const std::string& key) {
    if (std::optional<std::size_t> index = table_.FieldIndex(key)) return *index;
    table_.fields.push_back(key);
    return table_.fields.size() - 1;
  }

  RecordTable table_;
};

Status Fail(std::string_view source, std::size_t count) {
  return Status::InvalidArgument(
      fmt::format("{}: {} {}", source, count, count == 1 ? "error" : "errors"));
}

}  // namespace

Result<RecordTable> ReadJsonLines(std::string_view text, std::string_view source,
                                  Diagnostics* diagnostics) {
  if (text.starts_with(kUtf8Bom)) text.remove_prefix(kUtf8Bom.size());
  TableBuilder table(source);
  std::size_t record_count = 0;
  std::size_t error_count = 0;
  std::size_t line_number = 0;
  for (std::string_view line : Split(text, '\n')) {
    ++line_number;
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (Trim(line).empty()) continue;
    FlatObject object;
    if (std::optional<LineProblem> problem = ParseLine(line, &object)) {
      diagnostics->Add({std::string(source), line_number, problem->column,
                        std::move(problem->message), std::string(problem->hint),
                        std::string(line)});
      ++error_count;
      continue;
    }
    table.Add(line_number, line, std::move(object));
    ++record_count;
  }
  if (record_count == 0 && error_count == 0) {
    diagnostics->Add({std::string(source), 0, 0, "the file is empty", std::string(kEmptyHint), ""});
    ++error_count;
  }
  if (error_count > 0) return Fail(source, error_count);
  return std::move(table).Finish();
}

}  // namespace sc::ingest
