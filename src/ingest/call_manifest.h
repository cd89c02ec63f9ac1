// The call manifest: a CSV that links transcript files to the CRM (rep, deal) and gives the
// call context the transcript formats lack. INTERFACES.md "Call manifest" and
// docs/formats/transcripts.md ("Call manifest") describe it.
//
//   file,call_id,rep_id,deal_id,started_at,title,call_type,rep_speakers
//   calls/C-000123.gong.json,,R-07,D-104,2024-03-05T14:30:00Z,Acme discovery,discovery,
//   calls/acme-demo.vtt,C-000124,R-07,D-104,2024-03-12,Acme demo,demo,Dana Reyes;Sam Ortiz
//
//   SC_ASSIGN_OR_RETURN(std::vector<ManifestEntry> entries,
//                       ReadCallManifest(text, "calls.csv", &diagnostics));
//   ApplyManifest(entries[0], &call);
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/diagnostics.h"
#include "base/result.h"
#include "model/call.h"

namespace sc::ingest {

struct ManifestEntry {
  std::string file;              // relative to the manifest's folder, as written
  std::string call_id;           // as written, else the file name without extensions
  bool call_id_written = false;  // false when call_id came from the file name
  std::string rep_id;
  std::string deal_id;  // may be empty
  std::optional<Timestamp> started_at;
  std::string title;  // may be empty
  model::CallType call_type = model::CallType::kUnknown;
  std::vector<std::string> rep_speakers;  // trimmed, empty names dropped
  std::size_t line = 0;                   // the manifest line, for later diagnostics

  friend bool operator==(const ManifestEntry&, const ManifestEntry&) = default;
};

// "C-000123" for "calls/C-000123.gong.json": the last path component up to its first '.'.
// A name that starts with '.' keeps its first part (".hidden.vtt" gives ".hidden").
std::string CallIdFromFileName(std::string_view file);

// Parses the manifest CSV in `text` (read with ReadCsv: comma or semicolon, BOM, quoting).
// Columns: file (required), call_id, rep_id (required), deal_id, started_at (ISO 8601),
// title, call_type (discovery, demo, negotiation, closing, other), rep_speakers
// (';'-separated). Values are trimmed. On success returns one entry per row, in file order,
// and adds nothing to `*diagnostics`. On failure returns kInvalidArgument and appends a
// located diagnostic for every problem: every CSV syntax problem, a missing required column,
// an unknown column, and per row an empty file or rep_id, a started_at that is not a
// timestamp, an unknown call_type, and a call_id (written or derived) used by an earlier row.
// A manifest with any problem is rejected whole. REQUIRES: diagnostics != nullptr.
// Thread-safe.
Result<std::vector<ManifestEntry>> ReadCallManifest(std::string_view text, std::string_view source,
                                                    Diagnostics* diagnostics);

// Gives `*call` the manifest's context. rep_id, deal_id, started_at, title, call_type and
// rep_speakers replace the call's when the entry has a value and are left alone when it
// does not (the salescoach JSON format may carry them itself). The id is the entry's call_id
// when written in the manifest; otherwise the file's own id (a Gong callId) is kept and only
// an empty id gets the name derived from the file. REQUIRES: call != nullptr.
void ApplyManifest(const ManifestEntry& entry, model::Call* call);

}  // namespace sc::ingest
