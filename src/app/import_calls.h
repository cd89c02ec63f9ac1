// The transcript import use case behind `salescoach import calls`.
//
// Reads transcript files in any supported format, links each to its rep and deal through
// the call manifest (or the salescoach JSON format's own fields), decides speaker roles, and
// stores the calls with their utterances. Files are parsed in parallel, a chunk at a time,
// inside one store transaction: memory stays bounded however many calls there are, and a
// single bad file still leaves the database unchanged.
//
//   CallImportOptions options{.paths = {"demo/calls"}};   // finds demo/calls/manifest.csv
//   Result<CallImportResult> result = ImportCallFiles(store, options, &diagnostics);
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/result.h"
#include "ingest/transcript_format.h"
#include "store/store.h"

namespace sc::app {

struct CallImportOptions {
  // Transcript files, or folders whose transcript files are all imported. A folder holding a
  // manifest.csv uses it when `manifest` is empty.
  std::vector<std::filesystem::path> paths;
  // The call manifest; its rows name the files to import (relative to the manifest), so
  // `paths` may then be empty.
  std::filesystem::path manifest;
  ingest::TranscriptFormat format = ingest::TranscriptFormat::kAuto;
  std::size_t threads = 0;  // 0 = one per core
};

struct CallImportResult {
  std::size_t files = 0;
  store::UpsertCount calls;
  std::map<std::string, std::size_t> roles_from;  // how many calls each method decided
  std::vector<std::string> warnings;              // rep speakers no call speaker matched
};

// Imports the transcripts named by `options`. Returns kInvalidArgument with every problem
// appended to `*diagnostics` (located in the transcript or the manifest) when any file is
// bad, has no rep, or names an unknown rep; kNotFound / kIoError when a file cannot be read.
// Nothing is written on any failure.
Result<CallImportResult> ImportCallFiles(store::Store& store, const CallImportOptions& options,
                                         Diagnostics* diagnostics);

}  // namespace sc::app
