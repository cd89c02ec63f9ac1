#include "ingest/json_support.h"

#include <fmt/format.h>

#include <charconv>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <utility>

#include "base/text.h"

namespace sc::ingest {
namespace {

using simdjson::dom::element_type;

std::string_view TypeNoun(element_type type) {
  switch (type) {
    case element_type::ARRAY:
      return "an array";
    case element_type::OBJECT:
      return "an object";
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE:
      return "a number";
    case element_type::STRING:
      return "a string";
    case element_type::BOOL:
      return "true or false";
    case element_type::NULL_VALUE:
      return "null";
  }
  return "a value";
}

// JSON Pointer (RFC 6901) escapes '~' and '/' inside member names.
void AppendPointerToken(std::string_view token, std::string& pointer) {
  pointer += '/';
  for (char c : token) {
    if (c == '~') {
      pointer += "~0";
    } else if (c == '/') {
      pointer += "~1";
    } else {
      pointer += c;
    }
  }
}

// nlohmann's what() is "[json.exception.parse_error.101] parse error at line 1, column 9:
// syntax error ..."; the location is ours to give, so only the explanation is kept.
std::string_view ParseErrorReason(std::string_view what) {
  std::size_t parse_error = what.find("parse error");
  std::size_t colon = what.find(": ", parse_error == std::string_view::npos ? 0 : parse_error);
  return colon == std::string_view::npos ? what : what.substr(colon + 2);
}

// "1.23" as written by AWS Transcribe; nullopt for anything else.
std::optional<double> ParseDecimal(std::string_view text) {
  double value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || text.empty()) {
    return std::nullopt;
  }
  return value;
}

}  // namespace

// A second, position-keeping view of the text for locating problems: On Demand values
// point into the padded copy, whose offsets are the text's.
struct JsonReader::Locator {
  explicit Locator(std::string_view text) : padded(text) {}

  std::optional<std::size_t> Find(const std::string& pointer) {
    simdjson::ondemand::document document;
    if (parser.iterate(padded).get(document) != simdjson::SUCCESS) return std::nullopt;
    simdjson::ondemand::value value;
    if (document.at_pointer(pointer).get(value) != simdjson::SUCCESS) return std::nullopt;
    std::string_view token = value.raw_json_token();
    return static_cast<std::size_t>(token.data() - padded.data());
  }

  simdjson::padded_string padded;
  simdjson::ondemand::parser parser;
};

JsonReader::JsonReader(ProblemList& problems, std::string_view label, std::string_view hint)
    : problems_(problems), label_(label), hint_(hint) {}

JsonReader::~JsonReader() = default;

simdjson::dom::parser& ThreadParser() {
  thread_local simdjson::dom::parser parser;
  return parser;
}

bool JsonReader::has_problems() const { return !problems_.empty(); }

std::optional<simdjson::dom::object> JsonReader::ParseRoot(simdjson::dom::parser& parser) {
  if (problems_.ReportEmpty(hint_)) return std::nullopt;
  std::string_view text = problems_.text();
  simdjson::dom::element root;
  if (simdjson::error_code error = parser.parse(text.data(), text.size()).get(root)) {
    // simdjson validates UTF-8 much faster than a separate pass would, so the encoding is
    // only looked at again to locate the byte when it failed.
    if (!problems_.ReportInvalidUtf8()) ReportSyntaxError(error);
    return std::nullopt;
  }
  simdjson::dom::object object;
  if (root.get(object) != simdjson::SUCCESS) {
    problems_.AddAt(Locate(""),
                    fmt::format("the file holds {}, not a JSON object", TypeNoun(root.type())),
                    std::string(hint_));
    return std::nullopt;
  }
  return object;
}

void JsonReader::ReportSyntaxError(simdjson::error_code error) {
  std::string_view text = problems_.text();
  try {
    // Only the exception matters; the parsed document is thrown away.
    nlohmann::json parsed = nlohmann::json::parse(text);
    static_cast<void>(parsed);
  } catch (const nlohmann::json::parse_error& parse_error) {
    // `byte` counts the characters read, the bad one included; at the end of the input it is
    // one past the text, which is better shown just after the last character.
    std::size_t offset = parse_error.byte > 0 ? parse_error.byte - 1 : 0;
    std::size_t last = text.find_last_not_of(" \t\r\n");
    offset = std::min(offset, last == std::string_view::npos ? 0 : last + 1);
    problems_.AddAt(
        offset, fmt::format("the file is not valid JSON: {}", ParseErrorReason(parse_error.what())),
        std::string(hint_));
    return;
  } catch (const nlohmann::json::exception&) {
    // Fall through to simdjson's own explanation.
  }
  // nlohmann accepts what simdjson refused: a limit (nesting depth, a number too large).
  problems_.AddForFile(
      fmt::format("the file cannot be read as JSON: {}", simdjson::error_message(error)),
      std::string(hint_));
}

std::optional<simdjson::dom::element> JsonReader::Member(simdjson::dom::object object,
                                                         std::string_view key, Presence presence,
                                                         std::string_view noun) {
  simdjson::dom::element value;
  bool found = object.at_key(key).get(value) == simdjson::SUCCESS;
  if (found && !value.is_null()) return value;
  if (presence == Presence::kOptional) return std::nullopt;
  bool keys_only = true;
  for (const Segment& segment : path_) keys_only = keys_only && !segment.is_index;
  std::string suffix = noun.empty() ? "" : fmt::format(" {}", noun);
  std::string message = keys_only
                            ? fmt::format("the {} file has no {}{}", label_, PathTo(key), suffix)
                            : fmt::format("{} has no {}{}", PathTo(""), key, suffix);
  Problem("", std::move(message), std::string(hint_));
  return std::nullopt;
}

