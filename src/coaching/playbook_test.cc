// Tests of Playbook: reading a small complete file, one test per kind of bad file with its
// exact diagnostic, the accessors, and the rotation rule of Pick.
#include "coaching/playbook.h"

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>

#include "base/file_io.h"

namespace sc::coaching {
namespace {

using ::testing::ElementsAre;

const std::filesystem::path kShippedTone =
    std::filesystem::path(SC_DATA_DIR) / "playbook" / "tone.yaml";

const ToneCheck& Tone() {
  static const ToneCheck* const tone = [] {
    Diagnostics diagnostics;
    Result<ToneCheck> loaded = ToneCheck::Load(kShippedTone, &diagnostics);
    EXPECT_TRUE(loaded.ok()) << diagnostics.FormatAll();
    return new ToneCheck(std::move(loaded).value());
  }();
  return *tone;
}

// One component on one line, so tests can change a single field.
std::string ComponentLine(std::string_view key, std::string_view fields) {
  return fmt::format("      {}: {{{}}}", key, fields);
}

// A component's fields, each written as "key: value"; an empty one is left out.
struct Fields {
  std::string what = "what: Do it.";
  std::string why = "why: It helps.";
  std::string tips = "tips: [Tip one., Tip two., Tip three.]";
  std::string practice = "practice: [Drill one., Drill two., Drill three.]";
  std::string actions = "actions: [Act one., Act two.]";
  std::string strength = "strength: You do it.";
  std::string fundamentals = "fundamentals: false";

  std::string Line(std::string_view key) const {
    std::string fields;
    for (const std::string* field :
         {&what, &why, &tips, &practice, &actions, &strength, &fundamentals}) {
      if (field->empty()) continue;
      fields += (fields.empty() ? "" : ", ") + *field;
    }
    return ComponentLine(key, fields);
  }
};

// A complete playbook, one element per line. Skill s (in model order) starts at line 3 + 6s,
// its components are on lines 6 + 6s to 8 + 6s; segments start at line 39, call types at 46.
std::vector<std::string> PlaybookLines() {
  std::vector<std::string> lines = {"version: 1", "skills:"};
  for (model::Skill skill : model::kAllSkills) {
    lines.push_back(fmt::format("  {}:", model::SkillKey(skill)));
    lines.push_back(fmt::format("    why: {} matters.", model::SkillTitle(skill)));
    lines.push_back("    components:");
    for (model::Component component : model::ComponentsOf(skill)) {
      lines.push_back(Fields().Line(model::ComponentKey(component)));
    }
  }
  for (std::string_view line : {
           "segments:",
           "  enterprise: {qualification: Reach the economic buyer.}",
           "tenure: {new_rep_days: 60, new_rep_max_focus_areas: 1, new_rep_note: Basics first.}",
           "follow_up:",
           "  moved_up: \"{skill} went from {from} to {to}.\"",
           "  flat: \"{skill} held at {to}.\"",
           "  moved_down: \"{skill} moved from {from} to {to}.\"",
           "call_types:",
           "  discovery: {note: Ask more., focus: [question_quality, active_listening]}",
           "  demo: {note: Show value.}",
           "  negotiation: {note: Hold the price.}",
       }) {
    lines.emplace_back(line);
  }
  return lines;
}

std::string Join(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) out += line + "\n";
  return out;
}

// Writes `lines` to a file named after the running test and loads it.
class PlaybookFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = std::filesystem::path(::testing::TempDir()) /
            (std::string("playbook_") +
             ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".yaml");
  }
  void TearDown() override { std::filesystem::remove(path_); }

  Result<Playbook> Load(const std::vector<std::string>& lines) {
    diagnostics_ = Diagnostics();
    EXPECT_TRUE(WriteFile(path_, Join(lines)).ok());
    return Playbook::Load(path_, Tone(), &diagnostics_);
  }

  // Loads `lines`, expects exactly one problem and returns it as "<line>:<col>: message
  // (hint)", the file name left out.
  std::string OneProblem(const std::vector<std::string>& lines) {
    Result<Playbook> playbook = Load(lines);
    EXPECT_FALSE(playbook.ok());
    if (playbook.ok()) return "";
    EXPECT_EQ(playbook.status().code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(playbook.status().message(), path_.string() + ": 1 problem in the playbook");
    EXPECT_EQ(diagnostics_.size(), 1u) << diagnostics_.FormatAll();
    if (diagnostics_.empty()) return "";
    const std::string text = diagnostics_[0].FormatShort();
    const std::string prefix = path_.string() + ":";
    EXPECT_EQ(text.rfind(prefix, 0), 0u) << text;
    return text.substr(prefix.size());
  }

  std::filesystem::path path_;
  Diagnostics diagnostics_;
};

