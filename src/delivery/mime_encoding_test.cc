#include "delivery/mime_encoding.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "base/text.h"

namespace sc::delivery {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;  // RFC 2045 asks for upper-case hex, so lower case counts as malformed here
}

// A strict quoted-printable decoder: nullopt when an "=" is followed by neither CRLF (a soft
// break) nor two upper-case hex digits, which is what a split "=XX" would look like.
std::optional<std::string> DecodeQuotedPrintable(std::string_view encoded) {
  std::string out;
  for (std::size_t index = 0; index < encoded.size(); ++index) {
    if (encoded[index] != '=') {
      out += encoded[index];
    } else if (encoded.substr(index + 1, 2) == "\r\n") {
      index += 2;
    } else if (index + 2 < encoded.size() && HexValue(encoded[index + 1]) >= 0 &&
               HexValue(encoded[index + 2]) >= 0) {
      out += static_cast<char>(HexValue(encoded[index + 1]) * 16 + HexValue(encoded[index + 2]));
      index += 2;
    } else {
      return std::nullopt;
    }
  }
  return out;
}

// The output lines (split at CRLF, which every line ending is).
std::vector<std::string> Lines(const std::string& encoded) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t end; (end = encoded.find("\r\n", start)) != std::string::npos; start = end + 2) {
    lines.push_back(encoded.substr(start, end - start));
  }
  lines.push_back(encoded.substr(start));
  return lines;
}

std::string DecodeBase64(std::string_view text) {
  const std::string_view alphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  unsigned bits = 0;
  int count = 0;
  for (char c : text) {
    if (c == '=') break;
    bits = bits << 6 | static_cast<unsigned>(alphabet.find(c));
    count += 6;
    if (count >= 8) {
      count -= 8;
      out += static_cast<char>(bits >> count & 0xFF);
    }
  }
  return out;
}

TEST(QuotedPrintableTest, PlainAsciiOnlyGetsCrlfLineEnds) {
  EXPECT_EQ(QuotedPrintable("Hello team,\nsee you Monday.\n"),
            "Hello team,\r\nsee you Monday.\r\n");
  EXPECT_EQ(QuotedPrintable("already\r\ncrlf\r\n"), "already\r\ncrlf\r\n");
  EXPECT_EQ(QuotedPrintable("no final line end"), "no final line end");
  EXPECT_EQ(QuotedPrintable("a\n\nb"), "a\r\n\r\nb");
  EXPECT_EQ(QuotedPrintable(""), "");
}

TEST(QuotedPrintableTest, EncodesEqualsSign) {
  EXPECT_EQ(QuotedPrintable("win rate = 43%"), "win rate =3D 43%");
}

TEST(QuotedPrintableTest, EncodesEveryUtf8Byte) {
  EXPECT_EQ(QuotedPrintable("Up 📈"), "Up =F0=9F=93=88");
  EXPECT_EQ(QuotedPrintable("López"), "L=C3=B3pez");
}

TEST(QuotedPrintableTest, EncodesControlBytesButNotInnerTabs) {
  EXPECT_EQ(QuotedPrintable("a\tb"), "a\tb");
  EXPECT_EQ(QuotedPrintable(std::string("a\x01"
                                        "b\rc\x7F"
                                        "d\0e",
                                        9)),
            "a=01b=0Dc=7Fd=00e");
}

TEST(QuotedPrintableTest, EncodesWhiteSpaceThatEndsALine) {
  EXPECT_EQ(QuotedPrintable("end \nend\t\r\nmid dle\n"), "end=20\r\nend=09\r\nmid dle\r\n");
  EXPECT_EQ(QuotedPrintable("two  "), "two =20");
  EXPECT_EQ(QuotedPrintable(" "), "=20");
}

TEST(QuotedPrintableTest, SoftBreaksALongLineAt76Characters) {
  const std::string line(200, 'a');
  const std::string encoded = QuotedPrintable(fmt::format("{}\n", line));
  EXPECT_EQ(encoded,
            fmt::format("{0}=\r\n{0}=\r\n{1}\r\n", std::string(75, 'a'), std::string(50, 'a')));
  for (const std::string& output_line : Lines(encoded)) EXPECT_LE(output_line.size(), 76u);
  EXPECT_EQ(DecodeQuotedPrintable(encoded), fmt::format("{}\r\n", line));
}

TEST(QuotedPrintableTest, ALastCharacterMayUseTheSoftBreakColumn) {
  // 76 characters fit on a line of their own: no "=" is needed after the last one.
  EXPECT_EQ(QuotedPrintable(std::string(76, 'a')), std::string(76, 'a'));
  EXPECT_EQ(QuotedPrintable(std::string(77, 'a')), fmt::format("{}=\r\naa", std::string(75, 'a')));
}

