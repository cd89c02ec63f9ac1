#include "analysis/call_analysis_json.h"

#include <cmath>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace sc::analysis {
namespace {

using Json = nlohmann::ordered_json;

// Values are rounded for people reading the JSON; the stored analysis is this same text.
double Round(double value, int decimals) {
  double scale = std::pow(10.0, decimals);
  return std::round(value * scale) / scale;
}
constexpr int kSecondsDecimals = 2;
constexpr int kRatioDecimals = 3;

Json Seconds(double value) { return Round(value, kSecondsDecimals); }
Json OptionalNumber(const std::optional<double>& value, int decimals) {
  if (!value) return nullptr;
  return Round(*value, decimals);
}

Json SpeakersJson(const std::vector<model::SpeakerStats>& speakers) {
  Json out = Json::array();
  for (const model::SpeakerStats& s : speakers) {
    out.push_back({{"name", s.name},
                   {"role", model::SpeakerRoleName(s.role)},
                   {"talk_s", Seconds(s.talk_s)},
                   {"words", s.words}});
  }
  return out;
}

Json QuestionsJson(const model::QuestionCounts& q) {
  return {{"rep", q.rep},           {"open", q.open},         {"closed", q.closed},
          {"follow_up", q.follow_up}, {"customer", q.customer},
          {"spread", OptionalNumber(q.spread, kRatioDecimals)}};
}

Json FillersJson(const model::FillerCounts& f) {
  Json by_word = Json::object();
  for (const auto& [word, count] : f.by_word) by_word[word] = count;
  return {{"per_min", OptionalNumber(f.per_min, kSecondsDecimals)},
          {"total", f.total},
          {"by_word", by_word}};
}

Json SentimentJson(const model::SentimentSummary& s) {
  return {{"customer", OptionalNumber(s.customer, kRatioDecimals)},
          {"customer_start", OptionalNumber(s.customer_start, kRatioDecimals)},
          {"customer_end", OptionalNumber(s.customer_end, kRatioDecimals)},
          {"rep", OptionalNumber(s.rep, kRatioDecimals)}};
}

Json ObjectionsJson(const std::vector<model::Objection>& objections) {
  Json out = Json::array();
  for (const model::Objection& o : objections) {
    Json response = nullptr;
    if (o.response) {
      response = {{"acknowledged", o.response->acknowledged},
                  {"clarifying_question", o.response->clarifying_question},
                  {"value", o.response->value},
                  {"reply_s", Seconds(o.response->reply_s)},
                  {"pause_s", Seconds(o.response->pause_s)}};
    }
    out.push_back({{"type", o.type},
                   {"at_s", Seconds(o.at_s)},
                   {"utterance", o.utterance},
                   {"text", o.text},
                   {"handled", o.handled},
                   {"resolved", o.resolved},
                   {"response", response}});
  }
  return out;
}

Json TrackersJson(const std::map<std::string, std::vector<model::TrackerMention>>& trackers) {
  Json out = Json::object();
  for (const auto& [name, mentions] : trackers) {
    Json list = Json::array();
    for (const model::TrackerMention& m : mentions) {
      list.push_back({{"phrase", m.phrase},
                      {"at_s", Seconds(m.at_s)},
                      {"speaker", m.speaker},
                      {"utterance", m.utterance}});
    }
    out[name] = std::move(list);
  }
  return out;
}

Json HighlightsJson(const std::vector<model::Highlight>& highlights) {
  Json out = Json::array();
  for (const model::Highlight& h : highlights) {
    out.push_back({{"kind", model::HighlightKindName(h.kind)},
                   {"skill", h.skill},
                   {"component", h.component},
                   {"at_s", Seconds(h.at_s)},
                   {"end_s", Seconds(h.end_s)},
                   {"quote", h.quote},
                   {"note", h.note}});
  }
  return out;
}

Json UtterancesJson(const model::CallAnalysis& a, const model::Call& call) {
  Json out = Json::array();
  for (std::size_t i = 0; i < call.utterances.size() && i < a.utterances.size(); ++i) {
    const model::Utterance& u = call.utterances[i];
    const model::UtteranceDetail& d = a.utterances[i];
    out.push_back({{"index", i},
                   {"speaker", u.speaker},
                   {"role", model::SpeakerRoleName(u.role)},
                   {"start_s", Seconds(u.start_s)},
                   {"end_s", Seconds(u.end_s)},
                   {"text", u.text},
                   {"questions", d.questions},
                   {"question_type", d.question_type},
                   {"fillers", d.fillers},
                   {"sentiment", Round(d.sentiment, 4)},
                   {"trackers", d.trackers}});
  }
  return out;
}

}  // namespace