constexpr std::size_t kQuestionQualityLine = 6;  // discovery.question_quality, 1-based

// The line of discovery.question_quality with one field replaced.
std::string QuestionQuality(std::string Fields::*field, std::string replacement) {
  Fields fields;
  fields.*field = std::move(replacement);
  return fields.Line("question_quality");
}

TEST_F(PlaybookFileTest, ReadsACompleteFile) {
  std::vector<std::string> lines = PlaybookLines();
  lines[kQuestionQualityLine - 1] = QuestionQuality(&Fields::fundamentals, "fundamentals: true");
  Result<Playbook> playbook = Load(lines);
  ASSERT_TRUE(playbook.ok()) << diagnostics_.FormatAll();

  const ComponentAdvice& advice = playbook->Advice(model::Component::kQuestionQuality);
  EXPECT_EQ(advice.what, "Do it.");
  EXPECT_EQ(advice.why, "It helps.");
  EXPECT_THAT(advice.tips, ElementsAre("Tip one.", "Tip two.", "Tip three."));
  EXPECT_THAT(advice.practice, ElementsAre("Drill one.", "Drill two.", "Drill three."));
  EXPECT_THAT(advice.actions, ElementsAre("Act one.", "Act two."));
  EXPECT_EQ(advice.strength, "You do it.");
  EXPECT_TRUE(advice.fundamentals);
  EXPECT_FALSE(playbook->Advice(model::Component::kWinRate).fundamentals);

  EXPECT_EQ(playbook->SkillWhy(model::Skill::kObjectionHandling), "Objection Handling matters.");
  EXPECT_EQ(playbook->SegmentNote(model::Segment::kEnterprise, model::Skill::kQualification),
            "Reach the economic buyer.");
  EXPECT_EQ(playbook->tenure().new_rep_days, 60);
  EXPECT_EQ(playbook->tenure().new_rep_max_focus_areas, 1u);
  EXPECT_EQ(playbook->tenure().new_rep_note, "Basics first.");
  EXPECT_TRUE(playbook->IsNewRep(59));
  EXPECT_FALSE(playbook->IsNewRep(60));
  EXPECT_EQ(playbook->CallTypeNote(model::CallType::kDemo), "Show value.");
  EXPECT_THAT(playbook->CallTypeFocus(model::CallType::kDiscovery),
              ElementsAre(model::Component::kQuestionQuality, model::Component::kActiveListening));
  EXPECT_TRUE(playbook->CallTypeFocus(model::CallType::kDemo).empty());
}

TEST_F(PlaybookFileTest, SegmentNoteIsEmptyWithoutANote) {
  Result<Playbook> playbook = Load(PlaybookLines());
  ASSERT_TRUE(playbook.ok()) << diagnostics_.FormatAll();
  EXPECT_EQ(playbook->SegmentNote(model::Segment::kSmb, model::Skill::kQualification), "");
  EXPECT_EQ(playbook->SegmentNote(model::Segment::kEnterprise, model::Skill::kClosing), "");
  EXPECT_EQ(playbook->SegmentNote(model::Segment::kUnknown, model::Skill::kQualification), "");
}

TEST_F(PlaybookFileTest, SegmentsAreOptional) {
  std::vector<std::string> lines = PlaybookLines();
  lines.erase(lines.begin() + 38, lines.begin() + 40);  // "segments:" and its note
  Result<Playbook> playbook = Load(lines);
  ASSERT_TRUE(playbook.ok()) << diagnostics_.FormatAll();
  EXPECT_EQ(playbook->SegmentNote(model::Segment::kEnterprise, model::Skill::kQualification), "");
}

