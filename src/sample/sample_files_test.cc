#include "sample/sample_files.h"

#include <unistd.h>

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "base/text.h"
#include "sample/crm_csv.h"
#include "sample/test_support.h"
#include "sample/transcript_render.h"

namespace sc::sample {
namespace {

namespace fs = std::filesystem;
using testing::DefaultTeam;
using testing::ParseCsv;

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Writes the default team once per test binary.
class SampleFilesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    // CTest runs every test of this suite as its own process, two at a time: each process
    // needs a folder of its own.
    dir_ = new fs::path(fs::path(::testing::TempDir()) /
                        ("sample_files_test_" + std::to_string(getpid())));
    fs::remove_all(*dir_);
    Result<SampleFiles> written = WriteSampleTeam(DefaultTeam(), *dir_);
    ASSERT_TRUE(written.ok()) << written.status().ToString();
    files_ = new SampleFiles(std::move(written).value());
  }
  static void TearDownTestSuite() {
    fs::remove_all(*dir_);
    delete files_;
    delete dir_;
  }

  static const CrmFile& Crm(std::string_view kind) {
    for (const CrmFile& file : files_->crm) {
      if (file.kind == kind) return file;
    }
    ADD_FAILURE() << "no " << kind << " file";
    return files_->crm.front();
  }

  static fs::path* dir_;
  static SampleFiles* files_;
};

fs::path* SampleFilesTest::dir_ = nullptr;
SampleFiles* SampleFilesTest::files_ = nullptr;

TEST_F(SampleFilesTest, WritesEveryFileWhereTheDocsSay) {
  EXPECT_EQ(files_->crm.size(), 5u);
  EXPECT_EQ(Crm("reps").path, *dir_ / "crm" / "reps.csv");
  EXPECT_EQ(Crm("deals").path, *dir_ / "crm" / "deals_salesforce.csv");
  EXPECT_EQ(Crm("deals").preset, "salesforce");
  EXPECT_EQ(Crm("activities").path, *dir_ / "crm" / "activities.csv");
  EXPECT_EQ(Crm("quotas").path, *dir_ / "crm" / "quotas.csv");
  EXPECT_EQ(Crm("forecasts").path, *dir_ / "crm" / "forecasts.csv");
  EXPECT_EQ(files_->crm.front().kind, "reps") << "reps import first";
  EXPECT_EQ(files_->manifest, *dir_ / "calls" / "manifest.csv");
  EXPECT_EQ(files_->ground_truth, *dir_ / "ground_truth.json");
  EXPECT_EQ(files_->transcripts.size(), DefaultTeam().calls.size());
  for (const fs::path& path : files_->transcripts) EXPECT_TRUE(fs::is_regular_file(path)) << path;
}

TEST_F(SampleFilesTest, RepsCsvHasTheCanonicalHeaderAndManagersFirst) {
  std::vector<std::vector<std::string>> rows = ParseCsv(ReadFile(Crm("reps").path));
  ASSERT_EQ(rows.size(), 15u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"id", "name", "email", "manager_id", "team",
                                               "segment", "hire_date", "role"}));
  EXPECT_EQ(rows[1][7], "manager");
  EXPECT_EQ(rows[2][7], "manager");
  for (std::size_t index = 3; index < rows.size(); ++index) {
    EXPECT_EQ(rows[index][7], "rep");
    EXPECT_TRUE(std::regex_match(rows[index][6], std::regex(R"(\d{4}-\d{2}-\d{2})")));
    EXPECT_TRUE(rows[index][5] == "smb" || rows[index][5] == "mid_market" ||
                rows[index][5] == "enterprise")
        << rows[index][5];
  }
}

