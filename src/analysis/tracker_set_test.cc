#include "analysis/tracker_set.h"

#include <thread>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "base/file_io.h"

namespace sc::analysis {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

TrackerDefinition Tracker(std::string name, std::vector<Phrase> phrases) {
  return TrackerDefinition{.name = std::move(name), .phrases = std::move(phrases)};
}

std::vector<Phrase> Literals(std::initializer_list<const char*> texts) {
  std::vector<Phrase> phrases;
  for (const char* text : texts) phrases.push_back(Phrase::Literal(text));
  return phrases;
}

TrackerSet MustCompile(std::vector<TrackerDefinition> trackers) {
  Diagnostics diagnostics;
  Result<TrackerSet> set = TrackerSet::Compile(std::move(trackers), &diagnostics);
  EXPECT_TRUE(set.ok()) << set.status().ToString() << "\n" << diagnostics.FormatAll();
  return std::move(set).value();
}

std::vector<TrackerHit> ScanOnce(const TrackerSet& set, std::string_view text) {
  TrackerScratch scratch = set.NewScratch();
  std::vector<TrackerHit> hits;
  set.Scan(text, scratch, &hits);
  return hits;
}

// The matched text of each hit, for readable expectations.
std::vector<std::string> Matched(const TrackerSet& set, std::string_view text) {
  std::vector<std::string> out;
  for (const TrackerHit& hit : ScanOnce(set, text)) {
    out.push_back(std::string(text.substr(hit.begin, hit.end - hit.begin)));
  }
  return out;
}

TEST(TrackerSetTest, HitsAreSortedWithByteOffsets) {
  TrackerSet set = MustCompile({Tracker("filler", Literals({"um", "you know"})),
                                Tracker("question.open", Literals({"what"}))});
  //                         0         1         2         3
  //                         0123456789012345678901234567890123456
  const std::string_view text = "Um, what is, you know, the price? UM.";
  EXPECT_THAT(ScanOnce(set, text), ElementsAre(TrackerHit{0, 0, 0, 2}, TrackerHit{1, 0, 4, 8},
                                               TrackerHit{0, 1, 13, 21}, TrackerHit{0, 0, 34, 36}));
}

TEST(TrackerSetTest, ScanReplacesPreviousHits) {
  TrackerSet set = MustCompile({Tracker("filler", Literals({"um"}))});
  TrackerScratch scratch = set.NewScratch();
  std::vector<TrackerHit> hits = {TrackerHit{9, 9, 9, 9}};
  set.Scan("no fillers here", scratch, &hits);
  EXPECT_THAT(hits, IsEmpty());
  set.Scan("", scratch, &hits);
  EXPECT_THAT(hits, IsEmpty());
}

TEST(TrackerSetTest, LiteralsMatchWholeWordsOnly) {
  TrackerSet set = MustCompile({Tracker("t", Literals({"um", "right", "er", "save"}))});
  EXPECT_THAT(Matched(set, "an umbrella, an album, alright, rightly, her, savers"), IsEmpty());
  EXPECT_THAT(Matched(set, "Um... right? ER, save!"), ElementsAre("Um", "right", "ER", "save"));
}

TEST(TrackerSetTest, HyphenatedWordsAreOneWord) {
  TrackerSet set = MustCompile({Tracker("t", Literals({"uh", "right", "mm", "mm-hm"}))});
  EXPECT_THAT(Matched(set, "uh-huh, all-right"), IsEmpty());
  EXPECT_THAT(Matched(set, "mm-hm - uh - right-"), ElementsAre("mm-hm", "uh", "right"));
}

TEST(TrackerSetTest, ApostrophesMatchEitherForm) {
  TrackerSet set = MustCompile({Tracker("owner", Literals({"i'll"}))});
  const std::string text = "I\xE2\x80\x99ll send it, i'll call";
  EXPECT_THAT(ScanOnce(set, text), ElementsAre(TrackerHit{0, 0, 0, 6}, TrackerHit{0, 0, 16, 20}));
}

// Ingest collapses white space in utterance text, so a phrase's space matches one space.
TEST(TrackerSetTest, PhraseSpacesMatchOneSpace) {
  TrackerSet set = MustCompile({Tracker("filler", Literals({"you   know"}))});
  EXPECT_THAT(Matched(set, "You know, youknow, you\nknow, you  know"), ElementsAre("You know"));
}

TEST(TrackerSetTest, OnlyRegexTrackers) {
  TrackerSet set = MustCompile({Tracker("value", {Phrase::Regex("\\$\\d+", "$5")})});
  EXPECT_THAT(Matched(set, "about $40 each"), ElementsAre("$40"));
}

TEST(TrackerSetTest, SamePhraseInTwoTrackers) {
  TrackerDefinition backchannel = Tracker("backchannel", Literals({"makes sense"}));
  backchannel.scope = TrackerScope::kWholeUtterance;
  TrackerSet set = MustCompile({Tracker("empathy", Literals({"makes sense"})), backchannel});
  EXPECT_THAT(ScanOnce(set, "Makes sense!"),
              ElementsAre(TrackerHit{0, 0, 0, 11}, TrackerHit{1, 0, 0, 11}));
}

TEST(TrackerSetTest, RegexPhrasesReportTheirSpan) {
  TrackerSet set = MustCompile({Tracker("value", {Phrase::Regex("\\b\\d+(?:\\.\\d+)?\\s?%", "30%"),
                                                  Phrase::Regex("\\$\\s?\\d[\\d,]*", "$5")})});
  const std::string_view text = "cut 12.5 % of costs, $1,200 saved";
  EXPECT_THAT(ScanOnce(set, text), ElementsAre(TrackerHit{0, 0, 4, 10}, TrackerHit{0, 1, 21, 27}));
}

TEST(TrackerSetTest, OverlappingHitsOfOneTrackerCountOnce) {
  TrackerSet set = MustCompile({Tracker("empathy", Literals({"makes sense", "that makes sense"})),
                                Tracker("digits", {Phrase::Regex("\\d+", "1")})});
  // Both empathy phrases match; the leftmost, longest one stands for both. The regex reports an
  // end after every digit; one hit remains.
  EXPECT_THAT(ScanOnce(set, "that makes sense 2024"),
              ElementsAre(TrackerHit{0, 1, 0, 16}, TrackerHit{1, 0, 17, 21}));
}

TEST(TrackerSetTest, OverlappingHitsOfDifferentTrackersAllCount) {
  TrackerSet set = MustCompile({Tracker("question.open", Literals({"how"})),
                                Tracker("question.closed", Literals({"how many"}))});
  EXPECT_THAT(ScanOnce(set, "how many seats"),
              ElementsAre(TrackerHit{0, 0, 0, 3}, TrackerHit{1, 0, 0, 8}));
}

TEST(TrackerSetTest, NotAfterDropsHitsAfterListedWords) {
  TrackerDefinition filler = Tracker("filler", Literals({"um"}));
  Phrase you_know = Phrase::Literal("you know");
  you_know.not_after = {"Do", "let"};
  filler.phrases.push_back(you_know);
  filler.not_after = {"the"};
  TrackerSet set = MustCompile({filler});
  EXPECT_THAT(Matched(set, "do you know? I'll let you know. The um tool"), IsEmpty());
  EXPECT_THAT(Matched(set, "It's, you know, fine. the, um, tool"), ElementsAre("you know", "um"));
}

TEST(TrackerSetTest, WholeUtteranceTrackersNeedTheWholeUtterance) {
  TrackerDefinition backchannel = Tracker("backchannel", Literals({"yeah", "right", "mm-hm"}));
  backchannel.scope = TrackerScope::kWholeUtterance;
  TrackerSet set = MustCompile({backchannel, Tracker("other", Literals({"right"}))});
  EXPECT_THAT(ScanOnce(set, "Mm-hm."), ElementsAre(TrackerHit{0, 2, 0, 5}));
  EXPECT_THAT(
      ScanOnce(set, " Yeah, right! "),
      ElementsAre(TrackerHit{0, 0, 1, 5}, TrackerHit{0, 1, 7, 12}, TrackerHit{1, 0, 7, 12}));
  // Not a backchannel: there is more to the utterance. The anywhere tracker still counts.
  EXPECT_THAT(ScanOnce(set, "Yeah, I think that's right"), ElementsAre(TrackerHit{1, 0, 21, 26}));
}

TEST(TrackerSetTest, NamesAndIndexes) {
  TrackerSet set = MustCompile({Tracker("filler", Literals({"um", "uh"})),
                                Tracker("objection.price", Literals({"too expensive"}))});
  EXPECT_EQ(set.size(), 2u);
  EXPECT_EQ(set.TrackerIndex("objection.price"), 1u);
  EXPECT_EQ(set.TrackerIndex("objection"), std::nullopt);
  EXPECT_EQ(set.TrackerName(0), "filler");
  EXPECT_EQ(set.tracker(1).phrases.size(), 1u);
  EXPECT_EQ(set.PhraseOf(TrackerHit{0, 1, 0, 2}).text, "uh");
}

TEST(TrackerSetTest, CopiesShareTheDatabaseAndScratch) {
  TrackerSet set = MustCompile({Tracker("filler", Literals({"um"}))});
  TrackerSet copy = set;
  TrackerScratch scratch = set.NewScratch();
  TrackerScratch moved = std::move(scratch);
  std::vector<TrackerHit> hits;
  copy.Scan("um", moved, &hits);
  EXPECT_THAT(hits, ElementsAre(TrackerHit{0, 0, 0, 2}));
  scratch = copy.NewScratch();
  set.Scan("so um", scratch, &hits);
  EXPECT_THAT(hits, ElementsAre(TrackerHit{0, 0, 3, 5}));
}

TEST(TrackerSetDeathTest, ScratchOfAnotherSetIsABug) {
  TrackerSet one = MustCompile({Tracker("filler", Literals({"um"}))});
  TrackerSet other = MustCompile({Tracker("filler", Literals({"um"}))});
  TrackerScratch scratch = other.NewScratch();
  std::vector<TrackerHit> hits;
  EXPECT_DEATH(one.Scan("um", scratch, &hits), "owner_");
}

TEST(TrackerSetTest, ConcurrentScansAgreeWithASingleThread) {
  TrackerSet set = MustCompile(
      {Tracker("filler", Literals({"um", "uh", "you know", "like"})),
       Tracker("question", Literals({"what", "how", "how many"})),
       Tracker("value", {Phrase::Regex("\\b\\d+\\s?%", "5%"), Phrase::Literal("save")})});
  std::vector<std::string> texts;
  for (int index = 0; index < 200; ++index) {
    texts.push_back("Um, how many reps, you know, would save " + std::to_string(index) +
                    "% if, uh, what" + std::string(static_cast<std::size_t>(index % 7), ' ') +
                    "like");
  }
  std::vector<std::vector<TrackerHit>> expected;
  for (const std::string& text : texts) expected.push_back(ScanOnce(set, text));

  constexpr int kThreads = 4;
  std::vector<std::vector<std::vector<TrackerHit>>> results(kThreads);
  std::vector<std::thread> threads;
  for (int thread_index = 0; thread_index < kThreads; ++thread_index) {
    threads.emplace_back([&, thread_index] {
      TrackerScratch scratch = set.NewScratch();
      std::vector<TrackerHit> hits;
      for (int round = 0; round < 20; ++round) {
        for (const std::string& text : texts) {
          set.Scan(text, scratch, &hits);
          if (round == 19) results[thread_index].push_back(hits);
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const auto& result : results) EXPECT_EQ(result, expected);
  EXPECT_EQ(expected[3].size(), 8u);  // um, how many, you know, save, 3%, uh, what, like
}

TEST(TrackerSetCompileTest, ChecksExamples) {
  Phrase percent = Phrase::Regex("\\b\\d+%", "about thirty percent");
  percent.line = 12;
  percent.column = 9;
  TrackerDefinition value = Tracker("value", {percent});
  value.source = "en.yaml";
  Diagnostics diagnostics;
  Result<TrackerSet> set = TrackerSet::Compile({value}, &diagnostics);
  ASSERT_FALSE(set.ok());
  EXPECT_EQ(set.status().code(), StatusCode::kInvalidArgument);
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].FormatShort(),
            "en.yaml:12:9: phrase '\\b\\d+%' of tracker 'value' does not match its example "
            "\"about thirty percent\" (fix the phrase or the example; not_after and hyphenated "
            "words also apply)");
}

TEST(TrackerSetCompileTest, ExamplesSeeContextRules) {
  Phrase like = Phrase::Regex("\\blike\\s*,", "we would like, um, a demo");
  like.not_after = {"would"};
  Diagnostics diagnostics;
  EXPECT_FALSE(TrackerSet::Compile({Tracker("filler.like", {like})}, &diagnostics).ok());
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_THAT(diagnostics[0].message, HasSubstr("does not match its example"));
}

TEST(TrackerSetCompileTest, ValidatesDefinitions) {
  Phrase bad = Phrase::Regex("(", "x");
  bad.line = 3;
  bad.column = 5;
  Diagnostics diagnostics;
  Result<TrackerSet> set = TrackerSet::Compile(
      {Tracker("value", {bad}), Tracker("value", Literals({"save"}))}, &diagnostics);
  ASSERT_FALSE(set.ok());
  EXPECT_EQ(set.status().code(), StatusCode::kInvalidArgument);
  ASSERT_EQ(diagnostics.size(), 2u) << diagnostics.FormatAll();
  EXPECT_EQ(diagnostics[0].line, 3u);
  EXPECT_THAT(diagnostics[0].message, HasSubstr("Missing close parenthesis"));
  EXPECT_EQ(diagnostics[1].message, "tracker 'value' is defined twice");
}

TEST(TrackerSetCompileTest, NeedsAtLeastOneTracker) {
  Diagnostics diagnostics;
  Result<TrackerSet> set = TrackerSet::Compile({}, &diagnostics);
  ASSERT_FALSE(set.ok());
  EXPECT_EQ(set.status(), Status::InvalidArgument("there are no trackers to compile"));
}

TEST(TrackerSetLoadTest, MissingFileIsNotFound) {
  Diagnostics diagnostics;
  Result<TrackerSet> set = TrackerSet::Load("/nonexistent/trackers.yaml", &diagnostics);
  ASSERT_FALSE(set.ok());
  EXPECT_EQ(set.status().code(), StatusCode::kNotFound);
  EXPECT_THAT(set.status().message(), HasSubstr("/nonexistent/trackers.yaml"));
}

TEST(TrackerSetLoadTest, BadFileIsLocated) {
  const std::filesystem::path path =
      std::filesystem::path(SC_BINARY_DIR) / "tracker_set_test" / "bad.yaml";
  ASSERT_TRUE(WriteFile(path, "version: 1\ntrackers:\n  filler: {phrases: [um, \"\"]}\n").ok());
  Diagnostics diagnostics;
  Result<TrackerSet> set = TrackerSet::Load(path, &diagnostics);
  ASSERT_FALSE(set.ok());
  EXPECT_EQ(set.status().code(), StatusCode::kInvalidArgument);
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].source, path.string());
  EXPECT_EQ(diagnostics[0].line, 3u);
}

TEST(TrackerSetLoadTest, GoodFileCompiles) {
  const std::filesystem::path path =
      std::filesystem::path(SC_BINARY_DIR) / "tracker_set_test" / "good.yaml";
  ASSERT_TRUE(WriteFile(path, "version: 1\ntrackers:\n  filler: {phrases: [um]}\n").ok());
  Diagnostics diagnostics;
  Result<TrackerSet> set = TrackerSet::Load(path, &diagnostics);
  ASSERT_TRUE(set.ok()) << diagnostics.FormatAll();
  EXPECT_THAT(ScanOnce(*set, "um"), ElementsAre(TrackerHit{0, 0, 0, 2}));
}

}  // namespace
}  // namespace sc::analysis
