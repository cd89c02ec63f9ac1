#include "analysis/call_analyzer.h"

#include <unistd.h>

#include <fstream>
#include <regex>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "base/file_io.h"

namespace sc::analysis {
namespace {

namespace fs = std::filesystem;

AnalyzerPaths ShippedPaths() {
  fs::path data = SC_DATA_DIR;
  return {data / "trackers" / "en.yaml", SC_VADER_LEXICON, data / "words" / "stopwords.en.txt"};
}

model::Call DiscoveryCall() {
  using model::SpeakerRole;
  model::Call call{.id = "C-1", .rep_id = "R-1", .title = "Acme intro call", .roles_from = "manifest"};
  call.utterances = {
      {"Dana", SpeakerRole::kRep, 0, 5, "Thanks for the time. What prompted you to look at this?"},
      {"Sam", SpeakerRole::kCustomer, 6, 20, "Our reps struggle to ramp and we use Gong today."},
      {"Dana", SpeakerRole::kRep, 21, 26, "How long does ramp take your new reps today?"},
      {"Sam", SpeakerRole::kCustomer, 27, 35, "About six months. It is too expensive, honestly."},
      {"Dana", SpeakerRole::kRep, 36, 45,
       "I understand. I'll send you a case study by Friday at 2pm, does that work?"},
      {"Sam", SpeakerRole::kCustomer, 46, 48, "Friday works for me."},
  };
  return call;
}

class CallAnalyzerTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    Diagnostics diagnostics;
    Result<CallAnalyzer> loaded = CallAnalyzer::Load(ShippedPaths(), &diagnostics);
    ASSERT_TRUE(loaded.ok()) << loaded.status().ToString() << diagnostics.FormatAll();
    analyzer_ = new CallAnalyzer(std::move(*loaded));
  }
  static void TearDownTestSuite() { delete analyzer_; }

  static CallAnalyzer* analyzer_;
};
CallAnalyzer* CallAnalyzerTest::analyzer_ = nullptr;

TEST_F(CallAnalyzerTest, VersionNamesTheCodeAndTheKnowledgeFiles) {
  EXPECT_TRUE(std::regex_match(analyzer_->version(), std::regex("1-[0-9a-f]{16}")))
      << analyzer_->version();
}

TEST_F(CallAnalyzerTest, AnalyzesEveryMeasureOfACall) {
  CallAnalyzer::Scratch scratch = analyzer_->NewScratch();
  model::CallAnalysis a = analyzer_->Analyze(DiscoveryCall(), scratch);
  EXPECT_EQ(a.call_id, "C-1");
  EXPECT_EQ(a.version, analyzer_->version());
  EXPECT_EQ(a.roles_from, "manifest");
  EXPECT_EQ(a.call_type, model::CallType::kDiscovery);  // "intro call", "what prompted"
  EXPECT_EQ(a.call_type_from, "title");
  EXPECT_DOUBLE_EQ(a.duration_s, 48);
  ASSERT_EQ(a.speakers.size(), 2u);
  EXPECT_DOUBLE_EQ(a.speakers[0].talk_s, 19);  // 5 + 5 + 9
  EXPECT_DOUBLE_EQ(a.speakers[1].talk_s, 24);  // 14 + 8 + 2
  ASSERT_TRUE(a.talk_ratio.has_value());
  EXPECT_DOUBLE_EQ(*a.talk_ratio, 19.0 / 43.0);
  EXPECT_EQ(a.questions.rep, 3u);
  // "too expensive"; "we use Gong today" is a fact, not pushback.
  ASSERT_EQ(a.objections.size(), 1u);
  EXPECT_EQ(a.objections[0].type, "price");
  EXPECT_TRUE(a.next_steps.specific);
  EXPECT_EQ(a.empathy_statements, 1u);
  EXPECT_EQ(a.customer_pains, 1u);  // "struggle"
  ASSERT_TRUE(a.trackers.contains("competitor"));
  EXPECT_EQ(a.trackers.at("competitor")[0].phrase, "Gong");
  EXPECT_EQ(a.trackers.at("competitor")[0].speaker, "Sam");
  EXPECT_FALSE(a.trackers.contains("question.open"));  // structural cues are not listed
  EXPECT_TRUE(a.utterances.empty());
  EXPECT_FALSE(a.highlights.empty());
}

