// The contract every Store backend passes: run once per backend through a factory.
#include <algorithm>
#include <filesystem>
#include <functional>
#include <limits>
#include <map>
#include <memory>

#include <fmt/format.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "store/memory_store.h"
#include "store/sqlite_store.h"

namespace sc::store {
namespace {

using ::testing::HasSubstr;

struct Backend {
  std::string name;
  std::function<std::unique_ptr<Store>(const std::filesystem::path& dir)> open;
};

model::Rep MakeRep(std::string id, std::string name) {
  model::Rep rep;
  rep.id = std::move(id);
  rep.name = std::move(name);
  rep.email = rep.id + "@example.com";
  rep.segment = model::Segment::kMidMarket;
  rep.hire_date = Date::FromYmd(2024, 3, 1);
  return rep;
}

model::Deal MakeDeal(std::string id, std::string rep_id, double amount) {
  model::Deal deal;
  deal.id = std::move(id);
  deal.rep_id = std::move(rep_id);
  deal.name = "Acme, Inc. renewal";
  deal.account = "Acme, Inc.";
  deal.amount = amount;
  deal.currency = "USD";
  deal.stage = "Closed Won";
  deal.status = model::DealStatus::kWon;
  deal.created_at = Date::FromYmd(2026, 8, 1);
  deal.closed_at = Date::FromYmd(2026, 9, 15);
  deal.list_amount = amount / 0.9;
  deal.discount_pct = 10;
  deal.icp_fit = true;
  deal.meddpicc.metrics = "cut forecast prep from 3 days to 4 hours";
  deal.meddpicc.champion = "Priya Shah, VP RevOps";
  deal.price_objection = false;
  return deal;
}

model::CrmBatch SampleBatch() {
  model::CrmBatch batch;
  model::Rep manager = MakeRep("M-1", "Morgan Lee");
  manager.role = model::RepRole::kManager;
  batch.reps = {manager, MakeRep("R-1", "Dana Reyes"), MakeRep("R-2", "Sam Okafor")};
  batch.reps[1].manager_id = "M-1";
  batch.deals = {MakeDeal("D-1", "R-1", 48500), MakeDeal("D-2", "R-2", 12000)};
  batch.deals[1].status = model::DealStatus::kOpen;
  batch.deals[1].closed_at.reset();
  batch.deals[1].icp_fit.reset();
  batch.activities = {{"A-2", "R-1", "D-1", model::ActivityType::kEmail,
                       *Timestamp::Parse("2026-09-02T10:00:00Z"), std::nullopt, "Proposal", ""},
                      {"A-1", "R-1", "D-1", model::ActivityType::kCall,
                       *Timestamp::Parse("2026-09-01T15:30:00Z"), 1834.5, "Discovery", "C-1"}};
  batch.quotas = {{"R-1", Date::FromYmd(2026, 7, 1), Date::FromYmd(2026, 9, 30), 150000}};
  batch.forecasts = {{"R-1", Date::FromYmd(2026, 7, 1), Date::FromYmd(2026, 9, 30), 140000,
                      Timestamp::Parse("2026-07-02T09:00:00Z")}};
  return batch;
}

class StoreContractTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("sc_store_" + GetParam().name + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    store_ = GetParam().open(dir_);
    ASSERT_NE(store_, nullptr);
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  std::filesystem::path dir_;
  std::unique_ptr<Store> store_;
};

TEST_P(StoreContractTest, ImportThenReadBackEveryField) {
  model::CrmBatch batch = SampleBatch();
  Result<ImportSummary> summary = store_->ImportCrm(batch);
  ASSERT_TRUE(summary.ok()) << summary.status().ToString();
  EXPECT_EQ(summary->reps, (UpsertCount{3, 0}));
  EXPECT_EQ(summary->deals, (UpsertCount{2, 0}));

  EXPECT_EQ(*store_->ListReps(), batch.reps);  // batch is already in id order
  EXPECT_EQ(*store_->ListDeals(""), batch.deals);
  EXPECT_EQ(*store_->ListQuotas("R-1"), batch.quotas);
  EXPECT_EQ(*store_->ListForecasts("R-1"), batch.forecasts);
  std::vector<model::Activity> activities = *store_->ListActivities("R-1");
  ASSERT_EQ(activities.size(), 2u);
  EXPECT_EQ(activities[0], batch.activities[1]);  // ordered by time
  EXPECT_EQ(activities[1], batch.activities[0]);
}

TEST_P(StoreContractTest, ReimportUpdatesAndNeverDuplicates) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  model::CrmBatch again = SampleBatch();
  again.deals[0].amount = 50000;
  again.quotas[0].amount = 160000;
  Result<ImportSummary> summary = store_->ImportCrm(again);
  ASSERT_TRUE(summary.ok());
  EXPECT_EQ(summary->deals, (UpsertCount{0, 2}));
  EXPECT_EQ(summary->quotas, (UpsertCount{0, 1}));
  EXPECT_EQ(*store_->CountRecords(), (RecordCounts{3, 2, 2, 1, 1, 0, 0, 0, 0, 0}));
  EXPECT_EQ(store_->ListDeals("R-1")->at(0).amount, 50000);
  EXPECT_EQ(store_->ListQuotas("")->at(0).amount, 160000);
}

TEST_P(StoreContractTest, FiltersByRep) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  EXPECT_EQ(store_->ListDeals("R-2")->size(), 1u);
  EXPECT_EQ(store_->ListDeals("R-9")->size(), 0u);
  EXPECT_EQ(store_->ListActivities("R-2")->size(), 0u);
}

TEST_P(StoreContractTest, FindsRepsById) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  Result<std::optional<model::Rep>> found = store_->FindRep("R-2");
  ASSERT_TRUE(found.ok());
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->name, "Sam Okafor");
  EXPECT_FALSE(store_->FindRep("R-404")->has_value());
}

TEST_P(StoreContractTest, ARecordForAnUnknownRepRejectsTheWholeBatch) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  model::CrmBatch bad;
  bad.reps = {MakeRep("R-3", "New Rep")};
  bad.deals = {MakeDeal("D-9", "R-404", 1000)};
  Result<ImportSummary> summary = store_->ImportCrm(bad);
  ASSERT_FALSE(summary.ok());
  EXPECT_EQ(summary.status().code(), StatusCode::kInvalidArgument);
  EXPECT_THAT(summary.status().message(), HasSubstr("not imported"));
  EXPECT_EQ(*store_->CountRecords(),
            (RecordCounts{3, 2, 2, 1, 1, 0, 0, 0, 0, 0}));  // nothing written
  EXPECT_FALSE(store_->FindRep("R-3")->has_value());
}

TEST_P(StoreContractTest, ABatchMayBringRepsAndTheirDealsTogether) {
  model::CrmBatch batch;
  batch.deals = {MakeDeal("D-1", "R-1", 100)};  // deals listed before their rep
  batch.reps = {MakeRep("R-1", "Dana Reyes")};
  ASSERT_TRUE(store_->ImportCrm(batch).ok());
  EXPECT_EQ(store_->CountRecords()->deals, 1);
}

TEST_P(StoreContractTest, EmptyStoreListsNothing) {
  EXPECT_TRUE(store_->ListReps()->empty());
  EXPECT_TRUE(store_->ListDeals("")->empty());
  EXPECT_EQ(*store_->CountRecords(), RecordCounts{});
  EXPECT_TRUE(store_->ImportCrm(model::CrmBatch{}).ok());
}

model::Call MakeCall(std::string id, std::string rep_id, std::string started_at) {
  model::Call call;
  call.id = std::move(id);
  call.rep_id = std::move(rep_id);
  call.deal_id = "D-1";
  call.title = "Discovery: Acme x Northwind";
  call.started_at = Timestamp::Parse(started_at);
  call.call_type = model::CallType::kDiscovery;
  call.rep_speakers = {"Dana Reyes", "Lee (SE)"};
  call.roles_from = "manifest";
  call.source = "calls/" + call.id + ".vtt";
  call.utterances = {{"Dana Reyes", model::SpeakerRole::kRep, 0.5, 4.25, "Thanks for joining."},
                     {"Priya Shah", model::SpeakerRole::kCustomer, 4.9, 9.0, "Happy to, Dana."}};
  call.duration_s = 9.0;
  return call;
}

