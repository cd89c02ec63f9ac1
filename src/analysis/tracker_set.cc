#include "analysis/tracker_set.h"

#include <algorithm>
#include <limits>
#include <utility>

#include <fmt/format.h>
#include <hs/hs.h>

#include "analysis/tracker_hits.h"
#include "analysis/tracker_pattern.h"
#include "base/check.h"
#include "base/file_io.h"

namespace sc::analysis {

struct CompiledTrackers {
  struct DatabaseDeleter {
    void operator()(hs_database_t* database) const { hs_free_database(database); }
  };
  using Database = std::unique_ptr<hs_database_t, DatabaseDeleter>;

  std::vector<TrackerDefinition> trackers;
  HitRules rules;
  Database literals;  // every literal variant (hs_compile_lit_multi)
  Database regexes;   // every regex; null when there are none
};

namespace {

// Everything the match callback needs; lives on the scanning thread's stack.
struct ScanContext {
  const HitRules* rules;
  std::string_view text;
  std::vector<TrackerHit>* hits;
};

int OnMatch(unsigned int id, unsigned long long from, unsigned long long to, unsigned int /*flags*/,
            void* context_pointer) {
  auto* context = static_cast<ScanContext*>(context_pointer);
  if (std::optional<TrackerHit> hit =
          CheckMatch(context->text, context->rules->rules[id], from, to)) {
    context->hits->push_back(*hit);
  }
  return 0;  // continue scanning
}

Diagnostic AtPhrase(const TrackerDefinition& tracker, const Phrase& phrase, std::string message,
                    std::string hint) {
  return Diagnostic{tracker.source,     phrase.line,     phrase.column,
                    std::move(message), std::move(hint), ""};
}

// Turns a failed compile into a diagnostic at the phrase Hyperscan names, if any. `first_id` is
// the Hyperscan id of the database's first expression.
Status CompileFailure(const hs_compile_error_t& error, std::size_t first_id, const HitRules& rules,
                      const std::vector<TrackerDefinition>& trackers, Diagnostics* diagnostics) {
  const std::size_t id = first_id + static_cast<std::size_t>(std::max(error.expression, 0));
  if (error.expression < 0 || id >= rules.rules.size()) {
    return Status::InvalidArgument(
        fmt::format("Hyperscan cannot compile the trackers: {}", error.message));
  }
  const PhraseRule& rule = rules.rules[id];
  const TrackerDefinition& tracker = trackers[rule.tracker];
  const Phrase& phrase = tracker.phrases[rule.phrase];
  diagnostics->Add(
      AtPhrase(tracker, phrase,
               fmt::format("Hyperscan cannot compile phrase '{}' of tracker '{}': {}", phrase.text,
                           tracker.name, error.message),
               "simplify the phrase; docs/trackers.md lists what tracker regexes support"));
  return Status::InvalidArgument(
      fmt::format("tracker '{}' has a phrase Hyperscan cannot compile", tracker.name));
}

// Compiles expressions [first_id, last_id) of the plan into one block-mode database: literals
// with hs_compile_lit_multi, regexes with hs_compile_multi. Returns null for an empty range.
Result<CompiledTrackers::Database> CompileRange(const CompilePlan& plan, std::size_t first_id,
                                                std::size_t last_id,
                                                const std::vector<TrackerDefinition>& trackers,
                                                Diagnostics* diagnostics) {
  if (first_id == last_id) return CompiledTrackers::Database();
  const bool literal = first_id < plan.rules.literal_count;
  std::vector<const char*> expressions;
  std::vector<std::size_t> lengths;
  std::vector<unsigned> ids;
  for (std::size_t id = first_id; id < last_id; ++id) {
    expressions.push_back(plan.expressions[id].c_str());
    lengths.push_back(plan.expressions[id].size());
    ids.push_back(static_cast<unsigned>(id));
  }
  std::vector<unsigned> flags(ids.size(), literal ? TrackerLiteralFlags() : TrackerRegexFlags());
  const auto count = static_cast<unsigned>(ids.size());
  hs_database_t* database = nullptr;
  hs_compile_error_t* error = nullptr;
  const hs_error_t result =
      literal ? hs_compile_lit_multi(expressions.data(), flags.data(), ids.data(), lengths.data(),
                                     count, HS_MODE_BLOCK, nullptr, &database, &error)
              : hs_compile_multi(expressions.data(), flags.data(), ids.data(), count, HS_MODE_BLOCK,
                                 nullptr, &database, &error);
  if (result != HS_SUCCESS) {
    Status status = CompileFailure(*error, first_id, plan.rules, trackers, diagnostics);
    hs_free_compile_error(error);
    return status;
  }
  return CompiledTrackers::Database(database);
}

// One scratch big enough for both databases: hs_alloc_scratch grows an existing scratch.
hs_scratch_t* AllocateScratch(const CompiledTrackers& compiled) {
  hs_scratch_t* scratch = nullptr;
  for (const hs_database_t* database : {compiled.literals.get(), compiled.regexes.get()}) {
    // hs_alloc_scratch only reads the database, so concurrent calls are safe; it fails only
    // when memory runs out.
    if (database != nullptr) SC_CHECK(hs_alloc_scratch(database, &scratch) == HS_SUCCESS);
  }
  return scratch;
}

void ScanDatabase(const hs_database_t* database, ScanContext& context, hs_scratch_t* scratch) {
  if (database == nullptr) return;
  // hs_scan rejects a null pointer even for an empty text.
  const char* data = context.text.empty() ? "" : context.text.data();
  const hs_error_t result = hs_scan(database, data, static_cast<unsigned int>(context.text.size()),
                                    0, scratch, OnMatch, &context);
  // Any error here (scratch in use by another thread, or from another database) is a bug in
  // the caller, never a property of the text.
  SC_CHECK(result == HS_SUCCESS);
}

void RunScan(const CompiledTrackers& compiled, std::string_view text, hs_scratch_t* scratch,
             std::vector<TrackerHit>* hits) {
  SC_CHECK(text.size() <= std::numeric_limits<unsigned int>::max());
  hits->clear();
  ScanContext context{&compiled.rules, text, hits};
  ScanDatabase(compiled.literals.get(), context, scratch);
  ScanDatabase(compiled.regexes.get(), context, scratch);
}

struct ScratchDeleter {
  void operator()(hs_scratch_t* scratch) const { hs_free_scratch(scratch); }
};

// True when `phrase` (phrase `phrase_index` of tracker `tracker_index`) yields a hit in its own
// example. Overlaps are kept: the example shows this phrase works, even where a longer phrase
// of the same tracker would win the merge.
bool MatchesExample(const CompiledTrackers& compiled, std::uint32_t tracker_index,
                    std::uint32_t phrase_index, const Phrase& phrase, hs_scratch_t* scratch) {
  std::vector<TrackerHit> hits;
  RunScan(compiled, phrase.example, scratch, &hits);
  FinishHits(phrase.example, compiled.rules.scopes, Overlaps::kKeep, &hits);
  return std::any_of(hits.begin(), hits.end(), [&](const TrackerHit& hit) {
    return hit.tracker == tracker_index && hit.phrase == phrase_index;
  });
}

// Checks that every phrase with an example matches it; the examples document the regexes, and
// this keeps them honest whenever the file is edited.
bool CheckExamples(const CompiledTrackers& compiled, const std::vector<TrackerDefinition>& trackers,
                   Diagnostics* diagnostics) {
  const std::unique_ptr<hs_scratch_t, ScratchDeleter> scratch(AllocateScratch(compiled));
  bool all_match = true;
  for (std::uint32_t tracker_index = 0; tracker_index < trackers.size(); ++tracker_index) {
    const TrackerDefinition& tracker = trackers[tracker_index];
    for (std::uint32_t phrase_index = 0; phrase_index < tracker.phrases.size(); ++phrase_index) {
      const Phrase& phrase = tracker.phrases[phrase_index];
      if (phrase.example.empty() ||
          MatchesExample(compiled, tracker_index, phrase_index, phrase, scratch.get())) {
        continue;
      }
      all_match = false;
      diagnostics->Add(
          AtPhrase(tracker, phrase,
                   fmt::format("phrase '{}' of tracker '{}' does not match its example \"{}\"",
                               phrase.text, tracker.name, phrase.example),
                   "fix the phrase or the example; not_after and hyphenated words also apply"));
    }
  }
  return all_match;
}

}  // namespace

TrackerScratch::TrackerScratch(TrackerScratch&& other) noexcept
    : owner_(std::move(other.owner_)), scratch_(std::exchange(other.scratch_, nullptr)) {}

TrackerScratch& TrackerScratch::operator=(TrackerScratch&& other) noexcept {
  if (this != &other) {
    hs_free_scratch(scratch_);
    owner_ = std::move(other.owner_);
    scratch_ = std::exchange(other.scratch_, nullptr);
  }
  return *this;
}

TrackerScratch::~TrackerScratch() { hs_free_scratch(scratch_); }

Result<TrackerSet> TrackerSet::Compile(std::vector<TrackerDefinition> trackers,
                                       Diagnostics* diagnostics) {
  if (hs_valid_platform() != HS_SUCCESS) {
    return Status::FailedPrecondition(
        "this CPU lacks SSSE3, which the Hyperscan phrase matcher needs");
  }
  if (trackers.empty()) return Status::InvalidArgument("there are no trackers to compile");
  if (!ValidateTrackers(trackers, diagnostics)) {
    return Status::InvalidArgument("the tracker definitions have problems");
  }
  CompilePlan plan = PlanTrackers(trackers);
  auto compiled = std::make_shared<CompiledTrackers>();
  const std::size_t literal_count = plan.rules.literal_count;
  const std::size_t expression_count = plan.expressions.size();
  SC_ASSIGN_OR_RETURN(compiled->literals,
                      CompileRange(plan, 0, literal_count, trackers, diagnostics));
  SC_ASSIGN_OR_RETURN(compiled->regexes,
                      CompileRange(plan, literal_count, expression_count, trackers, diagnostics));
  compiled->rules = std::move(plan.rules);
  if (!CheckExamples(*compiled, trackers, diagnostics)) {
    return Status::InvalidArgument("a tracker phrase does not match its example");
  }
  compiled->trackers = std::move(trackers);
  return TrackerSet(std::move(compiled));
}

Result<TrackerSet> TrackerSet::Load(const std::filesystem::path& yaml_file,
                                    Diagnostics* diagnostics) {
  SC_ASSIGN_OR_RETURN(std::string yaml, ReadFile(yaml_file));
  SC_ASSIGN_OR_RETURN(std::vector<TrackerDefinition> trackers,
                      ParseTrackerConfig(yaml, yaml_file.string(), diagnostics));
  return Compile(std::move(trackers), diagnostics);
}

TrackerScratch TrackerSet::NewScratch() const {
  return TrackerScratch(compiled_, AllocateScratch(*compiled_));
}

void TrackerSet::Scan(std::string_view text, TrackerScratch& scratch,
                      std::vector<TrackerHit>* hits) const {
  // A scratch sized for another database could be too small; Hyperscan would not notice.
  SC_CHECK(scratch.owner_.get() == compiled_.get());
  RunScan(*compiled_, text, scratch.scratch_, hits);
  FinishHits(text, compiled_->rules.scopes, Overlaps::kMerge, hits);
}

std::size_t TrackerSet::size() const { return compiled_->trackers.size(); }

std::optional<std::size_t> TrackerSet::TrackerIndex(std::string_view name) const {
  const std::vector<TrackerDefinition>& trackers = compiled_->trackers;
  auto found = std::find_if(trackers.begin(), trackers.end(),
                            [&](const TrackerDefinition& tracker) { return tracker.name == name; });
  if (found == trackers.end()) return std::nullopt;
  return static_cast<std::size_t>(found - trackers.begin());
}

const std::string& TrackerSet::TrackerName(std::size_t index) const { return tracker(index).name; }

const TrackerDefinition& TrackerSet::tracker(std::size_t index) const {
  SC_CHECK(index < compiled_->trackers.size());
  return compiled_->trackers[index];
}

const Phrase& TrackerSet::PhraseOf(const TrackerHit& hit) const {
  const TrackerDefinition& definition = tracker(hit.tracker);
  SC_CHECK(hit.phrase < definition.phrases.size());
  return definition.phrases[hit.phrase];
}

}  // namespace sc::analysis
