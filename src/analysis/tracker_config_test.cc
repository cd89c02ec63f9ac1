#include "analysis/tracker_config.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace sc::analysis {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

TEST(ParseTrackerConfigTest, ReadsEveryField) {
  const std::string yaml =
      "version: 1\n"
      "language: en\n"
      "trackers:\n"
      "  filler:\n"
      "    description: Verbal tics.\n"
      "    speaker: rep\n"
      "    not_after: [Would]\n"
      "    phrases:\n"
      "      - um\n"
      "      - {text: kind of, not_after: [what]}\n"
      "      - {regex: '\\d+\\s?%', example: \"30% less\"}\n"
      "  backchannel: {speaker: any, scope: whole_utterance, phrases: [\"mm-hm\"]}\n"
      "  objection.price: {speaker: customer, phrases: [too expensive]}\n";
  Diagnostics diagnostics;
  Result<std::vector<TrackerDefinition>> trackers =
      ParseTrackerConfig(yaml, "en.yaml", &diagnostics);
  ASSERT_TRUE(trackers.ok()) << diagnostics.FormatAll();
  ASSERT_EQ(trackers->size(), 3u);

  const TrackerDefinition& filler = (*trackers)[0];
  EXPECT_EQ(filler.name, "filler");
  EXPECT_EQ(filler.description, "Verbal tics.");
  EXPECT_EQ(filler.speaker, SpeakerFilter::kRep);
  EXPECT_EQ(filler.scope, TrackerScope::kAnywhere);
  EXPECT_THAT(filler.not_after, ElementsAre("Would"));
  EXPECT_EQ(filler.source, "en.yaml");
  EXPECT_EQ(filler.line, 4u);
  EXPECT_EQ(filler.column, 3u);
  ASSERT_EQ(filler.phrases.size(), 3u);
  EXPECT_EQ(filler.phrases[0].kind, PhraseKind::kLiteral);
  EXPECT_EQ(filler.phrases[0].text, "um");
  EXPECT_EQ(filler.phrases[0].line, 9u);
  EXPECT_EQ(filler.phrases[0].column, 9u);
  EXPECT_EQ(filler.phrases[1].text, "kind of");
  EXPECT_THAT(filler.phrases[1].not_after, ElementsAre("what"));
  EXPECT_EQ(filler.phrases[1].line, 10u);
  EXPECT_EQ(filler.phrases[2].kind, PhraseKind::kRegex);
  EXPECT_EQ(filler.phrases[2].text, "\\d+\\s?%");
  EXPECT_EQ(filler.phrases[2].example, "30% less");

  const TrackerDefinition& backchannel = (*trackers)[1];
  EXPECT_EQ(backchannel.speaker, SpeakerFilter::kAny);
  EXPECT_EQ(backchannel.scope, TrackerScope::kWholeUtterance);
  EXPECT_EQ(backchannel.phrases[0].text, "mm-hm");
  EXPECT_EQ(backchannel.phrases[0].column, 65u);  // the opening quote
  EXPECT_EQ((*trackers)[2].speaker, SpeakerFilter::kCustomer);
  EXPECT_EQ((*trackers)[2].name, "objection.price");
}

TEST(ParseTrackerConfigTest, NamesFilterAndScope) {
  EXPECT_EQ(SpeakerFilterName(SpeakerFilter::kRep), "rep");
  EXPECT_EQ(SpeakerFilterName(SpeakerFilter::kCustomer), "customer");
  EXPECT_EQ(SpeakerFilterName(SpeakerFilter::kAny), "any");
  EXPECT_EQ(TrackerScopeName(TrackerScope::kWholeUtterance), "whole_utterance");
  EXPECT_EQ(TrackerScopeName(TrackerScope::kAnywhere), "anywhere");
}

struct BadConfigCase {
  std::string name;
  std::string yaml;
  std::size_t line;
  std::size_t column;
  std::string message;
  std::string hint;  // a fragment of the hint

  friend void PrintTo(const BadConfigCase& c, std::ostream* out) { *out << c.name; }
};

class BadConfigTest : public ::testing::TestWithParam<BadConfigCase> {};