TEST_P(StoreContractTest, SavesCallsWithTheirUtterances) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  std::vector<model::Call> calls = {MakeCall("C-2", "R-1", "2026-09-02T15:00:00Z"),
                                    MakeCall("C-1", "R-1", "2026-09-01T15:00:00Z")};
  Result<UpsertCount> saved = store_->SaveCalls(calls);
  ASSERT_TRUE(saved.ok()) << saved.status().ToString();
  EXPECT_EQ(*saved, (UpsertCount{2, 0}));
  EXPECT_EQ(**store_->LoadCall("C-1"), calls[1]);
  EXPECT_FALSE(store_->LoadCall("C-404")->has_value());

  std::vector<model::Call> listed = *store_->ListCalls("R-1");
  ASSERT_EQ(listed.size(), 2u);
  EXPECT_EQ(listed[0].id, "C-1");  // by start time
  EXPECT_TRUE(listed[0].utterances.empty());
  EXPECT_EQ(listed[0].duration_s, 9.0);
  EXPECT_EQ(listed[0].rep_speakers, calls[1].rep_speakers);
  EXPECT_TRUE(store_->ListCalls("R-2")->empty());
}

TEST_P(StoreContractTest, ResavingACallReplacesItsUtterances) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  ASSERT_TRUE(store_->SaveCalls({MakeCall("C-1", "R-1", "2026-09-01T15:00:00Z")}).ok());
  model::Call shorter = MakeCall("C-1", "R-1", "2026-09-01T15:00:00Z");
  shorter.utterances.pop_back();
  Result<UpsertCount> saved = store_->SaveCalls({shorter});
  ASSERT_TRUE(saved.ok());
  EXPECT_EQ(*saved, (UpsertCount{0, 1}));
  EXPECT_EQ((*store_->LoadCall("C-1"))->utterances.size(), 1u);
  EXPECT_EQ(store_->CountRecords()->calls, 1);
}

TEST_P(StoreContractTest, ACallOfAnUnknownRepSavesNothing) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  Result<UpsertCount> saved = store_->SaveCalls(
      {MakeCall("C-1", "R-1", "2026-09-01T15:00:00Z"), MakeCall("C-2", "R-404", "")});
  ASSERT_FALSE(saved.ok());
  EXPECT_EQ(saved.status().code(), StatusCode::kInvalidArgument);
  EXPECT_THAT(saved.status().message(), HasSubstr("R-404"));
  EXPECT_EQ(store_->CountRecords()->calls, 0);
}

TEST_P(StoreContractTest, LoadsCallsInTheOrderAsked) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  std::vector<model::Call> calls = {MakeCall("C-2", "R-1", "2026-09-02T15:00:00Z"),
                                    MakeCall("C-1", "R-1", "2026-09-01T15:00:00Z"),
                                    MakeCall("C-3", "R-2", "")};
  ASSERT_TRUE(store_->SaveCalls(calls).ok());
  EXPECT_EQ(*store_->ListCallIds(), (std::vector<std::string>{"C-1", "C-2", "C-3"}));

  std::vector<std::string> ids = {"C-3", "C-1", "C-3"};
  Result<std::vector<model::Call>> loaded = store_->LoadCalls(ids);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ(*loaded, (std::vector<model::Call>{calls[2], calls[1], calls[2]}));
  EXPECT_TRUE(store_->LoadCalls({})->empty());
}

TEST_P(StoreContractTest, LoadingCallsNamesTheFirstMissingOne) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  ASSERT_TRUE(store_->SaveCalls({MakeCall("C-1", "R-1", "2026-09-01T15:00:00Z")}).ok());
  std::vector<std::string> ids = {"C-1", "C-404", "C-405"};
  Result<std::vector<model::Call>> loaded = store_->LoadCalls(ids);
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().code(), StatusCode::kNotFound);
  EXPECT_THAT(loaded.status().message(), HasSubstr("'C-404'"));
}

TEST_P(StoreContractTest, LoadsABatchOfCallsWhole) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  std::vector<model::Call> calls;
  for (int i = 0; i < 256; ++i) {
    calls.push_back(MakeCall("C-" + std::to_string(1000 + i), "R-1", "2026-09-01T15:00:00Z"));
    calls.back().utterances.resize(1 + i % 3, calls.back().utterances[0]);
  }
  ASSERT_TRUE(store_->SaveCalls(calls).ok());
  std::vector<std::string> ids;
  for (auto call = calls.rbegin(); call != calls.rend(); ++call) ids.push_back(call->id);
  Result<std::vector<model::Call>> loaded = store_->LoadCalls(ids);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ(*loaded, (std::vector<model::Call>(calls.rbegin(), calls.rend())));
}

CallAnalysisRecord MakeAnalysis(std::string call_id, std::string version) {
  std::string json = R"({"call_id": ")" + call_id + R"(", "talk_share": 0.42})";
  return CallAnalysisRecord{std::move(call_id), std::move(version), std::move(json), "", {}};
}

TEST_P(StoreContractTest, ListsTheCallsWithoutAnAnalysisOfTheVersion) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  std::vector<model::Call> calls = {MakeCall("C-3", "R-1", "2026-09-03T15:00:00Z"),
                                    MakeCall("C-1", "R-1", "2026-09-01T15:00:00Z"),
                                    MakeCall("C-2", "R-2", "2026-09-02T15:00:00Z")};
  ASSERT_TRUE(store_->SaveCalls(calls).ok());
  EXPECT_EQ(*store_->ListCallsToAnalyze("v1"), (std::vector<std::string>{"C-1", "C-2", "C-3"}));

  std::vector<CallAnalysisRecord> analyses = {MakeAnalysis("C-1", "v1"), MakeAnalysis("C-2", "v2")};
  Result<std::int64_t> saved = store_->SaveAnalyses(analyses);
  ASSERT_TRUE(saved.ok()) << saved.status().ToString();
  EXPECT_EQ(*saved, 2);
  EXPECT_EQ(*store_->ListCallsToAnalyze("v1"), (std::vector<std::string>{"C-2", "C-3"}));
  EXPECT_EQ(*store_->ListCallsToAnalyze("v2"), (std::vector<std::string>{"C-1", "C-3"}));
  EXPECT_EQ(store_->CountRecords()->analyses, 2);
}

TEST_P(StoreContractTest, SavingAnAnalysisReplacesTheCallsStoredOne) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  ASSERT_TRUE(store_->SaveCalls({MakeCall("C-1", "R-1", "2026-09-01T15:00:00Z")}).ok());
  std::vector<CallAnalysisRecord> first = {MakeAnalysis("C-1", "v1")};
  ASSERT_TRUE(store_->SaveAnalyses(first).ok());
  CallAnalysisRecord second = MakeAnalysis("C-1", "v2");
  second.json = R"({"call_id": "C-1", "talk_share": 0.38})";
  second.rep_id = "R-2";  // ignored: the call's own rep is listed
  second.started_at = Timestamp::FromSeconds(0);
  ASSERT_TRUE(store_->SaveAnalyses(std::vector<CallAnalysisRecord>{second}).ok());

  std::vector<CallAnalysisRecord> listed = *store_->ListAnalyses("", std::nullopt, std::nullopt);
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0], (CallAnalysisRecord{"C-1", "v2", second.json, "R-1",
                                           Timestamp::Parse("2026-09-01T15:00:00Z")}));
  EXPECT_EQ(store_->CountRecords()->analyses, 1);
  EXPECT_TRUE(store_->ListCallsToAnalyze("v2")->empty());
}

TEST_P(StoreContractTest, AnAnalysisOfAnUnknownCallSavesNothing) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  ASSERT_TRUE(store_->SaveCalls({MakeCall("C-1", "R-1", "2026-09-01T15:00:00Z")}).ok());
  std::vector<CallAnalysisRecord> analyses = {MakeAnalysis("C-1", "v1"),
                                              MakeAnalysis("C-404", "v1")};
  Result<std::int64_t> saved = store_->SaveAnalyses(analyses);
  ASSERT_FALSE(saved.ok());
  EXPECT_EQ(saved.status().code(), StatusCode::kInvalidArgument);
  EXPECT_THAT(saved.status().message(), HasSubstr("'C-404'"));
  EXPECT_EQ(store_->CountRecords()->analyses, 0);
  EXPECT_EQ(*store_->ListCallsToAnalyze("v1"), (std::vector<std::string>{"C-1"}));
}

