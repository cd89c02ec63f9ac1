#include "bench/native_json_writer.h"

#include <fmt/format.h>

#include <cmath>

#include "sample/transcript_render.h"

namespace sc::bench {
namespace {

using sample::JsonString;

// Seconds rounded to the millisecond, in the shortest form that reads back as that: 7.173, 0.8.
double Milliseconds(double seconds) { return std::round(seconds * 1000) / 1000; }

void AppendMember(std::string& out, std::string_view key, std::string_view value) {
  if (value.empty()) return;
  out += fmt::format("\"{}\": {}, ", key, JsonString(value));
}

}  // namespace

std::string RenderNativeJson(const model::Call& call) {
  std::string out = "{";
  AppendMember(out, "call_id", call.id);
  AppendMember(out, "title", call.title);
  if (call.started_at) AppendMember(out, "started_at", call.started_at->ToString());
  AppendMember(out, "rep_id", call.rep_id);
  AppendMember(out, "deal_id", call.deal_id);
  if (call.call_type != model::CallType::kUnknown) {
    AppendMember(out, "call_type", model::CallTypeName(call.call_type));
  }
  if (!call.rep_speakers.empty()) {
    out += "\"rep_speakers\": [";
    for (std::size_t index = 0; index < call.rep_speakers.size(); ++index) {
      if (index > 0) out += ", ";
      out += JsonString(call.rep_speakers[index]);
    }
    out += "], ";
  }
  out += "\"utterances\": [";
  for (std::size_t index = 0; index < call.utterances.size(); ++index) {
    const model::Utterance& utterance = call.utterances[index];
    out += index == 0 ? "\n  " : ",\n  ";
    out += fmt::format("{{\"speaker\": {}, ", JsonString(utterance.speaker));
    if (utterance.role != model::SpeakerRole::kUnknown) {
      out += fmt::format("\"role\": \"{}\", ", model::SpeakerRoleName(utterance.role));
    }
    out +=
        fmt::format("\"start\": {}, \"end\": {}, \"text\": {}}}", Milliseconds(utterance.start_s),
                    Milliseconds(utterance.end_s), JsonString(utterance.text));
  }
  out += "]}\n";
  return out;
}

}  // namespace sc::bench
