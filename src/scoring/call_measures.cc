// The measures taken from call analyses. Means are over the calls where the measure exists;
// shares of questions, statements and objections are pooled over those calls (8 of 20
// questions, not the mean of per-call shares), so a call with one question does not weigh as
// much as a call with twenty.
#include <functional>
#include <initializer_list>

#include "base/check.h"
#include "base/running_mean.h"
#include "scoring/measures.h"

namespace sc::scoring {
namespace {

using model::CallAnalysis;
using model::CallType;
using model::Objection;

using CallFilter = std::function<bool(const CallAnalysis&)>;
using CallValue = std::function<std::optional<double>(const CallAnalysis&)>;

CallFilter Types(std::initializer_list<CallType> types) {
  std::vector<CallType> wanted(types);
  return [wanted](const CallAnalysis& call) {
    for (CallType type : wanted) {
      if (call.call_type == type) return true;
    }
    return false;
  };
}

const CallFilter kAnyCall = [](const CallAnalysis&) { return true; };

// The mean of `value` over the calls that pass `filter` and have it.
MeasureValue MeanPerCall(std::span<const CallAnalysis> calls, const CallFilter& filter,
                         const CallValue& value) {
  MeasureValue out;
  RunningMean mean;
  for (const CallAnalysis& call : calls) {
    if (!filter(call)) continue;
    std::optional<double> v = value(call);
    if (!v) continue;
    mean.Add(*v);
    out.call_ids.push_back(call.call_id);
  }
  out.value = mean.value();
  out.sample = out.call_ids.size();
  return out;
}

// sum(part) / sum(whole) over the calls that pass `filter` and have a whole above 0.
MeasureValue PooledShare(std::span<const CallAnalysis> calls, const CallFilter& filter,
                         const std::function<std::size_t(const CallAnalysis&)>& part,
                         const std::function<std::size_t(const CallAnalysis&)>& whole) {
  MeasureValue out;
  std::size_t parts = 0;
  std::size_t wholes = 0;
  for (const CallAnalysis& call : calls) {
    if (!filter(call) || whole(call) == 0) continue;
    parts += part(call);
    wholes += whole(call);
    out.call_ids.push_back(call.call_id);
  }
  if (wholes > 0) out.value = static_cast<double>(parts) / static_cast<double>(wholes);
  out.sample = out.call_ids.size();
  return out;
}

// Over every objection of every call: the share for which `test` holds, or (with `value`) the
// mean of a number. The sample counts objections; the evidence lists the calls they were in.
MeasureValue OverObjections(std::span<const CallAnalysis> calls,
                            const std::function<std::optional<double>(const Objection&)>& value) {
  MeasureValue out;
  RunningMean mean;
  for (const CallAnalysis& call : calls) {
    bool used = false;
    for (const Objection& objection : call.objections) {
      std::optional<double> v = value(objection);
      if (!v) continue;
      mean.Add(*v);
      ++out.sample;
      used = true;
    }
    if (used) out.call_ids.push_back(call.call_id);
  }
  out.value = mean.value();
  return out;
}

std::optional<double> Flag(bool flag) { return flag ? 1.0 : 0.0; }

std::optional<double> Count(std::size_t count) { return static_cast<double>(count); }

std::size_t TrackerHits(const CallAnalysis& call, const std::string& tracker) {
  auto found = call.trackers.find(tracker);
  return found == call.trackers.end() ? 0 : found->second.size();
}

}  // namespace

MeasureValue TakeCallMeasure(MeasureId id, std::span<const CallAnalysis> calls) {
  const CallFilter discovery = Types({CallType::kDiscovery});
  const CallFilter demo = Types({CallType::kDemo});
  const CallFilter negotiation = Types({CallType::kNegotiation});
  switch (id) {
    case MeasureId::kQuestionsPerDiscoveryCall:
      return MeanPerCall(calls, discovery,
                         [](const CallAnalysis& c) { return Count(c.questions.rep); });
    case MeasureId::kOpenQuestionShare:
      return PooledShare(
          calls, discovery, [](const CallAnalysis& c) { return c.questions.open; },
          [](const CallAnalysis& c) { return c.questions.open + c.questions.closed; });
    case MeasureId::kFollowUpShare:
      return PooledShare(
          calls, discovery, [](const CallAnalysis& c) { return c.questions.follow_up; },
          [](const CallAnalysis& c) { return c.questions.rep; });
    case MeasureId::kDiscoveryTalkRatio:
      return MeanPerCall(calls, discovery, [](const CallAnalysis& c) { return c.talk_ratio; });
    case MeasureId::kPatience:
      return MeanPerCall(calls, kAnyCall, [](const CallAnalysis& c) { return c.patience_s; });
    case MeasureId::kCustomerStory:
      return MeanPerCall(calls, discovery,
                         [](const CallAnalysis& c) { return c.longest_customer_story_s; });
    case MeasureId::kCustomerPainsPerDiscoveryCall:
      return MeanPerCall(calls, discovery,
                         [](const CallAnalysis& c) { return Count(c.customer_pains); });
    case MeasureId::kValueStatementShare:
      return PooledShare(
          calls, kAnyCall, [](const CallAnalysis& c) { return c.value_statements; },
          [](const CallAnalysis& c) { return c.value_statements + c.feature_statements; });
    case MeasureId::kPersonalizationPerDemoCall:
      return MeanPerCall(calls, demo,
                         [](const CallAnalysis& c) { return Count(c.personalization); });
    case MeasureId::kDemoTalkRatio:
      return MeanPerCall(calls, demo, [](const CallAnalysis& c) { return c.talk_ratio; });
    case MeasureId::kDemoLongestMonologue:
      return MeanPerCall(calls, demo, [](const CallAnalysis& c) { return c.longest_monologue_s; });
    case MeasureId::kCustomerQuestionsPerDemoCall:
      return MeanPerCall(calls, demo,
                         [](const CallAnalysis& c) { return Count(c.questions.customer); });
    case MeasureId::kObjectionsHandledShare:
      return OverObjections(calls, [](const Objection& o) { return Flag(o.handled); });
    case MeasureId::kObjectionClarifiedShare:
      return OverObjections(calls, [](const Objection& o) {
        return Flag(o.response && o.response->clarifying_question);
      });
    case MeasureId::kObjectionPause:
      return OverObjections(calls, [](const Objection& o) -> std::optional<double> {
        if (!o.response) return std::nullopt;
        return o.response->pause_s;
      });
    case MeasureId::kObjectionsAcknowledgedShare:
      return OverObjections(
          calls, [](const Objection& o) { return Flag(o.response && o.response->acknowledged); });
    case MeasureId::kObjectionsResolvedShare:
      return OverObjections(calls, [](const Objection& o) { return Flag(o.resolved); });
    case MeasureId::kConcessionsPerNegotiationCall:
      return MeanPerCall(calls, negotiation,
                         [](const CallAnalysis& c) { return Count(TrackerHits(c, "discount")); });
    case MeasureId::kTrialClosesPerCall:
      return MeanPerCall(calls, Types({CallType::kDemo, CallType::kNegotiation}),
                         [](const CallAnalysis& c) { return Count(c.trial_closes); });
    case MeasureId::kSpecificNextStepShare:
      return MeanPerCall(calls, kAnyCall,
                         [](const CallAnalysis& c) { return Flag(c.next_steps.specific); });
    default:
      break;
  }
  SC_CHECK(false && "not a call measure");
  return {};
}

}  // namespace sc::scoring