TEST_F(PlaybookFileTest, CallTypesWithoutANoteAreEmpty) {
  Result<Playbook> playbook = Load(PlaybookLines());
  ASSERT_TRUE(playbook.ok()) << diagnostics_.FormatAll();
  EXPECT_EQ(playbook->CallTypeNote(model::CallType::kClosing), "");
  EXPECT_EQ(playbook->CallTypeNote(model::CallType::kUnknown), "");
  EXPECT_TRUE(playbook->CallTypeFocus(model::CallType::kOther).empty());
}

TEST_F(PlaybookFileTest, FillsFollowUpTemplates) {
  Result<Playbook> playbook = Load(PlaybookLines());
  ASSERT_TRUE(playbook.ok()) << diagnostics_.FormatAll();
  EXPECT_EQ(playbook->FollowUpTemplate(FocusMovement::kFlat), "{skill} held at {to}.");
  EXPECT_EQ(playbook->FollowUp(FocusMovement::kMovedUp, "Discovery", "58", "66"),
            "Discovery went from 58 to 66.");
  EXPECT_EQ(playbook->FollowUp(FocusMovement::kMovedDown, "Closing", "{to}", "61"),
            "Closing moved from {to} to 61.");  // values are not expanded again
  EXPECT_EQ(FocusMovementKey(FocusMovement::kMovedUp), "moved_up");
  EXPECT_EQ(FocusMovementKey(FocusMovement::kFlat), "flat");
  EXPECT_EQ(FocusMovementKey(FocusMovement::kMovedDown), "moved_down");
}

TEST_F(PlaybookFileTest, LoadReportsAMissingFile) {
  Diagnostics diagnostics;
  Result<Playbook> playbook = Playbook::Load("/nonexistent/playbook.yaml", Tone(), &diagnostics);
  ASSERT_FALSE(playbook.ok());
  EXPECT_EQ(playbook.status().code(), StatusCode::kNotFound);
  EXPECT_TRUE(diagnostics.empty());
}

// One test per kind of bad file. Each expects the exact diagnostic, file name left out.

TEST_F(PlaybookFileTest, MalformedYaml) {
  std::vector<std::string> lines = PlaybookLines();
  lines[kQuestionQualityLine - 1] = QuestionQuality(&Fields::tips, "tips: [Tip one., Tip two.");
  EXPECT_EQ(OneProblem(lines),
            "6:205: illegal flow end (check the indentation, the colons and the quotes)");
}

TEST_F(PlaybookFileTest, UnknownSkill) {
  std::vector<std::string> lines = PlaybookLines();
  lines.insert(lines.begin() + 38, "  prospecting: {why: Extra.}");
  EXPECT_EQ(OneProblem(lines),
            "39:3: unknown skill 'prospecting' (the skills are: discovery, qualification, "
            "presentation, objection_handling, negotiation, closing)");
}

TEST_F(PlaybookFileTest, UnknownComponent) {
  std::vector<std::string> lines = PlaybookLines();
  lines.insert(lines.begin() + 8, Fields().Line("questions"));
  EXPECT_EQ(OneProblem(lines),
            "9:7: unknown component 'questions' in skill 'discovery' (the components of discovery "
            "are: question_quality, active_listening, need_identification)");
}

TEST_F(PlaybookFileTest, ComponentOfAnotherSkill) {
  std::vector<std::string> lines = PlaybookLines();
  lines.insert(lines.begin() + 8, Fields().Line("win_rate"));
  EXPECT_EQ(OneProblem(lines),
            "9:7: unknown component 'win_rate' in skill 'discovery' (the components of discovery "
            "are: question_quality, active_listening, need_identification)");
}

TEST_F(PlaybookFileTest, MissingComponent) {
  std::vector<std::string> lines = PlaybookLines();
  lines.erase(lines.begin() + 37);  // closing.win_rate
  EXPECT_EQ(OneProblem(lines),
            "35:5: component 'closing.win_rate' is missing (add win_rate under closing.components "
            "with what, why, tips, practice, actions, strength and fundamentals)");
}