TEST_P(StoreContractTest, ReimportingACallDropsItsAnalysis) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  std::vector<model::Call> calls = {MakeCall("C-1", "R-1", "2026-09-01T15:00:00Z"),
                                    MakeCall("C-2", "R-1", "2026-09-02T15:00:00Z")};
  ASSERT_TRUE(store_->SaveCalls(calls).ok());
  std::vector<CallAnalysisRecord> analyses = {MakeAnalysis("C-1", "v1"), MakeAnalysis("C-2", "v1")};
  ASSERT_TRUE(store_->SaveAnalyses(analyses).ok());
  ASSERT_TRUE(store_->ListCallsToAnalyze("v1")->empty());

  model::Call edited = calls[0];
  edited.utterances[0].text = "Thanks for joining, everyone.";
  ASSERT_TRUE(store_->SaveCalls({edited}).ok());
  EXPECT_EQ(*store_->ListCallsToAnalyze("v1"), (std::vector<std::string>{"C-1"}));
  EXPECT_EQ(store_->CountRecords()->analyses, 1);
  std::vector<CallAnalysisRecord> listed = *store_->ListAnalyses("", std::nullopt, std::nullopt);
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].call_id, "C-2");
}

// The ids of `records`, in order.
std::vector<std::string> CallIds(const Result<std::vector<CallAnalysisRecord>>& records) {
  std::vector<std::string> ids;
  for (const CallAnalysisRecord& record : *records) ids.push_back(record.call_id);
  return ids;
}

TEST_P(StoreContractTest, ListsAnalysesByRepAndStartDate) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  std::vector<model::Call> calls = {MakeCall("C-1", "R-1", "2026-09-01T00:00:00Z"),
                                    MakeCall("C-2", "R-1", "2026-09-07T23:59:59Z"),
                                    MakeCall("C-3", "R-1", "2026-09-08T00:00:00Z"),
                                    MakeCall("C-4", "R-2", "2026-09-03T10:00:00Z"),
                                    MakeCall("C-5", "R-1", ""),
                                    MakeCall("C-6", "R-1", "2026-09-02T10:00:00Z")};
  ASSERT_TRUE(store_->SaveCalls(calls).ok());
  std::vector<CallAnalysisRecord> analyses;
  for (std::string id : {"C-5", "C-4", "C-3", "C-2", "C-1"}) {  // C-6 is not analyzed
    analyses.push_back(MakeAnalysis(id, "v1"));
  }
  ASSERT_TRUE(store_->SaveAnalyses(analyses).ok());
  using Ids = std::vector<std::string>;
  const std::optional<Date> open;
  const Date sep1 = Date::FromYmd(2026, 9, 1), sep2 = Date::FromYmd(2026, 9, 2),
             sep7 = Date::FromYmd(2026, 9, 7);

  Result<std::vector<CallAnalysisRecord>> all = store_->ListAnalyses("", open, open);
  ASSERT_TRUE(all.ok()) << all.status().ToString();
  EXPECT_EQ(CallIds(all), (Ids{"C-5", "C-1", "C-4", "C-2", "C-3"}));  // no start time first
  EXPECT_EQ(all->at(0), (CallAnalysisRecord{"C-5", "v1", analyses[0].json, "R-1", {}}));
  EXPECT_EQ(all->at(2), (CallAnalysisRecord{"C-4", "v1", analyses[1].json, "R-2",
                                            Timestamp::Parse("2026-09-03T10:00:00Z")}));

  EXPECT_EQ(CallIds(store_->ListAnalyses("R-1", sep1, sep7)), (Ids{"C-1", "C-2"}));
  EXPECT_EQ(CallIds(store_->ListAnalyses("R-1", sep2, open)), (Ids{"C-2", "C-3"}));
  EXPECT_EQ(CallIds(store_->ListAnalyses("", open, sep1)), (Ids{"C-1"}));
  EXPECT_EQ(CallIds(store_->ListAnalyses("R-2", open, open)), (Ids{"C-4"}));
  EXPECT_EQ(CallIds(store_->ListAnalyses("R-2", sep1, sep2)), Ids{});
  EXPECT_EQ(CallIds(store_->ListAnalyses("", sep7, sep1)), Ids{});
}

TEST_P(StoreContractTest, NoCallsMeansNothingToAnalyze) {
  EXPECT_TRUE(store_->ListCallIds()->empty());
  EXPECT_TRUE(store_->ListCallsToAnalyze("v1")->empty());
  EXPECT_TRUE(store_->ListAnalyses("", std::nullopt, std::nullopt)->empty());
  EXPECT_EQ(*store_->SaveAnalyses({}), 0);
}

// A weekly report snapshot of `rep_id` as of `as_of`, with every field set.
SnapshotRecord MakeSnapshot(std::string rep_id, Date as_of) {
  SnapshotRecord snapshot;
  snapshot.rep_id = std::move(rep_id);
  snapshot.as_of = as_of;
  snapshot.period_from = as_of.AddDays(-28);
  snapshot.period_to = as_of.AddDays(-1);
  snapshot.overall = 71.5;
  snapshot.skills = {{"discovery", 64.25}, {"objection_handling", 80}};
  snapshot.components = {{"question_depth", 55.5}, {"talk_ratio", 100}, {"next_steps", 0}};
  snapshot.focus_skill = "discovery";
  snapshot.focus_component = "question_depth";
  snapshot.status = "draft";
  snapshot.report_json =
      R"({"rep_id": ")" + snapshot.rep_id + R"(", "as_of": ")" + as_of.ToString() + R"("})";
  snapshot.report_markdown =
      fmt::format("# Coaching report: {}\n\nAs of {}.\n", snapshot.rep_id, as_of.ToString());
  snapshot.report_html = fmt::format("<h1>Coaching report: {}</h1>", snapshot.rep_id);
  snapshot.report_card = fmt::format("{} · overall 71.5 · focus: discovery", snapshot.rep_id);
  return snapshot;
}

// `snapshot` as the store returns it once saved under `id`.
SnapshotRecord Stored(SnapshotRecord snapshot, std::int64_t id) {
  snapshot.id = id;
  return snapshot;
}

// "as_of rep_id" for each of `snapshots`, in order.
std::vector<std::string> DatesAndReps(const std::vector<SnapshotRecord>& snapshots) {
  std::vector<std::string> dates;
  for (const SnapshotRecord& snapshot : snapshots) {
    dates.push_back(snapshot.as_of.ToString() + " " + snapshot.rep_id);
  }
  return dates;
}

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInfinity = std::numeric_limits<double>::infinity();
const Date kSep7 = Date::FromYmd(2026, 9, 7), kSep14 = Date::FromYmd(2026, 9, 14),
           kSep21 = Date::FromYmd(2026, 9, 21);

TEST_P(StoreContractTest, SavesAndFindsASnapshotWithEveryField) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  SnapshotRecord snapshot = MakeSnapshot("R-1", kSep14);
  snapshot.id = -7;  // ignored
  Result<std::int64_t> id = store_->SaveSnapshot(snapshot);
  ASSERT_TRUE(id.ok()) << id.status().ToString();
  EXPECT_GT(*id, 0);

  Result<std::optional<SnapshotRecord>> found = store_->FindSnapshot(*id);
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ(**found, Stored(snapshot, *id));
  EXPECT_FALSE(store_->FindSnapshot(*id + 1)->has_value());
  EXPECT_FALSE(store_->FindSnapshot(-7)->has_value());
  EXPECT_EQ(store_->CountRecords()->snapshots, 1);
}

TEST_P(StoreContractTest, SavesASnapshotWithNothingScored) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  SnapshotRecord snapshot = MakeSnapshot("R-1", kSep14);
  snapshot.overall.reset();
  snapshot.skills.clear();
  snapshot.components.clear();
  snapshot.focus_skill.clear();
  snapshot.focus_component.clear();
  Result<std::int64_t> id = store_->SaveSnapshot(snapshot);
  ASSERT_TRUE(id.ok()) << id.status().ToString();
  EXPECT_EQ(**store_->FindSnapshot(*id), Stored(snapshot, *id));
}

