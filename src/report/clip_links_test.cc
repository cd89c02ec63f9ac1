#include "report/clip_links.h"

#include <gtest/gtest.h>

namespace sc::report {
namespace {

TEST(ClipLinksTest, NoTemplateMeansNoLinks) {
  Result<ClipLinks> links = ClipLinks::Parse("");
  ASSERT_TRUE(links.ok());
  EXPECT_FALSE(links->enabled());
  EXPECT_EQ(links->For("C-1", 12), "");
  EXPECT_EQ(ClipLinks().For("C-1", 12), "");
}

TEST(ClipLinksTest, FillsTheCallAndWholeSecondsIn) {
  Result<ClipLinks> links =
      ClipLinks::Parse("https://recordings.example.com/calls/{call_id}?t={start_s}");
  ASSERT_TRUE(links.ok());
  EXPECT_TRUE(links->enabled());
  EXPECT_EQ(links->For("C-0042", 754.9), "https://recordings.example.com/calls/C-0042?t=754");
  EXPECT_EQ(links->For("C-0042", -3), "https://recordings.example.com/calls/C-0042?t=0");
  EXPECT_EQ(links->For("", 10), "");
}

TEST(ClipLinksTest, PercentEncodesTheCallId) {
  Result<ClipLinks> links = ClipLinks::Parse("http://rec.local/{call_id}#{start_s}");
  ASSERT_TRUE(links.ok());
  EXPECT_EQ(links->For("a b/c&d\"<x>", 5), "http://rec.local/a%20b%2Fc%26d%22%3Cx%3E#5");
  EXPECT_EQ(links->For("Ünï", 0), "http://rec.local/%C3%9Cn%C3%AF#0");
}

TEST(ClipLinksTest, TheStartTimeIsOptional) {
  Result<ClipLinks> links = ClipLinks::Parse("https://rec.example.com/{call_id}");
  ASSERT_TRUE(links.ok());
  EXPECT_EQ(links->For("C-1", 99), "https://rec.example.com/C-1");
}

struct BadTemplate {
  const char* name;
  const char* url_template;
  const char* message;
};

class ClipLinksBadTemplateTest : public testing::TestWithParam<BadTemplate> {};

TEST_P(ClipLinksBadTemplateTest, SaysWhatToFix) {
  Result<ClipLinks> links = ClipLinks::Parse(GetParam().url_template);
  ASSERT_FALSE(links.ok());
  EXPECT_EQ(links.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(links.status().message(), GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ClipLinksBadTemplateTest,
    testing::Values(
        BadTemplate{"NoScheme", "rec.example.com/{call_id}",
                    "clip URL template 'rec.example.com/{call_id}' must start with https:// or "
                    "http://"},
        BadTemplate{"JavaScript", "javascript:alert(1)//{call_id}",
                    "clip URL template 'javascript:alert(1)//{call_id}' must start with "
                    "https:// or http://"},
        BadTemplate{"NoCallId", "https://rec.example.com/?t={start_s}",
                    "clip URL template 'https://rec.example.com/?t={start_s}' needs {call_id} "
                    "to say which call"},
        BadTemplate{"UnknownPlaceholder", "https://rec.example.com/{call_id}?u={user}",
                    "clip URL template 'https://rec.example.com/{call_id}?u={user}' names the "
                    "unknown placeholder {user}; use {call_id} and {start_s}"},
        BadTemplate{"Unclosed", "https://rec.example.com/{call_id}?t={start_s",
                    "clip URL template 'https://rec.example.com/{call_id}?t={start_s' leaves a "
                    "'{' unclosed"},
        BadTemplate{"Space", "https://rec.example.com/{call_id} x",
                    "clip URL template 'https://rec.example.com/{call_id} x' holds a space, "
                    "which a link cannot carry; percent-encode it"},
        BadTemplate{"Quote", "https://rec.example.com/{call_id}\"onclick=",
                    "clip URL template 'https://rec.example.com/{call_id}\"onclick=' holds the "
                    "character '\"', which a link cannot carry; percent-encode it"},
        BadTemplate{"NewLine", "https://rec.example.com/{call_id}\n",
                    "clip URL template 'https://rec.example.com/{call_id}\n' holds a control "
                    "character (0x0A), which a link cannot carry; percent-encode it"}),
    [](const testing::TestParamInfo<BadTemplate>& param_info) { return param_info.param.name; });

}  // namespace
}  // namespace sc::report
