#include "ingest/transcript_reader.h"

#include "ingest/assemblyai_reader.h"
#include "ingest/aws_transcribe_reader.h"
#include "ingest/deepgram_reader.h"
#include "ingest/gong_reader.h"
#include "ingest/native_json_reader.h"
#include "ingest/srt_reader.h"
#include "ingest/text_transcript_reader.h"
#include "ingest/vtt_reader.h"

namespace sc::ingest {

Result<model::Call> ReadTranscript(std::string_view text, std::string_view source,
                                   TranscriptFormat format, Diagnostics* diagnostics) {
  if (format == TranscriptFormat::kAuto) {
    SC_ASSIGN_OR_RETURN(format, SniffTranscriptFormat(text, source, diagnostics));
  }
  switch (format) {
    case TranscriptFormat::kWebVtt:
      return ReadWebVtt(text, source, diagnostics);
    case TranscriptFormat::kSrt:
      return ReadSrt(text, source, diagnostics);
    case TranscriptFormat::kGong:
      return ReadGongTranscript(text, source, diagnostics);
    case TranscriptFormat::kAwsTranscribe:
      return ReadAwsTranscribe(text, source, diagnostics);
    case TranscriptFormat::kDeepgram:
      return ReadDeepgram(text, source, diagnostics);
    case TranscriptFormat::kAssemblyAi:
      return ReadAssemblyAi(text, source, diagnostics);
    case TranscriptFormat::kText:
      return ReadTextTranscript(text, source, diagnostics);
    case TranscriptFormat::kNative:
      return ReadNativeJson(text, source, diagnostics);
    case TranscriptFormat::kAuto:
      break;
  }
  // SniffTranscriptFormat never returns kAuto.
  SC_CHECK(false);
  return Status::Internal("unreachable");
}

}  // namespace sc::ingest
