#include "delivery/delivery_config.h"

#include <map>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace sc::delivery {
namespace {

using ::testing::HasSubstr;

Environment FakeEnvironment(std::map<std::string, std::string> values) {
  return [values = std::move(values)](std::string_view name) -> std::optional<std::string> {
    auto found = values.find(std::string(name));
    if (found == values.end()) return std::nullopt;
    return found->second;
  };
}

TEST(DeliveryConfigTest, DefaultsNeedNothing) {
  Diagnostics diagnostics;
  Result<DeliveryConfig> config = LoadDeliveryConfig("", FakeEnvironment({}), &diagnostics);
  ASSERT_TRUE(config.ok()) << config.status().ToString();
  EXPECT_EQ(config->max_attempts, 3);
  EXPECT_EQ(config->followup_days, 7);
  EXPECT_FALSE(config->cc_manager);
  EXPECT_FALSE(config->clips.enabled());
  EXPECT_EQ(RequireEmail(*config).code(), StatusCode::kFailedPrecondition);
  EXPECT_THAT(RequireEmail(*config).message(), HasSubstr("SALESCOACH_SMTP_URL"));
  EXPECT_EQ(RequireWebhook(*config).code(), StatusCode::kFailedPrecondition);
}

TEST(DeliveryConfigTest, ReadsEverySettingOfTheFile) {
  Diagnostics diagnostics;
  Result<DeliveryConfig> config = ParseDeliveryConfig(
      "version: 1\n"
      "smtp_url: smtp://mail.example.com:587\n"
      "smtp_user: coach\n"
      "smtp_password: s3cret\n"
      "from: coach@example.com\n"
      "from_name: Northwind Coaching\n"
      "cc_manager: true\n"
      "clip_url: https://rec.example.com/{call_id}?t={start_s}\n"
      "webhook_url: https://hooks.example.com/{rep_id}\n"
      "file_dir: mail/out\n"
      "max_attempts: 5\n"
      "retry_delay_ms: 250\n"
      "followup_days: 14\n"
      "timeout_s: 10\n",
      "delivery.yaml", &diagnostics);
  ASSERT_TRUE(config.ok()) << diagnostics.size();
  EXPECT_EQ(config->smtp_url, "smtp://mail.example.com:587");
  EXPECT_EQ(config->smtp_user, "coach");
  EXPECT_EQ(config->smtp_password, "s3cret");
  EXPECT_EQ(config->from, "coach@example.com");
  EXPECT_EQ(config->from_name, "Northwind Coaching");
  EXPECT_TRUE(config->cc_manager);
  EXPECT_EQ(config->clips.For("C-1", 12.5), "https://rec.example.com/C-1?t=12");
  EXPECT_EQ(WebhookUrlFor(*config, "R 1"), "https://hooks.example.com/R%201");
  EXPECT_EQ(config->file_dir, "mail/out");
  EXPECT_EQ(config->max_attempts, 5);
  EXPECT_EQ(config->retry_delay_ms, 250);
  EXPECT_EQ(config->followup_days, 14);
  EXPECT_EQ(config->timeout_s, 10);
  EXPECT_TRUE(RequireEmail(*config).ok());
  EXPECT_TRUE(RequireWebhook(*config).ok());
}

TEST(DeliveryConfigTest, TheEnvironmentWins) {
  Diagnostics diagnostics;
  Result<DeliveryConfig> config = LoadDeliveryConfig(
      "",
      FakeEnvironment({{"SALESCOACH_SMTP_URL", "smtps://relay.example.com:465"},
                       {"SALESCOACH_SMTP_USER", "u"},
                       {"SALESCOACH_SMTP_PASSWORD", "p"},
                       {"SALESCOACH_SMTP_FROM", "coach@example.com"},
                       {"SALESCOACH_CC_MANAGER", "1"},
                       {"SALESCOACH_CLIP_URL", "https://rec.example.com/{call_id}"},
                       {"SALESCOACH_WEBHOOK_URL", "https://hooks.example.com/x"},
                       {"SALESCOACH_OUTBOX_DIR", "/var/spool/coach"}}),
      &diagnostics);
  ASSERT_TRUE(config.ok()) << config.status().ToString();
  EXPECT_EQ(config->smtp_url, "smtps://relay.example.com:465");
  EXPECT_EQ(config->smtp_user, "u");
  EXPECT_EQ(config->smtp_password, "p");
  EXPECT_TRUE(config->cc_manager);
  EXPECT_TRUE(config->clips.enabled());
  EXPECT_EQ(config->webhook_url, "https://hooks.example.com/x");
  EXPECT_EQ(config->file_dir, "/var/spool/coach");
}

struct BadVariable {
  const char* name;
  const char* value;
  const char* message;
};

class DeliveryConfigBadVariableTest : public testing::TestWithParam<BadVariable> {};

TEST_P(DeliveryConfigBadVariableTest, NamesTheVariableAndTheFix) {
  Diagnostics diagnostics;
  Result<DeliveryConfig> config =
      LoadDeliveryConfig("", FakeEnvironment({{GetParam().name, GetParam().value}}), &diagnostics);
  ASSERT_FALSE(config.ok());
  EXPECT_EQ(config.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(config.status().message(), GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, DeliveryConfigBadVariableTest,
    testing::Values(
        BadVariable{"SALESCOACH_SMTP_URL", "http://mail.example.com",
                    "SALESCOACH_SMTP_URL='http://mail.example.com' is not an SMTP URL; use "
                    "smtp://host:port or smtps://host:port"},
        BadVariable{"SALESCOACH_SMTP_URL", "smtp://",
                    "SALESCOACH_SMTP_URL='smtp://' names no host"},
        BadVariable{"SALESCOACH_SMTP_URL", "smtp://mail.example.com:25\r\nRCPT TO:<x@y.z>",
                    "SALESCOACH_SMTP_URL='smtp://mail.example.com:25\r\nRCPT TO:<x@y.z>' holds a "
                    "space or a control character"},
        BadVariable{"SALESCOACH_CC_MANAGER", "maybe",
                    "SALESCOACH_CC_MANAGER='maybe' must be 1 or 0"},
        BadVariable{"SALESCOACH_WEBHOOK_URL", "https://hooks.example.com/{team}",
                    "SALESCOACH_WEBHOOK_URL='https://hooks.example.com/{team}' may name only the "
                    "placeholder {rep_id}"},
        BadVariable{"SALESCOACH_CLIP_URL", "https://rec.example.com/",
                    "SALESCOACH_CLIP_URL: clip URL template 'https://rec.example.com/' needs "
                    "{call_id} to say which call"}),
    [](const testing::TestParamInfo<BadVariable>& param_info) {
      return std::string(param_info.param.name).substr(11) + "_" + std::to_string(param_info.index);
    });

TEST(DeliveryConfigTest, TheSenderMustBeAnAddress) {
  Diagnostics diagnostics;
  Result<DeliveryConfig> config = LoadDeliveryConfig(
      "", FakeEnvironment({{"SALESCOACH_SMTP_FROM", "coach@example.com\r\nBcc: x@evil.example"}}),
      &diagnostics);
  ASSERT_FALSE(config.ok());
  EXPECT_THAT(config.status().message(), HasSubstr("SALESCOACH_SMTP_FROM="));
}

TEST(DeliveryConfigTest, ABadFileReportsEveryProblemWithItsLine) {
  Diagnostics diagnostics;
  Result<DeliveryConfig> config = ParseDeliveryConfig(
      "version: 1\n"
      "smtp_url: mail.example.com\n"
      "from: not an address\n"
      "cc_manager: sometimes\n"
      "max_attempts: 0\n"
      "clip_url: https://rec.example.com/\n"
      "colour: blue\n",
      "delivery.yaml", &diagnostics);
  ASSERT_FALSE(config.ok());
  EXPECT_EQ(config.status().message(), "delivery.yaml: 6 problems in the delivery file");
  const std::string all = diagnostics.FormatAll();
  EXPECT_THAT(all, HasSubstr("delivery.yaml:2:11: smtp_url 'mail.example.com' is not an "
                             "SMTP URL"));
  EXPECT_THAT(all,
              HasSubstr("delivery.yaml:3:7: from 'not an address' is not an email address (address "
                        "\"not an address\" contains a space)"));
  EXPECT_THAT(all, HasSubstr("delivery.yaml:4:13: 'cc_manager' must be true or false"));
  EXPECT_THAT(all, HasSubstr("delivery.yaml:5:15: 'max_attempts' must be a whole number from "
                             "1 to 10"));
  EXPECT_THAT(all, HasSubstr("delivery.yaml:6:11: clip URL template"));
  EXPECT_THAT(all, HasSubstr("delivery.yaml:7:1: unknown key 'colour'"));
}

}  // namespace
}  // namespace sc::delivery
