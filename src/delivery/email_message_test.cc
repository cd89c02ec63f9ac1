#include "delivery/email_message.h"

#include <string>
#include <string_view>

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "delivery/mime_encoding.h"

namespace sc::delivery {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

EmailMessage SmallMessage() {
  return EmailMessage{
      .from = {"Sales Coach", "coach@example.com"},
      .to = {{"Ana López", "ana.lopez@example.com"}},
      .cc = {},
      .subject = "Your coaching for the week of Nov 23",
      .text = "Hi Ana,\nWin rate = 43% 📈\n",
      .html = "<p>Hi Ana,</p>\n<p>Win rate = 43% 📈</p>\n",
      .message_id = "report.42@example.com",
  };
}

// The header section of a composed message (up to the first empty line).
std::string Headers(const std::string& message) {
  return message.substr(0, message.find("\r\n\r\n") + 2);
}

std::string BoundaryOf(const std::string& message) {
  const std::string marker = "boundary=\"";
  const std::size_t start = message.find(marker) + marker.size();
  return message.substr(start, message.find('"', start) - start);
}

// ---- CheckAddress ----

TEST(CheckAddressTest, AcceptsPlausibleAddresses) {
  for (std::string_view address :
       {"ana.lopez@example.com", "a+weekly@mail.example.co.uk", "o'brien@example.com",
        "first_last@ex-ample.com", "x@localhost", "9@9.io"}) {
    EXPECT_TRUE(CheckAddress(address).ok()) << address << ": " << CheckAddress(address).ToString();
  }
}

struct BadAddress {
  std::string name;
  std::string address;
  std::string message;
};

TEST(CheckAddressTest, RefusesEachKindOfBadInputWithTheReason) {
  const BadAddress cases[] = {
      {"empty", "", R"(address "" is empty)"},
      {"no_at", "ana.example.com", R"(address "ana.example.com" has no '@')"},
      {"two_at", "ana@lopez@example.com",
       R"(address "ana@lopez@example.com" has more than one '@')"},
      {"empty_local", "@example.com", R"(address "@example.com" has nothing before the '@')"},
      {"empty_domain", "ana@", R"(address "ana@" has nothing after the '@')"},
      {"space", "ana lopez@example.com", R"(address "ana lopez@example.com" contains a space)"},
      {"cr", "ana@example.com\r",
       R"(address "ana@example.com\r" contains a control character (CR))"},
      {"lf", "ana@example.com\nBcc: evil@x.com",
       R"(address "ana@example.com\nBcc: evil@x.com" contains a control character (LF))"},
      {"nul", std::string("ana\0@example.com", 16),
       R"(address "ana\x00@example.com" contains a control character (NUL))"},
      {"tab", "ana\t@example.com",
       R"(address "ana\t@example.com" contains a control character (TAB))"},
      {"less_than", "<ana@example.com>",
       R"(address "<ana@example.com>" contains '<', which an address may not)"},
      {"greater_than", "ana@example.com>",
       R"(address "ana@example.com>" contains '>', which an address may not)"},
      {"comma", "ana@example.com,bob@example.com",
       R"(address "ana@example.com,bob@example.com" contains ',', which an address may not)"},
      {"quote", "\"ana\"@example.com",
       R"(address "\"ana\"@example.com" contains '"', which an address may not)"},
      {"non_ascii", "josé@example.com",
       R"(address "josé@example.com" contains a non-ASCII character)"},
      {"latin1", "jos\xE9@example.com",
       R"(address "jos\xE9@example.com" contains a non-ASCII character)"},
      {"underscore_label", "ana@ex_ample.com",
       R"(address "ana@ex_ample.com" has '_' in its domain,)"
       R"( where only letters, digits, '-' and '.' belong)"},
      {"empty_label", "ana@example..com",
       R"(address "ana@example..com" has an empty label in its domain)"},
      {"trailing_dot", "ana@example.com.",
       R"(address "ana@example.com." has an empty label in its domain)"},
      {"hyphen_label", "ana@-example.com",
       R"(address "ana@-example.com" has a domain label that starts or ends with '-')"},
      {"long_label", fmt::format("ana@{}.com", std::string(64, 'd')),
       fmt::format("address \"ana@{}.com\" has a domain label longer than 63 characters",
                   std::string(64, 'd'))},
      {"too_long", fmt::format("{}@example.com", std::string(243, 'a')),
       fmt::format("address \"{}@example.com\" is longer than 254 characters",
                   std::string(243, 'a'))},
  };
  for (const BadAddress& bad : cases) {
    SCOPED_TRACE(bad.name);
    const Status status = CheckAddress(bad.address);
    EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(status.message(), bad.message);
  }
  // 254 characters is still allowed.
  EXPECT_TRUE(CheckAddress(fmt::format("{}@example.com", std::string(242, 'a'))).ok());
}

// ---- ComposeEmail ----

TEST(ComposeEmailTest, WritesAMultipartMessageExactly) {
  const Result<std::string> message = ComposeEmail(SmallMessage());
  ASSERT_TRUE(message.ok()) << message.status().ToString();
  // The boundary is FNV-1a 64 of "0", the text, NUL and the html, worked out separately.
  EXPECT_EQ(*message,
            "From: Sales Coach <coach@example.com>\r\n"
            "To: =?UTF-8?B?QW5hIEzDs3Bleg==?= <ana.lopez@example.com>\r\n"
            "Subject: Your coaching for the week of Nov 23\r\n"
            "Message-ID: <report.42@example.com>\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: multipart/alternative; boundary=\"=_sc_7e5ac7798e556161\"\r\n"
            "\r\n"
            "--=_sc_7e5ac7798e556161\r\n"
            "Content-Type: text/plain; charset=UTF-8\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n"
            "\r\n"
            "Hi Ana,\r\n"
            "Win rate =3D 43% =F0=9F=93=88\r\n"
            "\r\n"
            "--=_sc_7e5ac7798e556161\r\n"
            "Content-Type: text/html; charset=UTF-8\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n"
            "\r\n"
            "<p>Hi Ana,</p>\r\n"
            "<p>Win rate =3D 43% =F0=9F=93=88</p>\r\n"
            "\r\n"
            "--=_sc_7e5ac7798e556161--\r\n");
}

TEST(ComposeEmailTest, IsTheSameEveryTime) {
  EXPECT_EQ(*ComposeEmail(SmallMessage()), *ComposeEmail(SmallMessage()));
}

TEST(ComposeEmailTest, WritesASinglePartWhenThereIsNoHtml) {
  EmailMessage input = SmallMessage();
  input.from = {"", "coach@example.com"};
  input.to = {{"", "ana.lopez@example.com"}};
  input.subject = "Hi";
  input.text = "Hello";
  input.html.clear();
  const Result<std::string> message = ComposeEmail(input);
  ASSERT_TRUE(message.ok()) << message.status().ToString();
  EXPECT_EQ(*message,
            "From: coach@example.com\r\n"
            "To: ana.lopez@example.com\r\n"
            "Subject: Hi\r\n"
            "Message-ID: <report.42@example.com>\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=UTF-8\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n"
            "\r\n"
            "Hello\r\n");
}

TEST(ComposeEmailTest, WritesCcOnlyWhenThereIsOne) {
  EXPECT_THAT(Headers(*ComposeEmail(SmallMessage())), Not(HasSubstr("Cc:")));

  EmailMessage input = SmallMessage();
  input.cc = {{"Marta Ruiz", "marta.ruiz@example.com"}};
  EXPECT_THAT(Headers(*ComposeEmail(input)), HasSubstr("<ana.lopez@example.com>\r\n"
                                                       "Cc: Marta Ruiz <marta.ruiz@example.com>\r\n"
                                                       "Subject: "));
}

TEST(ComposeEmailTest, FoldsSeveralRecipientsOnePerLine) {
  EmailMessage input = SmallMessage();
  input.to = {{"Ana", "ana@example.com"}, {"", "bob@example.com"}, {"Chen Wei", "c@example.com"}};
  EXPECT_THAT(*ComposeEmail(input), HasSubstr("\r\nTo: Ana <ana@example.com>,\r\n"
                                              " bob@example.com,\r\n"
                                              " Chen Wei <c@example.com>\r\nSubject: "));
}

TEST(ComposeEmailTest, QuotesAsciiDisplayNamesWithSpecials) {
  struct Case {
    std::string name;
    std::string written;
  };
  const Case cases[] = {
      {"O'Brien-Smith", "O'Brien-Smith"},
      {"Lopez, Ana", R"("Lopez, Ana")"},
      {"Dr. Ana Lopez", R"("Dr. Ana Lopez")"},
      {R"(Ana "The Closer" Lopez)", R"("Ana \"The Closer\" Lopez")"},
      {R"(back\slash)", R"("back\\slash")"},
      {"Ana  Lopez", R"("Ana  Lopez")"},
      {"ana@example.com", R"("ana@example.com")"},
  };
  for (const Case& name_case : cases) {
    SCOPED_TRACE(name_case.name);
    EmailMessage input = SmallMessage();
    input.to = {{name_case.name, "ana@example.com"}};
    EXPECT_THAT(*ComposeEmail(input),
                HasSubstr(fmt::format("\r\nTo: {} <ana@example.com>\r\n", name_case.written)));
  }
}

TEST(ComposeEmailTest, EncodesANonAsciiSubject) {
  EmailMessage input = SmallMessage();
  input.subject = "Tu coaching: acción";
  EXPECT_THAT(
      *ComposeEmail(input),
      HasSubstr(fmt::format("\r\nSubject: {}\r\n", EncodeHeaderWord("Tu coaching: acción"))));
}

struct Refusal {
  std::string name;
  EmailMessage message;
  std::string expected_message;
};

// Every header value is validated and the whole message refused, never cleaned: a CR or LF in
// any of them would otherwise end the header and let the value add its own ("Bcc: ...").
TEST(ComposeEmailTest, RefusesHeaderInjectionNamingTheHeader) {
  std::vector<Refusal> cases;
  auto with = [&](std::string name, auto change, std::string expected) {
    EmailMessage message = SmallMessage();
    change(message);
    cases.push_back({std::move(name), std::move(message), std::move(expected)});
  };
  with(
      "subject_crlf", [](EmailMessage& m) { m.subject = "Weekly\r\nBcc: evil@x.com"; },
      R"(Subject: "Weekly\r\nBcc: evil@x.com" contains CR;)"
      R"( a header value may not hold CR, LF or NUL)");
  with(
      "subject_lf", [](EmailMessage& m) { m.subject = "Weekly\nBcc: evil@x.com"; },
      R"(Subject: "Weekly\nBcc: evil@x.com" contains LF;)"
      R"( a header value may not hold CR, LF or NUL)");
  with(
      "subject_nul", [](EmailMessage& m) { m.subject = std::string("Weekly\0", 7); },
      R"(Subject: "Weekly\x00" contains NUL; a header value may not hold CR, LF or NUL)");
  with(
      "to_display_name",
      [](EmailMessage& m) {
        m.to = {{"Ana\r\nBcc: evil@x.com", "ana@example.com"}};
      },
      R"(To: display name "Ana\r\nBcc: evil@x.com" contains CR;)"
      R"( a header value may not hold CR, LF or NUL)");
  with(
      "from_display_name", [](EmailMessage& m) { m.from.name = "Coach\nBcc: evil@x.com"; },
      R"(From: display name "Coach\nBcc: evil@x.com" contains LF;)"
      R"( a header value may not hold CR, LF or NUL)");
  with(
      "cc_address",
      [](EmailMessage& m) {
        m.cc = {{"Marta", "marta@example.com\r\nBcc: evil@x.com"}};
      },
      R"(Cc: address "marta@example.com\r\nBcc: evil@x.com" contains a control character (CR))");
  with(
      "to_address_second",
      [](EmailMessage& m) {
        m.to.push_back({"Bob", "bob@example.com>, evil@x.com"});
      },
      R"(To: address "bob@example.com>, evil@x.com" contains '>', which an address may not)");
  with(
      "message_id", [](EmailMessage& m) { m.message_id = "report.42@example.com\r\nBcc: e@x.com"; },
      R"(Message-ID: "report.42@example.com\r\nBcc: e@x.com" contains CR;)"
      R"( a header value may not hold CR, LF or NUL)");
  for (const Refusal& refusal : cases) {
    SCOPED_TRACE(refusal.name);
    const Result<std::string> message = ComposeEmail(refusal.message);
    ASSERT_FALSE(message.ok()) << "composed:\n" << *message;
    EXPECT_EQ(message.status().code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(message.status().message(), refusal.expected_message);
  }
}

TEST(ComposeEmailTest, RefusesMissingOrMalformedParts) {
  std::vector<Refusal> cases;
  auto with = [&](std::string name, auto change, std::string expected) {
    EmailMessage message = SmallMessage();
    change(message);
    cases.push_back({std::move(name), std::move(message), std::move(expected)});
  };
  with(
      "no_to", [](EmailMessage& m) { m.to.clear(); }, "To: no recipient");
  with(
      "empty_from", [](EmailMessage& m) { m.from = {}; }, R"(From: address "" is empty)");
  with(
      "bad_to",
      [](EmailMessage& m) {
        m.to = {{"Ana", "ana.example.com"}};
      },
      R"(To: address "ana.example.com" has no '@')");
  with(
      "no_text", [](EmailMessage& m) { m.text.clear(); },
      "text/plain part: empty; every message needs a text body");
  with(
      "no_message_id", [](EmailMessage& m) { m.message_id.clear(); },
      "Message-ID: missing; every message needs one (MessageIdFor)");
  with(
      "message_id_brackets", [](EmailMessage& m) { m.message_id = "<report.42@example.com>"; },
      R"(Message-ID: "<report.42@example.com>" must be given without angle brackets)");
  with(
      "message_id_no_at", [](EmailMessage& m) { m.message_id = "report.42"; },
      R"(Message-ID: "report.42" is not id@domain with exactly one '@')");
  with(
      "message_id_space", [](EmailMessage& m) { m.message_id = "report 42@example.com"; },
      R"(Message-ID: "report 42@example.com" has a part before the '@' that is not a dot-atom)"
      R"( (letters, digits, !#$%&'*+-/=?^_`{|}~ and single dots))");
  with(
      "message_id_domain", [](EmailMessage& m) { m.message_id = "report.42@ex_ample.com"; },
      R"(Message-ID: "report.42@ex_ample.com" has '_' in its domain,)"
      R"( where only letters, digits, '-' and '.' belong)");
  with(
      "subject_latin1", [](EmailMessage& m) { m.subject = "Acci\xF3n"; },
      R"(Subject: "Acci\xF3n" is not valid UTF-8 (byte 4))");
  with(
      "html_latin1", [](EmailMessage& m) { m.html = "<p>Acci\xF3n</p>"; },
      "text/html part: not valid UTF-8 (byte 7 of 13)");
  with(
      "subject_too_long", [](EmailMessage& m) { m.subject = std::string(990, 's'); },
      "Subject: a header line of 999 characters is longer than the 998 a message may have");
  for (const Refusal& refusal : cases) {
    SCOPED_TRACE(refusal.name);
    const Result<std::string> message = ComposeEmail(refusal.message);
    ASSERT_FALSE(message.ok()) << "composed:\n" << *message;
    EXPECT_EQ(message.status().code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(message.status().message(), refusal.expected_message);
  }
}

TEST(ComposeEmailTest, BoundaryOccursInNeitherPart) {
  EmailMessage input = SmallMessage();
  input.text = "--=_sc_\n--\n=_sc_0000000000000000\nplain text\n";
  input.html = "<p>--=_sc_ and =_</p>\n";
  const Result<std::string> message = ComposeEmail(input);
  ASSERT_TRUE(message.ok()) << message.status().ToString();
  const std::string boundary = BoundaryOf(*message);
  ASSERT_THAT(boundary, StartsWith("=_sc_"));
  EXPECT_EQ(boundary.size(), 21u);
  for (const std::string& part :
       {input.text, input.html, QuotedPrintable(input.text), QuotedPrintable(input.html)}) {
    EXPECT_THAT(part, Not(HasSubstr(boundary)));
  }
}

TEST(ComposeEmailTest, ABodyLineCanNeverBecomeAHeader) {
  EmailMessage input = SmallMessage();
  input.text = "Hi Ana,\nBcc: someone@evil.com\n\nSubject: changed\n";
  input.html.clear();
  const std::string message = *ComposeEmail(input);
  EXPECT_THAT(Headers(message), Not(HasSubstr("Bcc")));
  EXPECT_THAT(Headers(message), HasSubstr("Subject: Your coaching for the week of Nov 23\r\n"));
  EXPECT_THAT(message, HasSubstr("\r\n\r\nHi Ana,\r\nBcc: someone@evil.com\r\n\r\nSubject: "
                                 "changed\r\n"));
}

TEST(ComposeEmailTest, CarriesHtmlAsGiven) {
  // Escaping is the renderer's job (report/html_report.h escapes every value): the composer
  // only encodes for transport, so markup it is given arrives as it was given.
  EmailMessage input = SmallMessage();
  input.html = "<p>Quote: <script>alert(1)</script></p>\n";
  EXPECT_THAT(*ComposeEmail(input),
              HasSubstr("\r\n\r\n<p>Quote: <script>alert(1)</script></p>\r\n"));
}

// ---- WithDate and MessageIdFor ----

TEST(WithDateTest, PutsAnRfc5322DateFirst) {
  const std::string composed = *ComposeEmail(SmallMessage());
  EXPECT_EQ(WithDate(composed, *Timestamp::Parse("2026-11-24T18:30:00Z")),
            fmt::format("Date: Tue, 24 Nov 2026 18:30:00 +0000\r\n{}", composed));
  EXPECT_EQ(WithDate("", *Timestamp::Parse("2026-03-01T04:05:06Z")),
            "Date: Sun, 01 Mar 2026 04:05:06 +0000\r\n");
  EXPECT_EQ(WithDate("", Timestamp::FromSeconds(0)), "Date: Thu, 01 Jan 1970 00:00:00 +0000\r\n");
  EXPECT_EQ(WithDate("", Timestamp::FromSeconds(-1)), "Date: Wed, 31 Dec 1969 23:59:59 +0000\r\n");
}

TEST(MessageIdForTest, IsKindSnapshotAtTheSenderDomain) {
  EXPECT_EQ(MessageIdFor("report", 42, "coach@example.com"), "report.42@example.com");
  EXPECT_EQ(MessageIdFor("follow-up", 7, "coach@mail.example.com"), "follow-up.7@mail.example.com");
  EXPECT_NE(MessageIdFor("report", 42, "coach@example.com"),
            MessageIdFor("report", 43, "coach@example.com"));

  EmailMessage input = SmallMessage();
  input.message_id = MessageIdFor("report", 42, input.from.address);
  EXPECT_TRUE(ComposeEmail(input).ok());
}

}  // namespace
}  // namespace sc::delivery
