// `salescoach send` and `salescoach followups` against real servers on 127.0.0.1: an SMTP
// server (Debian's python3-aiosmtpd) and an HTTP server for the webhook, both reading what
// arrives with Python's own parsers (sinks/). What the tests check is what a rep's mailbox
// would hold: one message per report, to the rep (and the manager when configured) only, with
// both parts, escaped content and working clip links; nothing for a held report.
#include <cstdlib>
#include <set>
#include <string>

#include <gmock/gmock.h>
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "base/file_io.h"
#include "cli_test_util.h"
#include "sink_process.h"

namespace sc::e2e {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr char kAsOf[] = "2026-11-24";
constexpr char kDomain[] = "northwind-analytics.example";

std::string Address(const std::string& name) { return name + "@" + kDomain; }

// A demo team with its reports as of kAsOf, and delivery settings pointing at a sink.
class DeliveryE2eTest : public ::testing::Test {
 protected:
  void SetUp() override {
    CommandResult demo =
        RunSalescoach(dir_.path(), std::string("demo --dir team --weeks 1 --as-of ") + kAsOf);
    ASSERT_EQ(demo.exit_code, 0) << demo.err;
    // The clip template is read by `report`, so reports are built again with links.
    std::filesystem::create_directories(dir_.path() / "config");
    dir_.Write("config/delivery.yaml",
               "version: 1\n"
               "from: coach@northwind-analytics.example\n"
               "from_name: Sales Coaching\n"
               "retry_delay_ms: 10\n"
               "file_dir: outbox\n"
               "clip_url: \"https://recordings.example.com/calls/{call_id}?t={start_s}\"\n");
  }

  CommandResult Run(const std::string& args, const std::string& env = "") {
    return RunSalescoach(dir_.path(),
                         fmt::format("--db team/salescoach.db --config config {}", args), env);
  }
  CommandResult Report(const std::string& rep) {
    return Run(fmt::format("report --rep {} --as-of {} -o {}.md", rep, kAsOf, rep));
  }
  std::string Smtp(const SinkProcess& sink, bool cc_manager = false) {
    return fmt::format("SALESCOACH_SMTP_URL=smtp://127.0.0.1:{} SALESCOACH_CC_MANAGER={}",
                       sink.port(), cc_manager ? 1 : 0);
  }

