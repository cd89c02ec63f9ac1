// Tests of ToneCheck: the matching rules of tone_check.h and the tone file's diagnostics.
#include "coaching/tone_check.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "base/file_io.h"

namespace sc::coaching {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

const std::filesystem::path kShippedTone =
    std::filesystem::path(SC_DATA_DIR) / "playbook" / "tone.yaml";

ToneCheck MustParse(std::string_view yaml) {
  Diagnostics diagnostics;
  Result<ToneCheck> tone = ToneCheck::Parse(yaml, "tone.yaml", &diagnostics);
  EXPECT_TRUE(tone.ok()) << diagnostics.FormatAll();
  return std::move(tone).value();
}

// A small list, so each test shows the words it depends on.
const ToneCheck& Small() {
  static const ToneCheck* const tone = new ToneCheck(MustParse(
      "version: 1\n"
      "punitive: [lazy, never, you never, poor, poor performance, not good enough, sub-par]\n"
      "allowed: [poor fit]\n"));
  return *tone;
}

TEST(ToneCheckTest, FindsWordsCaseInsensitively) {
  EXPECT_THAT(Small().Offending("Lazy prep shows."), ElementsAre("lazy"));
  EXPECT_THAT(Small().Offending("LAZY"), ElementsAre("lazy"));
  EXPECT_FALSE(Small().Passes("that was lAzY"));
}

TEST(ToneCheckTest, MatchesWholeWordsOnly) {
  EXPECT_THAT(Small().Offending("a blazy afternoon"), IsEmpty());
  EXPECT_THAT(Small().Offending("lazyish"), IsEmpty());
  EXPECT_THAT(Small().Offending("nevertheless, poorer"), IsEmpty());
  EXPECT_TRUE(Small().Passes("Ask open questions that get the customer telling their story."));
}

TEST(ToneCheckTest, PunctuationHyphensAndApostrophesEndWords) {
  EXPECT_THAT(Small().Offending("(lazy)"), ElementsAre("lazy"));
  EXPECT_THAT(Small().Offending("half-lazy"), ElementsAre("lazy"));
  EXPECT_THAT(Small().Offending("lazy's"), ElementsAre("lazy"));
  EXPECT_THAT(Small().Offending("that was sub-par."), ElementsAre("sub-par"));
}

TEST(ToneCheckTest, MatchesMultiWordPhrasesAcrossAnyWhiteSpace) {
  EXPECT_THAT(Small().Offending("This is Not Good Enough."), ElementsAre("not good enough"));
  EXPECT_THAT(Small().Offending("not  good\n\tenough"), ElementsAre("not good enough"));
  EXPECT_THAT(Small().Offending("not good, enough"), IsEmpty());
  EXPECT_THAT(Small().Offending("not good enoughs"), IsEmpty());
}

TEST(ToneCheckTest, PrefersTheLongerPhraseWhereTheyOverlap) {
  EXPECT_THAT(Small().Offending("You never listen"), ElementsAre("you never"));
  EXPECT_THAT(Small().Offending("poor performance again"), ElementsAre("poor performance"));
  EXPECT_THAT(Small().Offending("I never said you never"), ElementsAre("never", "you never"));
}

TEST(ToneCheckTest, ReportsEachPhraseOnceInTextOrder) {
  EXPECT_THAT(Small().Offending("Poor prep, lazy notes, poor follow-up, lazy again"),
              ElementsAre("poor", "lazy"));
}

TEST(ToneCheckTest, AllowedPhrasesExemptTheWordsInsideThem) {
  EXPECT_THAT(Small().Offending("Close out a poor fit early."), IsEmpty());
  EXPECT_THAT(Small().Offending("A poor fit, and poor notes."), ElementsAre("poor"));
}

TEST(ToneCheckTest, TypographicApostropheMatchesPlainOne) {
  const ToneCheck tone = MustParse("version: 1\npunitive: [\"you're lazy\"]\n");
  EXPECT_THAT(tone.Offending("You\xE2\x80\x99re lazy."), ElementsAre("you're lazy"));
}

TEST(ToneCheckTest, IsStrictAboutWordsInOtherSenses) {
  const ToneCheck tone = MustParse("version: 1\npunitive: [failed]\n");
  EXPECT_THAT(tone.Offending("Retry the failed payment."), ElementsAre("failed"));
}

TEST(ToneCheckTest, KeepsTheFoldedListsAndSource) {
  const ToneCheck tone = MustParse("version: 1\npunitive: [\" Not  Good \"]\nallowed: []\n");
  EXPECT_THAT(tone.punitive(), ElementsAre("not good"));
  EXPECT_THAT(tone.allowed(), IsEmpty());
  EXPECT_EQ(tone.source(), "tone.yaml");
}

TEST(ToneCheckTest, ShippedFileLoadsAndRejectsTheBriefsExamples) {
  Diagnostics diagnostics;
  Result<ToneCheck> tone = ToneCheck::Load(kShippedTone, &diagnostics);
  ASSERT_TRUE(tone.ok()) << tone.status().ToString() << "\n" << diagnostics.FormatAll();
  for (std::string_view text :
       {"lazy", "terrible", "awful", "pathetic", "incompetent", "failure", "failed", "useless",
        "unacceptable", "disappointing", "worst", "stupid", "you never", "you always",
        "poor performance", "not good enough", "bad", "never", "always"}) {
    EXPECT_FALSE(tone->Passes(text)) << text;
  }
  EXPECT_THAT(tone->Offending("You always interrupt."), ElementsAre("you always"));
  EXPECT_TRUE(tone->Passes("Close out a poor-fit deal early, with a reason."));
  EXPECT_TRUE(tone->Passes("Pause for a second or two before you answer an objection."));
}

TEST(ToneCheckTest, LoadReportsAMissingFile) {
  Diagnostics diagnostics;
  Result<ToneCheck> tone = ToneCheck::Load("/nonexistent/tone.yaml", &diagnostics);
  ASSERT_FALSE(tone.ok());
  EXPECT_EQ(tone.status().code(), StatusCode::kNotFound);
  EXPECT_TRUE(diagnostics.empty());
}

struct BadToneCase {
  std::string name;
  std::string yaml;
  std::string diagnostic;  // FormatShort() of the one diagnostic expected