TEST_F(SampleFilesTest, DealsAreASalesforceExport) {
  std::string text = ReadFile(Crm("deals").path);
  ASSERT_TRUE(text.starts_with("\xEF\xBB\xBF")) << "Salesforce exports carry a BOM";
  std::string header = text.substr(3, text.find("\r\n") - 3);
  EXPECT_EQ(header, kSalesforceDealsHeader);
  EXPECT_EQ(text.find("\r\n", text.size() - 2), text.size() - 2) << "CRLF line ends";
  // Every line break is CRLF, and every field is quoted.
  std::size_t bare_newlines = 0;
  for (std::size_t index = 0; index < text.size(); ++index) {
    if (text[index] == '\n' && (index == 0 || text[index - 1] != '\r')) ++bare_newlines;
  }
  EXPECT_EQ(bare_newlines, 0u);
  std::vector<std::vector<std::string>> rows = ParseCsv(text.substr(3));
  ASSERT_EQ(rows.size(), DefaultTeam().crm.deals.size() + 1);
  std::set<std::string> owners;
  for (const model::Rep& rep : DefaultTeam().crm.reps) owners.insert(rep.name);
  std::regex us_date(R"(\d{1,2}/\d{1,2}/\d{4})");
  std::regex money(R"(\d+\.\d{2})");
  for (std::size_t index = 1; index < rows.size(); ++index) {
    const std::vector<std::string>& row = rows[index];
    ASSERT_EQ(row.size(), 25u);
    EXPECT_TRUE(owners.contains(row[3])) << row[3];
    EXPECT_TRUE(std::regex_match(row[4], money)) << row[4];
    EXPECT_EQ(row[5], "USD");
    EXPECT_TRUE(std::regex_match(row[7], us_date)) << row[7];
    EXPECT_TRUE(std::regex_match(row[8], us_date)) << "Salesforce always has a close date";
    EXPECT_TRUE(row[9] == "1" || row[9] == "0");
    EXPECT_TRUE(row[10] == "1" || row[10] == "0");
    if (row[10] == "1") {
      EXPECT_EQ(row[9], "1");
    }
    for (std::size_t flag : {13u, 23u, 24u}) {
      EXPECT_TRUE(row[flag].empty() || row[flag] == "true" || row[flag] == "false") << row[flag];
    }
    const model::Deal& deal = DefaultTeam().crm.deals[index - 1];
    EXPECT_EQ(row[0], deal.id);
    EXPECT_EQ(row[2], deal.account);
  }
  // Account names with commas arrive intact through the quoting.
  EXPECT_NE(text.find(", Inc.\""), std::string::npos);
}

TEST_F(SampleFilesTest, ActivitiesQuotasAndForecastsUseCanonicalColumns) {
  std::vector<std::vector<std::string>> activities = ParseCsv(ReadFile(Crm("activities").path));
  EXPECT_EQ(activities[0], (std::vector<std::string>{"id", "rep_id", "deal_id", "type", "at",
                                                     "duration_s", "subject", "call_id"}));
  EXPECT_EQ(activities.size(), DefaultTeam().crm.activities.size() + 1);
  std::regex timestamp(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)");
  for (std::size_t index = 1; index < activities.size(); ++index) {
    ASSERT_EQ(activities[index].size(), 8u);
    EXPECT_TRUE(std::regex_match(activities[index][4], timestamp)) << activities[index][4];
  }
  std::vector<std::vector<std::string>> quotas = ParseCsv(ReadFile(Crm("quotas").path));
  EXPECT_EQ(quotas[0],
            (std::vector<std::string>{"rep_id", "period_start", "period_end", "amount"}));
  EXPECT_EQ(quotas.size(), DefaultTeam().crm.quotas.size() + 1);
  std::vector<std::vector<std::string>> forecasts = ParseCsv(ReadFile(Crm("forecasts").path));
  EXPECT_EQ(forecasts[0], (std::vector<std::string>{"rep_id", "period_start", "period_end",
                                                    "amount", "submitted_at"}));
  EXPECT_EQ(forecasts.size(), DefaultTeam().crm.forecasts.size() + 1);
}

TEST_F(SampleFilesTest, ManifestListsEveryTranscript) {
  std::vector<std::vector<std::string>> rows = ParseCsv(ReadFile(files_->manifest));
  ASSERT_EQ(rows[0], (std::vector<std::string>{"file", "call_id", "rep_id", "deal_id", "started_at",
                                               "title", "call_type", "rep_speakers"}));
  ASSERT_EQ(rows.size(), files_->transcripts.size() + 1);
  std::set<std::string> listed;
  for (std::size_t index = 1; index < rows.size(); ++index) {
    const std::vector<std::string>& row = rows[index];
    ASSERT_EQ(row.size(), 8u);
    listed.insert(row[0]);
    fs::path file = files_->manifest.parent_path() / row[0];
    ASSERT_TRUE(fs::is_regular_file(file)) << row[0];
    EXPECT_TRUE(row[0].starts_with(row[1] + ".")) << row[0];
    EXPECT_TRUE(std::regex_match(row[5], std::regex(R"([A-Z][a-z-]+: .+ x Northwind)"))) << row[5];
    std::string content = ReadFile(file);
    for (std::string_view speaker : Split(row[7], ';')) {
      EXPECT_NE(content.find(std::string(speaker)), std::string::npos)
          << speaker << " in " << row[0];
    }
  }
  for (const fs::path& path : files_->transcripts) {
    EXPECT_TRUE(listed.contains(path.filename().string())) << path;
  }
}

