// The e-mail a report is delivered in: an RFC 5322 message with a plain-text part and, when
// there is one, an HTML alternative (RFC 2046 multipart/alternative), ready for SMTP DATA.
//
// Composing is pure: no clock (the channel adds the Date header when it sends, WithDate), no
// randomness (the MIME boundary and the Message-ID are derived from the inputs, so composing
// the same message twice gives the same bytes and a retried send can be recognised). Header
// values are validated, never cleaned: a CR, LF or NUL in a name, address, subject or id is a
// header injection attempt and the whole message is refused, naming the header. Bodies are
// carried as they are, quoted-printable encoded, so no body text can ever become a header.
// Pure and thread-safe.
//
//   EmailMessage message{.from = {"Sales Coach", "coach@example.com"},
//                        .to = {{"Ana López", "ana.lopez@example.com"}},
//                        .subject = "Your coaching for this week", .text = markdown,
//                        .html = html,
//                        .message_id = MessageIdFor("report", 42, "coach@example.com")};
//   SC_ASSIGN_OR_RETURN(std::string data, ComposeEmail(message));
//   ... then, at send time, the channel transmits WithDate(data, sent_at).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/result.h"
#include "base/status.h"

namespace sc::delivery {

struct EmailAddress {
  std::string name;     // display name, may be empty; any UTF-8
  std::string address;  // addr-spec, e.g. "ana.lopez@example.com"
};

// Ok when `address` is a plausible addr-spec: exactly one '@', a non-empty local part and a
// domain of dot-separated labels (letters, digits, hyphens; no label empty, none starting or
// ending with '-', none longer than 63), printable ASCII only, no white space, no control byte
// (CR, LF, NUL, TAB, ...), none of <>(),;:\"[] ; at most 254 characters. Otherwise
// kInvalidArgument with a message that shows the address quoted and escaped (so "\r" and "\n"
// are visible) and says what is wrong, for example
//   address "ana lopez@example.com" contains a space
//   address "ana@example..com" has an empty label in its domain
Status CheckAddress(std::string_view address);

struct EmailMessage {
  EmailAddress from;
  std::vector<EmailAddress> to;
  std::vector<EmailAddress> cc;
  std::string subject;     // UTF-8, one line
  std::string text;        // the text/plain part (UTF-8), required
  std::string html;        // the text/html part (UTF-8); empty: a single text/plain message
  std::string message_id;  // without angle brackets, "id@domain"; required
};

// The message as RFC 5322 text with CRLF line ends, ending with CRLF, WITHOUT a Date header (the
// channel adds one when it sends: see WithDate). Headers, in this order: From, To, Cc (only when
// there is one), Subject, Message-ID (<...>), MIME-Version: 1.0, then either
//   - Content-Type: multipart/alternative; boundary="=_sc_<16 hex digits>", the boundary derived
//     from a hash of the parts and checked against both (it cannot occur in quoted-printable
//     text anyway, which never holds "=_"), with the text/plain part first and the text/html
//     part second, each with charset=UTF-8 and Content-Transfer-Encoding: quoted-printable; or
//   - when `html` is empty, a single text/plain part (charset=UTF-8, quoted-printable).
// Several recipients are written one per line (folded after each comma). Display names and the
// subject go through EncodeHeaderWord; an ASCII display name that is not a plain run of words
// (it holds specials such as , . " @ or odd spaces) is written as a quoted-string with '"' and
// '\' escaped; an empty one leaves the bare address.
//
// Returns kInvalidArgument, with a message that starts with the header or part it is about
// ("From: ", "To: ", "Cc: ", "Subject: ", "Message-ID: ", "text/plain part: ",
// "text/html part: "), when:
//   - a display name, the subject or the message id contains CR, LF or NUL;
//   - an address fails CheckAddress;
//   - there is no To recipient, or no message_id, or message_id is not a dot-atom "@" a domain
//     (as CheckAddress reads domains);
//   - the subject, a display name, the text or the html is not valid UTF-8;
//   - the text is empty;
//   - a header line would be longer than 998 characters (RFC 5322 section 2.1.1), which only a
//     very long ASCII subject or display name can do.
// Nothing is composed on failure.
Result<std::string> ComposeEmail(const EmailMessage& message);

// `message` (from ComposeEmail) with a Date header for `at` in RFC 5322 format, UTC, put first:
// "Date: Tue, 24 Nov 2026 18:30:00 +0000" and CRLF.
std::string WithDate(std::string_view message, Timestamp at);

// The Message-ID for a delivery of `kind` (for example "report") of snapshot `snapshot_id`:
// "<kind>.<snapshot_id>@<domain>", where the domain is the part of `from_address` after its last
// '@' (all of it when there is none). It has no attempt counter, clock or random part, so every
// retry of one delivery carries the same id and a receiving system can tell a duplicate; two
// kinds for one snapshot, or two snapshots, never share an id. `kind` should be letters, digits
// and '-': ComposeEmail refuses an id that is not a dot-atom at a domain.
//   MessageIdFor("report", 42, "coach@example.com") == "report.42@example.com"
std::string MessageIdFor(std::string_view kind, std::int64_t snapshot_id,
                         std::string_view from_address);

}  // namespace sc::delivery