TEST_F(PlaybookFileTest, MissingSkill) {
  std::vector<std::string> lines = PlaybookLines();
  lines.erase(lines.begin() + 32, lines.begin() + 38);  // closing
  EXPECT_EQ(OneProblem(lines),
            "2:1: skill 'closing' is missing (add closing under skills, with its why and its "
            "components trial_close, next_steps, win_rate)");
}

TEST_F(PlaybookFileTest, MissingField) {
  std::vector<std::string> lines = PlaybookLines();
  lines[kQuestionQualityLine - 1] = QuestionQuality(&Fields::strength, "");
  EXPECT_EQ(
      OneProblem(lines),
      "6:7: discovery.question_quality has no 'strength' (add strength: followed by the text)");
}

TEST_F(PlaybookFileTest, EmptyField) {
  std::vector<std::string> lines = PlaybookLines();
  lines[kQuestionQualityLine - 1] = QuestionQuality(&Fields::what, "what: \"  \"");
  EXPECT_EQ(OneProblem(lines),
            "6:32: 'what' of discovery.question_quality is empty (write the text after 'what:')");
}

TEST_F(PlaybookFileTest, EmptySkillWhy) {
  std::vector<std::string> lines = PlaybookLines();
  lines[3] = "    why:";
  EXPECT_EQ(OneProblem(lines), "4:5: 'why' of discovery is empty (write the text after 'why:')");
}

TEST_F(PlaybookFileTest, TooFewTips) {
  std::vector<std::string> lines = PlaybookLines();
  lines[kQuestionQualityLine - 1] = QuestionQuality(&Fields::tips, "tips: [Tip one., Tip two.]");
  EXPECT_EQ(OneProblem(lines),
            "6:62: discovery.question_quality has 2 tips; at least 3 are needed (add 1 more: a tip "
            "is concrete advice in the second person, one to three sentences)");
}

TEST_F(PlaybookFileTest, TooFewPracticeActivities) {
  std::vector<std::string> lines = PlaybookLines();
  lines[kQuestionQualityLine - 1] =
      QuestionQuality(&Fields::practice, "practice: [Drill one., Drill two.]");
  EXPECT_EQ(OneProblem(lines),
            "6:106: discovery.question_quality has 2 practice activities; at least 3 are needed "
            "(add 1 more: a practice activity is doable this week, with a count or a time box)");
}

TEST_F(PlaybookFileTest, TooFewActions) {
  std::vector<std::string> lines = PlaybookLines();
  lines[kQuestionQualityLine - 1] = QuestionQuality(&Fields::actions, "actions: [Act one.]");
  EXPECT_EQ(OneProblem(lines),
            "6:155: discovery.question_quality has 1 action; at least 2 are needed (add 1 more: an "
            "action is one measurable line for this week's focus)");
}

TEST_F(PlaybookFileTest, DuplicateTip) {
  std::vector<std::string> lines = PlaybookLines();
  lines[kQuestionQualityLine - 1] =
      QuestionQuality(&Fields::tips, "tips: [Tip one., Tip two., Tip three., \"tip  ONE. \"]");
  EXPECT_EQ(OneProblem(lines),
            "6:95: tip 4 of discovery.question_quality repeats tip 1 (each tip should say "
            "something new; tip 1 is at line 6)");
}

TEST_F(PlaybookFileTest, UnknownPlaceholderInFollowUp) {
  std::vector<std::string> lines = PlaybookLines();
  lines[43] = "  flat: \"{skill} held at {score}.\"";
  EXPECT_EQ(OneProblem(lines),
            "44:9: 'flat' of follow_up holds the unknown placeholder '{score}' (the placeholders "
            "are {skill}, {from} and {to})");
}

TEST_F(PlaybookFileTest, PlaceholderOutsideFollowUp) {
  std::vector<std::string> lines = PlaybookLines();
  lines[kQuestionQualityLine - 1] = QuestionQuality(&Fields::what, "what: \"Improve {skill}.\"");
  EXPECT_EQ(OneProblem(lines),
            "6:32: 'what' of discovery.question_quality holds the placeholder '{skill}'; only "
            "follow_up templates are filled in (write the words out, without braces)");
}