TEST(QuotedPrintableTest, NeverSplitsAnEscape) {
  // "=C3" would end at column 77: the break comes before it.
  EXPECT_EQ(QuotedPrintable(fmt::format("{}éb", std::string(74, 'a'))),
            fmt::format("{}=\r\n=C3=A9b", std::string(74, 'a')));

  std::string accents;
  for (int index = 0; index < 120; ++index) accents += index % 3 == 0 ? "x" : "é📈";
  const std::string encoded = QuotedPrintable(accents);
  for (const std::string& output_line : Lines(encoded)) EXPECT_LE(output_line.size(), 76u);
  EXPECT_EQ(DecodeQuotedPrintable(encoded), accents);
}

TEST(QuotedPrintableTest, EncodesLeadingDotAndFrom) {
  EXPECT_EQ(QuotedPrintable(".\n..x\na.b\n"), "=2E\r\n=2E.x\r\na.b\r\n");
  EXPECT_EQ(QuotedPrintable("From Ana\nFrom\nFromage\nsent From here\n"),
            "=46rom Ana\r\nFrom\r\nFromage\r\nsent From here\r\n");
  // The start of a line after a soft break counts too.
  EXPECT_EQ(QuotedPrintable(fmt::format("{}.b", std::string(75, 'a'))),
            fmt::format("{}=\r\n=2Eb", std::string(75, 'a')));
  EXPECT_EQ(QuotedPrintable(fmt::format("{}From here", std::string(75, 'a'))),
            fmt::format("{}=\r\n=46rom here", std::string(75, 'a')));
}

TEST(QuotedPrintableTest, DecodesBackToTheInputWithCrlf) {
  const std::string text = fmt::format(
      "Hi Ana,\n\nYour win rate = 43% 📈 \n.\nFrom the team\t\n{}\n", std::string(300, 'z'));
  std::string expected;
  for (char c : text) {
    if (c == '\n') expected += '\r';
    expected += c;
  }
  EXPECT_EQ(DecodeQuotedPrintable(QuotedPrintable(text)), expected);
}

TEST(Base64Test, MatchesTheRfc4648Vectors) {
  EXPECT_EQ(Base64(""), "");
  EXPECT_EQ(Base64("f"), "Zg==");
  EXPECT_EQ(Base64("fo"), "Zm8=");
  EXPECT_EQ(Base64("foo"), "Zm9v");
  EXPECT_EQ(Base64("foob"), "Zm9vYg==");
  EXPECT_EQ(Base64("fooba"), "Zm9vYmE=");
  EXPECT_EQ(Base64("foobar"), "Zm9vYmFy");
  EXPECT_EQ(Base64("\xFF\xFE"), "//4=");
}

TEST(EncodeHeaderWordTest, LeavesPrintableAsciiUnchanged) {
  EXPECT_EQ(EncodeHeaderWord("Your coaching for the week of Nov 23"),
            "Your coaching for the week of Nov 23");
  EXPECT_EQ(EncodeHeaderWord(""), "");
}

TEST(EncodeHeaderWordTest, EncodesNonAsciiAsOneBase64Word) {
  EXPECT_EQ(EncodeHeaderWord("Ana López"), "=?UTF-8?B?QW5hIEzDs3Bleg==?=");
}

TEST(EncodeHeaderWordTest, EncodesAsciiThatLooksLikeAnEncodedWord) {
  EXPECT_EQ(EncodeHeaderWord("=?x?="), "=?UTF-8?B?PT94Pz0=?=");
}

TEST(EncodeHeaderWordTest, LineBreaksCannotSurviveEncoding) {
  EXPECT_EQ(EncodeHeaderWord("Hi\r\nBcc: evil@x.com"), "=?UTF-8?B?SGkNCkJjYzogZXZpbEB4LmNvbQ==?=");
}

TEST(EncodeHeaderWordTest, FoldsALongSubjectBetweenWholeCharacters) {
  std::string subject;
  for (int index = 0; index < 4; ++index) subject += "Tu coaching: ñandú, acción y éxito 📈 ";
  const std::string encoded = EncodeHeaderWord(subject);

  std::vector<std::string> words;
  std::size_t start = 0;
  for (std::size_t end; (end = encoded.find("\r\n ", start)) != std::string::npos;
       start = end + 3) {
    words.push_back(encoded.substr(start, end - start));
  }
  words.push_back(encoded.substr(start));
  ASSERT_GT(words.size(), 3u);

  std::string decoded;
  for (const std::string& word : words) {
    SCOPED_TRACE(word);
    EXPECT_LE(word.size(), 75u);
    ASSERT_TRUE(word.starts_with("=?UTF-8?B?"));
    ASSERT_TRUE(word.ends_with("?="));
    const std::string bytes = DecodeBase64(word.substr(10, word.size() - 12));
    EXPECT_EQ(FindInvalidUtf8(bytes), std::nullopt) << "a word splits a character";
    // Spaces are frequent here, so every word but the last ends just after one.
    if (&word != &words.back()) {
      EXPECT_TRUE(bytes.ends_with(' ')) << bytes;
    }
    decoded += bytes;
  }
  EXPECT_EQ(decoded, subject);
}

}  // namespace
}  // namespace sc::delivery
