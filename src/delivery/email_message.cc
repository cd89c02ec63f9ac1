#include "delivery/email_message.h"

#include <array>
#include <cstddef>
#include <optional>

#include <fmt/format.h>

#include "base/text.h"
#include "delivery/mime_encoding.h"

namespace sc::delivery {
namespace {

constexpr std::size_t kMaxAddressLength = 254;  // RFC 5321 section 4.5.3.1.3, less the "<>"
constexpr std::size_t kMaxLabelLength = 63;     // RFC 1035 section 2.3.4
constexpr std::size_t kMaxHeaderLine = 998;     // RFC 5322 section 2.1.1, without the CRLF
constexpr std::string_view kAddressSpecials = "<>(),;:\\\"[]";
constexpr std::string_view kQuotedPrintableUtf8 =
    "charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n";

constexpr std::array<std::string_view, 7> kWeekdays = {"Mon", "Tue", "Wed", "Thu",
                                                       "Fri", "Sat", "Sun"};
constexpr std::array<std::string_view, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

bool IsControl(unsigned char byte) { return byte < 0x20 || byte == 0x7F; }

bool IsLetterOrDigit(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// RFC 5322 section 3.2.3: the characters an atom is made of.
bool IsAtext(char c) {
  return IsLetterOrDigit(c) ||
         std::string_view("!#$%&'*+-/=?^_`{|}~").find(c) != std::string_view::npos;
}

// `text` in double quotes with CR, LF, TAB, '"' and '\' escaped C-style and every other control
// byte as \xNN (and bytes 0x80 and above too when `text` is not valid UTF-8), so that a message
// shows exactly what was given.
std::string Quoted(std::string_view text) {
  const bool valid_utf8 = !FindInvalidUtf8(text).has_value();
  std::string out = "\"";
  for (char c : text) {
    const unsigned char byte = static_cast<unsigned char>(c);
    switch (c) {
      case '\r':
        out += "\\r";
        continue;
      case '\n':
        out += "\\n";
        continue;
      case '\t':
        out += "\\t";
        continue;
      case '"':
        out += "\\\"";
        continue;
      case '\\':
        out += "\\\\";
        continue;
      default:
        break;
    }
    if (IsControl(byte) || (byte >= 0x80 && !valid_utf8)) {
      out += fmt::format("\\x{:02X}", byte);
    } else {
      out += c;
    }
  }
  out += '"';
  return out;
}

// "CR", "LF", "NUL", "TAB" or "0x1B": a control byte named for a message.
std::string ControlName(unsigned char byte) {
  switch (byte) {
    case '\r':
      return "CR";
    case '\n':
      return "LF";
    case '\0':
      return "NUL";
    case '\t':
      return "TAB";
    default:
      return fmt::format("0x{:02X}", byte);
  }
}

// What is wrong with `domain` (non-empty) as a domain name, phrased to follow the address or id,
// or nullopt when it is a plausible one.
std::optional<std::string> DomainProblem(std::string_view domain) {
  for (std::string_view label : Split(domain, '.')) {
    if (label.empty()) return "has an empty label in its domain";
    if (label.size() > kMaxLabelLength) {
      return fmt::format("has a domain label longer than {} characters", kMaxLabelLength);
    }
    for (char c : label) {
      if (!IsLetterOrDigit(c) && c != '-') {
        return fmt::format("has '{}' in its domain, where only letters, digits, '-' and '.' belong",
                           c);
      }
    }
    if (label.front() == '-' || label.back() == '-') {
      return "has a domain label that starts or ends with '-'";
    }
  }
  return std::nullopt;
}

// Refuses a header value (or a part of one, named by `what`) that holds CR, LF or NUL, which
// would end the header and start another, or that is not valid UTF-8.
Status CheckHeaderText(std::string_view header, std::string_view what, std::string_view value) {
  for (char c : value) {
    if (c == '\r' || c == '\n' || c == '\0') {
      return Status::InvalidArgument(
          fmt::format("{}: {}{} contains {}; a header value may not hold CR, LF or NUL", header,
                      what, Quoted(value), ControlName(static_cast<unsigned char>(c))));
    }
  }
  if (std::optional<std::size_t> bad = FindInvalidUtf8(value)) {
    return Status::InvalidArgument(
        fmt::format("{}: {}{} is not valid UTF-8 (byte {})", header, what, Quoted(value), *bad));
  }
  return Status::Ok();
}

Status CheckBody(std::string_view part, std::string_view body) {
  if (std::optional<std::size_t> bad = FindInvalidUtf8(body)) {
    return Status::InvalidArgument(
        fmt::format("{} part: not valid UTF-8 (byte {} of {})", part, *bad, body.size()));
  }
  return Status::Ok();
}

Status CheckMessageId(std::string_view id) {
  if (id.empty()) {
    return Status::InvalidArgument("Message-ID: missing; every message needs one (MessageIdFor)");
  }
  SC_RETURN_IF_ERROR(CheckHeaderText("Message-ID", "", id));
  auto invalid = [id](std::string_view problem) {
    return Status::InvalidArgument(fmt::format("Message-ID: {} {}", Quoted(id), problem));
  };
  if (id.starts_with('<')) return invalid("must be given without angle brackets");
  const std::size_t at = id.find('@');
  if (at == std::string_view::npos || id.find('@', at + 1) != std::string_view::npos) {
    return invalid("is not id@domain with exactly one '@'");
  }
  const std::string_view left = id.substr(0, at);
  bool dot_atom = !left.empty() && !left.starts_with('.') && !left.ends_with('.') &&
                  left.find("..") == std::string_view::npos;
  for (char c : left) {
    if (!IsAtext(c) && c != '.') dot_atom = false;
  }
  if (!dot_atom) {
    return invalid(
        "has a part before the '@' that is not a dot-atom (letters, digits, "
        "!#$%&'*+-/=?^_`{|}~ and single dots)");
  }
  const std::string_view domain = id.substr(at + 1);
  if (domain.empty()) return invalid("has nothing after the '@'");
  if (std::optional<std::string> problem = DomainProblem(domain)) return invalid(*problem);
  return Status::Ok();
}

// A display name as an RFC 5322 phrase: encoded words when it is not printable ASCII (or looks
// like an encoded word), as it is when it is plain atoms separated by single spaces, otherwise a
// quoted-string.
std::string Phrase(std::string_view name) {
  std::string encoded = EncodeHeaderWord(name);
  if (encoded != name) return encoded;
  bool atoms =
      !name.starts_with(' ') && !name.ends_with(' ') && name.find("  ") == std::string_view::npos;
  for (char c : name) {
    if (c != ' ' && !IsAtext(c)) atoms = false;
  }
  if (atoms) return encoded;
  std::string quoted = "\"";
  for (char c : name) {
    if (c == '"' || c == '\\') quoted += '\\';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

Result<std::string> Mailbox(std::string_view header, const EmailAddress& mailbox) {
  SC_RETURN_IF_ERROR(CheckHeaderText(header, "display name ", mailbox.name));
  Status address = CheckAddress(mailbox.address);
  if (!address.ok()) return address.WithContext(header);
  if (mailbox.name.empty()) return mailbox.address;
  return fmt::format("{} <{}>", Phrase(mailbox.name), mailbox.address);
}

// The mailboxes, one per line: folding after each comma keeps long lists within line limits.
Result<std::string> MailboxList(std::string_view header, const std::vector<EmailAddress>& list) {
  std::string out;
  for (const EmailAddress& mailbox : list) {
    SC_ASSIGN_OR_RETURN(std::string text, Mailbox(header, mailbox));
    if (!out.empty()) out += ",\r\n ";
    out += text;
  }
  return out;
}

// Appends "name: value" CRLF, refusing a line longer than RFC 5322 allows.
Status AppendHeader(std::string_view name, std::string_view value, std::string& out) {
  const std::string field = fmt::format("{}: {}", name, value);
  for (std::string_view line : Split(field, '\n')) {
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (line.size() > kMaxHeaderLine) {
      return Status::InvalidArgument(
          fmt::format("{}: a header line of {} characters is longer "
                      "than the {} a message may have",
                      name, line.size(), kMaxHeaderLine));
    }
  }
  out += field;
  out += "\r\n";
  return Status::Ok();
}

std::uint64_t Fnv1a(std::string_view bytes, std::uint64_t hash) {
  for (char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  return hash;
}

// A multipart boundary that occurs in neither part, raw or encoded. It starts with "=_", which
// quoted-printable never writes ("=" always begins "=XX" or a soft break), so the first
// candidate is free unless a raw part quotes it; the loop is the check the RFC asks for.
std::string Boundary(const EmailMessage& message, std::string_view text_qp,
                     std::string_view html_qp) {
  for (std::uint64_t attempt = 0;; ++attempt) {
    std::uint64_t hash = Fnv1a(fmt::format("{}", attempt), 14695981039346656037ULL);
    hash = Fnv1a(message.text, hash);
    hash = Fnv1a(std::string_view("\0", 1), hash);
    hash = Fnv1a(message.html, hash);
    const std::string boundary = fmt::format("=_sc_{:016x}", hash);
    bool free = true;
    for (std::string_view part :
         {std::string_view(message.text), std::string_view(message.html), text_qp, html_qp}) {
      if (part.find(boundary) != std::string_view::npos) free = false;
    }
    if (free) return boundary;
  }
}

}  // namespace

Status CheckAddress(std::string_view address) {
  auto invalid = [address](std::string_view problem) {
    return Status::InvalidArgument(fmt::format("address {} {}", Quoted(address), problem));
  };
  if (address.empty()) return invalid("is empty");
  for (char c : address) {
    const unsigned char byte = static_cast<unsigned char>(c);
    if (IsControl(byte)) {
      return invalid(fmt::format("contains a control character ({})", ControlName(byte)));
    }
    if (byte >= 0x80) return invalid("contains a non-ASCII character");
    if (c == ' ') return invalid("contains a space");
    if (kAddressSpecials.find(c) != std::string_view::npos) {
      return invalid(fmt::format("contains '{}', which an address may not", c));
    }
  }
  if (address.size() > kMaxAddressLength) {
    return invalid(fmt::format("is longer than {} characters", kMaxAddressLength));
  }
  const std::size_t at = address.find('@');
  if (at == std::string_view::npos) return invalid("has no '@'");
  if (address.find('@', at + 1) != std::string_view::npos) return invalid("has more than one '@'");
  if (at == 0) return invalid("has nothing before the '@'");
  if (at + 1 == address.size()) return invalid("has nothing after the '@'");
  if (std::optional<std::string> problem = DomainProblem(address.substr(at + 1))) {
    return invalid(*problem);
  }
  return Status::Ok();
}

Result<std::string> ComposeEmail(const EmailMessage& message) {
  SC_ASSIGN_OR_RETURN(const std::string from, Mailbox("From", message.from));
  if (message.to.empty()) return Status::InvalidArgument("To: no recipient");
  SC_ASSIGN_OR_RETURN(const std::string to, MailboxList("To", message.to));
  SC_ASSIGN_OR_RETURN(const std::string cc, MailboxList("Cc", message.cc));
  SC_RETURN_IF_ERROR(CheckHeaderText("Subject", "", message.subject));
  SC_RETURN_IF_ERROR(CheckMessageId(message.message_id));
  if (message.text.empty()) {
    return Status::InvalidArgument("text/plain part: empty; every message needs a text body");
  }
  SC_RETURN_IF_ERROR(CheckBody("text/plain", message.text));
  SC_RETURN_IF_ERROR(CheckBody("text/html", message.html));

  std::string out;
  SC_RETURN_IF_ERROR(AppendHeader("From", from, out));
  SC_RETURN_IF_ERROR(AppendHeader("To", to, out));
  if (!cc.empty()) SC_RETURN_IF_ERROR(AppendHeader("Cc", cc, out));
  SC_RETURN_IF_ERROR(AppendHeader("Subject", EncodeHeaderWord(message.subject), out));
  SC_RETURN_IF_ERROR(AppendHeader("Message-ID", fmt::format("<{}>", message.message_id), out));
  out += "MIME-Version: 1.0\r\n";

  const std::string text_qp = QuotedPrintable(message.text);
  if (message.html.empty()) {
    out += fmt::format("Content-Type: text/plain; {}\r\n{}", kQuotedPrintableUtf8, text_qp);
    if (!out.ends_with("\r\n")) out += "\r\n";
    return out;
  }
  const std::string html_qp = QuotedPrintable(message.html);
  const std::string boundary = Boundary(message, text_qp, html_qp);
  out += fmt::format("Content-Type: multipart/alternative; boundary=\"{}\"\r\n\r\n", boundary);
  // The CRLF before each "--boundary" belongs to the delimiter (RFC 2046 section 5.1.1), so a
  // part's content is exactly its encoded body.
  out += fmt::format("--{}\r\nContent-Type: text/plain; {}\r\n{}\r\n", boundary,
                     kQuotedPrintableUtf8, text_qp);
  out += fmt::format("--{}\r\nContent-Type: text/html; {}\r\n{}\r\n", boundary,
                     kQuotedPrintableUtf8, html_qp);
  out += fmt::format("--{}--\r\n", boundary);
  return out;
}

std::string WithDate(std::string_view message, Timestamp at) {
  const Date date = at.date();
  const std::int64_t in_day = at.seconds() - Timestamp::StartOf(date).seconds();
  return fmt::format("Date: {}, {:02d} {} {:04d} {:02d}:{:02d}:{:02d} +0000\r\n{}",
                     kWeekdays[date.weekday()], date.day(), kMonths[date.month() - 1], date.year(),
                     in_day / 3600, in_day / 60 % 60, in_day % 60, message);
}

std::string MessageIdFor(std::string_view kind, std::int64_t snapshot_id,
                         std::string_view from_address) {
  const std::size_t at = from_address.rfind('@');
  const std::string_view domain =
      at == std::string_view::npos ? from_address : from_address.substr(at + 1);
  return fmt::format("{}.{}@{}", kind, snapshot_id, domain);
}

}  // namespace sc::delivery
