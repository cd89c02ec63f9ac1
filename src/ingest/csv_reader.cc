#include "ingest/csv_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/text.h"

namespace sc::ingest {
namespace {

// Excel's "CSV UTF-8" export starts with this byte order mark; it is not part of the header.
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr char kQuote = '"';
// Padding that hand-edited files put around quoted fields (`1, "Acme, Inc"`); RFC 4180
// would call the quote stray, but the intent is clear and the caller trims values anyway.
constexpr std::string_view kPadding = " \t";

constexpr std::string_view kEmptyHint = "export the report again with its header row";
constexpr std::string_view kBinaryHint =
    "export the report as CSV (comma-separated values, UTF-8), not as a spreadsheet (.xlsx) "
    "or UTF-16 text";
constexpr std::string_view kEncodingHint =
    "save the file as UTF-8; it looks like Latin-1 or Windows-1252 (Excel: Save As > CSV UTF-8)";
constexpr std::string_view kUnclosedHint =
    "a quote is missing, or a quote inside a field is not doubled (\"\")";
constexpr std::string_view kTextAfterQuoteHint =
    "a quote inside a quoted field must be doubled (\"\"), and only the delimiter or the end of "
    "the line may follow the closing quote";
constexpr std::string_view kTruncatedHint =
    "the last record is cut short and the file has no final newline; the file looks "
    "truncated, export it again";
constexpr std::string_view kMissingFieldsHint =
    "every record needs one field per header column; add the missing fields (they may be empty)";

// A byte's place in the text. `line_start` is the offset of its physical line, so that a
// diagnostic can show that line under the caret.
struct Location {
  std::size_t line = 1;
  std::size_t line_start = 0;
  std::size_t offset = 0;