TEST_P(StoreContractTest, ResavingARepsSnapshotForTheSameDateReplacesItAndKeepsItsId) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  Result<std::int64_t> first = store_->SaveSnapshot(MakeSnapshot("R-1", kSep14));
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  Result<std::int64_t> other = store_->SaveSnapshot(MakeSnapshot("R-1", kSep7));
  ASSERT_TRUE(other.ok());
  EXPECT_NE(*other, *first);

  SnapshotRecord again = MakeSnapshot("R-1", kSep14);
  again.period_from = kSep7;
  again.overall = 90;
  again.skills = {{"discovery", 90}};  // objection_handling is no longer scored
  again.components = {{"talk_ratio", 42}};
  again.focus_skill = "closing";
  again.focus_component = "";
  again.status = "pending_review";
  again.report_json = R"({"rerun": true})";
  again.report_markdown = "# Rerun\n";
  again.report_html = "";
  again.report_card = "rerun";
  Result<std::int64_t> second = store_->SaveSnapshot(again);
  ASSERT_TRUE(second.ok()) << second.status().ToString();
  EXPECT_EQ(*second, *first);

  EXPECT_EQ(**store_->FindSnapshot(*first), Stored(again, *first));
  EXPECT_EQ(**store_->FindSnapshot(*other), Stored(MakeSnapshot("R-1", kSep7), *other));
  EXPECT_EQ(store_->ListSnapshots("R-1")->size(), 2u);
  EXPECT_EQ(store_->CountRecords()->snapshots, 2);
}

TEST_P(StoreContractTest, TheSameDateForAnotherRepIsAnotherSnapshot) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  Result<std::int64_t> dana = store_->SaveSnapshot(MakeSnapshot("R-1", kSep14));
  Result<std::int64_t> sam = store_->SaveSnapshot(MakeSnapshot("R-2", kSep14));
  ASSERT_TRUE(dana.ok() && sam.ok());
  EXPECT_NE(*dana, *sam);
  EXPECT_EQ((*store_->FindSnapshot(*dana))->rep_id, "R-1");
  EXPECT_EQ((*store_->FindSnapshot(*sam))->rep_id, "R-2");
}

TEST_P(StoreContractTest, FindsTheLatestSnapshotStrictlyBeforeADate) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  std::map<std::string, std::int64_t> ids;
  for (auto [rep_id, as_of] : {std::pair{"R-1", kSep14}, std::pair{"R-1", kSep21},
                               std::pair{"R-1", kSep7}, std::pair{"R-2", kSep21.AddDays(-1)}}) {
    Result<std::int64_t> id = store_->SaveSnapshot(MakeSnapshot(rep_id, as_of));
    ASSERT_TRUE(id.ok()) << id.status().ToString();
    ids[fmt::format("{} {}", rep_id, as_of.ToString())] = *id;
  }
  auto latest = [&](std::string_view rep_id, Date as_of) -> std::string {
    Result<std::optional<SnapshotRecord>> found = store_->LatestSnapshotBefore(rep_id, as_of);
    if (!found.ok()) return found.status().ToString();
    if (!found->has_value()) return "none";
    return (*found)->as_of.ToString();
  };
  EXPECT_EQ(latest("R-1", kSep21.AddDays(1)), "2026-09-21");
  EXPECT_EQ(latest("R-1", kSep21), "2026-09-14");  // strictly before
  EXPECT_EQ(latest("R-1", kSep14.AddDays(3)), "2026-09-14");
  EXPECT_EQ(latest("R-1", kSep14), "2026-09-07");
  EXPECT_EQ(latest("R-1", kSep7), "none");
  EXPECT_EQ(latest("R-2", kSep21), "2026-09-20");
  EXPECT_EQ(latest("R-2", kSep14), "none");
  EXPECT_EQ(latest("R-9", kSep21), "none");

  // The whole snapshot, scores included.
  Result<std::optional<SnapshotRecord>> found = store_->LatestSnapshotBefore("R-1", kSep21);
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ(**found, Stored(MakeSnapshot("R-1", kSep14), ids.at("R-1 2026-09-14")));
}

TEST_P(StoreContractTest, AnInvalidSnapshotWritesNothing) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  const SnapshotRecord good = MakeSnapshot("R-1", kSep14);
  Result<std::int64_t> id = store_->SaveSnapshot(good);
  ASSERT_TRUE(id.ok()) << id.status().ToString();
  const RecordCounts counts = *store_->CountRecords();

  struct Case {
    std::string name;
    std::function<void(SnapshotRecord&)> change;
    std::string message;  // part of the error message
  };
  const std::vector<Case> cases = {
      {"unknown rep", [](SnapshotRecord& s) { s.rep_id = "R-404"; }, "'R-404'"},
      {"unknown rep, new date",
       [](SnapshotRecord& s) {
         s.rep_id = "R-404";
         s.as_of = kSep21;
       },
       "'R-404'"},
      {"bad status", [](SnapshotRecord& s) { s.status = "done"; }, "'done'"},
      {"empty status", [](SnapshotRecord& s) { s.status = ""; }, "status"},
      {"status in capitals", [](SnapshotRecord& s) { s.status = "Draft"; }, "'Draft'"},
      {"skill over 100", [](SnapshotRecord& s) { s.skills["discovery"] = 101; }, "discovery"},
      {"component NaN", [](SnapshotRecord& s) { s.components["talk_ratio"] = kNaN; }, "talk_ratio"},
      {"skill NaN", [](SnapshotRecord& s) { s.skills["closing"] = kNaN; }, "closing"},
      {"component below 0", [](SnapshotRecord& s) { s.components["next_steps"] = -0.5; },
       "next_steps"},
      {"overall 101", [](SnapshotRecord& s) { s.overall = 101; }, "overall"},
      {"overall NaN", [](SnapshotRecord& s) { s.overall = kNaN; }, "overall"},
      {"overall infinite", [](SnapshotRecord& s) { s.overall = kInfinity; }, "overall"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    for (Date as_of : {kSep14, kSep21}) {  // replacing the stored one, and a new one
      SnapshotRecord bad = good;
      bad.as_of = as_of;
      bad.status = "approved";
      bad.report_json = "{}";
      c.change(bad);
      Result<std::int64_t> saved = store_->SaveSnapshot(bad);
      ASSERT_FALSE(saved.ok());
      EXPECT_EQ(saved.status().code(), StatusCode::kInvalidArgument);
      EXPECT_THAT(saved.status().message(), HasSubstr(c.message));
      EXPECT_EQ(*store_->CountRecords(), counts);
      EXPECT_EQ(*store_->ListSnapshots(""), std::vector<SnapshotRecord>{Stored(good, *id)});
    }
  }
}

TEST_P(StoreContractTest, SetsASnapshotsStatus) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  Result<std::int64_t> id = store_->SaveSnapshot(MakeSnapshot("R-1", kSep14));
  Result<std::int64_t> other = store_->SaveSnapshot(MakeSnapshot("R-1", kSep7));
  ASSERT_TRUE(id.ok() && other.ok());
  for (std::string_view status : {"pending_review", "approved", "sent", "sent", "draft"}) {
    Status set = store_->SetSnapshotStatus(*id, status);
    ASSERT_TRUE(set.ok()) << set.ToString();
    EXPECT_EQ((*store_->FindSnapshot(*id))->status, status);
  }
  ASSERT_TRUE(store_->SetSnapshotStatus(*id, "approved").ok());
  SnapshotRecord expected = Stored(MakeSnapshot("R-1", kSep14), *id);
  expected.status = "approved";
  EXPECT_EQ(**store_->FindSnapshot(*id), expected);  // nothing else changed
  EXPECT_EQ((*store_->FindSnapshot(*other))->status, "draft");

  Status bad = store_->SetSnapshotStatus(*id, "archived");
  EXPECT_EQ(bad.code(), StatusCode::kInvalidArgument);
  EXPECT_THAT(bad.message(), HasSubstr("'archived'"));
  EXPECT_EQ((*store_->FindSnapshot(*id))->status, "approved");

  Status missing = store_->SetSnapshotStatus(*id + *other, "sent");
  EXPECT_EQ(missing.code(), StatusCode::kNotFound);
  EXPECT_EQ(store_->CountRecords()->snapshots, 2);
}