void JsonReader::WrongType(std::string_view key, simdjson::dom::element value,
                           std::string_view expected, std::string hint) {
  Problem(key, fmt::format("{} is {}, expected {}", PathTo(key), TypeNoun(value.type()), expected),
          std::move(hint));
}

std::optional<simdjson::dom::array> JsonReader::Array(simdjson::dom::object object,
                                                      std::string_view key, Presence presence) {
  std::optional<simdjson::dom::element> value = Member(object, key, presence, "array");
  if (!value) return std::nullopt;
  simdjson::dom::array array;
  if (value->get(array) == simdjson::SUCCESS) return array;
  WrongType(key, *value, "an array", std::string(hint_));
  return std::nullopt;
}

std::optional<simdjson::dom::object> JsonReader::Object(simdjson::dom::object object,
                                                        std::string_view key, Presence presence) {
  std::optional<simdjson::dom::element> value = Member(object, key, presence, "object");
  if (!value) return std::nullopt;
  simdjson::dom::object member;
  if (value->get(member) == simdjson::SUCCESS) return member;
  WrongType(key, *value, "an object", std::string(hint_));
  return std::nullopt;
}

std::optional<std::string_view> JsonReader::String(simdjson::dom::object object,
                                                   std::string_view key, Presence presence) {
  std::optional<simdjson::dom::element> value = Member(object, key, presence, "");
  if (!value) return std::nullopt;
  std::string_view text;
  if (value->get(text) == simdjson::SUCCESS) return text;
  WrongType(key, *value, "text", fmt::format("write {} as a JSON string", key));
  return std::nullopt;
}

std::optional<double> JsonReader::Time(simdjson::dom::object object, std::string_view key,
                                       Presence presence, TimeUnit unit) {
  std::optional<simdjson::dom::element> value = Member(object, key, presence, "");
  if (!value) return std::nullopt;
  // Built only for a problem: this runs for every time in the file.
  auto hint = [&] {
    return fmt::format("write {} as {} {}, such as {}", key,
                       unit.written_as_text ? "a string of" : "a number of", unit.name,
                       unit.example);
  };
  std::optional<double> time;
  std::string_view text;
  if (value->is_number()) {
    time = value->get_double().value_unsafe();
  } else if (unit.written_as_text && value->get(text) == simdjson::SUCCESS) {
    time = ParseDecimal(text);
    if (!time) {
      Problem(key, fmt::format("{} is '{}', expected {}", PathTo(key), text, unit.name), hint());
      return std::nullopt;
    }
  } else {
    WrongType(key, *value, unit.name, hint());
    return std::nullopt;
  }
  if (*time < 0) {
    Problem(key, fmt::format("{} is {}, a time before the call started", PathTo(key), *time),
            fmt::format("times count {} from the start of the call, from 0", unit.name));
    return std::nullopt;
  }
  return time;
}

std::optional<std::string> JsonReader::Id(simdjson::dom::object object, std::string_view key,
                                          Presence presence) {
  std::optional<simdjson::dom::element> value = Member(object, key, presence, "");
  if (!value) return std::nullopt;
  std::string_view text;
  std::int64_t signed_number = 0;
  std::uint64_t unsigned_number = 0;
  if (value->get(text) == simdjson::SUCCESS) return std::string(text);
  if (value->get(signed_number) == simdjson::SUCCESS) return std::to_string(signed_number);
  if (value->get(unsigned_number) == simdjson::SUCCESS) return std::to_string(unsigned_number);
  WrongType(key, *value, "an id", fmt::format("write {} as a string or a whole number", key));
  return std::nullopt;
}

std::optional<simdjson::dom::object> JsonReader::ObjectHere(simdjson::dom::element element) {
  simdjson::dom::object object;
  if (element.get(object) == simdjson::SUCCESS) return object;
  WrongType("", element, "an object", std::string(hint_));
  return std::nullopt;
}

void JsonReader::Problem(std::string_view key, std::string message, std::string hint) {
  // Locating re-reads the file; once the list is full the problem is only counted.
  std::size_t offset = problems_.full() ? 0 : Locate(key);
  problems_.AddAt(offset, std::move(message), std::move(hint));
}

std::string JsonReader::PathTo(std::string_view key) const {
  std::string path;
  for (const Segment& segment : path_) {
    if (segment.is_index) {
      path += fmt::format("[{}]", segment.index);
    } else {
      if (!path.empty()) path += '.';
      path += segment.key;
    }
  }
  if (!key.empty()) {
    if (!path.empty()) path += '.';
    path += key;
  }
  return path;
}

JsonReader::Scope JsonReader::Enter(std::string_view key) {
  path_.push_back({.key = key});
  return Scope(*this);
}

JsonReader::Scope JsonReader::Enter(std::size_t index) {
  path_.push_back({.index = index, .is_index = true});
  return Scope(*this);
}

// The offset of member `key` of the current path, else of the current path's value, else of
// the document's first character.
std::size_t JsonReader::Locate(std::string_view key) {
  std::string_view text = problems_.text();
  std::size_t document_start = text.find_first_not_of(" \t\r\n");
  if (document_start == std::string_view::npos) document_start = 0;
  if (!locator_) locator_ = std::make_unique<Locator>(text);
  std::string pointer;
  for (const Segment& segment : path_) {
    AppendPointerToken(segment.is_index ? std::to_string(segment.index) : segment.key, pointer);
  }
  if (!key.empty()) {
    std::string member = pointer;
    AppendPointerToken(key, member);
    if (std::optional<std::size_t> offset = locator_->Find(member)) return *offset;
  }
  if (pointer.empty()) return document_start;
  return locator_->Find(pointer).value_or(document_start);
}

}  // namespace sc::ingest
