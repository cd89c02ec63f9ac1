// Transfer encodings for e-mail: quoted-printable bodies (RFC 2045), encoded-word header text
// (RFC 2047) and base64. Each turns UTF-8 text into short lines of printable ASCII that every
// mail transport carries unchanged, so a message composed with them arrives exactly as it was
// written. The encoders never fail and never look at what the text means: validating header
// values is the composer's job (email_message.h). Pure and thread-safe.
//
//   QuotedPrintable("Win rate = 43% 📈\n") == "Win rate =3D 43% =F0=9F=93=88\r\n"
//   EncodeHeaderWord("Ana López") == "=?UTF-8?B?QW5hIEzDs3Bleg==?="
#pragma once

#include <string>
#include <string_view>

namespace sc::delivery {

// Standard base64 (RFC 4648 section 4, with "=" padding) of `bytes`, on one line.
std::string Base64(std::string_view bytes);

// The quoted-printable form (RFC 2045 section 6.7) of a text body. Input lines may end in LF or
// CRLF; every line ending becomes CRLF, and a last line without one stays without one. A CR that
// does not end a line, "=", every other control byte except TAB, bytes 0x7F and above, and a
// TAB or space that ends a line are written as "=XX" (upper-case hex). Soft line breaks ("="
// CRLF) keep every output line at most 76 characters and never split an "=XX". A "." at the
// start of an output line becomes "=2E" and "From " there becomes "=46rom ", so neither an SMTP
// server (a lone ".") nor an mbox file (">From ") can change the line. Decoding gives back the
// input with CRLF line ends.
std::string QuotedPrintable(std::string_view utf8);

// Header text for an unstructured header value or a display name. Returns `utf8` unchanged when
// it is printable ASCII (0x20..0x7E) and holds no "=?" (which a reader would take for the start
// of an encoded word). Otherwise returns RFC 2047 encoded words "=?UTF-8?B?...?=" of at most 75
// characters each, split only between whole UTF-8 characters (a malformed sequence is split
// wherever it must be) and, where one is near, just after a space, joined with CRLF and a space
// so that the header folds between them.
// CR, LF and NUL are encoded like any other byte, so they can never end the header; whether
// they belong in the value at all is the caller's decision (ComposeEmail refuses them).
std::string EncodeHeaderWord(std::string_view utf8);

}  // namespace sc::delivery