  friend void PrintTo(const BadToneCase& c, std::ostream* out) { *out << c.name; }
};

class BadToneTest : public ::testing::TestWithParam<BadToneCase> {};

TEST_P(BadToneTest, IsOneLocatedDiagnostic) {
  const BadToneCase& c = GetParam();
  const std::filesystem::path path =
      std::filesystem::path(::testing::TempDir()) / ("tone_" + c.name + ".yaml");
  ASSERT_TRUE(WriteFile(path, c.yaml).ok());
  Diagnostics diagnostics;
  Result<ToneCheck> tone = ToneCheck::Load(path, &diagnostics);
  ASSERT_FALSE(tone.ok());
  EXPECT_EQ(tone.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(tone.status().message(), path.string() + ": 1 problem in the tone file");
  ASSERT_EQ(diagnostics.size(), 1u) << diagnostics.FormatAll();
  EXPECT_EQ(diagnostics[0].FormatShort(), path.string() + c.diagnostic);
  std::filesystem::remove(path);
}

INSTANTIATE_TEST_SUITE_P(
    Errors, BadToneTest,
    ::testing::Values(
        BadToneCase{"YamlSyntax", "version: 1\npunitive: [lazy\n",
                    ":3:1: end of sequence flow not found (check the indentation, the colons and "
                    "the quotes)"},
        BadToneCase{"NotAMap", "- lazy\n",
                    ":1:1: a tone file is a map with 'version' and 'punitive' (see "
                    "data/playbook/tone.yaml and docs/playbook.md)"},
        BadToneCase{"MissingVersion", "punitive: [lazy]\n",
                    ":1:1: the tone file has no 'version' (start the file with 'version: 1')"},
        BadToneCase{"UnknownKey", "version: 1\npunitive: [lazy]\nallow: [x]\n",
                    ":3:1: unknown key 'allow' at the top of the tone file (the keys here are: "
                    "version, language, punitive, allowed)"},
        BadToneCase{"MissingList", "version: 1\n",
                    ":1:1: the tone file has no 'punitive' list (punitive:\n    - lazy\n    - "
                    "\"you never\")"},
        BadToneCase{"EmptyList", "version: 1\npunitive: []\n",
                    ":2:11: the 'punitive' list is empty (list at least one word the tone check "
                    "rejects)"},
        BadToneCase{"EmptyEntry", "version: 1\npunitive: [lazy, \" \"]\n",
                    ":2:18: empty entry in 'punitive' (write the word or phrase, or remove the "
                    "entry)"},
        BadToneCase{"ListedTwice",
                    "version: 1\npunitive:\n  - lazy\n  - You  Never\n"
                    "  - you never\n",
                    ":5:5: 'you never' is listed twice (the first is at line 4)"},
        BadToneCase{"AllowedWithoutPunitiveWord",
                    "version: 1\npunitive: [poor]\nallowed: [poor fit, good fit]\n",
                    ":3:21: allowed phrase 'good fit' holds no punitive word (an allowed phrase "
                    "exempts the punitive words inside it, such as \"poor fit\"; remove the "
                    "entry)"}),
    [](const ::testing::TestParamInfo<BadToneCase>& param_info) { return param_info.param.name; });

}  // namespace
}  // namespace sc::coaching
