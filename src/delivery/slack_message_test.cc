#include "delivery/slack_message.h"

#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace sc::delivery {
namespace {

using ::testing::ElementsAre;

// The payload parsed back; a test fails here when it is not valid JSON.
nlohmann::json Parsed(const std::string& payload) {
  nlohmann::json json = nlohmann::json::parse(payload, nullptr, /*allow_exceptions=*/false);
  EXPECT_FALSE(json.is_discarded()) << payload;
  return json;
}

// The mrkdwn text of every block, checking the shape of each block on the way.
std::vector<std::string> BlockTexts(std::string_view title, std::string_view markdown) {
  const nlohmann::json payload = Parsed(SlackMessage(title, markdown));
  std::vector<std::string> texts;
  for (const nlohmann::json& block : payload.at("blocks")) {
    EXPECT_EQ(block.at("type"), "section");
    EXPECT_EQ(block.at("text").at("type"), "mrkdwn");
    texts.push_back(block.at("text").at("text").get<std::string>());
  }
  return texts;
}

std::string BlockText(std::string_view markdown) {
  const std::vector<std::string> texts = BlockTexts("Title", markdown);
  EXPECT_EQ(texts.size(), 1u) << markdown;
  return texts.empty() ? "" : texts.front();
}

// The quick coaching card as report::RenderCard writes it (tests/golden/report/rich_card.md).
constexpr std::string_view kCard =
    "## ⚡ Quick Coaching: Ana Lopez\n"
    "\n"
    "> ⚠️ **Held for manager review**: Objection Handling scored 38: below 40 (Critical), so a "
    "manager reviews this report before it is sent.\n"
    "\n"
    "**Top Strength**: Discovery (84/100)\n"
    "**Focus Area**: Objection Handling (38/100)\n"
    "\n"
    "**This Week's Tip**:\n"
    "Name the concern in the customer's words first.\n"
    "\n"
    "📞 **Call to Review**: Initech pricing, 2026-11-18\n";

TEST(SlackMessageTest, ConvertsTheCoachingCardExactly) {
  EXPECT_EQ(SlackMessage("Weekly coaching", kCard),
            R"j({"text":"⚡ Quick Coaching: Ana Lopez","blocks":[)j"
            R"j({"type":"section","text":{"type":"mrkdwn",)j"
            R"j("text":"*⚡ Quick Coaching: Ana Lopez*"}},)j"
            R"j({"type":"section","text":{"type":"mrkdwn",)j"
            R"j("text":"> ⚠️ *Held for manager review*: )j"
            R"j(Objection Handling scored 38: below 40 (Critical), so a manager reviews this )j"
            R"j(report before it is sent."}},)j"
            R"j({"type":"section","text":{"type":"mrkdwn","text":"*Top Strength*: )j"
            R"j(Discovery (84/100)\n*Focus Area*: Objection Handling (38/100)"}},)j"
            R"j({"type":"section","text":{"type":"mrkdwn","text":"*This Week's Tip*:\nName )j"
            R"j(the concern in the customer's words first."}},)j"
            R"j({"type":"section","text":{"type":"mrkdwn","text":"📞 *Call to Review*: )j"
            R"j(Initech pricing, 2026-11-18"}}]})j");
}

TEST(SlackMessageTest, FallbackIsTheFirstHeadingElseTheTitle) {
  EXPECT_EQ(Parsed(SlackMessage("Weekly", "intro\n\n### Ana **López** & [Co](https://x.io)\n"))
                .at("text"),
            "Ana López &amp; Co");
  EXPECT_EQ(Parsed(SlackMessage("Coaching for <Ana> & team", "no heading here\n")).at("text"),
            "Coaching for &lt;Ana&gt; &amp; team");
}

TEST(SlackMessageTest, ConvertsHeadingsBoldQuotesAndBullets) {
  EXPECT_EQ(BlockText("# One"), "*One*");
  EXPECT_EQ(BlockText("### Three **bold** parts"), "*Three bold parts*");
  EXPECT_EQ(BlockText("#hashtag"), "#hashtag");
  EXPECT_EQ(BlockText("**Focus Area**: Objection Handling"), "*Focus Area*: Objection Handling");
  EXPECT_EQ(BlockText("> quoted **bold**\n>\n> second"), "> quoted *bold*\n>\n> second");
  EXPECT_EQ(BlockText("- one\n* two\n  + nested\n1. numbered"),
            "• one\n• two\n  • nested\n1. numbered");
}

TEST(SlackMessageTest, RemovesMarkdownEscapes) {
  // As report::MarkdownEscape writes a name like "*Star* O_Brien [x](y) a\b".
  EXPECT_EQ(BlockText(R"(\*Star\* O\_Brien \[x\]\(y\) a\\b `c`)"),
            R"(*Star* O_Brien [x](y) a\b `c`)");
  // A backslash before anything else is kept, as Markdown keeps it.
  EXPECT_EQ(BlockText(R"(C:\dir é\)"), R"(C:\dir é\)");
}

