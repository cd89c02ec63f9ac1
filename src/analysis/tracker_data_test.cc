// Tests of the shipped tracker file, data/trackers/en.yaml: it loads, every phrase matches its
// obvious example, near misses do not match, and filler "like" follows docs/trackers.md.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "analysis/tracker_set.h"

namespace sc::analysis {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Pair;

const std::filesystem::path kShippedFile =
    std::filesystem::path(SC_DATA_DIR) / "trackers" / "en.yaml";

class ShippedTrackersTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Diagnostics diagnostics;
    Result<TrackerSet> set = TrackerSet::Load(kShippedFile, &diagnostics);
    ASSERT_TRUE(set.ok()) << set.status().ToString() << "\n" << diagnostics.FormatAll();
    set_ = new TrackerSet(std::move(set).value());
  }
  static void TearDownTestSuite() {
    delete set_;
    set_ = nullptr;
  }

  const TrackerSet& set() const { return *set_; }

  std::vector<TrackerHit> Scan(std::string_view text) const {
    TrackerScratch scratch = set_->NewScratch();
    std::vector<TrackerHit> hits;
    set_->Scan(text, scratch, &hits);
    return hits;
  }

  // The hits of tracker `name` in `text`, as the matched text.
  std::vector<std::string> MatchesOf(std::string_view name, std::string_view text) const {
    const std::optional<std::size_t> index = set_->TrackerIndex(name);
    EXPECT_TRUE(index.has_value()) << name;
    std::vector<std::string> out;
    for (const TrackerHit& hit : Scan(text)) {
      if (hit.tracker == index) out.emplace_back(text.substr(hit.begin, hit.end - hit.begin));
    }
    return out;
  }

  static TrackerSet* set_;
};

TrackerSet* ShippedTrackersTest::set_ = nullptr;

TEST_F(ShippedTrackersTest, HasTheTrackersAnalysisUses) {
  std::vector<std::string> names;
  for (std::size_t index = 0; index < set().size(); ++index) {
    names.push_back(set().TrackerName(index));
  }
  EXPECT_THAT(names,
              ElementsAre("filler", "filler.like", "question.open", "question.closed",
                          "objection.price", "objection.timing", "objection.authority",
                          "objection.need", "objection.competitor", "objection.trust", "empathy",
                          "next_step", "next_step.time", "next_step.owner", "value", "feature",
                          "trial_close", "personalization", "competitor", "backchannel", "pain",
                          "discount", "call_type.discovery", "call_type.demo",
                          "call_type.negotiation", "call_type.closing"));
}

TEST_F(ShippedTrackersTest, SpeakersAndScopesAreParsed) {
  auto tracker = [&](std::string_view name) -> const TrackerDefinition& {
    return set().tracker(set().TrackerIndex(name).value());
  };
  EXPECT_EQ(tracker("filler").speaker, SpeakerFilter::kRep);
  EXPECT_EQ(tracker("filler.like").speaker, SpeakerFilter::kRep);
  EXPECT_EQ(tracker("objection.price").speaker, SpeakerFilter::kCustomer);
  EXPECT_EQ(tracker("objection.trust").speaker, SpeakerFilter::kCustomer);
  EXPECT_EQ(tracker("question.open").speaker, SpeakerFilter::kAny);
  EXPECT_EQ(tracker("competitor").speaker, SpeakerFilter::kAny);
  EXPECT_EQ(tracker("backchannel").scope, TrackerScope::kWholeUtterance);
  EXPECT_EQ(tracker("filler").scope, TrackerScope::kAnywhere);
}