TEST_F(PlaybookFileTest, TextFailsTheToneCheck) {
  std::vector<std::string> lines = PlaybookLines();
  lines[kQuestionQualityLine - 1] =
      QuestionQuality(&Fields::tips, "tips: [Tip one., Stop being lazy., Tip three.]");
  EXPECT_EQ(OneProblem(lines),
            "6:73: tip 2 of discovery.question_quality uses 'lazy', which the tone check rejects "
            "(describe the behaviour to build, constructively; the rejected words are listed in " +
                kShippedTone.string() + ")");
}

TEST_F(PlaybookFileTest, ToneMessageNamesEveryWord) {
  std::vector<std::string> lines = PlaybookLines();
  lines[42] = "  moved_up: \"You never moved {skill}; a failure from {from} to {to}.\"";
  EXPECT_EQ(
      OneProblem(lines),
      "43:13: 'moved_up' of follow_up uses 'you never' and 'failure', which the tone check rejects "
      "(describe the behaviour to build, constructively; the rejected words are listed in " +
          kShippedTone.string() + ")");
}

TEST_F(PlaybookFileTest, FundamentalsNotABoolean) {
  std::vector<std::string> lines = PlaybookLines();
  lines[kQuestionQualityLine - 1] = QuestionQuality(&Fields::fundamentals, "fundamentals: maybe");
  EXPECT_EQ(OneProblem(lines),
            "6:213: 'fundamentals' of discovery.question_quality must be true or false (true when "
            "a new rep should work on it first)");
}

TEST_F(PlaybookFileTest, UnknownSegment) {
  std::vector<std::string> lines = PlaybookLines();
  lines[39] = "  ent: {qualification: Reach the economic buyer.}";
  EXPECT_EQ(OneProblem(lines),
            "40:3: unknown segment 'ent' (the segments are: smb, mid_market, enterprise)");
}

TEST_F(PlaybookFileTest, TenureOutOfRange) {
  std::vector<std::string> lines = PlaybookLines();
  lines[40] = "tenure: {new_rep_days: 60, new_rep_max_focus_areas: 4, new_rep_note: Basics.}";
  EXPECT_EQ(OneProblem(lines),
            "41:53: 'new_rep_max_focus_areas' of tenure must be a whole number from 1 to 3 (how "
            "many focus areas a new rep's report shows; reports show at most 3)");
}

TEST_F(PlaybookFileTest, MissingCallType) {
  std::vector<std::string> lines = PlaybookLines();
  lines.pop_back();  // negotiation
  EXPECT_EQ(OneProblem(lines),
            "46:1: call type 'negotiation' is missing (discovery, demo and negotiation each need a "
            "note)");
}

TEST_F(PlaybookFileTest, UnknownCallType) {
  std::vector<std::string> lines = PlaybookLines();
  lines.push_back("  webinar: {note: Present.}");
  EXPECT_EQ(OneProblem(lines),
            "50:3: unknown call type 'webinar' (the call types are: discovery, demo, negotiation, "
            "closing, other)");
}

TEST_F(PlaybookFileTest, UnknownKey) {
  std::vector<std::string> lines = PlaybookLines();
  lines[kQuestionQualityLine - 1] = QuestionQuality(&Fields::strength, "strengths: You do it.");
  Result<Playbook> playbook = Load(lines);
  ASSERT_FALSE(playbook.ok());
  ASSERT_EQ(diagnostics_.size(), 2u) << diagnostics_.FormatAll();
  EXPECT_EQ(diagnostics_[0].FormatShort(),
            path_.string() +
                ":6:177: unknown key 'strengths' in component 'discovery.question_quality' (the "
                "keys here are: what, why, tips, practice, actions, strength, fundamentals)");
  EXPECT_EQ(diagnostics_[1].FormatShort(),
            path_.string() +
                ":6:7: discovery.question_quality has no 'strength' (add strength: followed by "
                "the text)");
}

TEST_F(PlaybookFileTest, UnsupportedVersion) {
  std::vector<std::string> lines = PlaybookLines();
  lines[0] = "version: 2";
  EXPECT_EQ(OneProblem(lines),
            "1:10: unsupported playbook version '2' (this salescoach reads version 1)");
}