  ScratchDir dir_{"delivery_e2e"};
};

std::set<std::string> Recipients(const json& message) {
  return {message["rcpt_tos"].begin(), message["rcpt_tos"].end()};
}

const json* Part(const json& message, const std::string& type) {
  for (const json& part : message["parts"]) {
    if (part["type"] == type) return &part;
  }
  return nullptr;
}

TEST_F(DeliveryE2eTest, AReportArrivesOnceToItsRepWithBothPartsAndClipLinks) {
  ASSERT_EQ(Report("R-001").exit_code, 0);
  SinkProcess sink("mail_sink.py", dir_.path() / "smtp");
  ASSERT_TRUE(sink.running());
  CommandResult sent = Run(fmt::format("send --rep R-001 --as-of {}", kAsOf), Smtp(sink));
  ASSERT_EQ(sent.exit_code, 0) << sent.err;
  EXPECT_THAT(sent.out, HasSubstr("sent"));
  EXPECT_THAT(sent.out, HasSubstr("follow-up due 2026-"));

  std::vector<json> messages = sink.Messages();
  ASSERT_EQ(messages.size(), 1u);
  const json& message = messages.front();
  EXPECT_EQ(Recipients(message), std::set<std::string>{Address("paolo.ahmed")});
  EXPECT_EQ(message["mail_from"], Address("coach"));
  EXPECT_EQ(message["headers"]["subject"][0], "Your Weekly Sales Coaching Insights");
  EXPECT_THAT(message["headers"]["to"][0].get<std::string>(), HasSubstr("Paolo Ahmed"));
  EXPECT_FALSE(message["headers"].contains("cc"));
  EXPECT_FALSE(message["headers"].contains("bcc"));
  EXPECT_TRUE(message["headers"].contains("date"));
  EXPECT_TRUE(message["headers"].contains("message-id"));
  EXPECT_EQ(message["content_type"], "multipart/alternative");
  EXPECT_EQ(message["defects"].size(), 0u) << message["defects"];

  const json* text = Part(message, "text/plain");
  const json* html = Part(message, "text/html");
  ASSERT_NE(text, nullptr);
  ASSERT_NE(html, nullptr);
  // The parts are the stored report, byte for byte once decoded (line ends aside).
  std::string markdown = ReadFile(dir_.path() / "R-001.md").value();
  std::string body = (*text)["body"];
  std::erase(body, '\r');
  EXPECT_EQ(body, markdown);
  EXPECT_THAT(markdown, HasSubstr("## 📈 Sales Coaching Report"));
  EXPECT_THAT((*html)["body"].get<std::string>(), HasSubstr("<!DOCTYPE html>"));
  EXPECT_THAT((*html)["body"].get<std::string>(), Not(HasSubstr("<script")));
  // Clip links go to the recording system at the quoted moment.
  EXPECT_THAT(body, HasSubstr("[▶ Listen](https://recordings.example.com/calls/C-"));
  EXPECT_THAT((*html)["body"].get<std::string>(),
              HasSubstr("<a href=\"https://recordings.example.com/calls/C-"));

  // Sending again sends nothing: the outbox remembers.
  CommandResult again = Run(fmt::format("send --rep R-001 --as-of {}", kAsOf), Smtp(sink));
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_THAT(again.out, HasSubstr("already sent"));
  EXPECT_EQ(sink.Messages().size(), 1u);
}

TEST_F(DeliveryE2eTest, TheManagerIsCopiedWhenConfiguredAndNoPeerEver) {
  SinkProcess sink("mail_sink.py", dir_.path() / "smtp");
  ASSERT_TRUE(sink.running());
  CommandResult sent = Run(fmt::format("send --team --as-of {}", kAsOf), Smtp(sink, true));
  ASSERT_EQ(sent.exit_code, 0) << sent.out << sent.err;
  std::vector<json> messages = sink.Messages();
  ASSERT_EQ(messages.size(), 11u);  // 12 reps, one held for review
  std::set<std::string> reps_reached;
  for (const json& message : messages) {
    std::set<std::string> to = Recipients(message);
    ASSERT_EQ(to.size(), 2u) << message["rcpt_tos"];
    std::string cc = message["headers"]["cc"][0];
    EXPECT_TRUE(cc.find(Address("emeka.castillo")) != std::string::npos ||
                cc.find(Address("miles.ortiz")) != std::string::npos)
        << cc;
    std::string addressed = message["headers"]["to"][0];
    for (const std::string& address : to) {
      bool is_manager = address == Address("emeka.castillo") || address == Address("miles.ortiz");
      if (!is_manager) {
        EXPECT_NE(addressed.find(address), std::string::npos) << addressed;
        EXPECT_TRUE(reps_reached.insert(address).second) << address << " got two reports";
      }
    }
  }
  EXPECT_EQ(reps_reached.size(), 11u);
  EXPECT_THAT(sent.out, HasSubstr("R-004"));
  EXPECT_THAT(sent.out, HasSubstr("held for review"));
  EXPECT_EQ(reps_reached.count(Address("malik.costa")), 0u);  // R-004, held
}

TEST_F(DeliveryE2eTest, AHeldReportIsNeverSentUntilApproved) {
  SinkProcess sink("mail_sink.py", dir_.path() / "smtp");
  ASSERT_TRUE(sink.running());
  CommandResult held = Run(fmt::format("send --rep R-004 --as-of {}", kAsOf), Smtp(sink));
  EXPECT_EQ(held.exit_code, 1);
  EXPECT_THAT(held.out + held.err, HasSubstr("held for review"));
  EXPECT_THAT(held.out + held.err, HasSubstr("salescoach review approve"));
  EXPECT_EQ(sink.Messages().size(), 0u);

  CommandResult list = Run("review list");
  ASSERT_EQ(list.exit_code, 0);
  std::string id = list.out.substr(list.out.find('\n') + 1);
  id = id.substr(id.find_first_not_of(' '));
  id = id.substr(0, id.find(' '));
  CommandResult rejected = Run("review reject " + id + " --reason \"scores need a second look\"");
  ASSERT_EQ(rejected.exit_code, 0) << rejected.err;
  CommandResult still = Run(fmt::format("send --rep R-004 --as-of {}", kAsOf), Smtp(sink));
  EXPECT_EQ(still.exit_code, 1);
  EXPECT_THAT(still.out + still.err, HasSubstr("rejected"));
  EXPECT_EQ(sink.Messages().size(), 0u);
  EXPECT_EQ(CountRecords(dir_.path() / "team" / "salescoach.db").deliveries, 0);
}

TEST_F(DeliveryE2eTest, ARetriedSendArrivesOnce) {
  // The server refuses the first message with a temporary 451; the retry is accepted.
  SinkProcess sink("mail_sink.py", dir_.path() / "smtp", 1);
  ASSERT_TRUE(sink.running());
  CommandResult sent = Run(fmt::format("send --rep R-002 --as-of {}", kAsOf), Smtp(sink));
  ASSERT_EQ(sent.exit_code, 0) << sent.err;
  EXPECT_THAT(sent.out, HasSubstr("after 2 attempts"));
  EXPECT_EQ(sink.Messages().size(), 1u);
  CommandResult again = Run(fmt::format("send --rep R-002 --as-of {}", kAsOf), Smtp(sink));
  EXPECT_THAT(again.out, HasSubstr("already sent"));
  EXPECT_EQ(sink.Messages().size(), 1u);
}

TEST_F(DeliveryE2eTest, AnUnreachableServerFailsWith69AndTheNextRunDelivers) {
  // Every attempt of this run is refused for now; the report stays in the outbox.
  {
    SinkProcess sink("mail_sink.py", dir_.path() / "smtp-down", 10);
    ASSERT_TRUE(sink.running());
    CommandResult failed = Run(fmt::format("send --rep R-003 --as-of {}", kAsOf), Smtp(sink));
    EXPECT_EQ(failed.exit_code, 69) << failed.out << failed.err;
    EXPECT_THAT(failed.err, HasSubstr("451"));
    EXPECT_EQ(sink.Messages().size(), 0u);
  }
  SinkProcess sink("mail_sink.py", dir_.path() / "smtp-up");
  ASSERT_TRUE(sink.running());
  CommandResult sent = Run(fmt::format("send --rep R-003 --as-of {}", kAsOf), Smtp(sink));
  EXPECT_EQ(sent.exit_code, 0) << sent.err;
  EXPECT_THAT(sent.out, HasSubstr("after 4 attempts"));  // 3 refused, then this one
  EXPECT_EQ(sink.Messages().size(), 1u);
}

TEST_F(DeliveryE2eTest, FollowUpsAreDueAWeekLaterAndSentOnce) {
  SinkProcess sink("mail_sink.py", dir_.path() / "smtp");
  ASSERT_TRUE(sink.running());
  ASSERT_EQ(Run(fmt::format("send --rep R-001 --as-of {}", kAsOf), Smtp(sink)).exit_code, 0);
  CommandResult scheduled = Run("followups");
  ASSERT_EQ(scheduled.exit_code, 0) << scheduled.err;
  EXPECT_THAT(scheduled.out, HasSubstr("R-001"));
  EXPECT_THAT(scheduled.out, HasSubstr("queued"));
  // Not due yet: nothing goes out.
  CommandResult due_now = Run("followups --due", Smtp(sink));
  EXPECT_EQ(due_now.exit_code, 0) << due_now.err;
  EXPECT_EQ(due_now.out, "No follow-ups are due.\n");
  EXPECT_EQ(sink.Messages().size(), 1u);
}

TEST_F(DeliveryE2eTest, TheWebhookGetsASlackMessageAtTheRepsOwnUrl) {
  ASSERT_EQ(Report("R-005").exit_code, 0);
  SinkProcess hook("webhook_sink.py", dir_.path() / "hook", 1);
  ASSERT_TRUE(hook.running());
  CommandResult sent =
      Run(fmt::format("send --rep R-005 --channel webhook --as-of {}", kAsOf),
          fmt::format("SALESCOACH_WEBHOOK_URL=http://127.0.0.1:{}/coach/{{rep_id}}", hook.port()));
  ASSERT_EQ(sent.exit_code, 0) << sent.err;
  std::vector<json> posts = hook.Messages();
  ASSERT_EQ(posts.size(), 1u);
  EXPECT_EQ(posts[0]["path"], "/coach/R-005");
  EXPECT_THAT(posts[0]["content_type"].get<std::string>(), HasSubstr("application/json"));
  ASSERT_TRUE(posts[0]["json"].is_object()) << posts[0]["body"];
  EXPECT_TRUE(posts[0]["json"]["text"].is_string());
  ASSERT_TRUE(posts[0]["json"]["blocks"].is_array());
  EXPECT_THAT(posts[0]["json"]["blocks"].dump(), HasSubstr("Quick Coaching"));
}

TEST_F(DeliveryE2eTest, TheFileChannelWritesOneEmlPerReport) {
  CommandResult sent = Run(fmt::format("send --rep R-006 --channel file --as-of {}", kAsOf));
  ASSERT_EQ(sent.exit_code, 0) << sent.err;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir_.path() / "outbox")) {
    files.push_back(entry.path());
  }
  ASSERT_EQ(files.size(), 1u);
  EXPECT_THAT(files[0].filename().string(), HasSubstr("R-006-report"));
  std::string eml = ReadFile(files[0]).value();
  EXPECT_THAT(eml, HasSubstr("Subject: Your Weekly Sales Coaching Insights\r\n"));
  EXPECT_THAT(eml, HasSubstr("To: Elena Ito <elena.ito@northwind-analytics.example>\r\n"));
  EXPECT_THAT(eml, HasSubstr("Content-Type: multipart/alternative"));
}