std::string CallAnalysisToJson(const model::CallAnalysis& a, const model::Call* call_for_utterances,
                               const JsonWriteOptions& options) {
  Json j;
  j["call_id"] = a.call_id;
  j["version"] = a.version;
  j["rep_id"] = a.rep_id;
  j["deal_id"] = a.deal_id;
  j["title"] = a.title;
  j["started_at"] = a.started_at ? Json(a.started_at->ToString()) : Json(nullptr);
  j["duration_s"] = Seconds(a.duration_s);
  j["call_type"] = model::CallTypeName(a.call_type);
  j["call_type_from"] = a.call_type_from;
  j["roles_from"] = a.roles_from;
  j["utterance_count"] = a.utterance_count;
  j["speakers"] = SpeakersJson(a.speakers);
  j["talk_ratio"] = OptionalNumber(a.talk_ratio, kRatioDecimals);
  j["talk_ratio_from"] = a.talk_ratio_from_words ? "words" : "time";
  j["rep_talk_s"] = Seconds(a.rep_talk_s);
  j["customer_talk_s"] = Seconds(a.customer_talk_s);
  j["longest_monologue_s"] = OptionalNumber(a.longest_monologue_s, kSecondsDecimals);
  j["longest_customer_story_s"] = OptionalNumber(a.longest_customer_story_s, kSecondsDecimals);
  j["interactivity"] = OptionalNumber(a.interactivity, kSecondsDecimals);
  j["patience_s"] = OptionalNumber(a.patience_s, kSecondsDecimals);
  j["wpm"] = OptionalNumber(a.wpm, 1);
  j["interruptions"] = a.interruptions;
  j["questions"] = QuestionsJson(a.questions);
  j["fillers"] = FillersJson(a.fillers);
  j["sentiment"] = SentimentJson(a.sentiment);
  j["objections"] = ObjectionsJson(a.objections);
  j["next_steps"] = {{"present", a.next_steps.present},
                     {"specific", a.next_steps.specific},
                     {"text", a.next_steps.text},
                     {"at_s", Seconds(a.next_steps.at_s)}};
  j["value_statements"] = a.value_statements;
  j["feature_statements"] = a.feature_statements;
  j["trial_closes"] = a.trial_closes;
  j["empathy_statements"] = a.empathy_statements;
  j["personalization"] = a.personalization;
  j["customer_pains"] = a.customer_pains;
  j["energy"] = OptionalNumber(a.energy, kRatioDecimals);
  j["trackers"] = TrackersJson(a.trackers);
  j["highlights"] = HighlightsJson(a.highlights);
  if (call_for_utterances != nullptr) j["utterances"] = UtterancesJson(a, *call_for_utterances);
  return j.dump(options.indent);
}

namespace {

// Reads a parsed document into a CallAnalysis; throws nlohmann::json::exception on a missing
// key or a wrong type, which the caller turns into a located Status.
class Reader {
 public:
  explicit Reader(const Json& doc) : doc_(doc) {}

