#include "ingest/jsonl_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

namespace sc::ingest {
namespace {

using ::testing::ElementsAre;

using Rows = std::vector<std::vector<std::string>>;

struct JsonLinesCase {
  std::string name;
  std::string input;
  std::vector<std::string> fields;
  Rows values;
};

// Failing cases print their name rather than a byte dump.
void PrintTo(const JsonLinesCase& test_case, std::ostream* out) { *out << test_case.name; }

class ReadJsonLinesAcceptsTest : public ::testing::TestWithParam<JsonLinesCase> {};

TEST_P(ReadJsonLinesAcceptsTest, ReadsFieldsAndValues) {
  Diagnostics diagnostics;
  Result<RecordTable> table = ReadJsonLines(GetParam().input, "deals.jsonl", &diagnostics);
  ASSERT_TRUE(table.ok()) << table.status().ToString() << "\n" << diagnostics.FormatAll();
  EXPECT_TRUE(diagnostics.empty());
  EXPECT_EQ(table->fields, GetParam().fields);
  Rows values;
  for (const Record& record : table->records) values.push_back(record.values);
  EXPECT_EQ(values, GetParam().values);
}

const JsonLinesCase kAcceptedCases[] = {
    {"FlatObjects",
     "{\"id\":\"D-1\",\"amount\":12000}\n{\"id\":\"D-2\",\"amount\":500}\n",
     {"id", "amount"},
     {{"D-1", "12000"}, {"D-2", "500"}}},
    {"KeysInOrderOfFirstAppearanceNotSorted",
     "{\"zeta\":\"1\",\"alpha\":\"2\"}\n",
     {"zeta", "alpha"},
     {{"1", "2"}}},
    {"LaterKeyPadsEarlierRecords",
     "{\"b\":\"1\"}\n{\"a\":\"2\",\"b\":\"3\"}\n",
     {"b", "a"},
     {{"1", ""}, {"3", "2"}}},
    {"NumbersKeepTheirText",
     "{\"a\":12000.50,\"b\":1E3,\"c\":-12,\"d\":18446744073709551616,\"e\":7}\n",
     {"a", "b", "c", "d", "e"},
     {{"12000.50", "1E3", "-12", "18446744073709551616", "7"}}},
    {"BooleansAndNull",
     "{\"t\":true,\"f\":false,\"n\":null}\n",
     {"t", "f", "n"},
     {{"true", "false", ""}}},
    {"StringEscapesDecoded", "{\"s\":\"a\\\"b\\n\\u00e9\"}\n", {"s"}, {{"a\"b\n\xC3\xA9"}}},
    {"DuplicateKeyLastWins", "{\"a\":1,\"a\":2}\n", {"a"}, {{"2"}}},
    {"EmptyObjectIsARecordWithNoValues", "{}\n{\"a\":1}\n", {"a"}, {{""}, {"1"}}},
    {"Utf8BomIgnored", "\xEF\xBB\xBF{\"id\":\"D-1\"}\n", {"id"}, {{"D-1"}}},
    {"CrlfLineEnds", "{\"id\":1}\r\n{\"id\":2}\r\n", {"id"}, {{"1"}, {"2"}}},
    {"BlankLinesSkipped", "\n{\"id\":1}\n  \r\n\n{\"id\":2}\n\n", {"id"}, {{"1"}, {"2"}}},
    {"MissingFinalNewline", "{\"id\":1}\n{\"id\":2}", {"id"}, {{"1"}, {"2"}}},
    {"WhitespaceAroundObject", "  { \"id\" : 1 }  \n", {"id"}, {{"1"}}},
};

INSTANTIATE_TEST_SUITE_P(Cases, ReadJsonLinesAcceptsTest, ::testing::ValuesIn(kAcceptedCases),
                         [](const auto& param_info) { return param_info.param.name; });

struct JsonLinesErrorCase {
  std::string name;
  std::string input;
  std::size_t line;
  std::size_t column;
  std::string message;
  std::string hint;
  std::string source_line;
};

// Failing cases print their name rather than a byte dump.
void PrintTo(const JsonLinesErrorCase& test_case, std::ostream* out) { *out << test_case.name; }

class ReadJsonLinesRejectsTest : public ::testing::TestWithParam<JsonLinesErrorCase> {};

TEST_P(ReadJsonLinesRejectsTest, ReportsOneLocatedDiagnostic) {
  const JsonLinesErrorCase& expected = GetParam();
  Diagnostics diagnostics;
  Result<RecordTable> table = ReadJsonLines(expected.input, "deals.jsonl", &diagnostics);
  ASSERT_FALSE(table.ok());
  EXPECT_EQ(table.status(), Status::InvalidArgument("deals.jsonl: 1 error"));
  ASSERT_EQ(diagnostics.size(), 1u) << diagnostics.FormatAll();
  const Diagnostic& actual = diagnostics[0];
  EXPECT_EQ(actual.source, "deals.jsonl");
  EXPECT_EQ(actual.line, expected.line);
  EXPECT_EQ(actual.column, expected.column);
  EXPECT_EQ(actual.message, expected.message);
  EXPECT_EQ(actual.hint, expected.hint);
  EXPECT_EQ(actual.source_line, expected.source_line);
}

const char kEmptyHint[] = "export the records again, one JSON object per line";
const char kSyntaxHint[] =
    "each line must hold one complete JSON object, such as {\"id\": \"D-1\", \"amount\": 1200}";
const char kNotObjectHint[] =
    "write one JSON object per line, not a single JSON document spread over the file";
const char kNestedHint[] =
    "flatten the export: give each value its own key (\"owner_name\": \"Kim\" rather than "
    "\"owner\": {\"name\": \"Kim\"})";

const JsonLinesErrorCase kRejectedCases[] = {
    {"EmptyFile", "", 0, 0, "the file is empty", kEmptyHint, ""},
    {"OnlyBomAndBlankLines", "\xEF\xBB\xBF\n  \r\n", 0, 0, "the file is empty", kEmptyHint, ""},
    {"TrailingCommaInObject", "{\"a\":1}\n{\"a\":1,}\n", 2, 8,
     "invalid JSON: syntax error while parsing object key - unexpected '}'; expected string "
     "literal",
     kSyntaxHint, "{\"a\":1,}"},
    {"TruncatedLine", "{\"a\":1", 1, 7,
     "invalid JSON: syntax error while parsing object - unexpected end of input; expected '}'",
     kSyntaxHint, "{\"a\":1"},
    {"TextAfterObject", "{\"a\":1} x\r\n", 1, 9,
     "invalid JSON: syntax error while parsing value - invalid literal; last read: '1} x'; "
     "expected end of input",
     kSyntaxHint, "{\"a\":1} x"},
    {"SingleQuotedKey", "{'a':1}\n", 1, 2,
     "invalid JSON: syntax error while parsing object key - invalid literal; last read: '{''; "
     "expected string literal",
     kSyntaxHint, "{'a':1}"},
    {"ArrayLine", "[1,2]\n", 1, 1,
     "line is a JSON array, expected an object with one record's fields", kNotObjectHint, "[1,2]"},
    {"StringLine", "\"D-1\"\n", 1, 1,
     "line is a JSON string, expected an object with one record's fields", kNotObjectHint,
     "\"D-1\""},
    {"NumberLine", "42\n", 1, 1,
     "line is a JSON number, expected an object with one record's fields", kNotObjectHint, "42"},
    {"NullLine", "null\n", 1, 1, "line is JSON null, expected an object with one record's fields",
     kNotObjectHint, "null"},
    {"NestedObjectLocatedAtItsValue", "{\"id\":\"D-1\",\"owner\":{\"name\":\"Kim\"}}\n", 1, 21,
     "field 'owner' holds a nested object; CRM fields must be single values", kNestedHint,
     "{\"id\":\"D-1\",\"owner\":{\"name\":\"Kim\"}}"},
    {"NestedArrayLocatedAtItsValue", "{\"tags\" : [\"a\"]}\n", 1, 11,
     "field 'tags' holds a nested array; CRM fields must be single values", kNestedHint,
     "{\"tags\" : [\"a\"]}"},
    {"NestedValueWithEscapedKeyLocatedAtColumnOne", "{\"\\u0074ags\":[1]}\n", 1, 1,
     "field 'tags' holds a nested array; CRM fields must be single values", kNestedHint,
     "{\"\\u0074ags\":[1]}"},
    {"InvalidUtf8", "{\"name\":\"Caf\xE9\"}\n", 1, 13, "byte 0xE9 is not valid UTF-8",
     "save the file as UTF-8; it looks like Latin-1 or Windows-1252", "{\"name\":\"Caf\xE9\"}"},
};

INSTANTIATE_TEST_SUITE_P(Cases, ReadJsonLinesRejectsTest, ::testing::ValuesIn(kRejectedCases),
                         [](const auto& param_info) { return param_info.param.name; });

TEST(ReadJsonLinesTest, RecordsLinesRawTextAndColumns) {
  Diagnostics diagnostics;
  Result<RecordTable> table =
      ReadJsonLines("\n{\"b\":1}\r\n\n{\"a\":2, \"b\":3}", "deals.jsonl", &diagnostics);
  ASSERT_TRUE(table.ok()) << diagnostics.FormatAll();
  EXPECT_EQ(table->source, "deals.jsonl");
  EXPECT_EQ(table->header_line, 0u);
  EXPECT_EQ(table->header_raw, "");
  ASSERT_EQ(table->records.size(), 2u);
  EXPECT_EQ(table->records[0].line, 2u);
  EXPECT_EQ(table->records[0].raw, "{\"b\":1}");
  EXPECT_THAT(table->records[0].columns, ElementsAre(1, 0));
  EXPECT_EQ(table->records[1].line, 4u);
  EXPECT_EQ(table->records[1].raw, "{\"a\":2, \"b\":3}");
  EXPECT_THAT(table->records[1].columns, ElementsAre(1, 1));
}

TEST(ReadJsonLinesTest, ReportsErrorsOnEveryLineInFileOrder) {
  Diagnostics diagnostics;
  Result<RecordTable> table =
      ReadJsonLines("{\"a\":1}\n{\"a\":}\n{\"a\":2}\n[3]\n", "deals.jsonl", &diagnostics);
  ASSERT_FALSE(table.ok());
  EXPECT_EQ(table.status(), Status::InvalidArgument("deals.jsonl: 2 errors"));
  ASSERT_EQ(diagnostics.size(), 2u) << diagnostics.FormatAll();
  EXPECT_EQ(diagnostics[0].line, 2u);
  EXPECT_EQ(diagnostics[0].column, 6u);
  EXPECT_EQ(diagnostics[0].message,
            "invalid JSON: syntax error while parsing value - unexpected '}'; expected '[', '{', "
            "or a literal");
  EXPECT_EQ(diagnostics[1].line, 4u);
  EXPECT_EQ(diagnostics[1].column, 1u);
  EXPECT_EQ(diagnostics[1].message,
            "line is a JSON array, expected an object with one record's fields");
}

TEST(ReadJsonLinesTest, LeavesDiagnosticsUntouchedOnSuccess) {
  Diagnostics diagnostics;
  diagnostics.Add({"earlier.csv", 1, 1, "kept", "", ""});
  Result<RecordTable> table = ReadJsonLines("{\"id\":1}\n", "deals.jsonl", &diagnostics);
  ASSERT_TRUE(table.ok());
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].message, "kept");
}

}  // namespace
}  // namespace sc::ingest