TEST_F(PlaybookFileTest, ReportsEveryProblem) {
  std::vector<std::string> lines = PlaybookLines();
  lines[kQuestionQualityLine - 1] = QuestionQuality(&Fields::tips, "tips: [Tip one., Tip two.]");
  lines[kQuestionQualityLine] = ComponentLine("active_listening", "what: Listen.");
  lines.pop_back();
  Result<Playbook> playbook = Load(lines);
  ASSERT_FALSE(playbook.ok());
  EXPECT_EQ(playbook.status().message(), path_.string() + ": 8 problems in the playbook");
  EXPECT_EQ(diagnostics_.size(), 8u) << diagnostics_.FormatAll();
}

TEST(PlaybookPickTest, IsDeterministic) {
  for (int week = -3; week < 30; ++week) {
    EXPECT_EQ(Playbook::Pick(4, "R-07", week, 11), Playbook::Pick(4, "R-07", week, 11));
  }
  // The rule is documented (FNV-1a, not std::hash), so its values hold across builds and
  // machines: these were computed by hand from the rule in playbook.h.
  EXPECT_EQ(Playbook::Pick(4, "R-07", 0, 0), 1u);
  EXPECT_EQ(Playbook::Pick(4, "R-07", 1, 0), 2u);
  EXPECT_EQ(Playbook::Pick(4, "R-07", 4, 0), 1u);
  EXPECT_EQ(Playbook::Pick(5, "R-01", -3, 7), 0u);
  EXPECT_EQ(Playbook::Pick(3, "alice@example.com", 2900, 40), 2u);
  EXPECT_EQ(Playbook::Pick(1, "R-07", 12345, 9), 0u);
}

TEST(PlaybookPickTest, ConsecutiveWeeksDiffer) {
  for (std::size_t count = 2; count <= 7; ++count) {
    for (std::string_view rep : {"R-01", "R-07", "alice@example.com", ""}) {
      for (std::size_t salt = 0; salt < 5; ++salt) {
        for (int week = -60; week < 60; ++week) {
          const std::size_t pick = Playbook::Pick(count, rep, week, salt);
          EXPECT_LT(pick, count);
          EXPECT_NE(pick, Playbook::Pick(count, rep, week + 1, salt))
              << count << " " << rep << " " << salt << " " << week;
        }
      }
    }
  }
}

TEST(PlaybookPickTest, VisitsEveryItemOnceInCountWeeks) {
  for (std::size_t count = 1; count <= 6; ++count) {
    std::set<std::size_t> seen;
    for (int week = 2900; week < 2900 + static_cast<int>(count); ++week) {
      seen.insert(Playbook::Pick(count, "R-03", week, 2));
    }
    EXPECT_EQ(seen.size(), count);
  }
}

TEST(PlaybookPickTest, RepsAndSaltsStartAtDifferentItems) {
  std::set<std::size_t> starts;
  for (std::string_view rep : {"R-01", "R-02", "R-03", "R-04", "R-05", "R-06", "R-07", "R-08"}) {
    starts.insert(Playbook::Pick(5, rep, 0, 0));
  }
  EXPECT_GT(starts.size(), 1u);
  std::set<std::size_t> by_salt;
  for (std::size_t salt = 0; salt < 8; ++salt) by_salt.insert(Playbook::Pick(5, "R-01", 0, salt));
  EXPECT_GT(by_salt.size(), 1u);
}

TEST_F(PlaybookFileTest, ChooseRotatesWeekByWeek) {
  Result<Playbook> playbook = Load(PlaybookLines());
  ASSERT_TRUE(playbook.ok()) << diagnostics_.FormatAll();
  const model::Component component = model::Component::kNextSteps;
  for (int week = 0; week < 10; ++week) {
    for (AdviceKind kind : {AdviceKind::kTip, AdviceKind::kPractice, AdviceKind::kAction}) {
      EXPECT_NE(playbook->Choose(component, kind, "R-02", week),
                playbook->Choose(component, kind, "R-02", week + 1));
      EXPECT_EQ(playbook->Choose(component, kind, "R-02", week),
                playbook->Choose(component, kind, "R-02", week));
    }
  }
}

}  // namespace
}  // namespace sc::coaching