TEST_P(BadConfigTest, IsOneLocatedDiagnostic) {
  const BadConfigCase& c = GetParam();
  Diagnostics diagnostics;
  Result<std::vector<TrackerDefinition>> trackers =
      ParseTrackerConfig(c.yaml, "en.yaml", &diagnostics);
  ASSERT_FALSE(trackers.ok());
  EXPECT_EQ(trackers.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(trackers.status().message(), "en.yaml: 1 problem in the tracker file");
  ASSERT_EQ(diagnostics.size(), 1u) << diagnostics.FormatAll();
  const Diagnostic& d = diagnostics[0];
  EXPECT_EQ(d.source, "en.yaml");
  EXPECT_EQ(d.line, c.line);
  EXPECT_EQ(d.column, c.column);
  EXPECT_EQ(d.message, c.message);
  EXPECT_THAT(d.hint, HasSubstr(c.hint));
}

const std::string kHead = "version: 1\ntrackers:\n";

INSTANTIATE_TEST_SUITE_P(
    Errors, BadConfigTest,
    ::testing::Values(
        BadConfigCase{"YamlSyntax", kHead + "  filler: {phrases: [um, uh}\n", 3, 28,
                      "illegal flow end", "indentation"},
        BadConfigCase{"NotAMap", "- um\n", 1, 1,
                      "a tracker file is a map with 'version' and 'trackers'", "docs/trackers.md"},
        BadConfigCase{"MissingVersion", "trackers:\n  filler: {phrases: [um]}\n", 1, 1,
                      "the tracker file has no 'version'", "version: 1"},
        BadConfigCase{"UnsupportedVersion", "version: 2\ntrackers:\n  f: {phrases: [um]}\n", 1, 10,
                      "unsupported tracker file version '2'", "reads version 1"},
        BadConfigCase{"MissingTrackers", "version: 1\n", 1, 1,
                      "the tracker file needs a 'trackers' map", "filler"},
        BadConfigCase{"UnknownTopKey", kHead + "  f: {phrases: [um]}\nlanguages: en\n", 4, 1,
                      "unknown key 'languages' at the top of the tracker file",
                      "version, language, trackers"},
        BadConfigCase{"UnknownTrackerKey", kHead + "  filler: {phrase: [um], phrases: [uh]}\n", 3,
                      12, "unknown key 'phrase' in tracker 'filler'",
                      "description, speaker, scope, not_after, phrases"},
        BadConfigCase{"UnknownPhraseKey",
                      kHead + "  f:\n    phrases:\n      - {text: um, examples: x}\n", 5, 20,
                      "unknown key 'examples' in a phrase of tracker 'f'",
                      "text, regex, example, not_after"},
        BadConfigCase{"BadSpeaker", kHead + "  f: {speaker: buyer, phrases: [um]}\n", 3, 16,
                      "unknown speaker 'buyer' in tracker 'f'", "rep, customer or any"},
        BadConfigCase{"BadScope", kHead + "  f: {scope: utterance, phrases: [um]}\n", 3, 14,
                      "unknown scope 'utterance' in tracker 'f'", "anywhere or whole_utterance"},
        BadConfigCase{"TrackerNotAMap", kHead + "  filler: [um, uh]\n", 3, 3,
                      "tracker 'filler' must be a map with a 'phrases' list", "filler: {"},
        BadConfigCase{"NoPhrasesKey", kHead + "  filler: {speaker: rep}\n", 3, 3,
                      "tracker 'filler' has no 'phrases' list", "under 'phrases'"},
        BadConfigCase{"PhrasesNotAList", kHead + "  filler: {phrases: um}\n", 3, 21,
                      "'phrases' of tracker 'filler' must be a list", "phrases: ["},
        BadConfigCase{"EmptyPhraseList", kHead + "  filler: {phrases: []}\n", 3, 3,
                      "tracker 'filler' has no phrases", "at least one phrase"},
        BadConfigCase{"EmptyPhrase", kHead + "  filler: {phrases: [um, \"\"]}\n", 3, 26,
                      "empty phrase in tracker 'filler'", "remove the entry"},
        BadConfigCase{"BlankPhrase", kHead + "  filler: {phrases: [um, \"  \"]}\n", 3, 26,
                      "empty phrase in tracker 'filler'", "remove the entry"},
        BadConfigCase{"NullPhrase", kHead + "  filler:\n    phrases:\n      - um\n      -\n", 5, 7,
                      "empty phrase in tracker 'filler'", "remove the entry"},
        BadConfigCase{"PhraseTwice",
                      kHead + "  filler:\n    phrases:\n      - you know\n"
                              "      - You  Know\n",
                      6, 9, "phrase 'You  Know' is listed twice in tracker 'filler'",
                      "the first is at line 5"},
        BadConfigCase{"TrackerTwice",
                      kHead + "  filler: {phrases: [um]}\n  other: {phrases: [x]}\n"
                              "  filler: {phrases: [uh]}\n",
                      5, 3, "tracker 'filler' is defined twice",
                      "the first definition is at line 3"},
        BadConfigCase{"BadTrackerName", kHead + "  Filler Words: {phrases: [um]}\n", 3, 3,
                      "invalid tracker name 'Filler Words'", "lower-case letters"},
        BadConfigCase{"InvalidRegex",
                      kHead + "  value:\n    phrases:\n      - {regex: '(\\d+%', example: x}\n", 5,
                      9,
                      "invalid regex '(\\d+%' in tracker 'value': Missing close parenthesis for "
                      "group started at index 0.",
                      "Hyperscan syntax"},
        BadConfigCase{"LookaheadRegex",
                      kHead + "  f:\n    phrases:\n      - {regex: 'like(?=,)', example: x}\n", 5,
                      9,
                      "invalid regex 'like(?=,)' in tracker 'f': Zero-width assertions are not "
                      "supported.",
                      "without lookaround"},
        BadConfigCase{"EmptyMatchRegex",
                      kHead + "  f:\n    phrases:\n      - {regex: 'x?', example: x}\n", 5, 9,
                      "invalid regex 'x?' in tracker 'f': the regex matches the empty string",
                      "Hyperscan syntax"},
        BadConfigCase{"NonAsciiRegex",
                      kHead + "  f:\n    phrases:\n      - {regex: \"i[\xE2\x80\x99']m\", "
                              "example: x}\n",
                      5, 9,
                      "invalid regex 'i[\xE2\x80\x99']m' in tracker 'f': the regex holds non-ASCII "
                      "text; regexes are matched byte by byte, so write such characters as \\xHH "
                      "(an apostrophe ' already matches \xE2\x80\x99 too)",
                      "Hyperscan syntax"},
        BadConfigCase{"RegexWithoutExample",
                      kHead + "  f:\n    phrases:\n      - {regex: '\\d+%'}\n", 5, 9,
                      "regex '\\d+%' in tracker 'f' has no example", "add example:"},
        BadConfigCase{"TextAndRegex",
                      kHead + "  f:\n    phrases:\n      - {text: um, regex: um, example: um}\n", 5,
                      9, "a phrase in tracker 'f' needs exactly one of 'text' and 'regex'",
                      "{text:"},
        BadConfigCase{"PhraseIsAList", kHead + "  f:\n    phrases:\n      - [um, uh]\n", 5, 9,
                      "a phrase in tracker 'f' is neither text nor a map", "{regex:"},
        BadConfigCase{"NotAfterNotAList", kHead + "  f: {not_after: would, phrases: [like]}\n", 3,
                      18, "'not_after' in tracker 'f' must be a list of words", "not_after: ["},
        BadConfigCase{"NotAfterTwoWords",
                      kHead + "  f:\n    phrases:\n      - {text: like, not_after: [would have]}\n",
                      5, 9, "not_after entry 'would have' in tracker 'f' is not a single word",
                      "one word right before"}),
    [](const ::testing::TestParamInfo<BadConfigCase>& param_info) {
      return param_info.param.name;
    });

TEST(ParseTrackerConfigTest, ReportsEveryProblemWithItsLine) {
  const std::string yaml = kHead +
                           "  filler: {speaker: rep, phrases: [um, \"\"]}\n"
                           "  value: {speaker: reps, phrases: [{regex: '(', example: x}]}\n";
  Diagnostics diagnostics;
  Result<std::vector<TrackerDefinition>> trackers =
      ParseTrackerConfig(yaml, "en.yaml", &diagnostics);
  ASSERT_FALSE(trackers.ok());
  EXPECT_EQ(trackers.status().message(), "en.yaml: 3 problems in the tracker file");
  ASSERT_EQ(diagnostics.size(), 3u) << diagnostics.FormatAll();
  EXPECT_EQ(diagnostics[0].FormatShort(),
            "en.yaml:4:20: unknown speaker 'reps' in tracker 'value' (speaker is rep, customer "
            "or any)");
  EXPECT_EQ(diagnostics[1].line, 3u);
  EXPECT_EQ(diagnostics[1].message, "empty phrase in tracker 'filler'");
  EXPECT_EQ(diagnostics[2].line, 4u);
  EXPECT_THAT(diagnostics[2].message, HasSubstr("invalid regex '('"));
}

TEST(ParseTrackerConfigTest, DiagnosticsShowTheLineWithACaret) {
  const std::string yaml = kHead + "  filler: {speaker: buyer, phrases: [um]}\n";
  Diagnostics diagnostics;
  ASSERT_FALSE(ParseTrackerConfig(yaml, "en.yaml", &diagnostics).ok());
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].Format(),
            "en.yaml:3:21: unknown speaker 'buyer' in tracker 'filler'\n"
            "    filler: {speaker: buyer, phrases: [um]}\n"
            "                      ^\n"
            "  hint: speaker is rep, customer or any");
}