TEST_F(SampleFilesTest, JsonTranscriptsParseAndHaveTheirFormatsShape) {
  int gong = 0, aws = 0;
  for (std::size_t index = 0; index < files_->transcripts.size(); ++index) {
    const fs::path& path = files_->transcripts[index];
    std::string name = path.filename().string();
    if (!name.ends_with(".json")) continue;
    std::string text = ReadFile(path);
    ASSERT_TRUE(nlohmann::json::accept(text)) << name << " is not valid JSON";
    // The structure checks build the whole document; a sample of files is enough for them.
    if ((name.ends_with(".gong.json") ? gong : aws) >= 12) continue;
    nlohmann::json document = nlohmann::json::parse(text);
    const model::Call& call = DefaultTeam().calls[index];
    if (name.ends_with(".gong.json")) {
      ++gong;
      ASSERT_EQ(document["callTranscripts"].size(), 1u);
      EXPECT_EQ(document["callTranscripts"][0]["callId"], call.id);
      std::set<std::string> speaker_ids;
      for (const auto& party : document["parties"]) {
        speaker_ids.insert(party["speakerId"].get<std::string>());
        EXPECT_TRUE(party["affiliation"] == "Internal" || party["affiliation"] == "External");
        EXPECT_TRUE(
            std::regex_match(party["speakerId"].get<std::string>(), std::regex(R"(\d{19})")));
      }
      std::int64_t previous = -1;
      std::string previous_speaker;
      for (const auto& entry : document["callTranscripts"][0]["transcript"]) {
        std::string speaker = entry["speakerId"];
        EXPECT_TRUE(speaker_ids.contains(speaker));
        EXPECT_NE(speaker, previous_speaker) << "runs of one speaker form one entry";
        previous_speaker = speaker;
        EXPECT_TRUE(entry["topic"].is_null() || entry["topic"].is_string());
        for (const auto& sentence : entry["sentences"]) {
          std::int64_t start = sentence["start"], end = sentence["end"];
          EXPECT_GT(end, start);
          EXPECT_GE(start, previous);
          previous = start;
        }
      }
    } else {
      ++aws;
      EXPECT_EQ(document["status"], "COMPLETED");
      EXPECT_EQ(document["jobName"], "northwind-" + call.id);
      const auto& results = document["results"];
      EXPECT_FALSE(results["transcripts"][0]["transcript"].get<std::string>().empty());
      EXPECT_GE(results["speaker_labels"]["speakers"].get<int>(), 2);
      for (const auto& segment : results["speaker_labels"]["segments"]) {
        EXPECT_TRUE(
            std::regex_match(segment["speaker_label"].get<std::string>(), std::regex(R"(spk_\d)")));
        EXPECT_LT(std::stod(segment["start_time"].get<std::string>()),
                  std::stod(segment["end_time"].get<std::string>()));
      }
      int punctuation = 0;
      for (const auto& item : results["items"]) {
        if (item["type"] == "punctuation") {
          ++punctuation;
          EXPECT_FALSE(item.contains("start_time"));
        } else {
          EXPECT_TRUE(item["start_time"].is_string());
          EXPECT_EQ(item["alternatives"][0]["content"].get<std::string>().find(' '),
                    std::string::npos);
        }
      }
      EXPECT_GT(punctuation, 0);
    }
  }
  EXPECT_EQ(gong, 12);
  EXPECT_EQ(aws, 12);
}