// A literal alone in a neutral sentence matches exactly itself; a whole-utterance literal
// matches as the whole utterance; a regex matches its example.
TEST_F(ShippedTrackersTest, EveryPhraseMatchesItsObviousExample) {
  std::size_t checked = 0;
  for (std::uint32_t tracker_index = 0; tracker_index < set().size(); ++tracker_index) {
    const TrackerDefinition& tracker = set().tracker(tracker_index);
    for (std::uint32_t phrase_index = 0; phrase_index < tracker.phrases.size(); ++phrase_index) {
      const Phrase& phrase = tracker.phrases[phrase_index];
      SCOPED_TRACE(tracker.name + ": " + phrase.text);
      const bool whole = tracker.scope == TrackerScope::kWholeUtterance;
      const std::string text = phrase.kind == PhraseKind::kRegex ? phrase.example
                               : whole                           ? phrase.text + "."
                                                                 : "Xq " + phrase.text + " qx.";
      const std::vector<TrackerHit> hits = Scan(text);
      const auto hit = std::find_if(hits.begin(), hits.end(), [&](const TrackerHit& candidate) {
        return candidate.tracker == tracker_index && candidate.phrase == phrase_index;
      });
      ASSERT_NE(hit, hits.end()) << text;
      if (phrase.kind == PhraseKind::kLiteral) {
        const std::uint32_t begin = whole ? 0 : 3;
        EXPECT_EQ(hit->begin, begin);
        EXPECT_EQ(hit->end, begin + phrase.text.size());
      }
      ++checked;
    }
  }
  EXPECT_GT(checked, 400u);
}

struct NearMiss {
  std::string tracker;
  std::string text;

  friend void PrintTo(const NearMiss& miss, std::ostream* out) { *out << miss.text; }
};

class ShippedNearMissTest : public ShippedTrackersTest,
                            public ::testing::WithParamInterface<NearMiss> {};

