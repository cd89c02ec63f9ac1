#include "ingest/csv_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

namespace sc::ingest {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

using Rows = std::vector<std::vector<std::string>>;

struct CsvCase {
  std::string name;
  std::string input;
  std::vector<std::string> fields;
  Rows values;
};

// Failing cases print their name rather than a byte dump.
void PrintTo(const CsvCase& test_case, std::ostream* out) { *out << test_case.name; }

class ReadCsvAcceptsTest : public ::testing::TestWithParam<CsvCase> {};

TEST_P(ReadCsvAcceptsTest, ReadsFieldsAndValues) {
  Diagnostics diagnostics;
  Result<RecordTable> table = ReadCsv(GetParam().input, "deals.csv", &diagnostics);
  ASSERT_TRUE(table.ok()) << table.status().ToString() << "\n" << diagnostics.FormatAll();
  EXPECT_TRUE(diagnostics.empty());
  EXPECT_EQ(table->fields, GetParam().fields);
  Rows values;
  for (const Record& record : table->records) values.push_back(record.values);
  EXPECT_EQ(values, GetParam().values);
}

const CsvCase kAcceptedCases[] = {
    {"QuotedComma",
     "name,note\nAcme,\"Big, important\"\n",
     {"name", "note"},
     {{"Acme", "Big, important"}}},
    {"DoubledQuotes", "a,b\n\"say \"\"hi\"\"\",x\n", {"a", "b"}, {{"say \"hi\"", "x"}}},
    {"EmbeddedLf", "a,b\n\"line1\nline2\",x\n", {"a", "b"}, {{"line1\nline2", "x"}}},
    {"EmbeddedCrlfKeptAsWritten",
     "a,b\r\n\"line1\r\nline2\",x\r\n",
     {"a", "b"},
     {{"line1\r\nline2", "x"}}},
    {"Utf8BomRemoved",
     "\xEF\xBB\xBFid,name\n1,Caf\xC3\xA9\n",
     {"id", "name"},
     {{"1", "Caf\xC3\xA9"}}},
    {"SemicolonFile", "id;amount\n1;12,5\n", {"id", "amount"}, {{"1", "12,5"}}},
    {"MoreSemicolonsThanCommasMeansSemicolon",
     "a;b;c,d\n1;2;3,4\n",
     {"a", "b", "c,d"},
     {{"1", "2", "3,4"}}},
    {"DelimiterInsideQuotedHeaderNotCounted", "\"a;b;c\",d\n1,2\n", {"a;b;c", "d"}, {{"1", "2"}}},
    {"CrlfLineEnds",
     "id,name\r\n1,Acme\r\n2,Beta\r\n",
     {"id", "name"},
     {{"1", "Acme"}, {"2", "Beta"}}},
    {"MissingFinalNewline", "id,name\n1,Acme", {"id", "name"}, {{"1", "Acme"}}},
    {"MissingFinalNewlineAfterQuotedField", "id,name\n1,\"Acme\"", {"id", "name"}, {{"1", "Acme"}}},
    {"BlankAndWhitespaceLinesSkipped",
     "\n  \nid,name\n\n1,Acme\n \t\r\n2,Beta\n\n",
     {"id", "name"},
     {{"1", "Acme"}, {"2", "Beta"}}},
    {"HeaderOnly", "id,name\n", {"id", "name"}, {}},
    {"HeaderOnlyWithoutNewline", "id,name", {"id", "name"}, {}},
    {"UnquotedValuesKeptUntrimmed", "a,b\n  x , y\n", {"a", "b"}, {{"  x ", " y"}}},
    {"HeaderNamesTrimmed", " id , \"name \" \n1,2\n", {"id", "name"}, {{"1", "2"}}},
    {"EmptyFieldsQuotedAndUnquoted", "a,b,c\n\"\",,\n", {"a", "b", "c"}, {{"", "", ""}}},
    {"PaddingAroundQuotedFieldIgnored",
     "a,b\n1, \"Acme, Inc\" \n",
     {"a", "b"},
     {{"1", "Acme, Inc"}}},
    {"LoneCrIsData", "a,b\n1\r2,x\n", {"a", "b"}, {{"1\r2", "x"}}},
    {"TabSeparatedReadAsOneColumn", "id\tname\n1\tAcme\n", {"id\tname"}, {{"1\tAcme"}}},
    {"PipeSeparatedReadAsOneColumn", "id|name\n1|Acme\n", {"id|name"}, {{"1|Acme"}}},
};

INSTANTIATE_TEST_SUITE_P(Cases, ReadCsvAcceptsTest, ::testing::ValuesIn(kAcceptedCases),
                         [](const auto& param_info) { return param_info.param.name; });

struct CsvErrorCase {
  std::string name;
  std::string input;
  std::size_t line;
  std::size_t column;
  std::string message;
  std::string hint;
  std::string source_line;
};

// Failing cases print their name rather than a byte dump.
void PrintTo(const CsvErrorCase& test_case, std::ostream* out) { *out << test_case.name; }

class ReadCsvRejectsTest : public ::testing::TestWithParam<CsvErrorCase> {};

TEST_P(ReadCsvRejectsTest, ReportsOneLocatedDiagnostic) {
  const CsvErrorCase& expected = GetParam();
  Diagnostics diagnostics;
  Result<RecordTable> table = ReadCsv(expected.input, "deals.csv", &diagnostics);
  ASSERT_FALSE(table.ok());
  EXPECT_EQ(table.status(), Status::InvalidArgument("deals.csv: 1 error"));
  ASSERT_EQ(diagnostics.size(), 1u) << diagnostics.FormatAll();
  const Diagnostic& actual = diagnostics[0];
  EXPECT_EQ(actual.source, "deals.csv");
  EXPECT_EQ(actual.line, expected.line);
  EXPECT_EQ(actual.column, expected.column);
  EXPECT_EQ(actual.message, expected.message);
  EXPECT_EQ(actual.hint, expected.hint);
  EXPECT_EQ(actual.source_line, expected.source_line);
}

const char kUnclosedHint[] = "a quote is missing, or a quote inside a field is not doubled (\"\")";
const char kMissingFieldsHint[] =
    "every record needs one field per header column; add the missing fields (they may be empty)";

const CsvErrorCase kRejectedCases[] = {
    {"EmptyFile", "", 0, 0, "the file is empty", "export the report again with its header row", ""},
    {"OnlyBomAndWhitespace", "\xEF\xBB\xBF \r\n\n", 0, 0, "the file is empty",
     "export the report again with its header row", ""},
    {"NulByte", std::string("id,name\n1,A\0cme\n", 16), 2, 4,
     "the file holds binary data (a NUL byte)",
     "export the report as CSV (comma-separated values, UTF-8), not as a spreadsheet (.xlsx) "
     "or UTF-16 text",
     std::string("1,A\0cme", 7)},
    {"InvalidUtf8", "id,name\n1,Caf\xE9\n", 2, 6, "byte 0xE9 is not valid UTF-8",
     "save the file as UTF-8; it looks like Latin-1 or Windows-1252 (Excel: Save As > CSV UTF-8)",
     "1,Caf\xE9"},
    {"InvalidUtf8ColumnCountsFromAfterBom", "\xEF\xBB\xBFna\xEFme\n", 1, 3,
     "byte 0xEF is not valid UTF-8",
     "save the file as UTF-8; it looks like Latin-1 or Windows-1252 (Excel: Save As > CSV UTF-8)",
     "na\xEFme"},
    {"UnterminatedQuote", "id,note\n1,\"open\n2,x\n", 2, 3,
     "a quoted field opened here is never closed", kUnclosedHint, "1,\"open"},
    {"TruncatedInsideQuotes", "id,note\n1,\"", 2, 3, "a quoted field opened here is never closed",
     kUnclosedHint, "1,\""},
    {"UnterminatedQuoteInHeader", "\"id,name\n1,2\n", 1, 1,
     "a quoted field opened here is never closed", kUnclosedHint, "\"id,name"},
    {"StrayQuoteInUnquotedField", "id,size\n1,5\"screen,x\n", 2, 4,
     "a quote appears inside the unquoted field '5\"screen'",
     "quote the whole field and double the quote inside it: \"5\"\"screen\"", "1,5\"screen,x"},
    {"QuoteAfterLeadingTextIsStray", "id,size\nab \"c\",x\n", 2, 4,
     "a quote appears inside the unquoted field 'ab \"c\"'",
     "quote the whole field and double the quote inside it: \"ab \"\"c\"\"\"", "ab \"c\",x"},
    {"TextAfterClosingQuote", "id,note\n1,\"ab\"x\n", 2, 7,
     "text 'x' follows the closing quote of the field \"ab\"",
     "a quote inside a quoted field must be doubled (\"\"), and only the delimiter or the end of "
     "the line may follow the closing quote",
     "1,\"ab\"x"},
    {"TooFewFields", "id,name,amount\n1,Acme\n2,Beta,5\n", 2, 1, "expected 3 columns, found 2",
     kMissingFieldsHint, "1,Acme"},
    {"TooFewFieldsWithSemicolonsInCommaFile", "id,name,amount\n1;Acme;5\n", 2, 1,
     "expected 3 columns, found 1", "is the delimiter ';'? the header uses ','", "1;Acme;5"},
    {"TooFewFieldsWithCommasInSemicolonFile", "id;name;amount\r\n1,Acme,5\r\n", 2, 1,
     "expected 3 columns, found 1", "is the delimiter ','? the header uses ';'", "1,Acme,5"},
    {"QuotedOtherDelimiterIsNoDelimiterHint", "id,name,amount\n1,\"a;b\"\n", 2, 1,
     "expected 3 columns, found 2", kMissingFieldsHint, "1,\"a;b\""},
    {"TooFewFieldsInTruncatedLastRecord", "id,name,amount\n1,Acme,5\n2,Be", 3, 1,
     "expected 3 columns, found 2",
     "the last record is cut short and the file has no final newline; the file looks "
     "truncated, export it again",
     "2,Be"},
    {"TooManyFieldsLocatedAtFirstExtraField", "id,name,amount\n1,Acme, Inc,5\n", 2, 13,
     "expected 3 columns, found 4", "a field containing the delimiter ',' must be quoted",
     "1,Acme, Inc,5"},
    {"TooManyFieldsOnSingleColumnFile", "name\nSmith,John\n", 2, 7, "expected 1 column, found 2",
     "a field containing the delimiter ',' must be quoted", "Smith,John"},
    {"ExtraFieldAfterEmbeddedNewlineLocatedOnItsLine", "a,b\n1,\"x\ny\",2\n", 3, 4,
     "expected 2 columns, found 3", "a field containing the delimiter ',' must be quoted", "y\",2"},
    {"EmptyHeaderName", "id,,amount\n1,2,3\n", 1, 4, "column 2 of the header is empty",
     "name the column in the header row, or delete the column if it holds no data", "id,,amount"},
    {"TrailingDelimiterInHeader", "id,name,\r\n1,2,\r\n", 1, 9, "column 3 of the header is empty",
     "name the column in the header row, or delete the column if it holds no data", "id,name,"},
    {"DuplicateHeaderName", "id,Amount,name, Amount\n", 1, 16,
     "column 'Amount' appears twice (columns 2 and 4)",
     "rename one of the two columns so that every column name is unique", "id,Amount,name, Amount"},
};

INSTANTIATE_TEST_SUITE_P(Cases, ReadCsvRejectsTest, ::testing::ValuesIn(kRejectedCases),
                         [](const auto& param_info) { return param_info.param.name; });

TEST(ReadCsvTest, RecordsHeaderAndRecordLocations) {
  Diagnostics diagnostics;
  Result<RecordTable> table = ReadCsv("\nid,note,amount\r\n1,\"two\nlines\",5\r\n\r\n2,plain,7\n",
                                      "deals.csv", &diagnostics);
  ASSERT_TRUE(table.ok()) << diagnostics.FormatAll();
  EXPECT_EQ(table->source, "deals.csv");
  EXPECT_EQ(table->delimiter, ',');
  EXPECT_EQ(table->header_line, 2u);
  EXPECT_EQ(table->header_raw, "id,note,amount");
  ASSERT_EQ(table->records.size(), 2u);
  EXPECT_EQ(table->records[0].line, 3u);
  EXPECT_EQ(table->records[0].raw, "1,\"two\nlines\",5");
  // The third field starts on line 4; its column is counted on that line.
  EXPECT_THAT(table->records[0].columns, ElementsAre(1, 3, 8));
  EXPECT_EQ(table->records[1].line, 6u);
  EXPECT_EQ(table->records[1].raw, "2,plain,7");
  EXPECT_THAT(table->records[1].columns, ElementsAre(1, 3, 9));
}

TEST(ReadCsvTest, ReportsSemicolonDelimiterAndColumnsAfterBom) {
  Diagnostics diagnostics;
  Result<RecordTable> table = ReadCsv("\xEF\xBB\xBFid;name\n10; \"Acme\"\n", "d.csv", &diagnostics);
  ASSERT_TRUE(table.ok()) << diagnostics.FormatAll();
  EXPECT_EQ(table->delimiter, ';');
  EXPECT_EQ(table->header_raw, "id;name");
  ASSERT_EQ(table->records.size(), 1u);
  // A padded quoted field starts at its padding, where the field's text begins.
  EXPECT_THAT(table->records[0].columns, ElementsAre(1, 4));
}

TEST(ReadCsvTest, ReportsErrorsOnEveryLineInFileOrder) {
  Diagnostics diagnostics;
  Result<RecordTable> table =
      ReadCsv("id,name\n1,Caf\xE9\n2,a\"b\n3,Beta\n4\n", "deals.csv", &diagnostics);
  ASSERT_FALSE(table.ok());
  EXPECT_EQ(table.status(), Status::InvalidArgument("deals.csv: 3 errors"));
  ASSERT_EQ(diagnostics.size(), 3u) << diagnostics.FormatAll();
  EXPECT_EQ(diagnostics[0].FormatShort(),
            "deals.csv:2:6: byte 0xE9 is not valid UTF-8 (save the file as UTF-8; it looks like "
            "Latin-1 or Windows-1252 (Excel: Save As > CSV UTF-8))");
  EXPECT_EQ(diagnostics[1].FormatShort(),
            "deals.csv:3:4: a quote appears inside the unquoted field 'a\"b' (quote the whole "
            "field and double the quote inside it: \"a\"\"b\")");
  EXPECT_EQ(diagnostics[2].FormatShort(),
            std::string("deals.csv:5:1: expected 2 columns, found 1 (") + kMissingFieldsHint + ")");
}

TEST(ReadCsvTest, OrdersTwoErrorsOnOneLineByColumn) {
  Diagnostics diagnostics;
  Result<RecordTable> table = ReadCsv("id,name\n1\"a,Caf\xE9\n", "deals.csv", &diagnostics);
  ASSERT_FALSE(table.ok());
  ASSERT_EQ(diagnostics.size(), 2u) << diagnostics.FormatAll();
  EXPECT_EQ(diagnostics[0].column, 2u);
  EXPECT_EQ(diagnostics[0].message, "a quote appears inside the unquoted field '1\"a'");
  EXPECT_EQ(diagnostics[1].column, 8u);
  EXPECT_EQ(diagnostics[1].message, "byte 0xE9 is not valid UTF-8");
}

TEST(ReadCsvTest, ReportsInvalidUtf8OncePerLine) {
  Diagnostics diagnostics;
  Result<RecordTable> table = ReadCsv("id,name\n\xE9,\xE9\n2,\xFF\n", "deals.csv", &diagnostics);
  ASSERT_FALSE(table.ok());
  ASSERT_EQ(diagnostics.size(), 2u) << diagnostics.FormatAll();
  EXPECT_EQ(diagnostics[0].line, 2u);
  EXPECT_EQ(diagnostics[0].column, 1u);
  EXPECT_EQ(diagnostics[1].line, 3u);
  EXPECT_EQ(diagnostics[1].column, 3u);
  EXPECT_EQ(diagnostics[1].message, "byte 0xFF is not valid UTF-8");
}

TEST(ReadCsvTest, ReportsOnlyTheFirstNulOfABinaryFile) {
  Diagnostics diagnostics;
  Result<RecordTable> table =
      ReadCsv(std::string("PK\x03\x04\x14\0\0\0\n\0\"", 11), "deals.xlsx", &diagnostics);
  ASSERT_FALSE(table.ok());
  EXPECT_EQ(table.status(), Status::InvalidArgument("deals.xlsx: 1 error"));
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].line, 1u);
  EXPECT_EQ(diagnostics[0].column, 6u);
}