TEST_P(StoreContractTest, ReviewsApproveOrRejectOnlyHeldSnapshotsWithWhoAndWhen) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  SnapshotRecord held = MakeSnapshot("R-1", kSep14);
  held.status = "pending_review";
  Result<std::int64_t> id = store_->SaveSnapshot(held);
  Result<std::int64_t> draft = store_->SaveSnapshot(MakeSnapshot("R-1", kSep7));
  ASSERT_TRUE(id.ok() && draft.ok());
  const Timestamp at = *Timestamp::Parse("2026-09-15T09:30:00Z");

  EXPECT_EQ(store_->RecordReview(*id, "archived", "Emeka", at, "").code(),
            StatusCode::kInvalidArgument);
  Status not_held = store_->RecordReview(*draft, "approved", "Emeka", at, "");
  EXPECT_EQ(not_held.code(), StatusCode::kFailedPrecondition);
  EXPECT_THAT(not_held.message(), HasSubstr("not pending review"));
  EXPECT_EQ(store_->RecordReview(*id + *draft, "approved", "Emeka", at, "").code(),
            StatusCode::kNotFound);
  EXPECT_EQ((*store_->FindSnapshot(*id))->status, "pending_review");  // nothing written

  Status rejected = store_->RecordReview(*id, "rejected", "Emeka", at, "quote names a customer");
  ASSERT_TRUE(rejected.ok()) << rejected.ToString();
  SnapshotRecord found = **store_->FindSnapshot(*id);
  EXPECT_EQ(found.status, "rejected");
  EXPECT_EQ(found.reviewed_by, "Emeka");
  EXPECT_EQ(found.reviewed_at, at);
  EXPECT_EQ(found.review_note, "quote names a customer");
  // A decided review is final until the report is held again.
  EXPECT_EQ(store_->RecordReview(*id, "approved", "Emeka", at, "").code(),
            StatusCode::kFailedPrecondition);

  // Saving the same rep and date again (a new run) keeps the recorded review.
  ASSERT_TRUE(store_->SaveSnapshot(held).ok());
  found = **store_->FindSnapshot(*id);
  EXPECT_EQ(found.status, "pending_review");
  EXPECT_EQ(found.reviewed_by, "Emeka");
  ASSERT_TRUE(store_->RecordReview(*id, "approved", "Miles", at, "").ok());
  EXPECT_EQ((*store_->FindSnapshot(*id))->reviewed_by, "Miles");
}

TEST_P(StoreContractTest, ListsSnapshotsByDateThenRep) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  for (auto [rep_id, as_of] :
       {std::pair{"R-2", kSep14}, std::pair{"R-1", kSep21}, std::pair{"R-2", kSep7},
        std::pair{"R-1", kSep14}, std::pair{"R-1", kSep7}}) {
    ASSERT_TRUE(store_->SaveSnapshot(MakeSnapshot(rep_id, as_of)).ok());
  }
  using Dates = std::vector<std::string>;
  Result<std::vector<SnapshotRecord>> all = store_->ListSnapshots("");
  ASSERT_TRUE(all.ok()) << all.status().ToString();
  EXPECT_EQ(DatesAndReps(*all), (Dates{"2026-09-07 R-1", "2026-09-07 R-2", "2026-09-14 R-1",
                                       "2026-09-14 R-2", "2026-09-21 R-1"}));
  EXPECT_EQ(DatesAndReps(*store_->ListSnapshots("R-1")),
            (Dates{"2026-09-07 R-1", "2026-09-14 R-1", "2026-09-21 R-1"}));
  EXPECT_EQ(DatesAndReps(*store_->ListSnapshots("R-2")),
            (Dates{"2026-09-07 R-2", "2026-09-14 R-2"}));
  EXPECT_TRUE(store_->ListSnapshots("R-9")->empty());
  for (const SnapshotRecord& listed : *all) {  // whole snapshots, scores included
    EXPECT_EQ(listed, Stored(MakeSnapshot(listed.rep_id, listed.as_of), listed.id));
  }
  EXPECT_EQ(store_->CountRecords()->snapshots, 5);
}

TEST_P(StoreContractTest, ReimportingARepKeepsItsSnapshots) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  Result<std::int64_t> id = store_->SaveSnapshot(MakeSnapshot("R-1", kSep14));
  ASSERT_TRUE(id.ok());
  model::CrmBatch again = SampleBatch();
  again.reps[1].team = "Enterprise West";
  ASSERT_TRUE(store_->ImportCrm(again).ok());
  EXPECT_EQ(**store_->FindSnapshot(*id), Stored(MakeSnapshot("R-1", kSep14), *id));
}

TEST_P(StoreContractTest, NoSnapshotsInAnEmptyStore) {
  EXPECT_TRUE(store_->ListSnapshots("")->empty());
  EXPECT_FALSE(store_->FindSnapshot(1)->has_value());
  EXPECT_FALSE(store_->LatestSnapshotBefore("R-1", kSep14)->has_value());
  EXPECT_EQ(store_->SetSnapshotStatus(1, "sent").code(), StatusCode::kNotFound);
}

const Timestamp kSep14At8 = *Timestamp::Parse("2026-09-14T08:00:00Z");

// The email of a report of snapshot `snapshot_id`, composed when it is queued.
DeliveryRecord MakeDelivery(std::int64_t snapshot_id, std::string kind = "report",
                            std::string channel = "email") {
  DeliveryRecord delivery;
  delivery.snapshot_id = snapshot_id;
  delivery.kind = std::move(kind);
  delivery.channel = std::move(channel);
  delivery.recipients = {"dana@example.com", "Morgan Lee <morgan@example.com>"};
  delivery.subject = "Your coaching report, week of 2026-09-14";
  delivery.payload =
      "Subject: Your coaching report\r\nContent-Type: text/html\r\n\r\n<h1>Dana · 71.5</h1>\r\n";
  delivery.due_at = kSep14At8;
  delivery.created_at = kSep14At8.AddSeconds(-300);
  return delivery;
}

// `delivery` as the store returns it once queued under `id` for a snapshot of `rep_id`.
DeliveryRecord Queued(DeliveryRecord delivery, std::int64_t id, std::string rep_id) {
  delivery.id = id;
  delivery.rep_id = std::move(rep_id);
  delivery.status = "queued";
  delivery.attempts = 0;
  delivery.last_error.clear();
  delivery.sent_at.reset();
  return delivery;
}

// The ids of `deliveries`, in order.
std::vector<std::int64_t> DeliveryIds(const Result<std::vector<DeliveryRecord>>& deliveries) {
  std::vector<std::int64_t> ids;
  if (!deliveries.ok()) return {-1};
  for (const DeliveryRecord& delivery : *deliveries) ids.push_back(delivery.id);
  return ids;
}

TEST_P(StoreContractTest, QueuesAndFindsADeliveryWithEveryField) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  Result<std::int64_t> snapshot = store_->SaveSnapshot(MakeSnapshot("R-1", kSep14));
  ASSERT_TRUE(snapshot.ok()) << snapshot.status().ToString();
  DeliveryRecord delivery = MakeDelivery(*snapshot);
  // Ignored or overwritten on input: a record is queued fresh, whatever it says.
  delivery.id = -3;
  delivery.rep_id = "R-2";
  delivery.status = "failed";
  delivery.attempts = 4;
  delivery.last_error = "connection refused";
  delivery.sent_at = kSep14At8;
  Result<QueuedDelivery> queued = store_->QueueDelivery(delivery);
  ASSERT_TRUE(queued.ok()) << queued.status().ToString();
  EXPECT_TRUE(queued->created);
  EXPECT_GT(queued->id, 0);

  Result<std::optional<DeliveryRecord>> found = store_->FindDelivery(queued->id);
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  ASSERT_TRUE(found->has_value());
  const DeliveryRecord expected = Queued(delivery, queued->id, "R-1");
  EXPECT_EQ(**found, expected);
  EXPECT_EQ((*found)->recipients,
            (std::vector<std::string>{"dana@example.com", "Morgan Lee <morgan@example.com>"}));
  EXPECT_FALSE(store_->FindDelivery(queued->id + 1)->has_value());
  EXPECT_FALSE(store_->FindDelivery(-3)->has_value());
  EXPECT_EQ(*store_->ListDeliveries({}), std::vector<DeliveryRecord>{expected});
  EXPECT_EQ(store_->CountRecords()->deliveries, 1);
}