TEST_F(DeliveryE2eTest, ADryRunSendsAndStoresNothing) {
  // No server is needed to see who would get what.
  CommandResult dry = Run(fmt::format("send --team --dry-run --as-of {}", kAsOf),
                          "SALESCOACH_SMTP_URL=smtp://127.0.0.1:1");
  ASSERT_EQ(dry.exit_code, 0) << dry.err;
  EXPECT_THAT(dry.out, HasSubstr("would send"));
  EXPECT_THAT(dry.out, HasSubstr(Address("paolo.ahmed")));
  EXPECT_EQ(CountRecords(dir_.path() / "team" / "salescoach.db").deliveries, 0);
}

TEST_F(DeliveryE2eTest, MissingSettingsAndBadValuesFailClearly) {
  CommandResult no_server = Run(fmt::format("send --rep R-001 --as-of {}", kAsOf));
  EXPECT_EQ(no_server.exit_code, 1);
  EXPECT_THAT(no_server.err, HasSubstr("SALESCOACH_SMTP_URL"));
  CommandResult bad_url =
      Run(fmt::format("send --rep R-001 --as-of {}", kAsOf), "SALESCOACH_SMTP_URL=ftp://x");
  EXPECT_NE(bad_url.exit_code, 0);
  EXPECT_THAT(bad_url.err, HasSubstr("SALESCOACH_SMTP_URL='ftp://x' is not an SMTP URL"));
  CommandResult no_target = Run("send --channel file");
  EXPECT_EQ(no_target.exit_code, 2);
  CommandResult manager = Run(fmt::format("send --rep M-01 --channel file --as-of {}", kAsOf));
  EXPECT_NE(manager.exit_code, 0);
  EXPECT_THAT(manager.err, HasSubstr("is a manager"));
  dir_.Write("config/delivery.yaml", "version: 1\nfrom: not an address\nmax_attempts: 0\n");
  CommandResult bad_file = Run(fmt::format("send --rep R-001 --channel file --as-of {}", kAsOf));
  EXPECT_EQ(bad_file.exit_code, 65);
  EXPECT_THAT(bad_file.err, HasSubstr("delivery.yaml:2:"));
  EXPECT_THAT(bad_file.err, HasSubstr("delivery.yaml:3:"));
  EXPECT_EQ(CountRecords(dir_.path() / "team" / "salescoach.db").deliveries, 0);
}