TEST_F(SampleFilesTest, TextTranscriptsFollowTheirFormats) {
  std::regex cue_timing(R"(\d{2}:\d{2}:\d{2}\.\d{3} --> \d{2}:\d{2}:\d{2}\.\d{3})");
  std::regex text_line(R"(\[\d{2}:\d{2}:\d{2}\] [^:]+: .+)");
  int vtt = 0, voice_spans = 0, notes = 0, text = 0;
  for (const fs::path& path : files_->transcripts) {
    std::string name = path.filename().string();
    std::string content = ReadFile(path);
    if (name.ends_with(".vtt")) {
      ++vtt;
      ASSERT_TRUE(content.starts_with("WEBVTT\n")) << name;
      if (content.find("<v ") != std::string::npos) ++voice_spans;
      if (content.find("\nNOTE\n") != std::string::npos) ++notes;
      std::istringstream lines(content);
      std::string line;
      int cues = 0;
      while (std::getline(lines, line)) {
        if (line.find("-->") == std::string::npos) continue;
        ++cues;
        ASSERT_TRUE(std::regex_match(line, cue_timing)) << name << ": " << line;
        auto seconds = [](std::string_view stamp) {
          return std::stoi(std::string(stamp.substr(0, 2))) * 3600 +
                 std::stoi(std::string(stamp.substr(3, 2))) * 60 +
                 std::stod(std::string(stamp.substr(6, 6)));
        };
        double start = seconds(line.substr(0, 12)), end = seconds(line.substr(17, 12));
        EXPECT_GT(end, start) << line;
        EXPECT_LE(end - start, 12.01) << name << ": " << line;
      }
      EXPECT_GT(cues, 50) << name;
    } else if (name.ends_with(".txt")) {
      ++text;
      std::istringstream lines(content);
      std::string line;
      while (std::getline(lines, line)) {
        ASSERT_TRUE(std::regex_match(line, text_line)) << name << ": " << line;
      }
    }
  }
  EXPECT_GT(vtt, 100);
  EXPECT_GT(voice_spans, vtt / 4);
  EXPECT_LT(voice_spans, vtt * 3 / 4);
  EXPECT_GT(notes, 0);
  EXPECT_GT(text, 40);
}

TEST_F(SampleFilesTest, GroundTruthRecordsThePlantedLevels) {
  nlohmann::json truth = nlohmann::json::parse(ReadFile(files_->ground_truth));
  EXPECT_EQ(truth["seed"], 7);
  EXPECT_EQ(truth["end_date"], "2026-11-24");
  ASSERT_EQ(truth["reps"].size(), DefaultTeam().planted.size());
  for (std::size_t index = 0; index < DefaultTeam().planted.size(); ++index) {
    const PlantedRep& planted = DefaultTeam().planted[index];
    const nlohmann::json& rep = truth["reps"][index];
    EXPECT_EQ(rep["id"], planted.rep_id);
    EXPECT_EQ(rep["name"], planted.name);
    EXPECT_EQ(rep["profile"], planted.profile);
    EXPECT_EQ(rep["weakest"], std::string(SkillKey(planted.weakest)));
    EXPECT_EQ(rep["critical"].size(), planted.critical_skills.size());
    for (Skill skill : kAllSkills) {
      EXPECT_EQ(rep["levels"][std::string(SkillKey(skill))], planted.levels[SkillIndex(skill)]);
    }
    EXPECT_TRUE(rep["improvement"].is_null());  // the default options start no coaching
  }
}

TEST_F(SampleFilesTest, SameTeamWritesIdenticalBytes) {
  fs::path again = *dir_ / "again";
  fs::remove_all(again);
  Result<SampleTeam> team = GenerateSampleTeam(SampleOptions{});
  ASSERT_TRUE(team.ok());
  Result<SampleFiles> written = WriteSampleTeam(*team, again);
  ASSERT_TRUE(written.ok());
  std::vector<std::pair<fs::path, fs::path>> pairs = {
      {files_->manifest, written->manifest}, {files_->ground_truth, written->ground_truth}};
  for (std::size_t index = 0; index < files_->crm.size(); ++index) {
    pairs.emplace_back(files_->crm[index].path, written->crm[index].path);
  }
  for (std::size_t index = 0; index < files_->transcripts.size(); ++index) {
    pairs.emplace_back(files_->transcripts[index], written->transcripts[index]);
  }
  for (const auto& [first, second] : pairs) {
    ASSERT_EQ(first.filename(), second.filename());
    EXPECT_TRUE(ReadFile(first) == ReadFile(second)) << first.filename();
  }
  fs::remove_all(again);
}