TEST(ReadCsvTest, SkipsFieldCountChecksWhenTheHeaderIsMalformed) {
  Diagnostics diagnostics;
  Result<RecordTable> table = ReadCsv("id,na\"me\n1,2,3\n4,\"x\n", "deals.csv", &diagnostics);
  ASSERT_FALSE(table.ok());
  EXPECT_EQ(table.status(), Status::InvalidArgument("deals.csv: 2 errors"));
  ASSERT_EQ(diagnostics.size(), 2u) << diagnostics.FormatAll();
  EXPECT_EQ(diagnostics[0].line, 1u);
  EXPECT_EQ(diagnostics[0].column, 6u);
  EXPECT_EQ(diagnostics[1].line, 3u);
  EXPECT_EQ(diagnostics[1].message, "a quoted field opened here is never closed");
}

TEST(ReadCsvTest, ReportsEveryDuplicateAgainstTheFirstOccurrence) {
  Diagnostics diagnostics;
  Result<RecordTable> table = ReadCsv("a,b,a,a\n", "deals.csv", &diagnostics);
  ASSERT_FALSE(table.ok());
  ASSERT_EQ(diagnostics.size(), 2u) << diagnostics.FormatAll();
  EXPECT_EQ(diagnostics[0].message, "column 'a' appears twice (columns 1 and 3)");
  EXPECT_EQ(diagnostics[1].message, "column 'a' appears twice (columns 1 and 4)");
}