// A call whose every utterance starts with markup, a header-like line and personal data
// (testdata/hostile/): whatever moment a report quotes, every format shows it escaped for that
// format and redacted, and the email carries it in its body, never as a header.
TEST(HostileTranscriptE2eTest, IsEscapedAndRedactedInEveryFormatAndTheEmail) {
  ScratchDir dir("hostile_e2e");
  const std::string data = std::string(SC_E2E_TESTDATA) + "/hostile/";
  ASSERT_EQ(RunSalescoach(dir.path(), "import crm " + data + "reps.csv").exit_code, 0);
  ASSERT_EQ(RunSalescoach(dir.path(), "import calls " + data + "call.json").exit_code, 0);
  ASSERT_EQ(RunSalescoach(dir.path(), "analyze").exit_code, 0);
  auto report = [&](const std::string& format) {
    CommandResult result = RunSalescoach(
        dir.path(), fmt::format("report --rep R-1 --as-of {} --format {}", kAsOf, format));
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return result.out;
  };
  const std::string md = report("md"), html = report("html"), card = report("card"),
                    text = report("json");
  for (const std::string* rendered : {&md, &html, &card, &text}) {
    EXPECT_THAT(*rendered, Not(HasSubstr("<script>")));
    EXPECT_THAT(*rendered, Not(HasSubstr("<b>")));
    EXPECT_THAT(*rendered, Not(HasSubstr("eve@evil.example")));
    EXPECT_THAT(*rendered, Not(HasSubstr("415-555-0132")));
  }
  EXPECT_THAT(md, HasSubstr("\\<script\\>alert(1)\\</script\\> Bcc: [email], call [phone]"));
  EXPECT_THAT(md, HasSubstr("Acme \\<b\\>discovery\\</b\\> call"));
  EXPECT_THAT(html, HasSubstr("&lt;script&gt;alert(1)&lt;/script&gt; Bcc: [email], call [phone]"));
  EXPECT_THAT(html, HasSubstr("Acme &lt;b&gt;discovery&lt;/b&gt; call"));
  // JSON carries the words as data: the parser gives them back, redacted, never as markup
  // (nlohmann escapes nothing more, so the check is on the parsed value).
  json document = json::parse(text);
  EXPECT_THAT(document["call_review"]["best_call"]["moment"]["quote"].get<std::string>(),
              HasSubstr("Bcc: [email], call [phone]"));

  SinkProcess sink("mail_sink.py", dir.path() / "smtp");
  ASSERT_TRUE(sink.running());
  CommandResult sent = RunSalescoach(
      dir.path(), fmt::format("send --rep R-1 --as-of {}", kAsOf),
      fmt::format(
          "SALESCOACH_SMTP_URL=smtp://127.0.0.1:{} SALESCOACH_SMTP_FROM=coach@northwind.example",
          sink.port()));
  ASSERT_EQ(sent.exit_code, 0) << sent.err;
  std::vector<json> messages = sink.Messages();
  ASSERT_EQ(messages.size(), 1u);
  const json& message = messages.front();
  EXPECT_EQ(Recipients(message), std::set<std::string>{"dana.reyes@northwind.example"});
  EXPECT_FALSE(message["headers"].contains("bcc"));
  EXPECT_EQ(message["defects"].size(), 0u) << message["defects"];
  const json* html_part = Part(message, "text/html");
  ASSERT_NE(html_part, nullptr);
  std::string html_body = (*html_part)["body"];
  EXPECT_THAT(html_body, HasSubstr("&lt;script&gt;alert(1)&lt;/script&gt; Bcc: [email]"));
  EXPECT_THAT(html_body, Not(HasSubstr("<script>")));
  EXPECT_THAT(message["raw"].get<std::string>(), Not(HasSubstr("eve@evil.example")));
  EXPECT_THAT(message["raw"].get<std::string>(), Not(HasSubstr("\nBcc:")));
}

}  // namespace
}  // namespace sc::e2e