TEST_P(ShippedNearMissTest, DoesNotMatch) {
  EXPECT_THAT(MatchesOf(GetParam().tracker, GetParam().text), IsEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    NearMisses, ShippedNearMissTest,
    ::testing::Values(
        NearMiss{"filler", "Grab an umbrella and the album."},
        NearMiss{"filler", "Do you know the price? I'll let you know."},
        NearMiss{"filler", "What kind of tool is it, and the same sort of thing?"},
        NearMiss{"filler", "Uh-huh, we planned ahead for the errand, in summary."},
        NearMiss{"filler.like", "It's likely next quarter, unlike the old tool."},
        NearMiss{"question.open", "However, whatever, somewhat."},
        NearMiss{"question.closed", "Whenever whose cannery."},
        NearMiss{"objection.price", "It is inexpensive."},
        NearMiss{"objection.timing", "Our next quarterback."},
        NearMiss{"objection.authority", "In the boardroom."},
        NearMiss{"objection.need", "We already haven't decided."},
        NearMiss{"objection.competitor", "We used to."},
        NearMiss{"objection.trust", "A frisky puppy."},
        // A pain about the customer's current tools, not doubt about ours.
        NearMiss{"objection.trust", "Our managers keep their own tracker because they don't trust "
                                    "ours, and nobody trusts the stage data."},
        NearMiss{"empathy", "I misunderstood."},
        NearMiss{"next_step", "The rescheduled date."},
        NearMiss{"next_step.time", "The mayor may come; march forward at 20% or at 10%."},
        NearMiss{"next_step.owner", "I feel ill."}, NearMiss{"value", "A savory, unsaved dish."},
        NearMiss{"feature", "She was featured."}, NearMiss{"trial_close", "It does make sense."},
        NearMiss{"personalization", "Your teammates."},
        NearMiss{"competitor", "The gongs and choruses."},
        NearMiss{"backchannel", "Yeah, I think that's right."}, NearMiss{"backchannel", "Alright."},
        NearMiss{"backchannel", "Okay, so let me show you the dashboard."}),
    [](const ::testing::TestParamInfo<NearMiss>& param_info) {
      std::string name = param_info.param.tracker + "_" + std::to_string(param_info.index);
      std::replace(name.begin(), name.end(), '.', '_');
      return name;
    });

struct LabelledLike {
  std::string sentence;
  std::size_t fillers;  // filler uses of "like" in it

  friend void PrintTo(const LabelledLike& like, std::ostream* out) { *out << like.sentence; }
};

class FillerLikeTest : public ShippedTrackersTest,
                       public ::testing::WithParamInterface<LabelledLike> {};

TEST_P(FillerLikeTest, CountsOnlyFillerUses) {
  EXPECT_EQ(MatchesOf("filler.like", GetParam().sentence).size(), GetParam().fillers)
      << GetParam().sentence;
}

INSTANTIATE_TEST_SUITE_P(
    Labelled, FillerLikeTest,
    ::testing::Values(
        // Verb, preposition, comparison, conjunction: not fillers.
        LabelledLike{"I'd like to see the reporting.", 0},
        LabelledLike{"I\xE2\x80\x99"
                     "d like to see the reporting.",
                     0},
        LabelledLike{"We would like a proposal by Friday.", 0},
        LabelledLike{"We would like, you know, a proposal.", 0},
        LabelledLike{"We'd like, um, a discount.", 0}, LabelledLike{"It looks like a good fit.", 0},
        LabelledLike{"Something like that could work.", 0},
        LabelledLike{"I feel like we're close.", 0},
        LabelledLike{"We compared things like Gong and Chorus.", 0},
        LabelledLike{"Just like the one you showed us.", 0},
        LabelledLike{"Do you like the dashboard?", 0}, LabelledLike{"We like it a lot.", 0},
        LabelledLike{"It's like the one we have now.", 0},
        LabelledLike{"Like I said, the budget is set.", 0},
        LabelledLike{"I don't like the pricing.", 0}, LabelledLike{"That sounds like a plan.", 0},
        LabelledLike{"Would you like to meet Tuesday?", 0},
        LabelledLike{"Tools like Gong are pricey.", 0},
        LabelledLike{"It seems like, a lot of work.", 0},
        LabelledLike{"It's likely next quarter, unlike last year.", 0},
        // Fillers and quotatives.
        LabelledLike{"It was, like, really slow.", 1},
        LabelledLike{"Like, we tried that already.", 1}, LabelledLike{"And I was like, no way.", 1},
        LabelledLike{"and I was like this is never going to work", 1},
        LabelledLike{"We have, like, three people on it.", 1},
        LabelledLike{"It's like, super slow.", 1}, LabelledLike{"So like, what does it cost?", 1},
        LabelledLike{"They were like, why bother?", 1},
        LabelledLike{"She was just like, we need it yesterday.", 1},
        LabelledLike{"It took like um three weeks.", 1},
        LabelledLike{"Yeah. Like, honestly, it's fine.", 1},
        LabelledLike{"I'm like, okay, let's do it.", 1},
        LabelledLike{"I\xE2\x80\x99m like okay.", 1},
        LabelledLike{"Like, it was, like, fine.", 2}));

// One realistic rep utterance through every tracker at once.
TEST_F(ShippedTrackersTest, ScansARealisticUtterance) {
  const std::string text =
      "Um, you mentioned Gong. I'll send the proposal by Friday at 2pm, which saves your team "
      "5 hours a week. How does that sound?";
  std::vector<std::pair<std::string, std::string>> found;
  for (const TrackerHit& hit : Scan(text)) {
    found.emplace_back(set().TrackerName(hit.tracker), text.substr(hit.begin, hit.end - hit.begin));
  }
  EXPECT_THAT(found,
              ElementsAre(Pair("filler", "Um"), Pair("personalization", "you mentioned"),
                          Pair("competitor", "Gong"), Pair("next_step.owner", "I'll"),
                          Pair("next_step", "send the proposal"),
                          Pair("call_type.negotiation", "proposal"), Pair("next_step.time", "Friday"),
                          Pair("next_step.time", "at 2pm"), Pair("question.closed", "which"),
                          Pair("value", "saves"), Pair("personalization", "your team"),
                          Pair("value", "hours a week"), Pair("question.open", "How"),
                          Pair("trial_close", "How does that sound"),
                          Pair("question.closed", "does that")));
}

}  // namespace
}  // namespace sc::analysis