TEST_P(StoreContractTest, QueuingTheSameSnapshotKindAndChannelAgainKeepsTheFirstRecord) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  Result<std::int64_t> snapshot = store_->SaveSnapshot(MakeSnapshot("R-1", kSep14));
  ASSERT_TRUE(snapshot.ok());
  const DeliveryRecord first = MakeDelivery(*snapshot);
  Result<QueuedDelivery> queued = store_->QueueDelivery(first);
  ASSERT_TRUE(queued.ok()) << queued.status().ToString();

  DeliveryRecord second = MakeDelivery(*snapshot);
  second.recipients = {"someone-else@example.com"};
  second.subject = "A different subject";
  second.payload = "a different message";
  second.due_at = kSep14At8.AddSeconds(3600);
  Result<QueuedDelivery> again = store_->QueueDelivery(second);
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(*again, (QueuedDelivery{queued->id, false}));
  EXPECT_EQ(**store_->FindDelivery(queued->id), Queued(first, queued->id, "R-1"));

  // Once attempted, queuing again still leaves the record as the attempt left it.
  ASSERT_TRUE(store_->RecordDeliveryAttempt(queued->id, kSep14At8, "421 try again later").ok());
  const DeliveryRecord attempted = **store_->FindDelivery(queued->id);
  EXPECT_EQ(*store_->QueueDelivery(second), (QueuedDelivery{queued->id, false}));
  EXPECT_EQ(**store_->FindDelivery(queued->id), attempted);
  ASSERT_TRUE(store_->RecordDeliveryAttempt(queued->id, kSep14At8.AddSeconds(60), "").ok());
  const DeliveryRecord sent = **store_->FindDelivery(queued->id);
  EXPECT_EQ(*store_->QueueDelivery(first), (QueuedDelivery{queued->id, false}));
  EXPECT_EQ(**store_->FindDelivery(queued->id), sent);
  EXPECT_EQ(sent.status, "sent");
  EXPECT_EQ(store_->CountRecords()->deliveries, 1);
}

TEST_P(StoreContractTest, AnotherChannelKindOrSnapshotIsAnotherRecord) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  Result<std::int64_t> dana = store_->SaveSnapshot(MakeSnapshot("R-1", kSep14));
  Result<std::int64_t> sam = store_->SaveSnapshot(MakeSnapshot("R-2", kSep14));
  ASSERT_TRUE(dana.ok() && sam.ok());
  std::vector<std::int64_t> ids;
  for (const DeliveryRecord& delivery :
       {MakeDelivery(*dana), MakeDelivery(*dana, "report", "webhook"),
        MakeDelivery(*dana, "report", "file"), MakeDelivery(*dana, "followup", "email"),
        MakeDelivery(*sam)}) {
    Result<QueuedDelivery> queued = store_->QueueDelivery(delivery);
    ASSERT_TRUE(queued.ok()) << queued.status().ToString();
    EXPECT_TRUE(queued->created);
    EXPECT_EQ(std::count(ids.begin(), ids.end(), queued->id), 0) << queued->id;
    ids.push_back(queued->id);
  }
  EXPECT_EQ(store_->CountRecords()->deliveries, 5);
  EXPECT_EQ((*store_->FindDelivery(ids[1]))->channel, "webhook");
  EXPECT_EQ((*store_->FindDelivery(ids[3]))->kind, "followup");
  EXPECT_EQ((*store_->FindDelivery(ids[4]))->rep_id, "R-2");
}

TEST_P(StoreContractTest, ADeliveryOfAnUnknownSnapshotQueuesNothing) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  Result<std::int64_t> snapshot = store_->SaveSnapshot(MakeSnapshot("R-1", kSep14));
  ASSERT_TRUE(snapshot.ok());
  Result<QueuedDelivery> queued = store_->QueueDelivery(MakeDelivery(*snapshot + 1));
  ASSERT_FALSE(queued.ok());
  EXPECT_EQ(queued.status().code(), StatusCode::kInvalidArgument);
  EXPECT_THAT(queued.status().message(), HasSubstr(fmt::format("snapshot {}", *snapshot + 1)));
  EXPECT_EQ(store_->CountRecords()->deliveries, 0);
  EXPECT_TRUE(store_->ListDeliveries({})->empty());
}

TEST_P(StoreContractTest, AnInvalidDeliveryQueuesNothing) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  Result<std::int64_t> snapshot = store_->SaveSnapshot(MakeSnapshot("R-1", kSep14));
  ASSERT_TRUE(snapshot.ok());
  const DeliveryRecord good = MakeDelivery(*snapshot);
  EXPECT_TRUE(CheckDelivery(good).ok());

  struct Case {
    std::string name;
    std::function<void(DeliveryRecord&)> change;
    std::string message;  // part of the error message
  };
  const std::vector<Case> cases = {
      {"bad kind", [](DeliveryRecord& d) { d.kind = "digest"; }, "kind 'digest'"},
      {"empty kind", [](DeliveryRecord& d) { d.kind = ""; }, "kind ''"},
      {"kind in capitals", [](DeliveryRecord& d) { d.kind = "Report"; }, "kind 'Report'"},
      {"bad channel", [](DeliveryRecord& d) { d.channel = "sms"; }, "channel 'sms'"},
      {"empty channel", [](DeliveryRecord& d) { d.channel = ""; }, "channel ''"},
      {"bad status", [](DeliveryRecord& d) { d.status = "done"; }, "status 'done'"},
      {"no recipients", [](DeliveryRecord& d) { d.recipients.clear(); }, "recipients"},
      {"empty recipient", [](DeliveryRecord& d) { d.recipients.push_back(""); },
       "recipient 3 is empty"},
      {"recipient with a line break",
       [](DeliveryRecord& d) { d.recipients[0] = "dana@example.com\nbcc@example.com"; },
       "recipient 1"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    DeliveryRecord bad = good;
    c.change(bad);
    Status checked = CheckDelivery(bad);
    EXPECT_EQ(checked.code(), StatusCode::kInvalidArgument);
    EXPECT_THAT(checked.message(), HasSubstr(c.message));
    Result<QueuedDelivery> queued = store_->QueueDelivery(bad);
    ASSERT_FALSE(queued.ok());
    EXPECT_EQ(queued.status().code(), StatusCode::kInvalidArgument);
    EXPECT_THAT(queued.status().message(), HasSubstr(c.message));
    EXPECT_EQ(store_->CountRecords()->deliveries, 0);
  }
}

