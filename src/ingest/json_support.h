// Reading transcript JSON with simdjson, and pointing at the problems in it.
//
// JsonReader wraps one file: it parses the text with simdjson's DOM (validating all of it),
// reads typed members while keeping the path it is at ("callTranscripts[0].transcript[2]"),
// and reports every missing or mistyped member as a located Diagnostic. simdjson's DOM keeps
// no source positions, so a problem is located only when it is reported: the path is looked
// up again with simdjson's On Demand API, whose tokens point into the text. A syntax error
// is located with nlohmann::json, which reports the byte where it stopped. Both only run on
// the error path; a good file is parsed once.
//
// Internal to the transcript readers. Not thread-safe; use one JsonReader per file.
//
//   ProblemList problems(text, source);
//   JsonReader json(problems, "Deepgram", kDeepgramHint);
//   std::optional<simdjson::dom::object> root = json.ParseRoot(ThreadParser());
//   if (!root) return problems.Flush(diagnostics);
//   std::optional<simdjson::dom::object> results = json.Object(*root, "results", kRequired);
#pragma once

#include <simdjson.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/transcript_support.h"
#include "model/call.h"

namespace sc::ingest {

enum class Presence { kRequired, kOptional };

// What a time member counts, for messages and hints.
struct TimeUnit {
  std::string_view name;     // "milliseconds"
  std::string_view example;  // "12340"
  // AWS Transcribe writes times as strings ("1.23"); then a string is expected and a number
  // is accepted too.
  bool written_as_text = false;
};

inline constexpr TimeUnit kMilliseconds{"milliseconds", "12340", false};
inline constexpr TimeUnit kSeconds{"seconds", "12.34", false};
inline constexpr TimeUnit kSecondsAsText{"seconds", "\"12.34\"", true};

class JsonReader {
 public:
  // `problems` holds the text (byte order mark removed) and collects what goes wrong; it must
  // outlive the reader. `label` names the format in messages ("the Gong file has no ...");
  // `hint` says where a correct file comes from and is the hint for structural problems.
  JsonReader(ProblemList& problems, std::string_view label, std::string_view hint);
  ~JsonReader();
  JsonReader(const JsonReader&) = delete;
  JsonReader& operator=(const JsonReader&) = delete;

  // True once any problem has been reported for this file.
  bool has_problems() const;

  // Parses the text into `parser`'s document. Returns the root object, or nullopt after
  // reporting why not: not UTF-8, empty, a syntax error (located at the byte where the
  // document stops being JSON), or a root that is not an object. The object lives as long as
  // `parser` is not reused.
  std::optional<simdjson::dom::object> ParseRoot(simdjson::dom::parser& parser);

  // Members of `object`, which is the value at the current path. Each returns nullopt when
  // the member is absent or null, reporting "<where> has no <key>" when it is required, or
  // when it has another type, reporting "<path> is <type>, expected <type>".
  std::optional<simdjson::dom::array> Array(simdjson::dom::object object, std::string_view key,
                                            Presence presence);
  std::optional<simdjson::dom::object> Object(simdjson::dom::object object, std::string_view key,
                                              Presence presence);
  std::optional<std::string_view> String(simdjson::dom::object object, std::string_view key,
                                         Presence presence);
  // A time of zero or more in `unit`; a negative time is reported too.
  std::optional<double> Time(simdjson::dom::object object, std::string_view key, Presence presence,
                             TimeUnit unit);
  // A string or a whole number, as text: speaker ids are written either way.
  std::optional<std::string> Id(simdjson::dom::object object, std::string_view key,
                                Presence presence);
  // The array element at the current path as an object, or nullopt after reporting its type.
  std::optional<simdjson::dom::object> ObjectHere(simdjson::dom::element element);

  // Reports a problem at member `key` of the value at the current path (at the value itself
  // when `key` is empty or absent from the file).
  void Problem(std::string_view key, std::string message, std::string hint);
  // "callTranscripts[0].start" for member `key` of the current path ("" for the path itself).
  std::string PathTo(std::string_view key) const;

  // While a Scope lives, the current path is extended by one member name or array index.
  // `key` must outlive the scope.
  class [[nodiscard]] Scope {
   public:
    ~Scope() { reader_.path_.pop_back(); }
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;

   private:
    friend class JsonReader;
    explicit Scope(JsonReader& reader) : reader_(reader) {}
    JsonReader& reader_;
  };
  Scope Enter(std::string_view key);
  Scope Enter(std::size_t index);

 private:
  struct Segment {
    std::string_view key;
    std::size_t index = 0;
    bool is_index = false;
  };
  struct Locator;  // the On Demand state, made on the first problem

  std::optional<simdjson::dom::element> Member(simdjson::dom::object object, std::string_view key,
                                               Presence presence, std::string_view noun);
  void WrongType(std::string_view key, simdjson::dom::element value, std::string_view expected,
                 std::string hint);
  std::size_t Locate(std::string_view key);
  void ReportSyntaxError(simdjson::error_code error);

  ProblemList& problems_;
  std::string_view label_;
  std::string_view hint_;
  std::vector<Segment> path_;
  std::unique_ptr<Locator> locator_;
};

// This thread's simdjson parser. Reusing one parser per thread keeps its buffers, sized to
// the largest file seen so far, instead of allocating them again for every transcript.
simdjson::dom::parser& ThreadParser();

// The shape every JSON transcript reader shares: removes a byte order mark, parses `text`
// with ThreadParser(), hands the root object to `read_body` (called as
// read_body(json, root, call)), then finishes the call with FinishCall. `label` and `hint` are
// the JsonReader's; `no_speech_hint` is FinishOptions::no_speech_hint. Returns the call, or
// kInvalidArgument with every problem appended to `*diagnostics`. Not reentrant on one
// thread: `read_body` must not read another transcript.
template <typename ReadBody>
Result<model::Call> ReadJsonTranscript(std::string_view text, std::string_view source,
                                       std::string_view label, std::string_view hint,
                                       std::string_view no_speech_hint,
                                       Diagnostics* diagnostics, ReadBody read_body) {
  text = StripUtf8Bom(text);
  ProblemList problems(text, source);
  JsonReader json(problems, label, hint);
  std::optional<simdjson::dom::object> root = json.ParseRoot(ThreadParser());
  if (!root) return problems.Flush(diagnostics);
  model::Call call;
  read_body(json, *root, call);
  return FinishCall(std::move(call), problems, {.no_speech_hint = no_speech_hint}, diagnostics);
}

// Reads the required array `key` of `parent`, one object per utterance, with `read_one`
// (called as read_one(json, object) -> std::optional<model::Utterance>), appending what it
// returns to `call.utterances`. Problems are located under "key[index]"; an element that is
// not an object is reported and skipped.
template <typename ReadOne>
void ReadUtteranceArray(JsonReader& json, simdjson::dom::object parent, std::string_view key,
                        ReadOne read_one, model::Call& call) {
  std::optional<simdjson::dom::array> utterances =
      json.Array(parent, key, Presence::kRequired);
  if (!utterances) return;
  auto in_utterances = json.Enter(key);
  std::size_t index = 0;
  for (simdjson::dom::element entry : *utterances) {
    auto at_entry = json.Enter(index++);
    std::optional<simdjson::dom::object> utterance_object = json.ObjectHere(entry);
    if (!utterance_object) continue;
    if (std::optional<model::Utterance> utterance = read_one(json, *utterance_object)) {
      call.utterances.push_back(std::move(*utterance));
    }
  }
}

}  // namespace sc::ingest
