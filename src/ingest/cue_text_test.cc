#include "ingest/cue_text.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace sc::ingest {
namespace {

using ::testing::AllOf;
using ::testing::ElementsAre;
using ::testing::Field;
using ::testing::IsEmpty;

::testing::Matcher<const VoiceSegment&> Segment(const std::string& speaker,
                                                const std::string& text) {
  return AllOf(Field(&VoiceSegment::speaker, speaker), Field(&VoiceSegment::text, text));
}

TEST(SplitVoiceSpansTest, SplitsWhereAVoiceBegins) {
  EXPECT_THAT(SplitVoiceSpans("<v Dana Reyes>Hi.</v> <v.loud.first Marcus>Hello</v>"),
              ElementsAre(Segment("Dana Reyes", "Hi. "), Segment("Marcus", "Hello")));
}

TEST(SplitVoiceSpansTest, TextOutsideSpans) {
  EXPECT_THAT(SplitVoiceSpans("Intro <v Ana>talk</v> more"),
              ElementsAre(Segment("", "Intro "), Segment("Ana", "talk more")));
  EXPECT_THAT(SplitVoiceSpans("<v\tAna>unclosed span"),
              ElementsAre(Segment("Ana", "unclosed span")));
  EXPECT_THAT(SplitVoiceSpans("<v>nameless</v>"), ElementsAre(Segment("", "nameless")));
}

TEST(SplitVoiceSpansTest, DropsOtherTagsAndBlankSegments) {
  EXPECT_THAT(SplitVoiceSpans("<v Ana><c.red>red</c> <i>it</i><00:00:01.500>alic <b>b</b></v>"),
              ElementsAre(Segment("Ana", "red italic b")));
  EXPECT_THAT(SplitVoiceSpans("<v Ana>  </v>"), IsEmpty());
  EXPECT_THAT(SplitVoiceSpans(""), IsEmpty());
  // <video> is not a voice span.
  EXPECT_THAT(SplitVoiceSpans("<video>x"), ElementsAre(Segment("", "x")));
}

TEST(StripCueTagsTest, KeepsALoneLessThanSign) {
  EXPECT_EQ(StripCueTags("<font color=\"#fff\">3 < 4</font>"), "3 < 4");
  EXPECT_EQ(StripCueTags("a <i>b</i> <v Ana>c"), "a b c");
  EXPECT_EQ(StripCueTags("<v Ana>a</v><v Ben>b"), "a b");
}

TEST(DecodeCharacterReferencesTest, NamedAndNumeric) {
  EXPECT_EQ(DecodeCharacterReferences("R&amp;D &lt;3 &gt; &quot;x&quot; &apos;y&apos;"),
            "R&D <3 > \"x\" 'y'");
  EXPECT_EQ(DecodeCharacterReferences("a&nbsp;b&lrm;c"), "a bc");
  EXPECT_EQ(DecodeCharacterReferences("Jos&#233; &#xE9;&#X1F600;"),
            "Jos\xC3\xA9 \xC3\xA9\xF0\x9F\x98\x80");
}

TEST(DecodeCharacterReferencesTest, LeavesUnknownAndMalformedAsWritten) {
  EXPECT_EQ(DecodeCharacterReferences("AT&T &bogus; &#xD800; &#; & x;"),
            "AT&T &bogus; &#xD800; &#; & x;");
  EXPECT_EQ(DecodeCharacterReferences("&amp"), "&amp");
}

}  // namespace
}  // namespace sc::ingest
