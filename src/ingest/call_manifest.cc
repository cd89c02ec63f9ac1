#include "ingest/call_manifest.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <utility>

#include "base/text.h"
#include "ingest/csv_reader.h"

namespace sc::ingest {
namespace {

constexpr std::array<std::string_view, 8> kColumns{
    "file", "call_id", "rep_id", "deal_id", "started_at", "title", "call_type", "rep_speakers"};
constexpr std::string_view kColumnsHint =
    "the manifest's columns are file, call_id, rep_id, deal_id, started_at, title, call_type "
    "and rep_speakers; file and rep_id are required";

// One manifest row being read: its values by column name and the problems found in it.
class RowReader {
 public:
  RowReader(const RecordTable& table, const Record& record, Diagnostics& problems)
      : table_(table), record_(record), problems_(problems) {}

  std::string_view Text(std::string_view column) const {
    std::optional<std::size_t> index = table_.FieldIndex(std::string(column));
    if (!index || *index >= record_.values.size()) return {};
    return Trim(record_.values[*index]);
  }

  std::size_t Column(std::string_view column) const {
    std::optional<std::size_t> index = table_.FieldIndex(std::string(column));
    if (!index || *index >= record_.columns.size()) return 1;
    return std::max<std::size_t>(record_.columns[*index], 1);
  }

  std::string Required(std::string_view column, std::string_view why) {
    std::string_view text = Text(column);
    if (text.empty()) {
      Problem(column, fmt::format("'{}' is empty; {}", column, why),
              fmt::format("fill in {} or leave the row out", column));
    }
    return std::string(text);
  }

  void Problem(std::string_view column, std::string message, std::string hint) {
    std::string_view raw = record_.raw;
    problems_.Add({table_.source, record_.line, Column(column), std::move(message), std::move(hint),
                   std::string(raw.substr(0, raw.find_first_of("\r\n")))});
  }

  std::size_t line() const { return record_.line; }

 private:
  const RecordTable& table_;
  const Record& record_;
  Diagnostics& problems_;
};

std::vector<std::string> SplitNames(std::string_view text) {
  std::vector<std::string> names;
  for (std::string_view name : Split(text, ';')) {
    if (!Trim(name).empty()) names.emplace_back(Trim(name));
  }
  return names;
}

ManifestEntry ReadEntry(RowReader& row) {
  ManifestEntry entry;
  entry.line = row.line();
  entry.file = row.Required("file", "every call needs its transcript file");
  entry.rep_id = row.Required("rep_id", "every call needs the rep it coaches");
  entry.call_id = std::string(row.Text("call_id"));
  entry.call_id_written = !entry.call_id.empty();
  if (!entry.call_id_written) entry.call_id = CallIdFromFileName(entry.file);
  entry.deal_id = std::string(row.Text("deal_id"));
  entry.title = std::string(row.Text("title"));
  entry.rep_speakers = SplitNames(row.Text("rep_speakers"));
  if (std::string_view started = row.Text("started_at"); !started.empty()) {
    entry.started_at = Timestamp::Parse(started);
    if (!entry.started_at) {
      row.Problem("started_at",
                  fmt::format("'started_at' is '{}', which is not a date and time", started),
                  "write it in ISO 8601, such as 2024-03-05T14:30:00Z or 2024-03-05");
    }
  }
  if (std::string_view type = row.Text("call_type"); !type.empty()) {
    std::optional<model::CallType> parsed = model::ParseCallType(type);
    if (!parsed) {
      row.Problem("call_type", fmt::format("'call_type' is '{}', which is not a call type", type),
                  "use one of discovery, demo, negotiation, closing or other, or leave it empty");
    }
    entry.call_type = parsed.value_or(model::CallType::kUnknown);
  }
  return entry;
}

// Missing required columns and unknown ones (usually a typo: "rep_speaker").
void CheckHeader(const RecordTable& table, Diagnostics& problems) {
  auto add = [&](std::string message) {
    problems.Add({table.source, table.header_line, 1, std::move(message), std::string(kColumnsHint),
                  table.header_raw});
  };
  for (std::string_view required : {"file", "rep_id"}) {
    if (!table.FieldIndex(std::string(required))) {
      add(fmt::format("the manifest has no '{}' column", required));
    }
  }
  for (const std::string& field : table.fields) {
    if (std::find(kColumns.begin(), kColumns.end(), field) == kColumns.end()) {
      add(fmt::format("'{}' is not a manifest column", field));
    }
  }
}

}  // namespace

std::string CallIdFromFileName(std::string_view file) {
  std::size_t slash = file.find_last_of("/\\");
  std::string_view name = slash == std::string_view::npos ? file : file.substr(slash + 1);
  std::size_t dot = name.find('.', 1);
  return std::string(name.substr(0, dot));
}

Result<std::vector<ManifestEntry>> ReadCallManifest(std::string_view text, std::string_view source,
                                                    Diagnostics* diagnostics) {
  SC_ASSIGN_OR_RETURN(RecordTable table, ReadCsv(text, source, diagnostics));
  Diagnostics problems;
  CheckHeader(table, problems);
  std::vector<ManifestEntry> entries;
  std::map<std::string, std::size_t, std::less<>> first_line_of_id;
  if (problems.empty()) {
    for (const Record& record : table.records) {
      RowReader row(table, record, problems);
      ManifestEntry entry = ReadEntry(row);
      auto [first, inserted] = first_line_of_id.emplace(entry.call_id, entry.line);
      if (!inserted && !entry.call_id.empty()) {
        row.Problem(entry.call_id_written ? "call_id" : "file",
                    fmt::format("call_id '{}' appears twice (first on line {})", entry.call_id,
                                first->second),
                    "give each call its own call_id, or remove the duplicate row");
      }
      entries.push_back(std::move(entry));
    }
  }
  if (problems.empty()) return entries;
  diagnostics->Append(problems);
  return Status::InvalidArgument(
      fmt::format("{}: {} {}", source, problems.size(), problems.size() == 1 ? "error" : "errors"));
}

void ApplyManifest(const ManifestEntry& entry, model::Call* call) {
  if (entry.call_id_written || call->id.empty()) call->id = entry.call_id;
  if (!entry.rep_id.empty()) call->rep_id = entry.rep_id;
  if (!entry.deal_id.empty()) call->deal_id = entry.deal_id;
  if (entry.started_at) call->started_at = entry.started_at;
  if (!entry.title.empty()) call->title = entry.title;
  if (entry.call_type != model::CallType::kUnknown) call->call_type = entry.call_type;
  if (!entry.rep_speakers.empty()) call->rep_speakers = entry.rep_speakers;
}

}  // namespace sc::ingest
