#include "ingest/aws_transcribe_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "ingest/json_support.h"

namespace sc::ingest {
namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

constexpr std::string_view kAwsHint =
    "use the JSON result of a Transcribe job started with ShowSpeakerLabels, as it is written";
constexpr std::string_view kNoSpeechHint =
    "the job recognised no words; check the recording and run the job again";

struct Segment {
  double start_s = 0;
  std::string speaker;
};

// A recognised word, or a punctuation mark (no times, attaches to the word before).
struct Item {
  bool punctuation = false;
  double start_s = 0;
  double end_s = 0;
  std::string speaker;  // from the item itself; empty when it has none
  std::string_view content;
};

std::vector<Segment> ReadSegments(JsonReader& json, object results) {
  std::vector<Segment> segments;
  std::optional<object> labels = json.Object(results, "speaker_labels", Presence::kRequired);
  if (!labels) return segments;
  auto in_labels = json.Enter("speaker_labels");
  std::optional<array> list = json.Array(*labels, "segments", Presence::kRequired);
  if (!list) return segments;
  auto in_segments = json.Enter("segments");
  std::size_t index = 0;
  for (element entry : *list) {
    auto at_segment = json.Enter(index++);
    std::optional<object> segment = json.ObjectHere(entry);
    if (!segment) continue;
    std::optional<double> start =
        json.Time(*segment, "start_time", Presence::kRequired, kSecondsAsText);
    json.Time(*segment, "end_time", Presence::kRequired, kSecondsAsText);
    std::optional<std::string_view> speaker =
        json.String(*segment, "speaker_label", Presence::kRequired);
    if (start && speaker) segments.push_back({*start, std::string(*speaker)});
  }
  std::stable_sort(segments.begin(), segments.end(),
                   [](const Segment& a, const Segment& b) { return a.start_s < b.start_s; });
  return segments;
}

std::optional<Item> ReadItem(JsonReader& json, object item_object) {
  std::optional<std::string_view> type = json.String(item_object, "type", Presence::kRequired);
  std::optional<array> alternatives = json.Array(item_object, "alternatives", Presence::kRequired);
  if (!type || !alternatives) return std::nullopt;
  Item item{.punctuation = *type == "punctuation"};
  if (!item.punctuation) {
    std::optional<double> start =
        json.Time(item_object, "start_time", Presence::kRequired, kSecondsAsText);
    std::optional<double> end =
        json.Time(item_object, "end_time", Presence::kRequired, kSecondsAsText);
    if (!start || !end) return std::nullopt;
    item.start_s = *start;
    item.end_s = *end;
    item.speaker = json.String(item_object, "speaker_label", Presence::kOptional).value_or("");
  }
  auto in_alternatives = json.Enter("alternatives");
  if (alternatives->size() == 0) {
    json.Problem("", fmt::format("{} is empty", json.PathTo("")), std::string(kAwsHint));
    return std::nullopt;
  }
  // Transcribe lists the most likely alternative first.
  auto at_first = json.Enter(std::size_t{0});
  std::optional<object> best = json.ObjectHere(alternatives->at(0).value_unsafe());
  std::optional<std::string_view> content =
      best ? json.String(*best, "content", Presence::kRequired) : std::nullopt;
  if (!content) return std::nullopt;
  item.content = *content;
  return item;
}

std::vector<Item> ReadItems(JsonReader& json, object results) {
  std::vector<Item> items;
  std::optional<array> list = json.Array(results, "items", Presence::kRequired);
  if (!list) return items;
  auto in_items = json.Enter("items");
  std::size_t index = 0;
  for (element entry : *list) {
    auto at_item = json.Enter(index++);
    std::optional<object> item_object = json.ObjectHere(entry);
    if (!item_object) continue;
    if (std::optional<Item> item = ReadItem(json, *item_object)) items.push_back(*item);
  }
  return items;
}

// The speaker of the last segment that starts at or before `start_s`.
const std::string& SpeakerAt(const std::vector<Segment>& segments, double start_s) {
  auto after = std::upper_bound(segments.begin(), segments.end(), start_s,
                                [](double time, const Segment& s) { return time < s.start_s; });
  return after == segments.begin() ? segments.front().speaker : std::prev(after)->speaker;
}

std::vector<model::Utterance> JoinWords(const std::vector<Item>& items,
                                        const std::vector<Segment>& segments) {
  std::vector<model::Utterance> utterances;
  for (const Item& item : items) {
    if (item.punctuation) {
      if (!utterances.empty()) utterances.back().text += item.content;
      continue;
    }
    const std::string& speaker =
        item.speaker.empty() ? SpeakerAt(segments, item.start_s) : item.speaker;
    if (!utterances.empty() && utterances.back().speaker == speaker) {
      model::Utterance& last = utterances.back();
      last.text += ' ';
      last.text += item.content;
      last.end_s = std::max(last.end_s, item.end_s);
      continue;
    }
    utterances.push_back({.speaker = speaker,
                          .start_s = item.start_s,
                          .end_s = item.end_s,
                          .text = std::string(item.content)});
  }
  return utterances;
}

// Joins the job's word items into utterances by the speaker segments they fall in.
void ReadJob(JsonReader& json, object root, model::Call& call) {
  std::optional<object> results = json.Object(root, "results", Presence::kRequired);
  if (!results) return;
  auto in_results = json.Enter("results");
  std::vector<Segment> segments = ReadSegments(json, *results);
  std::vector<Item> items = ReadItems(json, *results);
  // Without segments every word needs its own label.
  bool labelled = std::all_of(items.begin(), items.end(), [](const Item& item) {
    return item.punctuation || !item.speaker.empty();
  });
  if (segments.empty() && !labelled && !json.has_problems()) {
    json.Problem("speaker_labels",
                 "results.speaker_labels has no segments, so no word has a speaker",
                 std::string(kAwsHint));
  }
  if (!json.has_problems()) call.utterances = JoinWords(items, segments);
}

}  // namespace

Result<model::Call> ReadAwsTranscribe(std::string_view text, std::string_view source,
                                      Diagnostics* diagnostics) {
  return ReadJsonTranscript(text, source, "AWS Transcribe", kAwsHint, kNoSpeechHint, diagnostics,
                            ReadJob);
}

}  // namespace sc::ingest