  std::size_t column() const { return offset - line_start + 1; }
};

struct Field {
  std::string value;
  Location start;
};

struct ParsedRecord {
  Location start;
  std::size_t end = 0;  // offset just past the record's text, before its line terminator
  std::vector<Field> fields;
  bool has_other_delimiter = false;  // outside quotes; suggests the delimiter guess is wrong
  bool ends_with_newline = true;
};

// The physical line that starts at `line_start`, without its terminator.
std::string_view PhysicalLine(std::string_view text, std::size_t line_start) {
  std::size_t end = text.find('\n', line_start);
  std::string_view line = text.substr(
      line_start, end == std::string_view::npos ? std::string_view::npos : end - line_start);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

Location LocateOffset(std::string_view text, std::size_t offset) {
  std::string_view before = text.substr(0, offset);
  std::size_t last_newline = before.rfind('\n');
  return {.line = 1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n')),
          .line_start = last_newline == std::string_view::npos ? 0 : last_newline + 1,
          .offset = offset};
}

// Turns problems found at a Location into Diagnostics for one source.
class Reporter {
 public:
  Reporter(std::string_view text, std::string_view source) : text_(text), source_(source) {}

  void Add(const Location& at, std::string message, std::string_view hint) {
    errors_.push_back({std::string(source_), at.line, at.column(), std::move(message),
                       std::string(hint), std::string(PhysicalLine(text_, at.line_start))});
  }
  void AddForFile(std::string message, std::string_view hint) {
    errors_.push_back({std::string(source_), 0, 0, std::move(message), std::string(hint), ""});
  }
  bool empty() const { return errors_.empty(); }

  // Moves the problems, in file order, into `*diagnostics` and returns the overall failure.
  Status Flush(Diagnostics* diagnostics) {
    // The encoding check runs before parsing, so its reports are interleaved here.
    std::stable_sort(errors_.begin(), errors_.end(), [](const Diagnostic& a, const Diagnostic& b) {
      return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    for (Diagnostic& error : errors_) diagnostics->Add(std::move(error));
    std::size_t count = errors_.size();
    return Status::InvalidArgument(
        fmt::format("{}: {} {}", source_, count, count == 1 ? "error" : "errors"));
  }

 private:
  std::string_view text_;
  std::string_view source_;
  std::vector<Diagnostic> errors_;
};

// Reports the first invalid byte of each line. A file in another encoding usually has many;
// one per line finds them all without flooding a line with reports.
void CheckEncoding(std::string_view text, Reporter* reporter) {
  Location line_start;
  while (true) {
    std::string_view line = PhysicalLine(text, line_start.line_start);
    if (std::optional<std::size_t> bad = FindInvalidUtf8(line)) {
      Location at = line_start;
      at.offset = line_start.line_start + *bad;
      reporter->Add(at,
                    fmt::format("byte 0x{:02X} is not valid UTF-8",
                                unsigned{static_cast<unsigned char>(line[*bad])}),
                    kEncodingHint);
    }
    std::size_t newline = text.find('\n', line_start.line_start);
    if (newline == std::string_view::npos) return;
    line_start = {line_start.line + 1, newline + 1, newline + 1};
  }
}

// Counts commas and semicolons in the header line outside quotes; the more frequent one is
// the delimiter. A header with neither is a single column, and comma is as good as any.
char DetectDelimiter(std::string_view text) {
  std::size_t commas = 0;
  std::size_t semicolons = 0;
  bool quoted = false;  // a doubled quote toggles twice, so it needs no special case
  std::size_t header_start = text.find_first_not_of(" \t\r\n");
  for (std::size_t i = header_start; i < text.size(); ++i) {
    char c = text[i];
    if (c == kQuote) {
      quoted = !quoted;
    } else if (!quoted && c == '\n') {
      break;
    } else if (!quoted) {
      commas += c == ',';
      semicolons += c == ';';
    }
  }
  return semicolons > commas ? ';' : ',';
}

char OtherDelimiter(char delimiter) { return delimiter == ',' ? ';' : ','; }

// Splits RFC 4180 text into records, one at a time, reporting syntax errors as it goes.
class CsvParser {
 public:
  CsvParser(std::string_view text, char delimiter, Reporter* reporter)
      : text_(text), delimiter_(delimiter), reporter_(reporter) {}

  // Consumes lines holding only spaces, tabs or CR; returns false at the end of the text.
  bool SkipBlankLines() {
    while (pos_ < text_.size()) {
      std::string_view rest = PhysicalLine(text_, line_start_).substr(pos_ - line_start_);
      if (rest.find_first_not_of(" \t\r") != std::string_view::npos) return true;
      SkipRestOfLine();
    }
    return false;
  }

  // Reads the record at the cursor. On a syntax error, reports it, skips to the next line
  // (the best guess at where the next record starts) and returns nullopt.
  std::optional<ParsedRecord> ReadRecord() {
    ParsedRecord record;
    record.start = Here();
    while (true) {
      if (!ReadField(&record)) {
        SkipRestOfLine();
        return std::nullopt;
      }
      if (pos_ < text_.size() && text_[pos_] == delimiter_) {
        ++pos_;
        continue;
      }
      record.end = pos_;
      record.ends_with_newline = ConsumeLineEnd();
      return record;
    }
  }

 private:
  Location Here() const { return {line_, line_start_, pos_}; }

  // CR counts as a line end only before LF or at the end of the text; a lone CR is data.
  bool AtLineEnd(std::size_t pos) const {
    return text_[pos] == '\n' ||
           (text_[pos] == '\r' && (pos + 1 == text_.size() || text_[pos + 1] == '\n'));
  }
  bool AtFieldEnd(std::size_t pos) const {
    return pos == text_.size() || text_[pos] == delimiter_ || AtLineEnd(pos);
  }
  std::size_t SkipPadding(std::size_t pos) const {
    while (pos < text_.size() && kPadding.find(text_[pos]) != std::string_view::npos) ++pos;
    return pos;
  }
  // The raw text from `pos` to the end of its field, to name it in a message.
  std::string_view RawFieldFrom(std::size_t pos) const {
    std::size_t end = pos;
    while (!AtFieldEnd(end)) ++end;
    return text_.substr(pos, end - pos);
  }

  void StartLineAt(std::size_t offset) {
    ++line_;
    line_start_ = offset;
    pos_ = offset;
  }
  // Returns true when an LF was consumed.
  bool ConsumeLineEnd() {
    if (pos_ < text_.size() && text_[pos_] == '\r') ++pos_;
    if (pos_ == text_.size()) return false;
    StartLineAt(pos_ + 1);
    return true;
  }
  void SkipRestOfLine() {
    std::size_t newline = text_.find('\n', pos_);
    if (newline == std::string_view::npos) {
      pos_ = text_.size();
    } else {
      StartLineAt(newline + 1);
    }
  }

  bool ReadField(ParsedRecord* record) {
    Field field{.value = "", .start = Here()};
    std::size_t after_padding = SkipPadding(pos_);
    bool ok;
    if (after_padding < text_.size() && text_[after_padding] == kQuote) {
      pos_ = after_padding;
      ok = ReadQuotedField(&field.value);
    } else {
      ok = ReadUnquotedField(&field.value, record);
    }
    if (ok) record->fields.push_back(std::move(field));
    return ok;
  }

  bool ReadUnquotedField(std::string* value, ParsedRecord* record) {
    std::size_t begin = pos_;
    for (; !AtFieldEnd(pos_); ++pos_) {
      if (text_[pos_] == kQuote) {
        std::string_view raw = RawFieldFrom(begin);
        reporter_->Add(Here(), fmt::format("a quote appears inside the unquoted field '{}'", raw),
                       fmt::format("quote the whole field and double the quote inside it: {}",
                                   CsvEscape(raw, delimiter_)));
        return false;
      }
      record->has_other_delimiter |= text_[pos_] == OtherDelimiter(delimiter_);
    }
    value->assign(text_.substr(begin, pos_ - begin));
    return true;
  }

  // REQUIRES: the cursor is on the opening quote.
  bool ReadQuotedField(std::string* value) {
    Location open = Here();
    ++pos_;
    while (true) {
      if (pos_ == text_.size()) {
        reporter_->Add(open, "a quoted field opened here is never closed", kUnclosedHint);
        return false;
      }
      char c = text_[pos_];
      if (c == kQuote && pos_ + 1 < text_.size() && text_[pos_ + 1] == kQuote) {
        *value += kQuote;
        pos_ += 2;
      } else if (c == kQuote) {
        break;
      } else if (c == '\n') {
        *value += c;
        StartLineAt(pos_ + 1);  // Record.line stays where the record started
      } else {
        *value += c;
        ++pos_;
      }
    }
    pos_ = SkipPadding(pos_ + 1);
    if (AtFieldEnd(pos_)) return true;
    reporter_->Add(Here(),
                   fmt::format("text '{}' follows the closing quote of the field \"{}\"",
                               RawFieldFrom(pos_), *value),
                   kTextAfterQuoteHint);
    return false;
  }

  std::string_view text_;
  char delimiter_;
  Reporter* reporter_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
  std::size_t line_start_ = 0;
};

std::string CountOf(std::size_t count, std::string_view noun) {
  return fmt::format("{} {}{}", count, noun, count == 1 ? "" : "s");
}

// Header names are trimmed: CRM exports pad them, and the column mapper matches exact names.
void SetHeader(const ParsedRecord& header, std::string_view text, Reporter* reporter,
               RecordTable* table) {
  table->header_line = header.start.line;
  table->header_raw = text.substr(header.start.offset, header.end - header.start.offset);
  std::unordered_map<std::string, std::size_t> first_column;  // name -> 1-based column number
  for (std::size_t index = 0; index < header.fields.size(); ++index) {
    const Field& field = header.fields[index];
    std::string name(Trim(field.value));
    std::size_t number = index + 1;
    if (name.empty()) {
      reporter->Add(field.start, fmt::format("column {} of the header is empty", number),
                    "name the column in the header row, or delete the column if it holds no data");
    } else if (auto [it, inserted] = first_column.emplace(name, number); !inserted) {
      reporter->Add(
          field.start,
          fmt::format("column '{}' appears twice (columns {} and {})", name, it->second, number),
          "rename one of the two columns so that every column name is unique");
    }
    table->fields.push_back(std::move(name));
  }
}

std::string MissingFieldsHint(const ParsedRecord& record, char delimiter) {
  if (record.has_other_delimiter) {
    return fmt::format("is the delimiter '{}'? the header uses '{}'", OtherDelimiter(delimiter),
                       delimiter);
  }
  if (!record.ends_with_newline) return std::string(kTruncatedHint);
  return std::string(kMissingFieldsHint);
}

// Too many fields are located at the first extra one, which is usually where an unquoted
// delimiter split a value; too few are located at the record's start.
void ReportFieldCount(const ParsedRecord& record, std::size_t expected, char delimiter,
                      Reporter* reporter) {
  std::size_t found = record.fields.size();
  std::string message = fmt::format("expected {}, found {}", CountOf(expected, "column"), found);
  if (found > expected) {
    reporter->Add(record.fields[expected].start, std::move(message),
                  fmt::format("a field containing the delimiter '{}' must be quoted", delimiter));
  } else {
    reporter->Add(record.start, std::move(message), MissingFieldsHint(record, delimiter));
  }
}

Record ToRecord(ParsedRecord&& parsed, std::string_view text) {
  Record record;
  record.line = parsed.start.line;
  record.raw = text.substr(parsed.start.offset, parsed.end - parsed.start.offset);
  for (Field& field : parsed.fields) {
    record.values.push_back(std::move(field.value));
    record.columns.push_back(field.start.column());
  }
  return record;
}

// REQUIRES: `text` holds something besides white space.
RecordTable ParseTable(std::string_view text, std::string_view source, Reporter* reporter) {
  RecordTable table;
  table.source = source;
  table.delimiter = DetectDelimiter(text);
  CsvParser parser(text, table.delimiter, reporter);
  // Unknown when the header itself is malformed: later records are then only checked for
  // syntax, since their field count has nothing to be compared with.
  std::optional<std::size_t> expected_fields;
  if (parser.SkipBlankLines()) {
    if (std::optional<ParsedRecord> header = parser.ReadRecord()) {
      SetHeader(*header, text, reporter, &table);
      expected_fields = table.fields.size();
    }
  }
  while (parser.SkipBlankLines()) {
    std::optional<ParsedRecord> record = parser.ReadRecord();
    if (!record || !expected_fields) continue;
    if (record->fields.size() != *expected_fields) {
      ReportFieldCount(*record, *expected_fields, table.delimiter, reporter);
      continue;
    }
    table.records.push_back(ToRecord(std::move(*record), text));
  }
  return table;
}

}  // namespace

Result<RecordTable> ReadCsv(std::string_view text, std::string_view source,
                            Diagnostics* diagnostics) {
  if (text.starts_with(kUtf8Bom)) text.remove_prefix(kUtf8Bom.size());
  Reporter reporter(text, source);
  if (Trim(text).empty()) {
    reporter.AddForFile("the file is empty", kEmptyHint);
    return reporter.Flush(diagnostics);
  }
  // A spreadsheet or UTF-16 file has NULs everywhere; parsing it would only bury this report.
  if (std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
    reporter.Add(LocateOffset(text, nul), "the file holds binary data (a NUL byte)", kBinaryHint);
    return reporter.Flush(diagnostics);
  }
  CheckEncoding(text, &reporter);
  RecordTable table = ParseTable(text, source, &reporter);
  if (!reporter.empty()) return reporter.Flush(diagnostics);
  return table;
}

}  // namespace sc::ingest
