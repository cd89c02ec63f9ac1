// TrackerSet: every phrase of every tracker matched in one Scan of an utterance.
//
// The lifecycle is build, compile, scan (RE2's Set): definitions are read and checked
// (tracker_config.h), compiled once into immutable Hyperscan databases, then scanned by any
// number of threads at once. Scan is const and takes no locks; each thread brings its own
// TrackerScratch, Hyperscan's per-scan working memory, which must not be shared between
// concurrent scans.
//
//   SC_ASSIGN_OR_RETURN(TrackerSet trackers, TrackerSet::Load(data_dir / "trackers/en.yaml",
//                                                            &diagnostics));
//   TrackerScratch scratch = trackers.NewScratch();   // one per thread
//   std::vector<TrackerHit> hits;
//   trackers.Scan(utterance.text, scratch, &hits);
//
// Matching rules (docs/trackers.md): literals are case-insensitive, match whole words only (not
// part of a hyphenated word either), match both apostrophes (' and U+2019), and a space in a
// phrase matches one space (ingest collapses white space in utterance text); `not_after` drops
// a hit preceded by one of the listed words; a whole-utterance tracker counts only when its
// phrases and punctuation are all the utterance holds; overlapping hits of one tracker count
// once. Offsets are bytes of the text as given: nothing is rewritten before scanning.
//
// Internally there are two Hyperscan databases, one of all literals and one of all regexes,
// each run once per Scan; tracker_pattern.h says why one database of \b-wrapped patterns was
// slower.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/tracker_config.h"
#include "base/diagnostics.h"
#include "base/result.h"

struct hs_scratch;  // Hyperscan's scan-time memory; kept out of this header

namespace sc::analysis {

struct CompiledTrackers;  // the immutable compiled form, defined in tracker_set.cc

// One match: a phrase of a tracker found at bytes [begin, end) of the scanned text.
struct TrackerHit {
  std::uint32_t tracker = 0;  // index into the TrackerSet
  std::uint32_t phrase = 0;   // index into that tracker's phrases
  std::uint32_t begin = 0;
  std::uint32_t end = 0;

  friend bool operator==(const TrackerHit&, const TrackerHit&) = default;
};

class TrackerSet;

// Hyperscan scratch memory for scanning one TrackerSet, from TrackerSet::NewScratch. Movable,
// not copyable; frees its memory on destruction. Not thread-safe: one scan at a time per
// scratch, so give each thread its own. Keeps its set's compiled database alive.
class TrackerScratch {
 public:
  TrackerScratch(TrackerScratch&& other) noexcept;
  TrackerScratch& operator=(TrackerScratch&& other) noexcept;
  TrackerScratch(const TrackerScratch&) = delete;
  TrackerScratch& operator=(const TrackerScratch&) = delete;
  ~TrackerScratch();

 private:
  friend class TrackerSet;
  TrackerScratch(std::shared_ptr<const void> owner, hs_scratch* scratch)
      : owner_(std::move(owner)), scratch_(scratch) {}

  std::shared_ptr<const void> owner_;  // the compiled set this scratch was sized for
  hs_scratch* scratch_ = nullptr;
};

// An immutable, compiled set of trackers. Copies are cheap and share the compiled database.
// Every const method is safe to call from many threads at once.
class TrackerSet {
 public:
  // Checks the definitions (ValidateTrackers), compiles all phrases into one database and checks
  // that every phrase's non-empty example produces a hit of that phrase. On failure returns
  // kInvalidArgument with one located diagnostic per problem in `*diagnostics` (a Hyperscan
  // compile error is reported at the phrase that caused it, with Hyperscan's message), or
  // kFailedPrecondition when the CPU lacks the instructions Hyperscan needs (SSSE3).
  static Result<TrackerSet> Compile(std::vector<TrackerDefinition> trackers,
                                    Diagnostics* diagnostics);

  // Reads, parses and compiles a tracker file. Returns kNotFound or kIoError naming the path
  // when it cannot be read, else what ParseTrackerConfig or Compile returns.
  static Result<TrackerSet> Load(const std::filesystem::path& yaml_file, Diagnostics* diagnostics);

  // Scratch memory for scanning this set (or a copy of it). Aborts only when out of memory.
  TrackerScratch NewScratch() const;

  // Replaces `*hits` with the hits in `text`, sorted by begin, then end, then tracker. Hits of
  // one tracker never overlap: of overlapping candidates the leftmost, then longest, is kept.
  // Thread-safe given a scratch per thread.
  // REQUIRES: `scratch` came from this set or a copy of it and is not in use by another thread;
  // text.size() < 4 GiB.
  void Scan(std::string_view text, TrackerScratch& scratch, std::vector<TrackerHit>* hits) const;

  std::size_t size() const;
  // The index of the tracker called `name`, or nullopt.
  std::optional<std::size_t> TrackerIndex(std::string_view name) const;
  // REQUIRES: index < size().
  const std::string& TrackerName(std::size_t index) const;
  const TrackerDefinition& tracker(std::size_t index) const;
  // The phrase a hit matched, as written in the definition.
  const Phrase& PhraseOf(const TrackerHit& hit) const;

 private:
  explicit TrackerSet(std::shared_ptr<const CompiledTrackers> compiled)
      : compiled_(std::move(compiled)) {}

  std::shared_ptr<const CompiledTrackers> compiled_;
};

}  // namespace sc::analysis
