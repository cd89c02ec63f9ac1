// `salescoach analyze-call` on one conversation exported by every tool salescoach reads, and
// `salescoach analyze` on an imported call: the documented JSON, the same measures whatever
// the format, and analyses stored once per analyzer version.
#include <fstream>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli_test_util.h"

namespace sc::e2e {
namespace {

using nlohmann::json;

const std::filesystem::path kTranscripts =
    std::filesystem::path(SC_E2E_TESTDATA) / "transcripts";

json AnalyzeCall(const std::string& file, const std::string& extra = "") {
  ScratchDir dir("analyze_call");
  CommandResult result = RunSalescoach(
      dir.path(), "analyze-call " + (kTranscripts / file).string() + " --json " + extra);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return json::parse(result.out);
}

// The keys INTERFACES.md says must be present.
void ExpectDocumentedShape(const json& a) {
  for (const char* key :
       {"call_id", "duration_s", "call_type", "speakers", "talk_ratio", "longest_monologue_s",
        "longest_customer_story_s", "interactivity", "patience_s", "wpm", "questions", "fillers",
        "sentiment", "objections", "next_steps", "value_statements", "feature_statements",
        "trial_closes", "empathy_statements", "personalization", "energy", "trackers",
        "highlights"}) {
    EXPECT_TRUE(a.contains(key)) << key;
  }
  for (const char* key : {"rep", "open", "closed", "follow_up", "customer"}) {
    EXPECT_TRUE(a["questions"].contains(key)) << key;
  }
  for (const char* key : {"per_min", "total", "by_word"}) EXPECT_TRUE(a["fillers"].contains(key));
  for (const char* key : {"customer", "customer_start", "customer_end", "rep"}) {
    EXPECT_TRUE(a["sentiment"].contains(key)) << key;
  }
  for (const char* key : {"present", "specific", "text", "at_s"}) {
    EXPECT_TRUE(a["next_steps"].contains(key)) << key;
  }
}

// The conversation, labelled by hand (make_transcripts.py): 7 rep questions, 5 of them open
// ("How is the quarter going", "Tell me about", "why do you think", "What have you tried",
// "What would it be worth") and 2 closed ("Does that make sense", "Does that work for you");
// one filler ("Um"); one price objection ("too expensive"), acknowledged ("I understand"),
// clarified with a question and answered with value ("30% so that"); two trial closes; one
// feature-only sentence ("Our platform has a dashboard"); a specific next step in the last
// third ("I'll send you the proposal by Friday at 2pm").
void ExpectHandLabelledMeasures(const json& a, const std::string& format) {
  SCOPED_TRACE(format);
  EXPECT_EQ(a["questions"]["rep"], 7);
  EXPECT_EQ(a["questions"]["open"], 5);
  EXPECT_EQ(a["questions"]["closed"], 2);
  EXPECT_EQ(a["questions"]["customer"], 0);
  EXPECT_EQ(a["fillers"]["total"], 1);
  EXPECT_EQ(a["fillers"]["by_word"]["um"], 1);
  ASSERT_EQ(a["objections"].size(), 1u);
  const json& objection = a["objections"][0];
  EXPECT_EQ(objection["type"], "price");
  EXPECT_TRUE(objection["handled"]);
  EXPECT_TRUE(objection["response"]["acknowledged"]);
  EXPECT_TRUE(objection["response"]["clarifying_question"]);
  EXPECT_TRUE(objection["response"]["value"]);
  EXPECT_EQ(a["trial_closes"], 2);
  EXPECT_EQ(a["feature_statements"], 1);
  EXPECT_GE(a["value_statements"], 1);
  EXPECT_EQ(a["empathy_statements"], 1);
  EXPECT_TRUE(a["next_steps"]["present"]);
  EXPECT_TRUE(a["next_steps"]["specific"]);
  EXPECT_THAT(a["next_steps"]["text"].get<std::string>(),
              testing::HasSubstr("I'll send you the proposal by Friday at 2pm"));
  // Dana is the rep in every format: by Gong affiliation, the JSON's roles, or the heuristic.
  ASSERT_FALSE(a["speakers"].empty());
  EXPECT_EQ(a["speakers"][0]["role"], "rep");
}

TEST(AnalyzeCallE2eTest, EveryFormatGivesTheDocumentedJsonAndTheSameMeasures) {
  for (const char* file : {"zoom.vtt", "teams.vtt", "meet.srt", "gong.json", "aws.json",
                           "deepgram.json", "assemblyai.json", "notes.txt", "native.json"}) {
    json a = AnalyzeCall(file);
    ExpectDocumentedShape(a);
    ExpectHandLabelledMeasures(a, file);
  }
}

TEST(AnalyzeCallE2eTest, TimedFormatsAgreeOnTimes) {
  json native = AnalyzeCall("native.json");
  EXPECT_EQ(native["call_id"], "acme-discovery");
  EXPECT_EQ(native["call_type"], "discovery");
  EXPECT_EQ(native["call_type_from"], "crm");
  EXPECT_EQ(native["roles_from"], "transcript");
  double talk = native["talk_ratio"];
  for (const char* file : {"zoom.vtt", "meet.srt", "gong.json", "deepgram.json",
                           "assemblyai.json"}) {
    json a = AnalyzeCall(file);
    EXPECT_NEAR(a["talk_ratio"].get<double>(), talk, 0.01) << file;
    EXPECT_NEAR(a["objections"][0]["response"]["pause_s"].get<double>(), 1.6, 0.01) << file;
  }
}

TEST(AnalyzeCallE2eTest, UtterancesCarryPerUtteranceDetail) {
  json a = AnalyzeCall("native.json", "--utterances");
  ASSERT_EQ(a["utterances"].size(), 14u);
  const json& first = a["utterances"][0];
  EXPECT_EQ(first["speaker"], "Dana Reyes");
  EXPECT_EQ(first["role"], "rep");
  EXPECT_EQ(first["questions"], 1);
  EXPECT_EQ(first["question_type"], "open");
  EXPECT_EQ(a["utterances"][7]["trackers"], json::array({"objection.price"}));
  EXPECT_EQ(a["utterances"][6]["fillers"], 1);
}

TEST(AnalyzeCallE2eTest, RepSpeakerOptionDecidesRoles) {
  json a = AnalyzeCall("deepgram.json", "--rep-speaker \"Speaker 0\"");
  EXPECT_EQ(a["roles_from"], "option");
  EXPECT_EQ(a["speakers"][0]["role"], "rep");

  ScratchDir dir("analyze_call_bad_speaker");
  CommandResult result = RunSalescoach(
      dir.path(), "analyze-call " + (kTranscripts / "deepgram.json").string() +
                      " --rep-speaker \"Speaker 9\"");
  EXPECT_EQ(result.exit_code, 65);
  EXPECT_THAT(result.err, testing::HasSubstr("no speaker in the transcript is called \"Speaker 9\""));
}

TEST(AnalyzeCallE2eTest, BrokenFileIsALocatedError) {
  ScratchDir dir("analyze_call_broken");
  std::filesystem::path file = dir.Write("broken.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:0x\nhi\n");
  CommandResult result = RunSalescoach(dir.path(), "analyze-call " + file.string() + " --json");
  EXPECT_EQ(result.exit_code, 65);
  EXPECT_THAT(result.err, testing::HasSubstr("broken.vtt:3:"));
  EXPECT_TRUE(result.out.empty());
}

TEST(AnalyzeE2eTest, StoresAnalysesAndRedoesThemOnlyWhenAsked) {
  ScratchDir dir("analyze_stored");
  dir.Write("reps.csv", "id,name,email\nR-1,Dana Reyes,dana.reyes@northwind.io\n");
  ASSERT_EQ(RunSalescoach(dir.path(), "import crm reps.csv").exit_code, 0);
  CommandResult imported =
      RunSalescoach(dir.path(), "import calls " + (kTranscripts / "native.json").string());
  ASSERT_EQ(imported.exit_code, 0) << imported.err;

  CommandResult first = RunSalescoach(dir.path(), "analyze");
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_THAT(first.out, testing::HasSubstr("analyzed 1 calls"));
  EXPECT_EQ(CountRecords(dir.path() / "salescoach.db").analyses, 1);

  CommandResult second = RunSalescoach(dir.path(), "analyze");
  EXPECT_THAT(second.out, testing::HasSubstr("analyzed 0 calls"));
  EXPECT_THAT(second.out, testing::HasSubstr("1 already up to date"));

  CommandResult all = RunSalescoach(dir.path(), "analyze --all");
  EXPECT_THAT(all.out, testing::HasSubstr("analyzed 1 calls"));
}

TEST(AnalyzeE2eTest, EveryFormatImportsAndAnalyzes) {
  ScratchDir dir("analyze_every_format");
  dir.Write("reps.csv", "id,name,email\nR-1,Dana Reyes,dana.reyes@northwind.io\n");
  ASSERT_EQ(RunSalescoach(dir.path(), "import crm reps.csv").exit_code, 0);
  // The manifest names each export (absolute paths are kept as they are) and its rep; speakers
  // named "Dana Reyes" are found by the CRM name, the others by the heuristic.
  std::string manifest = "file,call_id,rep_id,call_type\n";
  for (const char* file : {"zoom.vtt", "teams.vtt", "meet.srt", "gong.json", "aws.json",
                           "deepgram.json", "assemblyai.json", "notes.txt", "native.json"}) {
    manifest += (kTranscripts / file).string() + "," + file + ",R-1,discovery\n";
  }
  dir.Write("calls.csv", manifest);
  CommandResult imported = RunSalescoach(dir.path(), "import calls --manifest calls.csv");
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  EXPECT_THAT(imported.out, testing::HasSubstr("imported 9 calls from 9 files"));
  CommandResult analyzed = RunSalescoach(dir.path(), "analyze");
  ASSERT_EQ(analyzed.exit_code, 0) << analyzed.err;
  EXPECT_THAT(analyzed.out, testing::HasSubstr("analyzed 9 calls"));
  EXPECT_EQ(CountRecords(dir.path() / "salescoach.db").analyses, 9);
}

TEST(AnalyzeE2eTest, EditedTrackersRedoTheAnalysis) {
  ScratchDir dir("analyze_config");
  dir.Write("reps.csv", "id,name\nR-1,Dana Reyes\n");
  ASSERT_EQ(RunSalescoach(dir.path(), "import crm reps.csv").exit_code, 0);
  ASSERT_EQ(RunSalescoach(dir.path(), "import calls " + (kTranscripts / "native.json").string())
                .exit_code,
            0);
  ASSERT_EQ(RunSalescoach(dir.path(), "analyze").exit_code, 0);
  std::filesystem::create_directory(dir.path() / "config");
  std::filesystem::copy_file(std::filesystem::path(SC_DATA_DIR) / "trackers" / "en.yaml",
                             dir.path() / "config" / "trackers.yaml");
  {
    std::ofstream edit(dir.path() / "config" / "trackers.yaml", std::ios::app);
    edit << "\n  custom.mention:\n    phrases: [northwind]\n";
  }
  CommandResult redone = RunSalescoach(dir.path(), "analyze --config config");
  ASSERT_EQ(redone.exit_code, 0) << redone.err;
  EXPECT_THAT(redone.out, testing::HasSubstr("analyzed 1 calls"));
}

TEST(AnalyzeE2eTest, BrokenTrackerOverrideIsALocatedError) {
  ScratchDir dir("analyze_bad_config");
  std::filesystem::create_directory(dir.path() / "config");
  dir.Write("config/trackers.yaml", "version: 1\ntrackers:\n  filler:\n    phrase: [um]\n");
  CommandResult result = RunSalescoach(
      dir.path(), "analyze-call " + (kTranscripts / "native.json").string() + " --config config");
  EXPECT_EQ(result.exit_code, 65);
  EXPECT_THAT(result.err, testing::HasSubstr("trackers.yaml:4:"));
}

}  // namespace
}  // namespace sc::e2e