TEST(ReadCsvTest, ResynchronizesAtTheNextLineAfterABadRecord) {
  Diagnostics diagnostics;
  Result<RecordTable> table =
      ReadCsv("id,note\n1,\"ab\"x,\"y\n2,ok\n3,\"c\"d\n", "deals.csv", &diagnostics);
  ASSERT_FALSE(table.ok());
  ASSERT_EQ(diagnostics.size(), 2u) << diagnostics.FormatAll();
  EXPECT_EQ(diagnostics[0].line, 2u);
  EXPECT_EQ(diagnostics[1].line, 4u);
  EXPECT_EQ(diagnostics[1].column, 6u);
}

TEST(ReadCsvTest, LeavesDiagnosticsUntouchedOnSuccess) {
  Diagnostics diagnostics;
  diagnostics.Add({"earlier.csv", 1, 1, "kept", "", ""});
  Result<RecordTable> table = ReadCsv("id\n1\n", "deals.csv", &diagnostics);
  ASSERT_TRUE(table.ok());
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].message, "kept");
  EXPECT_THAT(table->records[0].values, ElementsAre("1"));
  EXPECT_THAT(table->records[0].columns, ElementsAre(1));
}

TEST(ReadCsvTest, ReadsALargeFileInOnePass) {
  constexpr int kRows = 50000;  // large enough that a quadratic scan would time out
  std::string text = "id,name,note\n";
  for (int row = 0; row < kRows; ++row) text += std::to_string(row) + ",Acme,\"a, \"\"b\"\"\"\n";
  Diagnostics diagnostics;
  Result<RecordTable> table = ReadCsv(text, "big.csv", &diagnostics);
  ASSERT_TRUE(table.ok()) << diagnostics.FormatAll();
  ASSERT_EQ(table->records.size(), static_cast<std::size_t>(kRows));
  EXPECT_EQ(table->records.back().line, static_cast<std::size_t>(kRows + 1));
  EXPECT_EQ(table->records.back().values[2], "a, \"b\"");
  EXPECT_THAT(diagnostics.items(), IsEmpty());
}

}  // namespace
}  // namespace sc::ingest