TEST_P(StoreContractTest, ListsDeliveriesByFilterInDueOrder) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  Result<std::int64_t> dana14 = store_->SaveSnapshot(MakeSnapshot("R-1", kSep14));
  Result<std::int64_t> dana7 = store_->SaveSnapshot(MakeSnapshot("R-1", kSep7));
  Result<std::int64_t> sam14 = store_->SaveSnapshot(MakeSnapshot("R-2", kSep14));
  ASSERT_TRUE(dana14.ok() && dana7.ok() && sam14.ok());
  const Timestamp at8 = kSep14At8, at9 = kSep14At8.AddSeconds(3600),
                  at10 = kSep14At8.AddSeconds(7200);
  // Queued out of due order; two are due at the same time, so id breaks the tie.
  struct Queue {
    std::int64_t snapshot_id;
    std::string kind, channel;
    Timestamp due_at;
  };
  std::vector<std::int64_t> id;
  for (const Queue& q : {Queue{*dana14, "followup", "email", at10},    // id[0]
                         Queue{*dana14, "report", "email", at9},       // id[1]
                         Queue{*sam14, "report", "email", at8},        // id[2]
                         Queue{*dana7, "report", "email", at9},        // id[3]
                         Queue{*sam14, "report", "webhook", at10}}) {  // id[4]
    DeliveryRecord delivery = MakeDelivery(q.snapshot_id, q.kind, q.channel);
    delivery.due_at = q.due_at;
    Result<QueuedDelivery> queued = store_->QueueDelivery(delivery);
    ASSERT_TRUE(queued.ok()) << queued.status().ToString();
    id.push_back(queued->id);
  }
  ASSERT_TRUE(store_->RecordDeliveryAttempt(id[2], at8, "").ok());         // sent
  ASSERT_TRUE(store_->RecordDeliveryAttempt(id[3], at9, "timeout").ok());  // failed

  using Ids = std::vector<std::int64_t>;
  auto list = [&](DeliveryFilter filter) { return DeliveryIds(store_->ListDeliveries(filter)); };
  Result<std::vector<DeliveryRecord>> all = store_->ListDeliveries({});
  ASSERT_TRUE(all.ok()) << all.status().ToString();
  EXPECT_EQ(DeliveryIds(all), (Ids{id[2], id[1], id[3], id[0], id[4]}));
  EXPECT_EQ(all->at(0).rep_id, "R-2");
  EXPECT_EQ(all->at(1).rep_id, "R-1");

  EXPECT_EQ(list({.rep_id = "R-1"}), (Ids{id[1], id[3], id[0]}));
  EXPECT_EQ(list({.rep_id = "R-2"}), (Ids{id[2], id[4]}));
  EXPECT_EQ(list({.rep_id = "R-9"}), Ids{});
  EXPECT_EQ(list({.kind = "followup"}), (Ids{id[0]}));
  EXPECT_EQ(list({.kind = "report"}), (Ids{id[2], id[1], id[3], id[4]}));
  EXPECT_EQ(list({.statuses = {"queued"}}), (Ids{id[1], id[0], id[4]}));
  EXPECT_EQ(list({.statuses = {"queued", "failed"}}), (Ids{id[1], id[3], id[0], id[4]}));
  EXPECT_EQ(list({.statuses = {"sent"}}), (Ids{id[2]}));
  EXPECT_EQ(list({.due_by = at9}), (Ids{id[2], id[1], id[3]}));  // inclusive
  EXPECT_EQ(list({.due_by = at9.AddSeconds(-1)}), (Ids{id[2]}));
  EXPECT_EQ(list({.snapshot_id = *dana14}), (Ids{id[1], id[0]}));
  EXPECT_EQ(list({.snapshot_id = *dana7 + *dana14 + *sam14}), Ids{});
  // What a sender asks for: everything still to send that is due.
  EXPECT_EQ(list({.statuses = {"queued", "failed"}, .due_by = at9}), (Ids{id[1], id[3]}));
  EXPECT_EQ(list({.rep_id = "R-1",
                  .kind = "report",
                  .statuses = {"queued"},
                  .due_by = at10,
                  .snapshot_id = *dana14}),
            (Ids{id[1]}));
}

TEST_P(StoreContractTest, RecordsDeliveryAttemptsUntilSent) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  Result<std::int64_t> snapshot = store_->SaveSnapshot(MakeSnapshot("R-1", kSep14));
  ASSERT_TRUE(snapshot.ok());
  const DeliveryRecord delivery = MakeDelivery(*snapshot);
  Result<QueuedDelivery> queued = store_->QueueDelivery(delivery);
  ASSERT_TRUE(queued.ok()) << queued.status().ToString();
  const std::int64_t id = queued->id;

  const Timestamp first = kSep14At8, second = kSep14At8.AddSeconds(900);
  Status failed = store_->RecordDeliveryAttempt(id, first, "421 mail.example.com busy");
  ASSERT_TRUE(failed.ok()) << failed.ToString();
  DeliveryRecord expected = Queued(delivery, id, "R-1");
  expected.status = "failed";
  expected.attempts = 1;
  expected.last_error = "421 mail.example.com busy";
  EXPECT_EQ(**store_->FindDelivery(id), expected);

  Status sent = store_->RecordDeliveryAttempt(id, second, "");
  ASSERT_TRUE(sent.ok()) << sent.ToString();
  expected.status = "sent";
  expected.attempts = 2;
  expected.last_error = "";
  expected.sent_at = second;
  EXPECT_EQ(**store_->FindDelivery(id), expected);

  // A sent message is never attempted again, successfully or not.
  for (std::string_view error : {"", "550 no such user"}) {
    Status again = store_->RecordDeliveryAttempt(id, second.AddSeconds(60), error);
    EXPECT_EQ(again.code(), StatusCode::kFailedPrecondition);
    EXPECT_THAT(again.message(), HasSubstr("already sent"));
    EXPECT_EQ(**store_->FindDelivery(id), expected);
  }
  Status missing = store_->RecordDeliveryAttempt(id + 1, second, "");
  EXPECT_EQ(missing.code(), StatusCode::kNotFound);
  EXPECT_EQ(store_->CountRecords()->deliveries, 1);
}

TEST_P(StoreContractTest, ResavingASnapshotKeepsItsQueuedMessage) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  Result<std::int64_t> snapshot = store_->SaveSnapshot(MakeSnapshot("R-1", kSep14));
  ASSERT_TRUE(snapshot.ok());
  const DeliveryRecord delivery = MakeDelivery(*snapshot);
  Result<QueuedDelivery> queued = store_->QueueDelivery(delivery);
  ASSERT_TRUE(queued.ok()) << queued.status().ToString();

  SnapshotRecord rerun = MakeSnapshot("R-1", kSep14);
  rerun.report_html = "<h1>rerun</h1>";
  ASSERT_TRUE(store_->SaveSnapshot(rerun).ok());
  // The message was composed when queued: a new rendering does not change what is sent.
  EXPECT_EQ(**store_->FindDelivery(queued->id), Queued(delivery, queued->id, "R-1"));
}

TEST_P(StoreContractTest, NoDeliveriesInAnEmptyStore) {
  EXPECT_TRUE(store_->ListDeliveries({})->empty());
  EXPECT_FALSE(store_->FindDelivery(1)->has_value());
  EXPECT_EQ(store_->RecordDeliveryAttempt(1, kSep14At8, "").code(), StatusCode::kNotFound);
  EXPECT_EQ(store_->CountRecords()->deliveries, 0);
}

const Timestamp kSep15At9 = *Timestamp::Parse("2026-09-15T09:00:00Z");

// Feedback on snapshot `snapshot_id` of `rep_id`, as the store returns it.
FeedbackRecord Feedback(std::int64_t snapshot_id, std::string rep_id,
                        std::optional<Timestamp> acknowledged_at, std::optional<int> rating,
                        std::optional<Timestamp> rated_at) {
  return FeedbackRecord{snapshot_id, std::move(rep_id), acknowledged_at, rating, rated_at};
}

std::vector<std::int64_t> FeedbackIds(const Result<std::vector<FeedbackRecord>>& feedback) {
  EXPECT_TRUE(feedback.ok()) << feedback.status().ToString();
  std::vector<std::int64_t> ids;
  if (feedback.ok()) {
    for (const FeedbackRecord& record : *feedback) ids.push_back(record.snapshot_id);
  }
  return ids;
}

TEST_P(StoreContractTest, AcknowledgingAgainKeepsTheFirstAcknowledgement) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  Result<std::int64_t> id = store_->SaveSnapshot(MakeSnapshot("R-1", kSep14));
  ASSERT_TRUE(id.ok());
  EXPECT_FALSE(store_->FindFeedback(*id)->has_value());

  Status acknowledged = store_->AcknowledgeReport(*id, kSep15At9);
  ASSERT_TRUE(acknowledged.ok()) << acknowledged.ToString();
  const FeedbackRecord expected = Feedback(*id, "R-1", kSep15At9, std::nullopt, std::nullopt);
  Result<std::optional<FeedbackRecord>> found = store_->FindFeedback(*id);
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ(**found, expected);

  Status again = store_->AcknowledgeReport(*id, kSep15At9.AddSeconds(3600));
  ASSERT_TRUE(again.ok()) << again.ToString();
  EXPECT_EQ(**store_->FindFeedback(*id), expected);
  EXPECT_EQ(store_->CountRecords()->feedback, 1);
}

