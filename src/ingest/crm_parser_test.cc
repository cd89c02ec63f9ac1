// CRM record parsing, tested with CSV text as a user's export would have it.
#include "ingest/crm_parser.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "ingest/csv_reader.h"
#include "ingest/rep_directory.h"

namespace sc::ingest {
namespace {

using ::testing::HasSubstr;

struct Parsed {
  Result<ParsedCrmFile> file;
  Diagnostics diagnostics;
};

Parsed Parse(std::string_view csv, CrmKind kind, const ColumnMap& map = CanonicalColumnMap(),
             std::string_view source = "deals.csv") {
  Parsed parsed{Status::Internal("not parsed"), {}};
  Result<RecordTable> table = ReadCsv(csv, source, &parsed.diagnostics);
  if (!table.ok()) {
    parsed.file = table.status();
    return parsed;
  }
  parsed.file = ParseCrmRecords(*table, map, kind, &parsed.diagnostics);
  return parsed;
}

constexpr std::string_view kDealHeader =
    "id,rep_id,name,account,amount,currency,stage,status,created_at,closed_at,discount_pct,"
    "icp_fit,champion\n";

TEST(CrmParserTest, ReadsCanonicalDeals) {
  std::string csv = std::string(kDealHeader) +
                    "D-1,R-1,Acme renewal,\"Acme, Inc.\",48500,USD,Closed Won,won,2026-08-01,"
                    "2026-09-15,12.5,yes,Priya Shah\n"
                    "D-2,R-1,Globex,Globex,12000,USD,Demo,open,2026-10-01,2026-12-01,,,\n";
  Parsed parsed = Parse(csv, CrmKind::kDeals);
  ASSERT_TRUE(parsed.file.ok()) << parsed.diagnostics.FormatAll();
  EXPECT_TRUE(parsed.diagnostics.empty()) << parsed.diagnostics.FormatAll();
  const std::vector<model::Deal>& deals = parsed.file->batch.deals;
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[0].account, "Acme, Inc.");
  EXPECT_EQ(deals[0].amount, 48500);
  EXPECT_EQ(deals[0].status, model::DealStatus::kWon);
  EXPECT_EQ(deals[0].closed_at->ToString(), "2026-09-15");
  EXPECT_EQ(deals[0].discount_pct, 12.5);
  EXPECT_EQ(deals[0].icp_fit, true);
  EXPECT_EQ(deals[0].meddpicc.champion, "Priya Shah");
  EXPECT_FALSE(deals[1].closed_at.has_value());  // expected close of an open deal
  EXPECT_FALSE(deals[1].icp_fit.has_value());
  ASSERT_EQ(parsed.file->origins.size(), 2u);
  EXPECT_EQ(parsed.file->origins[1].line, 3u);
}

struct BadValueCase {
  std::string name;
  std::string row;
  std::size_t column;
  std::string message;
  std::string hint;
};

class CrmParserBadValueTest : public ::testing::TestWithParam<BadValueCase> {};

TEST_P(CrmParserBadValueTest, LocatesTheValueAndSaysHowToFixIt) {
  const BadValueCase& c = GetParam();
  std::string csv = std::string(kDealHeader) + c.row + "\n";
  Parsed parsed = Parse(csv, CrmKind::kDeals);
  ASSERT_TRUE(parsed.file.ok());
  ASSERT_EQ(parsed.file->rejected.size(), 1u);
  EXPECT_TRUE(parsed.file->batch.deals.empty());
  ASSERT_EQ(parsed.diagnostics.size(), 1u) << parsed.diagnostics.FormatAll();
  const Diagnostic& d = parsed.diagnostics[0];
  EXPECT_EQ(d.source, "deals.csv");
  EXPECT_EQ(d.line, 2u);
  EXPECT_EQ(d.column, c.column);
  EXPECT_EQ(d.message, c.message);
  EXPECT_THAT(d.hint, HasSubstr(c.hint));
  EXPECT_EQ(d.source_line, c.row);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, CrmParserBadValueTest,
    ::testing::Values(
        BadValueCase{"BadDate", "D-1,R-1,n,a,100,USD,Demo,open,2026-13-01,,,,", 31,
                     "'created_at' is '2026-13-01', which is not a date", "YYYY-MM-DD"},
        BadValueCase{"BadAmount", "D-1,R-1,n,a,12k,USD,Demo,open,2026-10-01,,,,", 13,
                     "'amount' is '12k', which is not a number", "plain numbers"},
        BadValueCase{"EmptyRequired", "D-1,R-1,n,a,,USD,Demo,open,2026-10-01,,,,", 13,
                     "'amount' is empty; every record of deals needs one", "fill in"},
        BadValueCase{"UnknownStatus", "D-1,R-1,n,a,100,USD,Demo,pending,2026-10-01,,,,", 26,
                     "'status' is 'pending', which is not a known value", "open, won or lost"},
        BadValueCase{"BadBool", "D-1,R-1,n,a,100,USD,Demo,open,2026-10-01,,,maybe,", 44,
                     "'icp_fit' is 'maybe', which is not yes or no", "true/false"},
        BadValueCase{"DiscountOutOfRange", "D-1,R-1,n,a,100,USD,Demo,open,2026-10-01,,150,,",
                     43, "'discount_pct' is 150, outside 0 to 100", "percentage"},
        BadValueCase{"NegativeAmount", "D-1,R-1,n,a,-5,USD,Demo,open,2026-10-01,,,,", 13,
                     "'amount' is -5, which is negative", "zero or more"},
        BadValueCase{"WonWithoutCloseDate", "D-1,R-1,n,a,100,USD,Won,won,2026-10-01,,,,", 40,
                     "the deal is won but has no closed_at", "closed deals need"},
        BadValueCase{"ClosedBeforeCreated",
                     "D-1,R-1,n,a,100,USD,Lost,lost,2026-10-01,2026-09-01,,,", 42,
                     "closed_at 2026-09-01 is before created_at 2026-10-01", "check the two"}),
    [](const auto& param_info) { return param_info.param.name; });

TEST(CrmParserTest, ReportsEveryProblemOfEveryRecord) {
  std::string csv = std::string(kDealHeader) +
                    "D-1,R-1,n,a,12k,USD,Demo,open,2026-13-01,,,,\n"
                    "D-2,R-1,n,a,100,USD,Demo,open,2026-10-01,,,,\n"
                    "D-3,R-1,n,a,100,USD,Demo,open,yesterday,,,,\n";
  Parsed parsed = Parse(csv, CrmKind::kDeals);
  ASSERT_TRUE(parsed.file.ok());
  ASSERT_EQ(parsed.diagnostics.size(), 3u);
  EXPECT_EQ(parsed.diagnostics[0].line, 2u);
  EXPECT_EQ(parsed.diagnostics[1].line, 2u);
  EXPECT_EQ(parsed.diagnostics[2].line, 4u);
  EXPECT_EQ(parsed.file->batch.deals.size(), 1u);
  EXPECT_EQ(parsed.file->rejected.size(), 2u);
}

TEST(CrmParserTest, FlagsADuplicateIdWithTheLineOfTheFirst) {
  std::string csv = std::string(kDealHeader) +
                    "D-1,R-1,n,a,100,USD,Demo,open,2026-10-01,,,,\n"
                    "D-1,R-1,n,a,200,USD,Demo,open,2026-10-01,,,,\n";
  Parsed parsed = Parse(csv, CrmKind::kDeals);
  ASSERT_EQ(parsed.diagnostics.size(), 1u);
  EXPECT_EQ(parsed.diagnostics[0].FormatShort(),
            "deals.csv:3:1: 'D-1' appears twice in this file (first on line 2) (remove the "
            "duplicate row from the export)");
}

TEST(CrmParserTest, MissingRequiredColumnsFailTheWholeFile) {
  Parsed parsed = Parse("id,rep_id,name\nD-1,R-1,x\n", CrmKind::kDeals);
  ASSERT_FALSE(parsed.file.ok());
  EXPECT_EQ(parsed.file.status().code(), StatusCode::kInvalidArgument);
  ASSERT_EQ(parsed.diagnostics.size(), 4u);  // amount, stage, status, created_at
  EXPECT_EQ(parsed.diagnostics[0].message,
            "missing required column 'amount' for deals (canonical columns)");
  EXPECT_THAT(parsed.diagnostics[0].hint, HasSubstr("the header has: id, rep_id, name"));
  EXPECT_EQ(parsed.diagnostics[0].line, 1u);
}

TEST(CrmParserTest, APipeSeparatedFileGetsADelimiterHint) {
  Parsed parsed = Parse("id|name\nR-1|Dana\n", CrmKind::kReps, CanonicalColumnMap(), "reps.csv");
  ASSERT_FALSE(parsed.file.ok());
  ASSERT_FALSE(parsed.diagnostics.empty());
  EXPECT_THAT(parsed.diagnostics[0].hint, HasSubstr("is the delimiter '|'?"));
}

TEST(CrmParserTest, SalesforcePresetDerivesStatusAndReadsUsDates) {
  std::string csv =
      "\xEF\xBB\xBF\"Opportunity ID\",\"Opportunity Owner\",\"Amount\",\"Stage\","
      "\"Created Date\",\"Close Date\",\"Closed\",\"Won\",\"Discount (%)\"\r\n"
      "\"006A\",\"Dana Reyes\",\"$48,500.00\",\"Closed Won\",\"8/1/2026\",\"9/15/2026\",\"1\","
      "\"1\",\"12\"\r\n"
      "\"006B\",\"Dana Reyes\",\"9000\",\"Closed Lost\",\"8/1/2026\",\"8/20/2026\",\"1\",\"0\","
      "\"\"\r\n"
      "\"006C\",\"dana.reyes@example.com\",\"9000\",\"Demo\",\"10/1/2026\",\"12/20/2026\","
      "\"0\",\"0\",\"\"\r\n";
  Parsed parsed = Parse(csv, CrmKind::kDeals, *PresetColumnMap("salesforce"));
  ASSERT_TRUE(parsed.file.ok()) << parsed.diagnostics.FormatAll();
  ASSERT_TRUE(parsed.diagnostics.empty()) << parsed.diagnostics.FormatAll();
  const std::vector<model::Deal>& deals = parsed.file->batch.deals;
  ASSERT_EQ(deals.size(), 3u);
  EXPECT_EQ(deals[0].status, model::DealStatus::kWon);
  EXPECT_EQ(deals[0].amount, 48500);
  EXPECT_EQ(deals[0].created_at.ToString(), "2026-08-01");
  EXPECT_EQ(deals[1].status, model::DealStatus::kLost);
  EXPECT_EQ(deals[2].status, model::DealStatus::kOpen);
  EXPECT_FALSE(deals[2].closed_at.has_value());

  RepDirectory directory({{"R-1", "Dana Reyes", "dana.reyes@example.com", "", "",
                           model::Segment::kSmb, std::nullopt, model::RepRole::kRep}});
  ParsedCrmFile file = *parsed.file;
  Diagnostics diagnostics;
  ResolveRepReferences(directory, file, &diagnostics);
  EXPECT_TRUE(diagnostics.empty());
  for (const model::Deal& deal : file.batch.deals) EXPECT_EQ(deal.rep_id, "R-1");
}

TEST(CrmParserTest, HubspotPresetTakesStatusFromTheStage) {
  std::string csv =
      "Record ID,Deal owner,Deal Name,Amount,Deal Stage,Create Date,Close Date\n"
      "901,R-1,Big deal,\"1,200\",Closed won,2026-08-01 10:15,2026-09-01 12:00\n"
      "902,R-1,Open deal,500,Appointment scheduled,2026-08-01 10:15,\n";
  Parsed parsed = Parse(csv, CrmKind::kDeals, *PresetColumnMap("hubspot"), "hubspot.csv");
  ASSERT_TRUE(parsed.file.ok()) << parsed.diagnostics.FormatAll();
  ASSERT_TRUE(parsed.diagnostics.empty()) << parsed.diagnostics.FormatAll();
  EXPECT_EQ(parsed.file->batch.deals[0].status, model::DealStatus::kWon);
  EXPECT_EQ(parsed.file->batch.deals[0].amount, 1200);
  EXPECT_EQ(parsed.file->batch.deals[1].status, model::DealStatus::kOpen);
}

TEST(CrmParserTest, UnknownRepsAreRejectedAtTheRepColumn) {
  std::string csv = std::string(kDealHeader) + "D-1,R-404,n,a,100,USD,Demo,open,2026-10-01,,,,\n";
  Parsed parsed = Parse(csv, CrmKind::kDeals);
  ASSERT_TRUE(parsed.file.ok());
  ParsedCrmFile file = *parsed.file;
  Diagnostics diagnostics;
  ResolveRepReferences(RepDirectory({}), file, &diagnostics);
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].FormatShort(),
            "deals.csv:2:5: rep 'R-404' is not imported (import the reps file first, or in the "
            "same command; reps are matched by id, email or full name)");
  EXPECT_TRUE(file.batch.deals.empty());
  EXPECT_EQ(file.rejected.size(), 1u);
}

