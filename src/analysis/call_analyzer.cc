#include "analysis/call_analyzer.h"

#include <algorithm>
#include <cstdint>

#include <fmt/format.h>

#include "analysis/call_facts.h"
#include "analysis/call_type.h"
#include "analysis/energy.h"
#include "analysis/fillers.h"
#include "analysis/highlights.h"
#include "analysis/interaction.h"
#include "analysis/next_steps.h"
#include "analysis/objections.h"
#include "analysis/questions.h"
#include "analysis/sentiment_lexicon.h"
#include "analysis/sentiment_summary.h"
#include "analysis/statements.h"
#include "analysis/vader.h"
#include "analysis/word_set.h"
#include "base/file_io.h"

namespace sc::analysis {

struct AnalyzerResources {
  AnalyzerResources(TrackerSet t, TrackerIds i, SentimentLexicon l, WordSet s, std::string v)
      : trackers(std::move(t)),
        ids(std::move(i)),
        lexicon(std::move(l)),
        vader(lexicon),
        stopwords(std::move(s)),
        version(std::move(v)) {}

  TrackerSet trackers;
  TrackerIds ids;
  SentimentLexicon lexicon;
  VaderAnalyzer vader;  // borrows lexicon
  WordSet stopwords;
  std::string version;
  // Trackers whose hits are listed in CallAnalysis::trackers: all but the structural cues
  // (questions, backchannels, call types), which the counts already summarise.
  std::vector<bool> listed;
};

namespace {

// Starting this long before the customer finished counts as talking over them.
constexpr double kInterruptionOverlapSeconds = 0.5;

std::uint64_t Fnv1a(std::uint64_t hash, std::string_view bytes) {
  for (unsigned char c : bytes) {
    hash ^= c;
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

Result<std::string> VersionOf(const AnalyzerPaths& paths) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const auto* path : {&paths.trackers, &paths.lexicon, &paths.stopwords}) {
    SC_ASSIGN_OR_RETURN(std::string bytes, ReadFile(*path));
    hash = Fnv1a(hash, bytes);
  }
  return fmt::format("{}-{:016x}", kAnalysisCodeVersion, hash);
}

std::vector<bool> ListedTrackers(const TrackerSet& trackers) {
  std::vector<bool> listed(trackers.size());
  for (std::size_t i = 0; i < trackers.size(); ++i) {
    std::string_view name = trackers.TrackerName(i);
    listed[i] = !name.starts_with("question.") && !name.starts_with("call_type.") &&
                name != "backchannel";
  }
  return listed;
}

std::vector<model::SpeakerStats> SpeakerStatsOf(const CallFacts& call) {
  std::vector<model::SpeakerStats> speakers;
  for (std::size_t i = 0; i < call.utterances.size(); ++i) {
    const model::Utterance& u = call.utterances[i];
    auto it = std::find_if(speakers.begin(), speakers.end(),
                           [&](const model::SpeakerStats& s) { return s.name == u.speaker; });
    if (it == speakers.end()) {
      speakers.push_back({u.speaker, u.role, 0, 0});
      it = speakers.end() - 1;
    }
    it->talk_s += std::max(0.0, u.end_s - u.start_s);
    it->words += call.facts[i].words;
  }
  return speakers;
}

std::size_t CountInterruptions(const CallFacts& call) {
  std::size_t count = 0;
  for (std::size_t i = 1; i < call.utterances.size(); ++i) {
    const model::Utterance& before = call.utterances[i - 1];
    if (!call.IsRep(i) || !call.IsCustomer(i - 1) || call.facts[i - 1].backchannel) continue;
    if (call.utterances[i].start_s < before.end_s - kInterruptionOverlapSeconds) ++count;
  }
  return count;
}

std::map<std::string, std::vector<model::TrackerMention>> TrackerMentions(
    const CallFacts& call, const std::vector<bool>& listed) {
  std::map<std::string, std::vector<model::TrackerMention>> mentions;
  for (std::size_t i = 0; i < call.utterances.size(); ++i) {
    const model::Utterance& u = call.utterances[i];
    for (const TrackerHit& hit : call.facts[i].hits) {
      if (!listed[hit.tracker]) continue;
      mentions[call.trackers->TrackerName(hit.tracker)].push_back(
          {u.text.substr(hit.begin, hit.end - hit.begin), u.start_s, u.speaker, i});
    }
  }
  return mentions;
}

std::vector<model::UtteranceDetail> UtteranceDetails(const CallFacts& call) {
  std::vector<model::UtteranceDetail> details(call.utterances.size());
  for (std::size_t i = 0; i < call.utterances.size(); ++i) {
    model::UtteranceDetail& d = details[i];
    d.question_type = "none";
    for (std::size_t s = 0; s < call.facts[i].sentences.size(); ++s) {
      QuestionType type = ClassifyQuestion(call, i, s);
      if (type == QuestionType::kNone) continue;
      if (d.questions++ == 0) d.question_type = std::string(QuestionTypeName(type));
    }
    d.fillers = CountFillersIn(call, i);
    d.sentiment = call.facts[i].sentiment;
    for (const TrackerHit& hit : call.facts[i].hits) {
      std::string name = call.trackers->TrackerName(hit.tracker);
      if (std::find(d.trackers.begin(), d.trackers.end(), name) == d.trackers.end()) {
        d.trackers.push_back(std::move(name));
      }
    }
  }
  return details;
}

void CopyInteraction(const InteractionMeasures& m, model::CallAnalysis* a) {
  a->rep_talk_s = m.rep_talk_s;
  a->customer_talk_s = m.customer_talk_s;
  a->talk_ratio = m.talk_ratio;
  a->talk_ratio_from_words = m.talk_ratio_from_words;
  if (m.longest_monologue) a->longest_monologue_s = m.longest_monologue->seconds();
  if (m.longest_customer_story) a->longest_customer_story_s = m.longest_customer_story->seconds();
  a->interactivity = m.interactivity;
  a->patience_s = m.patience_s;
  a->wpm = m.wpm;
}

void CopyStatements(const StatementCounts& s, model::CallAnalysis* a) {
  a->value_statements = s.value;
  a->feature_statements = s.feature;
  a->trial_closes = s.trial_closes;
  a->empathy_statements = s.empathy;
  a->personalization = s.personalization;
  a->customer_pains = s.customer_pains;
}

}  // namespace

Result<CallAnalyzer> CallAnalyzer::Load(const AnalyzerPaths& paths, Diagnostics* diagnostics) {
  SC_ASSIGN_OR_RETURN(TrackerSet trackers, TrackerSet::Load(paths.trackers, diagnostics));
  SC_ASSIGN_OR_RETURN(TrackerIds ids, ResolveTrackerIds(trackers, paths.trackers.string()));
  SC_ASSIGN_OR_RETURN(SentimentLexicon lexicon, SentimentLexicon::Load(paths.lexicon, diagnostics));
  SC_ASSIGN_OR_RETURN(WordSet stopwords, WordSet::Load(paths.stopwords, diagnostics));
  SC_ASSIGN_OR_RETURN(std::string version, VersionOf(paths));
  auto resources = std::make_shared<AnalyzerResources>(std::move(trackers), std::move(ids),
                                                       std::move(lexicon), std::move(stopwords),
                                                       std::move(version));
  resources->listed = ListedTrackers(resources->trackers);
  return CallAnalyzer(std::move(resources));
}

CallAnalyzer::Scratch CallAnalyzer::NewScratch() const {
  return Scratch(resources_->trackers.NewScratch());
}

const std::string& CallAnalyzer::version() const { return resources_->version; }

model::CallAnalysis CallAnalyzer::Analyze(const model::Call& call, Scratch& scratch,
                                          const AnalyzeOptions& options) const {
  const AnalyzerResources& r = *resources_;
  CallFacts facts = BuildCallFacts(call.utterances, r.trackers, r.ids, r.vader, scratch.trackers_);
  InteractionMeasures interaction = MeasureInteraction(call.utterances);
  std::vector<TrackerHit> title_hits;
  r.trackers.Scan(call.title, scratch.trackers_, &title_hits);

  model::CallAnalysis a;
  a.version = r.version;
  a.call_id = call.id;
  a.rep_id = call.rep_id;
  a.deal_id = call.deal_id;
  a.started_at = call.started_at;
  a.title = call.title;
  a.duration_s = call.duration_s > 0 ? call.duration_s : facts.duration_s();
  CallTypeDecision type = DecideCallType(call, facts, title_hits);
  a.call_type = type.type;
  a.call_type_from = std::move(type.from);
  a.roles_from = call.roles_from;
  a.utterance_count = call.utterances.size();
  a.speakers = SpeakerStatsOf(facts);
  CopyInteraction(interaction, &a);
  a.interruptions = CountInterruptions(facts);

  QuestionAnalysis questions = AnalyzeQuestions(facts, r.stopwords);
  a.questions = questions.counts;
  a.fillers = CountFillers(facts, interaction.rep_talk_s);
  a.sentiment = SummarizeSentiment(facts);
  a.objections = FindObjections(facts);
  a.next_steps = FindNextStep(facts);
  CopyStatements(CountStatements(facts), &a);
  a.energy = EstimateEnergy(facts, interaction);
  a.trackers = TrackerMentions(facts, r.listed);
  a.highlights = FindHighlights({facts, interaction, questions, a.objections, a.next_steps});
  if (options.utterances) a.utterances = UtteranceDetails(facts);
  return a;
}

}  // namespace sc::analysis
