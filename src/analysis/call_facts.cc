#include "analysis/call_facts.h"

#include <algorithm>

#include <fmt/format.h>

#include "analysis/interaction.h"

namespace sc::analysis {
namespace {

bool MeantFor(SpeakerFilter filter, model::SpeakerRole role) {
  switch (filter) {
    case SpeakerFilter::kAny: return true;
    case SpeakerFilter::kRep: return role == model::SpeakerRole::kRep;
    case SpeakerFilter::kCustomer: return role == model::SpeakerRole::kCustomer;
  }
  return false;
}

// Every tracker whose name starts with `prefix`, with the rest of its name.
std::vector<TrackerIds::Named> TrackersWithPrefix(const TrackerSet& trackers,
                                                  std::string_view prefix) {
  std::vector<TrackerIds::Named> named;
  for (std::size_t i = 0; i < trackers.size(); ++i) {
    std::string_view name = trackers.TrackerName(i);
    if (name.size() > prefix.size() && name.starts_with(prefix)) {
      named.push_back({static_cast<std::uint32_t>(i), std::string(name.substr(prefix.size()))});
    }
  }
  return named;
}

}  // namespace

Result<TrackerIds> ResolveTrackerIds(const TrackerSet& trackers, std::string_view source) {
  TrackerIds ids;
  std::vector<std::string> missing;
  auto require = [&](std::string_view name, std::uint32_t* id) {
    if (auto index = trackers.TrackerIndex(name)) {
      *id = static_cast<std::uint32_t>(*index);
    } else {
      missing.emplace_back(name);
    }
  };
  auto optional = [&](std::string_view name) -> std::optional<std::uint32_t> {
    if (auto index = trackers.TrackerIndex(name)) return static_cast<std::uint32_t>(*index);
    return std::nullopt;
  };
  require("filler", &ids.filler);
  require("question.open", &ids.question_open);
  require("question.closed", &ids.question_closed);
  require("empathy", &ids.empathy);
  require("next_step", &ids.next_step);
  require("next_step.time", &ids.next_step_time);
  require("next_step.owner", &ids.next_step_owner);
  require("value", &ids.value);
  require("feature", &ids.feature);
  require("trial_close", &ids.trial_close);
  require("personalization", &ids.personalization);
  if (!missing.empty()) {
    return Status(StatusCode::kInvalidArgument,
                  fmt::format("{}: call analysis needs the tracker{} {}; add {} (the shipped "
                              "data/trackers/en.yaml has every one)",
                              source, missing.size() == 1 ? "" : "s", fmt::join(missing, ", "),
                              missing.size() == 1 ? "it" : "them"));
  }
  ids.filler_like = optional("filler.like");
  ids.pain = optional("pain");
  ids.discount = optional("discount");
  ids.objections = TrackersWithPrefix(trackers, "objection.");
  ids.call_types = TrackersWithPrefix(trackers, "call_type.");
  return ids;
}

int CallFacts::ThirdOf(std::size_t i) const {
  double position;
  if (timed && duration_s() > 0) {
    position = (utterances[i].start_s - start_s) / duration_s();
  } else {
    position = utterances.size() > 1 ? static_cast<double>(i) / static_cast<double>(utterances.size())
                                     : 0.0;
  }
  return std::clamp(static_cast<int>(position * 3.0), 0, 2);
}

bool CallFacts::HasHit(std::size_t i, std::uint32_t tracker, std::optional<TextSpan> span) const {
  for (const TrackerHit& hit : facts[i].hits) {
    if (hit.tracker != tracker) continue;
    if (!span || span->Contains(hit.begin)) return true;
  }
  return false;
}

std::size_t CallFacts::CountHits(std::size_t i, std::uint32_t tracker,
                                 std::optional<TextSpan> span) const {
  std::size_t count = 0;
  for (const TrackerHit& hit : facts[i].hits) {
    if (hit.tracker == tracker && (!span || span->Contains(hit.begin))) ++count;
  }
  return count;
}

CallFacts BuildCallFacts(std::span<const model::Utterance> utterances, const TrackerSet& trackers,
                         const TrackerIds& ids, const VaderAnalyzer& vader,
                         TrackerScratch& scratch) {
  CallFacts call;
  call.utterances = utterances;
  call.trackers = &trackers;
  call.ids = &ids;
  call.facts.resize(utterances.size());
  if (!utterances.empty()) {
    call.start_s = utterances.front().start_s;
    for (const model::Utterance& u : utterances) {
      call.start_s = std::min(call.start_s, u.start_s);
      call.end_s = std::max(call.end_s, u.end_s);
      if (u.end_s > u.start_s) call.timed = true;
    }
  }
  std::vector<TrackerHit> hits;
  for (std::size_t i = 0; i < utterances.size(); ++i) {
    const model::Utterance& u = utterances[i];
    UtteranceFacts& f = call.facts[i];
    trackers.Scan(u.text, scratch, &hits);
    f.hits.clear();
    for (const TrackerHit& hit : hits) {
      if (MeantFor(trackers.tracker(hit.tracker).speaker, u.role)) f.hits.push_back(hit);
    }
    f.sentences = SplitSentences(u.text);
    f.words = CountWords(u.text);
    f.sentiment = vader.Score(u.text).compound;
    f.backchannel = IsBackchannel(u);
  }
  return call;
}

}  // namespace sc::analysis
