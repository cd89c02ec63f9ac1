#include "app/analyze_call_file.h"

#include <fmt/format.h>

#include "base/file_io.h"
#include "ingest/call_manifest.h"
#include "ingest/speaker_roles.h"
#include "ingest/transcript_reader.h"

namespace sc::app {
namespace {

// Sets roles from the user's --rep-speaker names, which override any roles in the file.
// Returns false, with a diagnostic per name, when a name matches no speaker.
bool ApplyRepSpeakerOption(const std::vector<std::string>& rep_speakers, model::Call* call,
                           Diagnostics* diagnostics, const std::string& source) {
  for (model::Utterance& u : call->utterances) u.role = model::SpeakerRole::kUnknown;
  ingest::RoleResolution resolution =
      ingest::ResolveSpeakerRoles(*call, {.rep_speakers = rep_speakers, .crm_reps = {}});
  call->roles_from = "option";
  for (const std::string& name : resolution.unmatched_rep_speakers) {
    diagnostics->Add(Diagnostic{
        .source = source,
        .message = fmt::format("no speaker in the transcript is called \"{}\"", name),
        .hint = "check the spelling against the speaker names in the file"});
  }
  return resolution.unmatched_rep_speakers.empty();
}

}  // namespace

Result<CallFileAnalysis> AnalyzeCallFile(const analysis::CallAnalyzer& analyzer,
                                         const CallFileOptions& options,
                                         Diagnostics* diagnostics) {
  std::string source = options.file.string();
  SC_ASSIGN_OR_RETURN(std::string text, ReadFile(options.file));
  SC_ASSIGN_OR_RETURN(model::Call call,
                      ingest::ReadTranscript(text, source, options.format, diagnostics));
  if (call.id.empty()) call.id = ingest::CallIdFromFileName(options.file.filename().string());
  if (call.source.empty()) call.source = source;
  if (!options.rep_speakers.empty()) {
    if (!ApplyRepSpeakerOption(options.rep_speakers, &call, diagnostics, source)) {
      return Status(StatusCode::kInvalidArgument,
                    fmt::format("{}: --rep-speaker names no speaker of the call", source));
    }
  } else {
    ingest::RoleResolution resolution = ingest::ResolveSpeakerRoles(call, {});
    call.roles_from = std::string(ingest::RoleMethodName(resolution.method));
  }
  analysis::CallAnalyzer::Scratch scratch = analyzer.NewScratch();
  model::CallAnalysis analysis =
      analyzer.Analyze(call, scratch, {.utterances = options.utterances});
  return CallFileAnalysis{std::move(call), std::move(analysis)};
}

}  // namespace sc::app