  model::CallAnalysis Read() {
    model::CallAnalysis a;
    a.call_id = doc_.at("call_id").get<std::string>();
    a.version = doc_.at("version").get<std::string>();
    a.rep_id = doc_.at("rep_id").get<std::string>();
    a.deal_id = doc_.at("deal_id").get<std::string>();
    a.title = doc_.at("title").get<std::string>();
    if (!doc_.at("started_at").is_null()) {
      a.started_at = Timestamp::Parse(doc_.at("started_at").get<std::string>());
    }
    a.duration_s = doc_.at("duration_s").get<double>();
    a.call_type = model::ParseCallType(doc_.at("call_type").get<std::string>())
                      .value_or(model::CallType::kUnknown);
    a.call_type_from = doc_.at("call_type_from").get<std::string>();
    a.roles_from = doc_.at("roles_from").get<std::string>();
    a.utterance_count = doc_.at("utterance_count").get<std::size_t>();
    for (const Json& s : doc_.at("speakers")) {
      a.speakers.push_back({s.at("name").get<std::string>(),
                            model::ParseSpeakerRole(s.at("role").get<std::string>())
                                .value_or(model::SpeakerRole::kUnknown),
                            s.at("talk_s").get<double>(), s.at("words").get<std::size_t>()});
    }
    a.talk_ratio = Optional(doc_, "talk_ratio");
    a.talk_ratio_from_words = doc_.at("talk_ratio_from").get<std::string>() == "words";
    a.rep_talk_s = doc_.at("rep_talk_s").get<double>();
    a.customer_talk_s = doc_.at("customer_talk_s").get<double>();
    a.longest_monologue_s = Optional(doc_, "longest_monologue_s");
    a.longest_customer_story_s = Optional(doc_, "longest_customer_story_s");
    a.interactivity = Optional(doc_, "interactivity");
    a.patience_s = Optional(doc_, "patience_s");
    a.wpm = Optional(doc_, "wpm");
    a.interruptions = doc_.at("interruptions").get<std::size_t>();
    ReadQuestions(doc_.at("questions"), &a.questions);
    ReadFillers(doc_.at("fillers"), &a.fillers);
    const Json& s = doc_.at("sentiment");
    a.sentiment = {Optional(s, "customer"), Optional(s, "customer_start"),
                   Optional(s, "customer_end"), Optional(s, "rep")};
    for (const Json& o : doc_.at("objections")) a.objections.push_back(ReadObjection(o));
    const Json& n = doc_.at("next_steps");
    a.next_steps = {n.at("present").get<bool>(), n.at("specific").get<bool>(),
                    n.at("text").get<std::string>(), n.at("at_s").get<double>()};
    a.value_statements = doc_.at("value_statements").get<std::size_t>();
    a.feature_statements = doc_.at("feature_statements").get<std::size_t>();
    a.trial_closes = doc_.at("trial_closes").get<std::size_t>();
    a.empathy_statements = doc_.at("empathy_statements").get<std::size_t>();
    a.personalization = doc_.at("personalization").get<std::size_t>();
    a.customer_pains = doc_.at("customer_pains").get<std::size_t>();
    a.energy = Optional(doc_, "energy");
    for (const auto& [name, mentions] : doc_.at("trackers").items()) {
      auto& list = a.trackers[name];
      for (const Json& m : mentions) {
        list.push_back({m.at("phrase").get<std::string>(), m.at("at_s").get<double>(),
                        m.at("speaker").get<std::string>(), m.at("utterance").get<std::size_t>()});
      }
    }
    for (const Json& h : doc_.at("highlights")) a.highlights.push_back(ReadHighlight(h));
    return a;
  }

 private:
  static std::optional<double> Optional(const Json& object, const char* key) {
    const Json& value = object.at(key);
    if (value.is_null()) return std::nullopt;
    return value.get<double>();
  }

  static void ReadQuestions(const Json& q, model::QuestionCounts* out) {
    out->rep = q.at("rep").get<std::size_t>();
    out->open = q.at("open").get<std::size_t>();
    out->closed = q.at("closed").get<std::size_t>();
    out->follow_up = q.at("follow_up").get<std::size_t>();
    out->customer = q.at("customer").get<std::size_t>();
    out->spread = Optional(q, "spread");
  }

  static void ReadFillers(const Json& f, model::FillerCounts* out) {
    out->per_min = Optional(f, "per_min");
    out->total = f.at("total").get<std::size_t>();
    for (const auto& [word, count] : f.at("by_word").items()) {
      out->by_word[word] = count.get<std::size_t>();
    }
  }

  static model::Objection ReadObjection(const Json& o) {
    model::Objection objection{.type = o.at("type").get<std::string>(),
                               .at_s = o.at("at_s").get<double>(),
                               .text = o.at("text").get<std::string>(),
                               .utterance = o.at("utterance").get<std::size_t>(),
                               .handled = o.at("handled").get<bool>(),
                               .resolved = o.at("resolved").get<bool>()};
    const Json& r = o.at("response");
    if (!r.is_null()) {
      objection.response = model::ObjectionResponse{
          r.at("acknowledged").get<bool>(), r.at("clarifying_question").get<bool>(),
          r.at("value").get<bool>(), r.at("reply_s").get<double>(), r.at("pause_s").get<double>()};
    }
    return objection;
  }

  static model::Highlight ReadHighlight(const Json& h) {
    std::string kind = h.at("kind").get<std::string>();
    std::optional<model::HighlightKind> parsed = model::ParseHighlightKind(kind);
    if (!parsed) throw std::invalid_argument(fmt::format("highlight kind \"{}\"", kind));
    return {*parsed,
            h.at("skill").get<std::string>(),
            h.at("component").get<std::string>(),
            h.at("at_s").get<double>(),
            h.at("end_s").get<double>(),
            h.at("quote").get<std::string>(),
            h.at("note").get<std::string>()};
  }

  const Json& doc_;
};

}  // namespace

Result<model::CallAnalysis> CallAnalysisFromJson(std::string_view json, std::string_view source) {
  Json doc = Json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_object()) {
    return Status(StatusCode::kInvalidArgument,
                  fmt::format("{}: not a JSON object; expected a call analysis", source));
  }
  try {
    return Reader(doc).Read();
  } catch (const std::exception& e) {
    return Status(StatusCode::kInvalidArgument,
                  fmt::format("{}: not a call analysis of this version: {}; run "
                              "`salescoach analyze --all` to redo it",
                              source, e.what()));
  }
}

}  // namespace sc::analysis