TEST_F(CallAnalyzerTest, KeepsUtteranceDetailWhenAsked) {
  CallAnalyzer::Scratch scratch = analyzer_->NewScratch();
  model::CallAnalysis a = analyzer_->Analyze(DiscoveryCall(), scratch, {.utterances = true});
  ASSERT_EQ(a.utterances.size(), 6u);
  EXPECT_EQ(a.utterances[0].questions, 1u);
  EXPECT_EQ(a.utterances[0].question_type, "open");
  EXPECT_EQ(a.utterances[1].question_type, "none");
  EXPECT_THAT(a.utterances[3].trackers, testing::Contains("objection.price"));
}

TEST_F(CallAnalyzerTest, ScratchesGiveTheSameAnswer) {
  CallAnalyzer::Scratch one = analyzer_->NewScratch(), two = analyzer_->NewScratch();
  model::Call call = DiscoveryCall();
  EXPECT_EQ(analyzer_->Analyze(call, one), analyzer_->Analyze(call, two));
  EXPECT_EQ(analyzer_->Analyze(call, one), analyzer_->Analyze(call, one));
}

TEST_F(CallAnalyzerTest, EmptyCallHasNothingToMeasure) {
  CallAnalyzer::Scratch scratch = analyzer_->NewScratch();
  model::CallAnalysis a = analyzer_->Analyze(model::Call{.id = "C-0"}, scratch);
  EXPECT_FALSE(a.talk_ratio.has_value());
  EXPECT_FALSE(a.energy.has_value());
  EXPECT_EQ(a.questions.rep, 0u);
  EXPECT_FALSE(a.next_steps.present);
  EXPECT_TRUE(a.highlights.empty());
}

class CallAnalyzerFilesTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("sc_call_analyzer_test_" + std::to_string(getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(CallAnalyzerFilesTest, EditingATrackerChangesTheVersion) {
  AnalyzerPaths paths = ShippedPaths();
  fs::path edited = dir_ / "trackers.yaml";
  fs::copy_file(paths.trackers, edited);
  Diagnostics diagnostics;
  Result<CallAnalyzer> shipped = CallAnalyzer::Load(paths, &diagnostics);
  ASSERT_TRUE(shipped.ok());
  std::ofstream(edited, std::ios::app) << "\n  custom.brand:\n    phrases: [northwind]\n";
  paths.trackers = edited;
  Result<CallAnalyzer> custom = CallAnalyzer::Load(paths, &diagnostics);
  ASSERT_TRUE(custom.ok()) << custom.status().ToString();
  EXPECT_NE(shipped->version(), custom->version());
}

TEST_F(CallAnalyzerFilesTest, MissingRequiredTrackersAreNamed) {
  AnalyzerPaths paths = ShippedPaths();
  paths.trackers = dir_ / "trackers.yaml";
  ASSERT_TRUE(WriteFile(paths.trackers, "version: 1\ntrackers:\n  filler:\n    phrases: [um]\n").ok());
  Diagnostics diagnostics;
  Result<CallAnalyzer> loaded = CallAnalyzer::Load(paths, &diagnostics);
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().code(), StatusCode::kInvalidArgument);
  EXPECT_THAT(loaded.status().message(),
              testing::HasSubstr("call analysis needs the trackers question.open, "
                                 "question.closed, empathy"));
  EXPECT_THAT(loaded.status().message(), testing::HasSubstr(paths.trackers.string()));
}

TEST_F(CallAnalyzerFilesTest, MissingLexiconIsNamed) {
  AnalyzerPaths paths = ShippedPaths();
  paths.lexicon = dir_ / "nope.txt";
  Diagnostics diagnostics;
  Result<CallAnalyzer> loaded = CallAnalyzer::Load(paths, &diagnostics);
  ASSERT_FALSE(loaded.ok());
  EXPECT_THAT(loaded.status().ToString(), testing::HasSubstr("nope.txt"));
}

}  // namespace
}  // namespace sc::analysis