TEST_P(StoreContractTest, ALaterRatingReplacesTheEarlierOneWithItsTime) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  Result<std::int64_t> id = store_->SaveSnapshot(MakeSnapshot("R-1", kSep14));
  ASSERT_TRUE(id.ok());
  const Timestamp first = kSep15At9, acknowledged = first.AddSeconds(60),
                  second = first.AddSeconds(86400);

  // A rating alone is feedback: the rep need not acknowledge first.
  Status rated = store_->RateReport(*id, 3, first);
  ASSERT_TRUE(rated.ok()) << rated.ToString();
  EXPECT_EQ(**store_->FindFeedback(*id), Feedback(*id, "R-1", std::nullopt, 3, first));

  ASSERT_TRUE(store_->AcknowledgeReport(*id, acknowledged).ok());
  EXPECT_EQ(**store_->FindFeedback(*id), Feedback(*id, "R-1", acknowledged, 3, first));

  rated = store_->RateReport(*id, 5, second);
  ASSERT_TRUE(rated.ok()) << rated.ToString();
  EXPECT_EQ(**store_->FindFeedback(*id), Feedback(*id, "R-1", acknowledged, 5, second));
  // A lower rating later is still the latest.
  ASSERT_TRUE(store_->RateReport(*id, 1, second.AddSeconds(60)).ok());
  EXPECT_EQ(**store_->FindFeedback(*id),
            Feedback(*id, "R-1", acknowledged, 1, second.AddSeconds(60)));
  EXPECT_EQ(store_->CountRecords()->feedback, 1);
}

TEST_P(StoreContractTest, ARatingOutsideOneToFiveWritesNothing) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  Result<std::int64_t> id = store_->SaveSnapshot(MakeSnapshot("R-1", kSep14));
  Result<std::int64_t> rated = store_->SaveSnapshot(MakeSnapshot("R-1", kSep7));
  ASSERT_TRUE(id.ok() && rated.ok());
  ASSERT_TRUE(store_->RateReport(*rated, 4, kSep15At9).ok());
  const FeedbackRecord kept = Feedback(*rated, "R-1", std::nullopt, 4, kSep15At9);

  for (int rating : {0, 6, -1, 10, std::numeric_limits<int>::min()}) {
    SCOPED_TRACE(rating);
    for (std::int64_t snapshot_id : {*id, *rated, *id + *rated}) {
      Status bad = store_->RateReport(snapshot_id, rating, kSep15At9.AddSeconds(60));
      EXPECT_EQ(bad.code(), StatusCode::kInvalidArgument);
      EXPECT_THAT(bad.message(), HasSubstr(fmt::format("{}", rating)));
      EXPECT_THAT(bad.message(), HasSubstr("1..5"));
    }
    EXPECT_FALSE(store_->FindFeedback(*id)->has_value());
    EXPECT_EQ(**store_->FindFeedback(*rated), kept);
  }
  for (int rating : {1, 5}) {  // both ends are ratings
    EXPECT_TRUE(store_->RateReport(*id, rating, kSep15At9).ok()) << rating;
  }
  EXPECT_EQ(store_->CountRecords()->feedback, 2);
}

TEST_P(StoreContractTest, FeedbackOnAnUnknownSnapshotWritesNothing) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  Result<std::int64_t> id = store_->SaveSnapshot(MakeSnapshot("R-1", kSep14));
  ASSERT_TRUE(id.ok());
  Status acknowledged = store_->AcknowledgeReport(*id + 1, kSep15At9);
  EXPECT_EQ(acknowledged.code(), StatusCode::kNotFound);
  EXPECT_THAT(acknowledged.message(), HasSubstr(fmt::format("{}", *id + 1)));
  Status rated = store_->RateReport(*id + 1, 4, kSep15At9);
  EXPECT_EQ(rated.code(), StatusCode::kNotFound);
  EXPECT_THAT(rated.message(), HasSubstr(fmt::format("{}", *id + 1)));
  EXPECT_FALSE(store_->FindFeedback(*id + 1)->has_value());
  EXPECT_TRUE(store_->ListFeedback("")->empty());
  EXPECT_EQ(store_->CountRecords()->feedback, 0);
}

TEST_P(StoreContractTest, ListsFeedbackByRepInSnapshotOrder) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  Result<std::int64_t> dana14 = store_->SaveSnapshot(MakeSnapshot("R-1", kSep14));
  Result<std::int64_t> dana7 = store_->SaveSnapshot(MakeSnapshot("R-1", kSep7));
  Result<std::int64_t> sam14 = store_->SaveSnapshot(MakeSnapshot("R-2", kSep14));
  Result<std::int64_t> sam7 = store_->SaveSnapshot(MakeSnapshot("R-2", kSep7));  // none given
  ASSERT_TRUE(dana14.ok() && dana7.ok() && sam14.ok() && sam7.ok());
  // Given in another order than the snapshots were saved.
  ASSERT_TRUE(store_->RateReport(*sam14, 2, kSep15At9).ok());
  ASSERT_TRUE(store_->AcknowledgeReport(*dana7, kSep15At9.AddSeconds(60)).ok());
  ASSERT_TRUE(store_->AcknowledgeReport(*dana14, kSep15At9.AddSeconds(120)).ok());
  ASSERT_TRUE(store_->RateReport(*dana14, 5, kSep15At9.AddSeconds(180)).ok());

  using Ids = std::vector<std::int64_t>;
  EXPECT_EQ(FeedbackIds(store_->ListFeedback("")), (Ids{*dana14, *dana7, *sam14}));
  EXPECT_EQ(FeedbackIds(store_->ListFeedback("R-1")), (Ids{*dana14, *dana7}));
  EXPECT_EQ(FeedbackIds(store_->ListFeedback("R-2")), (Ids{*sam14}));
  EXPECT_EQ(FeedbackIds(store_->ListFeedback("R-9")), Ids{});
  // Whole records, each with its snapshot's rep.
  EXPECT_EQ(*store_->ListFeedback("R-2"),
            std::vector<FeedbackRecord>{Feedback(*sam14, "R-2", std::nullopt, 2, kSep15At9)});
  EXPECT_EQ(store_->ListFeedback("R-1")->front(),
            Feedback(*dana14, "R-1", kSep15At9.AddSeconds(120), 5, kSep15At9.AddSeconds(180)));
  EXPECT_EQ(store_->CountRecords()->feedback, 3);
}

TEST_P(StoreContractTest, ResavingASnapshotKeepsItsFeedback) {
  ASSERT_TRUE(store_->ImportCrm(SampleBatch()).ok());
  Result<std::int64_t> id = store_->SaveSnapshot(MakeSnapshot("R-1", kSep14));
  ASSERT_TRUE(id.ok());
  ASSERT_TRUE(store_->AcknowledgeReport(*id, kSep15At9).ok());
  ASSERT_TRUE(store_->RateReport(*id, 4, kSep15At9).ok());
  SnapshotRecord rerun = MakeSnapshot("R-1", kSep14);
  rerun.status = "sent";
  ASSERT_EQ(*store_->SaveSnapshot(rerun), *id);
  EXPECT_EQ(**store_->FindFeedback(*id), Feedback(*id, "R-1", kSep15At9, 4, kSep15At9));
}

TEST_P(StoreContractTest, NoFeedbackInAnEmptyStore) {
  EXPECT_TRUE(store_->ListFeedback("")->empty());
  EXPECT_FALSE(store_->FindFeedback(1)->has_value());
  EXPECT_EQ(store_->AcknowledgeReport(1, kSep15At9).code(), StatusCode::kNotFound);
  EXPECT_EQ(store_->RateReport(1, 3, kSep15At9).code(), StatusCode::kNotFound);
  EXPECT_EQ(store_->CountRecords()->feedback, 0);
}

INSTANTIATE_TEST_SUITE_P(
    Backends, StoreContractTest,
    ::testing::Values(
        Backend{"memory", [](const std::filesystem::path&) -> std::unique_ptr<Store> {
                  return std::make_unique<MemoryStore>();
                }},
        Backend{"sqlite_memory", [](const std::filesystem::path&) -> std::unique_ptr<Store> {
                  return std::move(SqliteStore::Open(":memory:")).value();
                }},
        Backend{"sqlite_file", [](const std::filesystem::path& dir) -> std::unique_ptr<Store> {
                  return std::move(SqliteStore::Open((dir / "salescoach.db").string())).value();
                }}),
    [](const ::testing::TestParamInfo<Backend>& param_info) { return param_info.param.name; });

}  // namespace
}  // namespace sc::store
