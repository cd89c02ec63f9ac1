// The words and numbers of the human-readable reports (Markdown, the quick card and HTML),
// formatted in one place so the formats cannot disagree.
//
// Numbers are rounded as the report JSON rounds them (half away from zero), then printed:
//   score "72/100"; percent "43%"; money "$850", "$37.2K", "$1.2M"; days "47 days";
//   one decimal "2.4"; dates "2026-11-03"; times in a call "12:05" or "1:02:03".
// An unknown value is kUnknown ("—"), never "nan", "0" or an empty cell.
//
// Beyond single values, this header gives each report section as plain text (rows, lines and
// the sentences that stand in for a section without data); the renderers only lay them out.
// All strings are plain text: a renderer escapes them for its format (HtmlEscape for HTML).
// Pure and thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "coaching/coaching_plan.h"
#include "metrics/rep_metrics.h"
#include "metrics/trend.h"
#include "report/report_data.h"
#include "scoring/levels.h"

namespace sc::report::text {

// What a report shows for a value it does not know.
inline constexpr std::string_view kUnknown = "—";
// What a report shows for a skill or score without enough evidence.
inline constexpr std::string_view kNotEnoughData = "not enough data";

// ---- Single values ----

// The number rounded half away from zero to `decimals` places (as the JSON rounds).
double RoundHalfAway(double value, int decimals);
// "72/100"; kUnknown when unknown or not finite.
std::string Score(std::optional<double> score);
// "72"; kUnknown when unknown.
std::string ScoreNumber(std::optional<double> score);
// "+6", "-3", "0"; kUnknown when unknown.
std::string SignedPoints(std::optional<double> change);
// "Developing"; kUnknown when unknown.
std::string LevelText(std::optional<scoring::Level> level);
// "↑", "↓", "→", "new"; kUnknown when unknown.
std::string TrendArrow(std::optional<metrics::Trend> trend);
// A share 0..1 as a whole percent: 0.434 -> "43%" (1.12 -> "112%"); kUnknown when unknown.
std::string Percent(std::optional<double> share);
// "$850", "$37.2K", "$40K", "$1.2M"; kUnknown when unknown.
std::string Money(std::optional<double> amount);
// "47 days", "1 day"; kUnknown when unknown.
std::string Days(std::optional<double> days);
// One decimal: 2.04 -> "2.0", 6.25 -> "6.3"; kUnknown when unknown.
std::string OneDecimal(std::optional<double> value);
// "2026-11-03".
std::string DateText(Date date);
// The date of a timestamp; kUnknown when unknown.
std::string DateText(const std::optional<Timestamp>& at);
// Where in a call: "12:35", "1:02:03" (seconds rounded, negatives as 0).
std::string Clock(double seconds);

// `text` for HTML text and attribute values: & < > " ' become entities.
std::string HtmlEscape(std::string_view text);
// `text` for Markdown: \ ` * _ < > | get a backslash, and so does the "(" or "[" after a "]",
// so names, quotes and notes show as written and never become markup, links, raw HTML or
// table columns; a lone "[email]" (as redaction writes it) stays as it is.
std::string MarkdownEscape(std::string_view text);
// `text` on one line: line breaks and tabs become spaces, runs of spaces one space, trimmed.
std::string OneLine(std::string_view text);

// ---- Metrics ----

// "Win Rate", "Avg Deal Size", "Sales Cycle", "Quota Attainment", ...
std::string_view MetricTitle(metrics::MetricId id);
// A value of metric `id` in its unit: "43%", "$37.2K", "47 days", "2.4".
std::string MetricValue(metrics::MetricId id, std::optional<double> value);
// True when a lower number is the better one (sales cycle). The trend arrow still shows the
// direction of the number, as the JSON does.
bool LowerIsBetter(metrics::MetricId id);

struct MetricRow {
  metrics::MetricId id = metrics::MetricId::kWinRate;
  std::string title;
  std::string you;
  std::string team_avg;
  std::string top_performer;
  std::string trend;  // arrow of the rep's own number against the previous period
};
// The Performance Summary's four rows, in the seed's order; empty when none of the figures
// is known (the section then says kNoMetrics).
std::vector<MetricRow> MetricRows(const ReportData& report);
inline constexpr std::string_view kNoMetrics =
    "No CRM figures for this period yet: no closed deals or quota on record.";
inline constexpr std::string_view kMetricsNote =
    "Arrows show which way your own number moved since the previous period; for Sales Cycle, "
    "shorter is better.";

// ---- Scores ----

// "61/100 (Developing)", or kNotEnoughData in words.
std::string OverallText(const ReportData& report);

struct SkillRow {
  std::string skill;  // "Discovery"
  std::string score;  // "72/100" or kNotEnoughData
  std::string level;  // "Developing" or kUnknown
  std::string trend;  // "↑", "new" or kUnknown
};
// Six rows, in skill order; empty when no skill is scored (the section then says kNoSkills).
std::vector<SkillRow> SkillRows(const ReportData& report);
inline constexpr std::string_view kNoSkills =
    "No skill could be scored yet: there are not enough calls or deals in this period.";

// ---- Strengths and focus areas ----

// An example, as the report shows it.
struct ExampleText {
  enum class Kind { kCall, kTeam, kDeal } kind = Kind::kCall;
  std::string quote;        // kCall, kTeam: the words said
  std::string attribution;  // kCall: "Acme discovery, 2026-11-03, 12:35"; kTeam: "a top
                            // performer on your team"; kDeal: "Globex renewal (Globex, $37.2K)"
  std::string note;         // kCall: what it shows; kDeal: what the deal shows; kTeam: empty
  std::string clip_url;     // kCall: the moment's recording when `clips` are on; else empty
};
// A team example never links to its call: the call would name the colleague.
ExampleText ExampleOf(const coaching::Example& example, const ClipLinks& clips);

// "**Skill** - Score: X/100" parts and the bullets of "What you're doing well".
struct StrengthText {
  std::string skill;
  std::string score;
  std::vector<std::string> doing_well;
  std::optional<ExampleText> example;
};
StrengthText StrengthOf(const coaching::Strength& strength, const ClipLinks& clips);
inline constexpr std::string_view kRelativeStrength = "your strongest skill so far";
// The Strengths section without any strength.
inline constexpr std::string_view kNoStrengths =
    "No strength to name yet: no skill has enough data to score.";

struct AreaText {
  std::string skill;
  std::string current;  // "39/100"
  std::string target;   // "75/100"
  std::string what;     // "Acknowledge ... (Empathy: 35/100)"
  std::string why;      // with the segment note when there is one; may be empty
  std::string tip;
  std::optional<ExampleText> example;
  std::string practice;
};
AreaText AreaOf(const coaching::ImprovementArea& area, const ClipLinks& clips);
// The Focus Areas section without any area.
std::string NoAreasText(const ReportData& report);

// ---- Call review ----

struct CallPickText {
  std::string title;
  std::string date;
  std::string summary;   // the moment's note and quote, with its time
  std::string clip_url;  // the moment's recording when the report's clips are on; else empty
};
struct CallReviewText {
  bool included = true;  // false: the report was asked to leave the call review out
  bool any_calls = false;
  std::string calls;      // "12 calls, 6.3 hours"
  std::string talk;       // "46% you / 54% customer (Target: 40/60)"
  std::string questions;  // "11.2 avg per call (Target: 10+)"
  std::string fillers;    // "2.0 per minute (Target: < 3)"
  std::optional<CallPickText> best;
  std::optional<CallPickText> to_review;
};
CallReviewText CallReviewOf(const ReportData& report);
// The words of a link to a quoted moment's recording.
inline constexpr std::string_view kListen = "▶ Listen";
inline constexpr std::string_view kCallReviewLeftOut =
    "The call review is left out of this report.";
inline constexpr std::string_view kNoCalls =
    "No calls were analyzed in this period, so there is no call review yet.";
inline constexpr std::string_view kNoBestCall = "none this period: no call stood out yet";
inline constexpr std::string_view kNoCallToReview =
    "none this period: no call had a moment marked for improvement";

// ---- This week, notes, progress, review ----

struct WeekItem {
  std::string label;  // the area's skill, or "Practice"
  std::string action;
};
std::vector<WeekItem> ThisWeekItems(const ReportData& report);
inline constexpr std::string_view kNoWeekItems =
    "Nothing set for this week yet: once a skill can be scored, the report suggests actions.";

struct ProgressRow {
  std::string week;  // "Last Week", "This Week"
  std::string skill;
  std::string start;
  std::string end;
  std::string change;
};
// The progress table of the first focus skill (the first area's, else --focus, else the top
// strength's); empty when there is none or no previous report (see ProgressEmptyText).
std::vector<ProgressRow> ProgressRows(const ReportData& report);
std::string ProgressEmptyText(const ReportData& report);
inline constexpr std::string_view kFirstReport = "First report: progress starts next week.";

// When review is required, the reason as a sentence (kReviewLabel introduces it); else empty.
inline constexpr std::string_view kReviewLabel = "Held for manager review";
std::string ReviewText(const ReportData& report);

// ---- The quick card ----

struct CardText {
  std::string rep;
  std::string strength;  // "Discovery (72/100)" or a sentence
  std::string focus;     // "Objection Handling (39/100)" or a sentence
  std::string tip;
  std::string call_to_review;  // "Acme discovery, 2026-11-03" or a sentence
};
CardText CardOf(const ReportData& report);

}  // namespace sc::report::text
