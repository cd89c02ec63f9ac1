// The use case behind `salescoach analyze-call FILE`: one transcript file analyzed without a
// database, for trying salescoach on a single export or scripting it into another tool.
//
//   SC_ASSIGN_OR_RETURN(CallFileAnalysis result,
//                       AnalyzeCallFile(analyzer, {.file = "call.vtt"}, &diagnostics));
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "analysis/call_analyzer.h"
#include "base/diagnostics.h"
#include "base/result.h"
#include "ingest/transcript_format.h"
#include "model/call.h"
#include "model/call_analysis.h"

namespace sc::app {

struct CallFileOptions {
  std::filesystem::path file;
  ingest::TranscriptFormat format = ingest::TranscriptFormat::kAuto;
  // Speakers on the rep's side; when given they decide the roles ("roles_from": "option").
  std::vector<std::string> rep_speakers;
  bool utterances = false;  // keep per-utterance detail
};

struct CallFileAnalysis {
  model::Call call;  // as read, roles resolved
  model::CallAnalysis analysis;
};

// Reads, resolves speaker roles (ingest/speaker_roles.h; without --rep-speaker and without
// roles in the file, the documented heuristic) and analyzes. Returns kNotFound/kIoError when
// the file cannot be read, kInvalidArgument with located diagnostics when it is not a valid
// transcript in `format` or a --rep-speaker name matches no speaker.
Result<CallFileAnalysis> AnalyzeCallFile(const analysis::CallAnalyzer& analyzer,
                                         const CallFileOptions& options, Diagnostics* diagnostics);

}  // namespace sc::app
