#include "delivery/report_message.h"

#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace sc::delivery {
namespace {

using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::Not;

const Date kAsOf = Date::FromYmd(2026, 11, 23);
const Timestamp kQueuedAt = Timestamp::StartOf(kAsOf).AddSeconds(9 * 3600);

const Person kDana{"R-1", "Dana Reyes", "dana.reyes@example.com"};
const Person kMorgan{"M-1", "Morgan Lee", "morgan.lee@example.com"};

DeliveryConfig EmailConfig() {
  DeliveryConfig config;
  config.smtp_url = "smtp://mail.example.com:587";
  config.from = "coach@example.com";
  config.file_dir = "/var/spool/salescoach";
  config.webhook_url = "https://hooks.example.com/coach/{rep_id}";
  return config;
}

ReportToSend Report(Person rep = kDana, std::optional<Person> manager = kMorgan) {
  return ReportToSend{.snapshot_id = 42,
                      .as_of = kAsOf,
                      .rep = std::move(rep),
                      .manager = std::move(manager),
                      .markdown = "# Coaching report\n\nFocus: Closing.\n",
                      .html = "<p>Coaching report</p>\n",
                      .card = "## Quick Coaching: Dana Reyes\n\n**Focus Area**: Closing\n"};
}

FollowUpToSend FollowUp(std::vector<std::string> this_week, std::string focus_skill) {
  return FollowUpToSend{.snapshot_id = 42,
                        .report_as_of = kAsOf,
                        .rep = kDana,
                        .focus_skill = std::move(focus_skill),
                        .this_week = std::move(this_week)};
}

// The header block of an e-mail: everything before the first empty line.
std::string Headers(const std::string& payload) {
  return payload.substr(0, payload.find("\r\n\r\n") + 2);
}

TEST(ComposeReportTest, AnEmailGoesToTheRepAlone) {
  Result<ComposedMessage> message = ComposeReport("email", Report(), EmailConfig(), kQueuedAt);
  ASSERT_TRUE(message.ok()) << message.status().ToString();
  EXPECT_EQ(message->recipients, (std::vector<std::string>{"dana.reyes@example.com"}));
  EXPECT_EQ(message->subject, "Your Weekly Sales Coaching Insights");
  const std::string headers = Headers(message->payload);
  EXPECT_THAT(headers, AllOf(HasSubstr("From: Sales Coaching <coach@example.com>\r\n"),
                             HasSubstr("\r\nTo: Dana Reyes <dana.reyes@example.com>\r\n"),
                             HasSubstr("\r\nSubject: Your Weekly Sales Coaching Insights\r\n"),
                             Not(HasSubstr("Cc: ")), Not(HasSubstr("Date: "))));
  EXPECT_THAT(message->payload, Not(HasSubstr("morgan.lee@example.com")));
}

TEST(ComposeReportTest, CcManagerCopiesTheManagerGiven) {
  DeliveryConfig config = EmailConfig();
  config.cc_manager = true;
  Result<ComposedMessage> message = ComposeReport("email", Report(), config, kQueuedAt);
  ASSERT_TRUE(message.ok()) << message.status().ToString();
  EXPECT_EQ(message->recipients,
            (std::vector<std::string>{"dana.reyes@example.com", "morgan.lee@example.com"}));
  EXPECT_THAT(Headers(message->payload),
              AllOf(HasSubstr("\r\nTo: Dana Reyes <dana.reyes@example.com>\r\n"),
                    HasSubstr("\r\nCc: Morgan Lee <morgan.lee@example.com>\r\n")));
}

TEST(ComposeReportTest, CcManagerWithoutAManagerOrTheirAddressCopiesNobody) {
  DeliveryConfig config = EmailConfig();
  config.cc_manager = true;
  Person no_address = kMorgan;
  no_address.email.clear();
  for (const std::optional<Person>& manager :
       {std::optional<Person>(), std::optional(no_address)}) {
    Result<ComposedMessage> message =
        ComposeReport("email", Report(kDana, manager), config, kQueuedAt);
    ASSERT_TRUE(message.ok()) << message.status().ToString();
    EXPECT_EQ(message->recipients, (std::vector<std::string>{"dana.reyes@example.com"}));
    EXPECT_THAT(Headers(message->payload), Not(HasSubstr("Cc: ")));
  }
}

TEST(ComposeReportTest, ANameThatWouldAddAHeaderIsRefused) {
  Person rep = kDana;
  rep.name = "Dana Reyes\r\nBcc: x@evil.example";
  Result<ComposedMessage> message = ComposeReport("email", Report(rep), EmailConfig(), kQueuedAt);
  ASSERT_FALSE(message.ok());
  EXPECT_EQ(message.status().code(), StatusCode::kInvalidArgument);
  EXPECT_THAT(message.status().message(), HasSubstr("To: "));

  DeliveryConfig config = EmailConfig();
  config.cc_manager = true;
  Person manager = kMorgan;
  manager.name = "Morgan Lee\r\nBcc: x@evil.example";
  message = ComposeReport("email", Report(kDana, manager), config, kQueuedAt);
  ASSERT_FALSE(message.ok());
  EXPECT_EQ(message.status().code(), StatusCode::kInvalidArgument);
  EXPECT_THAT(message.status().message(), HasSubstr("Cc: "));
}

TEST(ComposeReportTest, ARepWithoutAnAddressIsNamed) {
  Person rep{"R-3", "Lee Park", ""};
  for (std::string_view channel : {"email", "file"}) {
    Result<ComposedMessage> message = ComposeReport(channel, Report(rep), EmailConfig(), kQueuedAt);
    ASSERT_FALSE(message.ok()) << channel;
    EXPECT_EQ(message.status().code(), StatusCode::kFailedPrecondition);
    EXPECT_THAT(message.status().message(),
                HasSubstr("rep R-3 (Lee Park) has no email address in the CRM"));
  }
}

TEST(ComposeReportTest, EmailNeedsAServerAndASender) {
  DeliveryConfig no_server = EmailConfig();
  no_server.smtp_url.clear();
  DeliveryConfig no_sender = EmailConfig();
  no_sender.from.clear();
  for (const DeliveryConfig& config : {no_server, no_sender}) {
    Result<ComposedMessage> message = ComposeReport("email", Report(), config, kQueuedAt);
    ASSERT_FALSE(message.ok());
    EXPECT_EQ(message.status().code(), StatusCode::kFailedPrecondition);
    EXPECT_THAT(message.status().message(), HasSubstr("SALESCOACH_SMTP_"));
  }
}

TEST(ComposeReportTest, TheWebhookNeedsAUrl) {
  DeliveryConfig config = EmailConfig();
  config.webhook_url.clear();
  Result<ComposedMessage> message = ComposeReport("webhook", Report(), config, kQueuedAt);
  ASSERT_FALSE(message.ok());
  EXPECT_EQ(message.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_THAT(message.status().message(), HasSubstr("SALESCOACH_WEBHOOK_URL"));
}

TEST(ComposeReportTest, AnUnknownChannelIsRefused) {
  Result<ComposedMessage> message = ComposeReport("fax", Report(), EmailConfig(), kQueuedAt);
  ASSERT_FALSE(message.ok());
  EXPECT_EQ(message.status().code(), StatusCode::kInvalidArgument);
  EXPECT_THAT(message.status().message(), HasSubstr("'fax'"));
}

TEST(ComposeReportTest, AFileIsNamedByDateRepAndReport) {
  DeliveryConfig config;  // no SMTP settings: a file is read, not relayed
  config.file_dir = "/var/spool/salescoach";
  Result<ComposedMessage> message = ComposeReport("file", Report(), config, kQueuedAt);
  ASSERT_TRUE(message.ok()) << message.status().ToString();
  EXPECT_EQ(message->recipients,
            (std::vector<std::string>{"/var/spool/salescoach/2026-11-23-R-1-report-42.eml"}));
  EXPECT_THAT(Headers(message->payload),
              AllOf(HasSubstr("From: Sales Coaching <coaching@localhost>\r\n"),
                    HasSubstr("\r\nTo: Dana Reyes <dana.reyes@example.com>\r\n")));
}

TEST(ComposeReportTest, ARepIdNeverLeavesTheOutboxFolder) {
  Person rep = kDana;
  rep.id = "../../etc/R 1";
  Result<ComposedMessage> message = ComposeReport("file", Report(rep), EmailConfig(), kQueuedAt);
  ASSERT_TRUE(message.ok()) << message.status().ToString();
  EXPECT_EQ(message->recipients,
            (std::vector<std::string>{
                "/var/spool/salescoach/2026-11-23-..%2F..%2Fetc%2FR%201-report-42.eml"}));
}

TEST(ComposeReportTest, TheWebhookPostsTheCardToTheRepsOwnHook) {
  const DeliveryConfig config = EmailConfig();
  Result<ComposedMessage> message = ComposeReport("webhook", Report(), config, kQueuedAt);
  ASSERT_TRUE(message.ok()) << message.status().ToString();
  EXPECT_EQ(message->recipients, (std::vector<std::string>{"https://hooks.example.com/coach/R-1"}));
  EXPECT_EQ(message->recipients, (std::vector<std::string>{WebhookUrlFor(config, "R-1")}));
  nlohmann::json payload = nlohmann::json::parse(message->payload, nullptr, false);
  ASSERT_TRUE(payload.is_object()) << message->payload;
  ASSERT_TRUE(payload["blocks"].is_array());
  EXPECT_FALSE(payload["blocks"].empty());
  EXPECT_THAT(message->payload, HasSubstr("Quick Coaching: Dana Reyes"));
}

TEST(ComposeReportTest, TheSameReportComposesToTheSameBytes) {
  Result<ComposedMessage> first = ComposeReport("email", Report(), EmailConfig(), kQueuedAt);
  Result<ComposedMessage> second = ComposeReport("email", Report(), EmailConfig(), kQueuedAt);
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_EQ(first->payload, second->payload);
}

TEST(FollowUpMarkdownTest, ListsTheWeeksItemsAndNamesTheFocus) {
  EXPECT_EQ(FollowUpMarkdown(FollowUp({"Ask for the next step", "Name the price"}, "Closing")),
            "Hi Dana,\n"
            "\n"
            "A week ago your coaching report of 2026-11-23 set this week's focus. How did it go?\n"
            "\n"
            "1. Ask for the next step\n"
            "2. Name the price\n"
            "\n"
            "Take two minutes to look back: which of these did you try on a call, and what "
            "happened? Your next report will show how your Closing score moved.\n"
            "\n"
            "Sales Coaching\n");
}

TEST(FollowUpMarkdownTest, EscapesWhatAnItemCouldTurnIntoMarkup) {
  std::string markdown =
      FollowUpMarkdown(FollowUp({"Use *one* question", "<script>alert(1)</script>"}, ""));
  EXPECT_THAT(markdown, AllOf(HasSubstr("\n1. Use \\*one\\* question\n"),
                              HasSubstr("\n2. \\<script\\>alert(1)\\</script\\>\n"),
                              Not(HasSubstr("<script>"))));
}

TEST(FollowUpMarkdownTest, WithoutItemsOrAFocusItStillAsks) {
  FollowUpToSend followup = FollowUp({}, "");
  followup.rep.name = "";
  EXPECT_EQ(FollowUpMarkdown(followup),
            "Hi there,\n"
            "\n"
            "A week ago your coaching report of 2026-11-23 set this week's focus. How did it go?\n"
            "\n"
            "Take two minutes to look back: which of these did you try on a call, and what "
            "happened? Your next report will show what moved.\n"
            "\n"
            "Sales Coaching\n");
}

TEST(ComposeFollowUpTest, GoesToTheRepAloneEvenWhenManagersAreCopied) {
  DeliveryConfig config = EmailConfig();
  config.cc_manager = true;
  Result<ComposedMessage> message =
      ComposeFollowUp("email", FollowUp({"Ask for the next step"}, "Closing"), config, kQueuedAt);
  ASSERT_TRUE(message.ok()) << message.status().ToString();
  EXPECT_EQ(message->recipients, (std::vector<std::string>{"dana.reyes@example.com"}));
  EXPECT_EQ(message->subject, kFollowUpSubject);
  EXPECT_THAT(
      Headers(message->payload),
      AllOf(HasSubstr("\r\nTo: Dana Reyes <dana.reyes@example.com>\r\n"), Not(HasSubstr("Cc: "))));
}

TEST(ComposeFollowUpTest, AFileAndAWebhookAreTheirOwn) {
  const DeliveryConfig config = EmailConfig();
  Result<ComposedMessage> file =
      ComposeFollowUp("file", FollowUp({"Ask for the next step"}, "Closing"), config, kQueuedAt);
  ASSERT_TRUE(file.ok()) << file.status().ToString();
  EXPECT_EQ(file->recipients,
            (std::vector<std::string>{"/var/spool/salescoach/2026-11-23-R-1-followup-42.eml"}));

  Result<ComposedMessage> webhook =
      ComposeFollowUp("webhook", FollowUp({"Ask for the next step"}, "Closing"), config, kQueuedAt);
  ASSERT_TRUE(webhook.ok()) << webhook.status().ToString();
  EXPECT_EQ(webhook->recipients, (std::vector<std::string>{"https://hooks.example.com/coach/R-1"}));
  nlohmann::json payload = nlohmann::json::parse(webhook->payload, nullptr, false);
  ASSERT_TRUE(payload.is_object()) << webhook->payload;
  EXPECT_TRUE(payload["blocks"].is_array());
}

}  // namespace
}  // namespace sc::delivery