TEST(ValidateTrackersTest, LocatesProblemsInDefinitionsBuiltInCode) {
  TrackerDefinition tracker{.name = "value", .source = "code"};
  Phrase bad = Phrase::Regex("[0-9", "1");
  bad.line = 7;
  bad.column = 2;
  tracker.phrases = {Phrase::Literal("save"), bad};
  Diagnostics diagnostics;
  EXPECT_FALSE(ValidateTrackers({tracker}, &diagnostics));
  ASSERT_EQ(diagnostics.size(), 1u) << diagnostics.FormatAll();
  EXPECT_EQ(diagnostics[0].FormatShort(),
            "code:7:2: invalid regex '[0-9' in tracker 'value': Unterminated character class "
            "starting at index 0. (tracker regexes use Hyperscan syntax: PCRE without lookaround "
            "or back-references (docs/trackers.md))");
}

TEST(ValidateTrackersTest, AcceptsGoodDefinitions) {
  TrackerDefinition tracker{.name = "value"};
  tracker.phrases = {Phrase::Literal("save"), Phrase::Regex("\\d+%", "30%")};
  Diagnostics diagnostics;
  EXPECT_TRUE(ValidateTrackers({tracker}, &diagnostics));
  EXPECT_TRUE(diagnostics.empty()) << diagnostics.FormatAll();
}

}  // namespace
}  // namespace sc::analysis
