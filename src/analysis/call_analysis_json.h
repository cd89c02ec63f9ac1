// The call analysis as JSON: INTERFACES.md, "Call analysis JSON". Written by analyze-call and
// stored by analyze; read back by scoring. Unmeasurable values (nullopt) are JSON null.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "model/call_analysis.h"

namespace sc::analysis {

struct JsonWriteOptions {
  int indent = -1;  // -1: one line; otherwise pretty-printed with this indent
};

std::string CallAnalysisToJson(const model::CallAnalysis& analysis,
                               const model::Call* call_for_utterances = nullptr,
                               const JsonWriteOptions& options = {});

// Parses what CallAnalysisToJson wrote (without utterances). Returns kInvalidArgument naming
// `source` and the offending key when the document is not a call analysis.
Result<model::CallAnalysis> CallAnalysisFromJson(std::string_view json, std::string_view source);

}  // namespace sc::analysis