TEST_F(SampleFilesTest, DifferentSeedWritesDifferentFiles) {
  Result<SampleTeam> team = GenerateSampleTeam(SampleOptions{.reps = 2, .seed = 8});
  ASSERT_TRUE(team.ok());
  EXPECT_NE(RenderSalesforceDealsCsv(*team), ReadFile(Crm("deals").path));
  EXPECT_NE(RenderGroundTruth(*team), ReadFile(files_->ground_truth));
}

TEST(WriteSampleTeamTest, ReportsTheUnwritablePath) {
  fs::path blocker = fs::path(::testing::TempDir()) /
                     ("sample_files_blocker_" + std::to_string(getpid()));
  fs::remove_all(blocker);
  { std::ofstream(blocker) << "a file, not a directory"; }
  Result<SampleTeam> team = GenerateSampleTeam(SampleOptions{.reps = 1});
  ASSERT_TRUE(team.ok());
  Result<SampleFiles> written = WriteSampleTeam(*team, blocker / "out");
  ASSERT_FALSE(written.ok());
  EXPECT_EQ(written.status().code(), StatusCode::kIoError);
  EXPECT_NE(written.status().message().find("sample_files_blocker"), std::string::npos)
      << written.status().message();
  fs::remove_all(blocker);
}

TEST(TranscriptRenderTest, SplitsSentencesAndEscapesJson) {
  std::vector<std::string_view> sentences = SplitSentences("Hi there. How are you? Fine! $1.2M");
  ASSERT_EQ(sentences.size(), 4u);
  EXPECT_EQ(sentences[0], "Hi there.");
  EXPECT_EQ(sentences[3], "$1.2M");
  EXPECT_EQ(JsonString("a \"b\"\\\n"), "\"a \\\"b\\\"\\\\\\n\"");
}

TEST(TranscriptRenderTest, AwsLabelsFollowFirstAppearance) {
  model::Call call;
  call.id = "C-000001";
  call.rep_speakers = {"Dana Reyes"};
  call.utterances = {{"Priya Shah", model::SpeakerRole::kCustomer, 0.5, 1.5, "Hello?"},
                     {"Dana Reyes", model::SpeakerRole::kRep, 2.0, 3.0, "Hi, Priya."}};
  EXPECT_EQ(RepSpeakersInFile(call, TranscriptFormat::kAwsTranscribeJson),
            std::vector<std::string>{"spk_1"});
  EXPECT_EQ(RepSpeakersInFile(call, TranscriptFormat::kWebVtt),
            std::vector<std::string>{"Dana Reyes"});
  nlohmann::json aws = nlohmann::json::parse(RenderAwsTranscribeJson(call, 7));
  EXPECT_EQ(aws["results"]["transcripts"][0]["transcript"], "Hello? Hi, Priya.");
  const auto& items = aws["results"]["items"];
  ASSERT_EQ(items.size(), 6u);  // Hello ? Hi , Priya .
  EXPECT_EQ(items[1]["type"], "punctuation");
  EXPECT_EQ(items[1]["alternatives"][0]["content"], "?");
  EXPECT_EQ(aws["results"]["speaker_labels"]["segments"][1]["speaker_label"], "spk_1");
}

TEST(TranscriptRenderTest, VttSplitsLongUtterancesAtSentences) {
  model::Call call;
  call.id = "C-000002";
  std::string text;
  for (int sentence = 0; sentence < 10; ++sentence)
    text += "This sentence has exactly seven words. ";
  text.pop_back();
  call.utterances = {{"Dana Reyes", model::SpeakerRole::kRep, 10.0, 40.0, text}};
  std::string vtt = RenderWebVtt(call, /*voice_spans=*/true, /*with_note=*/false);
  EXPECT_TRUE(vtt.starts_with("WEBVTT\n\n1\n00:00:10.000 --> "));
  EXPECT_NE(vtt.find("\n3\n"), std::string::npos) << "30 s spreads over at least 3 cues";
  EXPECT_NE(vtt.find("--> 00:00:40.000\n<v Dana Reyes>"), std::string::npos);
  EXPECT_EQ(vtt.find("seven\n"), std::string::npos) << "cues end at sentence boundaries";
  std::string prefixed = RenderWebVtt(call, /*voice_spans=*/false, /*with_note=*/true);
  EXPECT_NE(prefixed.find("NOTE\n"), std::string::npos);
  EXPECT_NE(prefixed.find("\nDana Reyes: This sentence"), std::string::npos);
}

}  // namespace
}  // namespace sc::sample