TEST(CrmParserTest, ReadsEveryOtherKind) {
  Parsed reps = Parse(
      "id,name,email,manager_id,team,segment,hire_date,role\n"
      "M-1,Morgan Lee,,,,,,manager\nR-1,Dana Reyes,d@x.com,M-1,East,Mid-Market,2024-03-01,rep\n",
      CrmKind::kReps, CanonicalColumnMap(), "reps.csv");
  ASSERT_TRUE(reps.diagnostics.empty()) << reps.diagnostics.FormatAll();
  EXPECT_EQ(reps.file->batch.reps[0].role, model::RepRole::kManager);
  EXPECT_EQ(reps.file->batch.reps[1].segment, model::Segment::kMidMarket);

  Parsed activities = Parse(
      "id,rep_id,deal_id,type,at,duration_s,subject,call_id\n"
      "A-1,R-1,D-1,call,2026-09-01T15:30:00Z,1834.5,Discovery,C-1\n",
      CrmKind::kActivities, CanonicalColumnMap(), "activities.csv");
  ASSERT_TRUE(activities.diagnostics.empty()) << activities.diagnostics.FormatAll();
  EXPECT_EQ(activities.file->batch.activities[0].duration_s, 1834.5);

  Parsed quotas = Parse("rep_id;period_start;period_end;amount\nR-1;2026-07-01;2026-09-30;"
                        "150000,50\n",
                        CrmKind::kQuotas, CanonicalColumnMap(), "quotas.csv");
  ASSERT_TRUE(quotas.diagnostics.empty()) << quotas.diagnostics.FormatAll();
  EXPECT_EQ(quotas.file->batch.quotas[0].amount, 150000.5);

  Parsed forecasts = Parse(
      "rep_id,period_start,period_end,amount,submitted_at\n"
      "R-1,2026-07-01,2026-06-30,1000,2026-07-02T09:00:00Z\n",
      CrmKind::kForecasts, CanonicalColumnMap(), "forecasts.csv");
  ASSERT_EQ(forecasts.diagnostics.size(), 1u);
  EXPECT_EQ(forecasts.diagnostics[0].message, "period_end is before period_start");
}

}  // namespace
}  // namespace sc::ingest