TEST(SlackMessageTest, EscapesSlackControlCharactersEverywhere) {
  EXPECT_EQ(BlockText(R"(Quote: \<script\>alert(1)\</script\> & <b>raw</b>)"),
            "Quote: &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;raw&lt;/b&gt;");
  // A mention or a link written in the text stays text: it cannot notify or link.
  EXPECT_EQ(BlockText(R"(hey <!channel> see <https://evil.example|here>)"),
            "hey &lt;!channel&gt; see &lt;https://evil.example|here&gt;");
  EXPECT_EQ(BlockText("# A & B"), "*A &amp; B*");
}

TEST(SlackMessageTest, ConvertsLinks) {
  EXPECT_EQ(BlockText("Review [the Initech call](https://rec.example.com/calls/7?t=95&x=1)."),
            "Review <https://rec.example.com/calls/7?t=95&amp;x=1|the Initech call>.");
  // Text and URL cannot end the link early or add a second one.
  EXPECT_EQ(BlockText(R"([A \[b\] & **c** <d>](https://x.example.com/a|b>c))"),
            "<https://x.example.com/a%7Cb&gt;c|A [b] &amp; c &lt;d&gt;>");
  EXPECT_EQ(BlockText("[clip](https://x.example.com/wiki/Foo_(bar))"),
            "<https://x.example.com/wiki/Foo_(bar)|clip>");
  // Not links: a lone bracket pair (as redaction writes it), and brackets before other text.
  EXPECT_EQ(BlockText("mail [email] later"), "mail [email] later");
  EXPECT_EQ(BlockText("[a] (b) [c](d e)"), "[a] (b) [c](d e)");
  EXPECT_EQ(BlockText("[open"), "[open");
}

TEST(SlackMessageTest, OneBlockPerParagraph) {
  EXPECT_THAT(BlockTexts("T", "a\nb\n\n\n c \r\n\r\n## d\n"), ElementsAre("a\nb", " c ", "*d*"));
  EXPECT_THAT(BlockTexts("T", ""), ElementsAre());
  EXPECT_EQ(Parsed(SlackMessage("T", "")).at("blocks"), nlohmann::json::array());
}

TEST(SlackMessageTest, SplitsALongParagraphAtALineBreak) {
  // 100 lines of 49 characters: 60 of them (2999 characters with their line breaks) fit in one
  // block of at most 3000.
  std::vector<std::string> lines;
  for (int index = 0; index < 100; ++index) {
    lines.push_back(fmt::format("{:03d}{}", index, std::string(46, 'x')));
  }
  const std::vector<std::string> texts = BlockTexts("T", fmt::format("{}", fmt::join(lines, "\n")));
  ASSERT_EQ(texts.size(), 2u);
  EXPECT_EQ(texts[0], fmt::format("{}", fmt::join(lines.begin(), lines.begin() + 60, "\n")));
  EXPECT_EQ(texts[1], fmt::format("{}", fmt::join(lines.begin() + 60, lines.end(), "\n")));
}

TEST(SlackMessageTest, SplitsALongLineAtASpaceOrBetweenCharacters) {
  std::vector<std::string> words(700, "abcd");
  const std::vector<std::string> at_space =
      BlockTexts("T", fmt::format("{}", fmt::join(words, " ")));
  ASSERT_EQ(at_space.size(), 2u);
  EXPECT_EQ(at_space[0], fmt::format("{}", fmt::join(words.begin(), words.begin() + 600, " ")));
  EXPECT_EQ(at_space[1], fmt::format("{}", fmt::join(words.begin() + 600, words.end(), " ")));

  EXPECT_THAT(BlockTexts("T", std::string(3500, 'a')),
              ElementsAre(std::string(3000, 'a'), std::string(500, 'a')));
  // Never inside a UTF-8 character, an entity or a link.
  EXPECT_THAT(BlockTexts("T", fmt::format("{}éb", std::string(2999, 'a'))),
              ElementsAre(std::string(2999, 'a'), "éb"));
  EXPECT_THAT(BlockTexts("T", fmt::format("{}&bbb", std::string(2998, 'a'))),
              ElementsAre(std::string(2998, 'a'), "&amp;bbb"));
  EXPECT_THAT(
      BlockTexts("T", fmt::format("{}[clip](https://example.com/long)", std::string(2995, 'a'))),
      ElementsAre(std::string(2995, 'a'), "<https://example.com/long|clip>"));
}

TEST(SlackMessageTest, PacksParagraphsWhenThereWouldBeMoreThan50Blocks) {
  std::vector<std::string> paragraphs;
  for (int index = 1; index <= 60; ++index) paragraphs.push_back(fmt::format("p{}", index));
  const std::vector<std::string> texts =
      BlockTexts("T", fmt::format("{}", fmt::join(paragraphs, "\n\n")));
  EXPECT_THAT(texts, ElementsAre(fmt::format("{}", fmt::join(paragraphs, "\n\n"))));
}

TEST(SlackMessageTest, WritesValidJsonForAnyInput) {
  const nlohmann::json payload = Parsed(SlackMessage("quote \" and \\", "line \"1\"\n\tcaf\xE9\n"));
  EXPECT_EQ(payload.at("text"), "quote \" and \\");
  EXPECT_EQ(payload.at("blocks").at(0).at("text").at("text"), "line \"1\"\n\tcaf\xEF\xBF\xBD");
}

}  // namespace
}  // namespace sc::delivery
