// Tests of the human-readable renderers (Markdown report, quick card, HTML) and the shared
// formatting of report_text.h: a rich hand-built ReportData (two focus areas with a team and a
// deal example, a strength with a quote, benchmarks, previous scores, manager review) and an
// empty one (no calls, nothing scored), each pinned by golden files under
// tests/golden/report/ (SC_UPDATE_GOLDEN=1 rewrites them; see tests/golden/README.md), plus
// checks of section order, unknown values, escaping and redaction.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "base/file_io.h"
#include "report/card.h"
#include "report/golden_file.h"
#include "report/html_report.h"
#include "report/report_json.h"
#include "report/markdown_report.h"
#include "report/report_text.h"

namespace sc::report {
namespace {

using model::Component;
using model::Skill;
using ::testing::HasSubstr;
using ::testing::Not;

scoring::SkillScore& SkillOf(ReportData& data, Skill skill) {
  return data.scores.skills[model::SkillIndex(skill)];
}

Timestamp At(int month, int day, int hour) {
  return Timestamp::StartOf(Date::FromYmd(2026, month, day)).AddSeconds(hour * 3600);
}

scoring::Quote Moment(model::HighlightKind kind, std::string call_id, std::string title,
                      Timestamp started, double at_s, std::string said, std::string note) {
  scoring::Quote quote;
  quote.kind = kind;
  quote.call_id = std::move(call_id);
  quote.call_title = std::move(title);
  quote.call_started_at = started;
  quote.at_s = at_s;
  quote.end_s = at_s + 12;
  quote.text = std::move(said);
  quote.note = std::move(note);
  return quote;
}

void Score(ReportData& data, Skill skill, double score, scoring::Level level, metrics::Trend trend,
           std::optional<double> previous) {
  scoring::SkillScore& out = SkillOf(data, skill);
  out.status = scoring::ScoreStatus::kScored;
  out.score = score;
  out.level = level;
  out.trend = trend;
  out.previous = previous;
}

// A rep with no calls and nothing scored: every section says so in words.
ReportData Empty() {
  ReportData data;
  data.rep.id = "rep-new";
  data.rep.name = "Sam Park";
  data.as_of = Date::FromYmd(2026, 11, 24);
  data.period = {Date::FromYmd(2026, 8, 27), Date::FromYmd(2026, 11, 24)};
  data.outcome_period = data.period;
  for (Skill skill : model::kAllSkills) SkillOf(data, skill).skill = skill;
  return data;
}

// A rep with a week behind them: benchmarks, five skills scored (Presentation without enough
// data), a strength with its own call highlight, two focus areas (a team example and a deal
// example), a best call and a call to review, notes, and a Critical score held for review.
ReportData Rich() {
  ReportData data = Empty();
  data.rep.id = "rep-ana";
  data.rep.name = "Ana Lopez";
  data.rep.segment = model::Segment::kMidMarket;
  data.calls_analyzed = 14;
  data.deals_reviewed = 6;
  data.weights = {20, 15, 20, 15, 15, 15};

  Score(data, Skill::kDiscovery, 84, scoring::Level::kProficient, metrics::Trend::kUp, 78);
  Score(data, Skill::kQualification, 58, scoring::Level::kNeedsCoaching, metrics::Trend::kFlat, 57);
  Score(data, Skill::kObjectionHandling, 38, scoring::Level::kCritical, metrics::Trend::kDown, 45);
  Score(data, Skill::kNegotiation, 71, scoring::Level::kDeveloping, metrics::Trend::kNew,
        std::nullopt);
  Score(data, Skill::kClosing, 76, scoring::Level::kProficient, metrics::Trend::kUp, 70);
  data.scores.overall = 65.4;
  data.scores.overall_level = scoring::Level::kDeveloping;
  data.scores.overall_trend = metrics::Trend::kUp;
  data.scores.previous_overall = 61;

  auto& bench = data.benchmarks.metrics;
  bench[static_cast<std::size_t>(metrics::MetricId::kWinRate)] = {0.4344, 0.31, 0.52, 0.38,
                                                                  metrics::Trend::kUp};
  bench[static_cast<std::size_t>(metrics::MetricId::kAvgDealSize)] = {37200, 41850, 1250000, 36000,
                                                                      metrics::Trend::kFlat};
  bench[static_cast<std::size_t>(metrics::MetricId::kSalesCycleDays)] = {47, 52.4, 38, 41,
                                                                         metrics::Trend::kUp};
  bench[static_cast<std::size_t>(metrics::MetricId::kQuotaAttainment)] = {
      0.87, std::nullopt, std::nullopt, std::nullopt, metrics::Trend::kNew};
  data.benchmarks.team_size = 8;
  data.benchmarks.top_group_size = 3;

  const Timestamp acme = At(11, 3, 15);
  coaching::Strength strength;
  strength.skill = Skill::kDiscovery;
  strength.score = 84;
  strength.component = Component::kQuestionQuality;
  strength.description = "You ask open questions that get customers telling their story";
  strength.example = coaching::Example{
      true,
      Moment(model::HighlightKind::kStrength, "c-1", "Acme discovery", acme, 754.5,
             "What does onboarding cost you today? Send it to [email] and I'll compare.",
             "an open question that got the customer talking"),
      std::nullopt};
  data.plan.strengths = {strength};

  coaching::ImprovementArea objections;
  objections.skill = Skill::kObjectionHandling;
  objections.current_score = 38;
  objections.target_score = 75;
  objections.focus = Component::kEmpathy;
  objections.focus_score = 35;
  objections.what = "Acknowledge the concern before you answer it";
  objections.why = "Customers who feel heard keep talking";
  objections.segment_note = "Mid-market buyers often raise budget timing late.";
  objections.coaching = "Name the concern in the customer's words first.";
  objections.practice = "Replay 2 objections and write an acknowledgement for each.";
  scoring::Quote team = Moment(
      model::HighlightKind::kStrength, "c-team", "Globex pricing", At(10, 1, 10), 3723,
      "I hear you: timing matters with a launch in March.", "an acknowledgement before the answer");
  objections.example = coaching::Example{false, team, std::nullopt};

  coaching::ImprovementArea qualification;
  qualification.skill = Skill::kQualification;
  qualification.current_score = 58;
  qualification.target_score = 75;
  qualification.focus = Component::kFrameworkAdherence;
  qualification.focus_score = 52;
  qualification.what = "Record every MEDDPICC field as you learn it";
  qualification.why = "Deals with a known champion close more often.";
  qualification.coaching = "Ask who else signs off before the demo.";
  qualification.practice = "Fill the MEDDPICC fields of your two largest open deals.";
  coaching::DealExample deal{"d-7", "Initech renewal", "Initech", 48250,
                             "7 of 8 MEDDPICC fields recorded"};
  qualification.example = coaching::Example{true, {}, deal};
  data.plan.improvement_areas = {objections, qualification};

  data.plan.this_week = {"Acknowledge every objection before answering it",
                         "Confirm the economic buyer on each open deal",
                         "Replay 2 objections and write an acknowledgement for each."};
  data.plan.notes = {
      "Last week's focus, Objection Handling, moved from 45 to 38: let's work "
      "on it together."};
  data.plan.review = {true,
                      "Objection Handling scored 38: below 40 (Critical), so a manager reviews "
                      "this report before it is sent"};

  analysis::CallSummary& summary = data.call_review.summary;
  summary.calls = 14;
  summary.hours = 9.25;
  summary.talk_ratio = 0.4567;
  summary.questions_per_call = 11.25;
  summary.fillers_per_min = 2.04;
  coaching::CallPick best;
  best.call_id = "c-1";
  best.title = "Acme discovery";
  best.started_at = acme;
  best.strengths = 4;
  best.improvements = 1;
  best.moment = strength.example->quote;
  data.call_review.best = best;
  coaching::CallPick review;
  review.call_id = "c-5";
  review.title = "Initech pricing";
  review.started_at = At(11, 18, 16);
  review.strengths = 0;
  review.improvements = 3;
  review.moment =
      Moment(model::HighlightKind::kImprovement, "c-5", "Initech pricing", *review.started_at, 1805,
             "Well, that's just our price.", "a price objection answered without acknowledging it");
  data.call_review.to_review = review;
  data.status = ReportStatus::kPendingReview;
  return data;
}

// Fails unless every item of `items` occurs in `text`, each after the one before.
void ExpectInOrder(const std::string& text, const std::vector<std::string>& items) {
  std::size_t from = 0;
  for (const std::string& item : items) {
    std::size_t at = text.find(item, from);
    ASSERT_NE(at, std::string::npos) << "missing, or out of order: " << item << "\n" << text;
    from = at + item.size();
  }
}

void ExpectNoPlaceholders(const std::string& text) {
  EXPECT_THAT(text, Not(HasSubstr("nan")));
  EXPECT_THAT(text, Not(HasSubstr("NaN")));
  EXPECT_THAT(text, Not(HasSubstr("{}")));
  EXPECT_THAT(text, Not(HasSubstr("||")));  // no empty table cell
  EXPECT_THAT(text, Not(HasSubstr("|  |")));
}

// ---- report_text ----

TEST(ReportTextTest, FormatsValuesAndUnknowns) {
  EXPECT_EQ(text::Score(72.4), "72/100");
  EXPECT_EQ(text::Score(std::nullopt), "—");
  EXPECT_EQ(text::Score(std::numeric_limits<double>::quiet_NaN()), "—");
  EXPECT_EQ(text::Percent(0.434), "43%");
  EXPECT_EQ(text::Percent(1.12), "112%");
  EXPECT_EQ(text::Money(37200), "$37.2K");
  EXPECT_EQ(text::Money(40000), "$40K");
  EXPECT_EQ(text::Money(1250000), "$1.3M");  // 1.25 rounds half away from zero
  EXPECT_EQ(text::Money(999960), "$1M");
  EXPECT_EQ(text::Money(850), "$850");
  EXPECT_EQ(text::Money(std::nullopt), "—");
  EXPECT_EQ(text::Days(47.2), "47 days");
  EXPECT_EQ(text::Days(1), "1 day");
  EXPECT_EQ(text::OneDecimal(2.04), "2.0");
  EXPECT_EQ(text::OneDecimal(6.25), "6.3");  // as the JSON rounds
  EXPECT_EQ(text::OneDecimal(std::nullopt), "—");
  EXPECT_EQ(text::Clock(754.5), "12:35");
  EXPECT_EQ(text::Clock(3723), "1:02:03");
  EXPECT_EQ(text::Clock(-4), "0:00");
  EXPECT_EQ(text::SignedPoints(6), "+6");
  EXPECT_EQ(text::SignedPoints(-7), "-7");
  EXPECT_EQ(text::TrendArrow(metrics::Trend::kUp), "↑");
  EXPECT_EQ(text::TrendArrow(metrics::Trend::kDown), "↓");
  EXPECT_EQ(text::TrendArrow(metrics::Trend::kFlat), "→");
  EXPECT_EQ(text::TrendArrow(metrics::Trend::kNew), "new");
  EXPECT_EQ(text::TrendArrow(std::nullopt), "—");
  EXPECT_EQ(text::LevelText(scoring::Level::kNeedsCoaching), "Needs Coaching");
  EXPECT_EQ(text::DateText(At(11, 3, 15)), "2026-11-03");
}

TEST(ReportTextTest, EscapesHtmlAndMarkdown) {
  EXPECT_EQ(text::HtmlEscape(R"(<a href="x">Tom & Jerry's</a>)"),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
  EXPECT_EQ(text::MarkdownEscape("a|b *c* <d>"), R"(a\|b \*c\* \<d\>)");
  EXPECT_EQ(text::MarkdownEscape("[email] [x](http://y)"), R"([email] [x]\(http://y))");
  EXPECT_EQ(text::OneLine("  two\nlines\t here "), "two lines here");
}

TEST(ReportTextTest, SalesCycleIsBetterShorterButItsArrowFollowsTheNumber) {
  EXPECT_TRUE(text::LowerIsBetter(metrics::MetricId::kSalesCycleDays));
  EXPECT_FALSE(text::LowerIsBetter(metrics::MetricId::kWinRate));
  std::vector<text::MetricRow> rows = text::MetricRows(Rich());
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[2].title, "Sales Cycle");
  EXPECT_EQ(rows[2].you, "47 days");
  EXPECT_EQ(rows[2].trend, "↑");  // 41 -> 47 days: the number went up
  EXPECT_EQ(rows[3].team_avg, "—");
  EXPECT_TRUE(text::MetricRows(Empty()).empty());
}

// ---- Markdown ----

const std::vector<std::string> kMarkdownSections = {"## 📈 Sales Coaching Report",
                                                    "**Rep**: ",
                                                    "**Period**: ",
                                                    "**Calls Analyzed**: ",
                                                    "**Deals Reviewed**: ",
                                                    "### Performance Summary",
                                                    "**Overall Score**: ",
                                                    "### Skill Assessment",
                                                    "### ✅ Strengths",
                                                    "### 🎯 Focus Areas for Improvement",
                                                    "### 📞 Call Review Highlights",
                                                    "### 📋 This Week's Focus",
                                                    "### Progress Tracking"};

TEST(MarkdownReportTest, HasEverySectionInTheSeedsOrder) {
  ExpectInOrder(RenderMarkdownReport(Rich()), kMarkdownSections);
  ExpectInOrder(RenderMarkdownReport(Empty()), kMarkdownSections);
}

TEST(MarkdownReportTest, RichReportShowsScoresExamplesAndReview) {
  const std::string md = RenderMarkdownReport(Rich());
  ExpectNoPlaceholders(md);
  EXPECT_THAT(md, HasSubstr("**Period**: 2026-08-27 to 2026-11-24"));
  EXPECT_THAT(md, HasSubstr("**Overall Score**: 65/100 (Developing)"));
  EXPECT_THAT(md, HasSubstr("| Win Rate | 43% | 31% | 52% | ↑ |"));
  EXPECT_THAT(md, HasSubstr("| Avg Deal Size | $37.2K | $41.9K | $1.3M | → |"));
  EXPECT_THAT(md, HasSubstr("| Quota Attainment | 87% | — | — | new |"));
  EXPECT_THAT(md, HasSubstr("| Demo/Presentation | not enough data | — | — |"));
  EXPECT_THAT(md, HasSubstr("**Discovery** - Score: 84/100"));
  EXPECT_THAT(md, HasSubstr("> — Acme discovery, 2026-11-03, 12:35"));
  EXPECT_THAT(md, HasSubstr("#### 1. Objection Handling - Current: 38/100 → Target: 75/100"));
  EXPECT_THAT(md, HasSubstr("#### 2. Qualification - Current: 58/100 → Target: 75/100"));
  EXPECT_THAT(md, HasSubstr("> — a top performer on your team"));
  EXPECT_THAT(md, Not(HasSubstr("Globex pricing")));  // a team example names no call
  EXPECT_THAT(md, HasSubstr("Initech renewal (Initech, $48.3K)"));
  EXPECT_THAT(md, HasSubstr("Mid-market buyers often raise budget timing late."));
  EXPECT_THAT(md, HasSubstr("**Talk Ratio**: 46% you / 54% customer (Target: 40/60)"));
  EXPECT_THAT(md, HasSubstr("**Call to Review**: Initech pricing - 2026-11-18"));
  EXPECT_THAT(md, HasSubstr("1. **Objection Handling**: "));
  EXPECT_THAT(md, HasSubstr("2. **Qualification**: "));
  EXPECT_THAT(md, HasSubstr("3. **Practice**: "));
  EXPECT_THAT(md, HasSubstr("| Last Week | Objection Handling | 45 | 38 | -7 |"));
  EXPECT_THAT(md, HasSubstr("| This Week | Objection Handling | 38 | — | — |"));
  EXPECT_THAT(md, HasSubstr("> ⚠️ **Held for manager review**: Objection Handling scored 38"));
}

TEST(MarkdownReportTest, EmptyReportSaysSoInWords) {
  const std::string md = RenderMarkdownReport(Empty());
  ExpectNoPlaceholders(md);
  EXPECT_THAT(md, HasSubstr("**Overall Score**: not enough data yet"));
  EXPECT_THAT(md, HasSubstr(std::string(text::kNoMetrics)));
  EXPECT_THAT(md, HasSubstr(std::string(text::kNoSkills)));
  EXPECT_THAT(md, HasSubstr(std::string(text::kNoStrengths)));
  EXPECT_THAT(md, HasSubstr(std::string(text::kNoCalls)));
  EXPECT_THAT(md, HasSubstr(std::string(text::kFirstReport)));
  EXPECT_THAT(md, Not(HasSubstr("|")));  // no tables at all
  EXPECT_THAT(md, Not(HasSubstr("manager review")));
}

TEST(MarkdownReportTest, TranscriptTextCannotBecomeMarkup) {
  ReportData data = Rich();
  data.call_review.to_review->moment.text = "<script>alert(1)</script> | *now*";
  const std::string md = RenderMarkdownReport(data);
  EXPECT_THAT(md, Not(HasSubstr("<script>")));
  EXPECT_THAT(md, HasSubstr(R"(\<script\>alert(1)\</script\> \| \*now\*)"));
}

TEST(MarkdownReportTest, KeepsRedactionAsUpstreamWroteIt) {
  const std::string md = RenderMarkdownReport(Rich());
  EXPECT_THAT(md, HasSubstr("Send it to [email] and I'll compare."));
  EXPECT_THAT(md, Not(HasSubstr("@")));
}

TEST(MarkdownReportTest, FirstReportHasNoProgressTable) {
  ReportData data = Rich();
  data.scores.previous_overall.reset();
  for (scoring::SkillScore& skill : data.scores.skills) skill.previous.reset();
  const std::string md = RenderMarkdownReport(data);
  EXPECT_THAT(md, HasSubstr("### Progress Tracking\n\nFirst report: progress starts next week."));
  EXPECT_THAT(md, Not(HasSubstr("| Last Week")));
}

TEST(MarkdownReportTest, MatchesTheGoldenFiles) {
  ExpectGolden("rich_report.md", RenderMarkdownReport(Rich()));
  ExpectGolden("empty_report.md", RenderMarkdownReport(Empty()));
}

// ---- Card ----

TEST(CardTest, RichCardFollowsTheSeed) {
  const std::string card = RenderCard(Rich());
  ExpectNoPlaceholders(card);
  ExpectInOrder(card, {"## ⚡ Quick Coaching: Ana Lopez", "**Top Strength**: Discovery (84/100)",
                       "**Focus Area**: Objection Handling (38/100)",
                       "**This Week's Tip**:\nName the concern in the customer's words first.",
                       "📞 **Call to Review**: Initech pricing, 2026-11-18"});
  EXPECT_THAT(card, HasSubstr("**Held for manager review**"));
}

TEST(CardTest, WithoutAreaTheTipIsTheStrengthPractice) {
  ReportData data = Rich();
  data.plan.improvement_areas.clear();
  data.plan.this_week = {"Run one more discovery call with five open questions."};
  data.call_review.to_review.reset();
  const std::string card = RenderCard(data);
  EXPECT_THAT(card, HasSubstr("**Focus Area**: none this week: every scored skill is on track"));
  EXPECT_THAT(card, HasSubstr("**This Week's Tip**:\nRun one more discovery call"));
  EXPECT_THAT(card, HasSubstr("📞 **Call to Review**: none this period: no call had a moment"));
}

TEST(CardTest, EmptyCardSaysSoInWords) {
  const std::string card = RenderCard(Empty());
  ExpectNoPlaceholders(card);
  EXPECT_THAT(card, HasSubstr("**Top Strength**: not enough data yet"));
  EXPECT_THAT(card, HasSubstr("**Focus Area**: not enough data yet"));
  EXPECT_THAT(card, HasSubstr("📞 **Call to Review**: none: no calls were analyzed"));
}

TEST(CardTest, MatchesTheGoldenFiles) {
  ExpectGolden("rich_card.md", RenderCard(Rich()));
  ExpectGolden("empty_card.md", RenderCard(Empty()));
}

// ---- HTML ----

TEST(HtmlReportTest, IsASelfContainedPageWithEverySectionInOrder) {
  for (const ReportData& data : {Rich(), Empty()}) {
    const std::string html = RenderHtmlReport(data);
    ExpectNoPlaceholders(html);
    EXPECT_EQ(html.rfind("<!DOCTYPE html>\n", 0), 0u);
    EXPECT_EQ(html.substr(html.size() - 8), "</html>\n");
    ExpectInOrder(
        html, {"📈 Sales Coaching Report", "<strong>Rep</strong>: ", "<strong>Period</strong>: ",
               "<strong>Calls Analyzed</strong>: ", "<strong>Deals Reviewed</strong>: ",
               ">Performance Summary</h3>",
               "<strong>Overall Score</strong>: ", ">Skill Assessment</h3>", ">✅ Strengths</h3>",
               ">🎯 Focus Areas for Improvement</h3>", ">📞 Call Review Highlights</h3>",
               ">📋 This Week&#39;s Focus</h3>", ">Progress Tracking</h3>"});
    // Inline styles only: no script, no style sheet, nothing fetched.
    EXPECT_THAT(html, Not(HasSubstr("<script")));
    EXPECT_THAT(html, Not(HasSubstr("<style")));
    EXPECT_THAT(html, Not(HasSubstr("<link")));
    EXPECT_THAT(html, Not(HasSubstr("<img")));
    EXPECT_THAT(html, Not(HasSubstr("src=")));
    EXPECT_THAT(html, Not(HasSubstr("href=")));
    EXPECT_THAT(html, Not(HasSubstr("http")));
  }
}

TEST(HtmlReportTest, DrawsScoreBarsAsTableCells) {
  const std::string html = RenderHtmlReport(Rich());
  // Discovery 84: a green cell of 84% and a grey rest of 16%.
  EXPECT_THAT(html, HasSubstr("<td width=\"84%\" style=\"width:84%;height:8px;"
                              "background-color:#2f855a;"));
  EXPECT_THAT(html, HasSubstr("<td width=\"16%\" style=\"width:16%;height:8px;"
                              "background-color:#e2e8f0;"));
  // Objection Handling 38 is Critical: red.
  EXPECT_THAT(html, HasSubstr("width:38%;height:8px;background-color:#c53030;"));
}

TEST(HtmlReportTest, EscapesEveryTextFromCallsCrmAndNames) {
  ReportData data = Rich();
  const std::string attack = R"(<script>alert(1)</script> "quoted" & more)";
  data.rep.name = "Ana <b>Lopez</b>";
  data.call_review.to_review->moment.text = attack;
  data.call_review.to_review->title = "Initech <i>pricing</i>";
  data.plan.strengths[0].example->quote.text = attack;
  data.plan.improvement_areas[0].example->quote.text = attack;
  data.plan.improvement_areas[1].example->deal->name = "Deal & <Co>";
  data.plan.improvement_areas[0].coaching = "Say \"I hear you\" & <pause>.";
  data.plan.notes = {"<img src=x onerror=alert(1)>"};
  const std::string html = RenderHtmlReport(data);
  EXPECT_THAT(html, Not(HasSubstr("<script>")));
  EXPECT_THAT(html, Not(HasSubstr("<b>Lopez")));
  EXPECT_THAT(html, Not(HasSubstr("<i>pricing")));
  EXPECT_THAT(html, Not(HasSubstr("<img")));
  EXPECT_THAT(html, Not(HasSubstr("<Co>")));
  EXPECT_THAT(html, Not(HasSubstr("<pause>")));
  EXPECT_THAT(html, Not(HasSubstr(R"("quoted")")));
  EXPECT_THAT(html, HasSubstr("&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; "
                              "more"));
  EXPECT_THAT(html, HasSubstr("Ana &lt;b&gt;Lopez&lt;/b&gt;"));
  EXPECT_THAT(html, HasSubstr("Deal &amp; &lt;Co&gt;"));
  EXPECT_THAT(html, HasSubstr("Say &quot;I hear you&quot; &amp; &lt;pause&gt;."));
  EXPECT_THAT(html, HasSubstr("&lt;img src=x onerror=alert(1)&gt;"));
}

TEST(HtmlReportTest, KeepsRedactionAsUpstreamWroteIt) {
  const std::string html = RenderHtmlReport(Rich());
  EXPECT_THAT(html, HasSubstr("Send it to [email] and I&#39;ll compare."));
  EXPECT_THAT(html, Not(HasSubstr("@")));
  EXPECT_THAT(RenderCard(Rich()), Not(HasSubstr("@")));
}

TEST(HtmlReportTest, SaysTheSameAsTheMarkdown) {
  const ReportData data = Rich();
  const std::string html = RenderHtmlReport(data);
  const std::string md = RenderMarkdownReport(data);
  for (const std::string& shared :
       {std::string("65/100 (Developing)"), std::string("$37.2K"), std::string("47 days"),
        std::string("46% you / 54% customer (Target: 40/60)"), std::string("2.0 per minute"),
        std::string("a top performer on your team"),
        std::string("Initech renewal (Initech, "
                    "$48.3K)")}) {
    EXPECT_THAT(md, HasSubstr(shared));
    EXPECT_THAT(html, HasSubstr(shared));
  }
}

TEST(HtmlReportTest, MatchesTheGoldenFiles) {
  ExpectGolden("rich_report.html", RenderHtmlReport(Rich()));
  ExpectGolden("empty_report.html", RenderHtmlReport(Empty()));
}

// ---- Clip links ----

ReportData WithClips() {
  ReportData data = Rich();
  Result<ClipLinks> clips = ClipLinks::Parse("https://rec.example.com/calls/{call_id}?t={start_s}");
  EXPECT_TRUE(clips.ok());
  data.clips = *clips;
  return data;
}

TEST(ClipLinkRenderTest, MarkdownLinksTheOwnMomentsAndTheCallPicks) {
  const std::string md = RenderMarkdownReport(WithClips());
  const ReportData data = Rich();
  for (const auto& pick : {data.call_review.best, data.call_review.to_review}) {
    EXPECT_THAT(md,
                HasSubstr(fmt::format("[▶ Listen](https://rec.example.com/calls/{}?t={})",
                                      pick->call_id, static_cast<long long>(pick->moment.at_s))));
  }
  EXPECT_THAT(RenderMarkdownReport(Rich()), Not(HasSubstr("Listen")));
}

TEST(ClipLinkRenderTest, ATeamExampleIsNeverLinked) {
  // A team example's call would name the colleague, so it has no link in any format.
  ReportData data = WithClips();
  data.plan.strengths.clear();
  data.call_review = {};
  const std::string md = RenderMarkdownReport(data);
  EXPECT_THAT(md, HasSubstr("a top performer on your team"));
  EXPECT_THAT(md, Not(HasSubstr("Listen")));
  EXPECT_THAT(RenderHtmlReport(data), Not(HasSubstr("rec.example.com")));
  EXPECT_THAT(RenderReportJson(data), Not(HasSubstr("rec.example.com")));
}

TEST(ClipLinkRenderTest, HtmlAndJsonCarryTheSameLinks) {
  const ReportData data = WithClips();
  const std::string html = RenderHtmlReport(data);
  const std::string json = RenderReportJson(data);
  const std::string url =
      fmt::format("https://rec.example.com/calls/{}?t={}", data.call_review.to_review->call_id,
                  static_cast<long long>(data.call_review.to_review->moment.at_s));
  EXPECT_THAT(html, HasSubstr(fmt::format("<a href=\"{}\"", url)));
  EXPECT_THAT(json, HasSubstr(fmt::format("\"clip_url\": \"{}\"", url)));
  EXPECT_THAT(RenderReportJson(Rich()), Not(HasSubstr("clip_url")));
}

}  // namespace
}  // namespace sc::report
