// Tests of the shipped playbook, data/playbook/en.yaml with data/playbook/tone.yaml: it loads,
// covers every component, every text passes the tone check, and the content keeps the shape
// docs/playbook.md promises (one-line what, actions and strengths; practice with a count or a
// time box; the fundamentals a new rep starts with).
#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "coaching/playbook.h"

namespace sc::coaching {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;

const std::filesystem::path kDataDir = std::filesystem::path(SC_DATA_DIR) / "playbook";

class ShippedPlaybookTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Diagnostics diagnostics;
    Result<ToneCheck> tone = ToneCheck::Load(kDataDir / "tone.yaml", &diagnostics);
    ASSERT_TRUE(tone.ok()) << tone.status().ToString() << "\n" << diagnostics.FormatAll();
    tone_ = new ToneCheck(std::move(tone).value());
    Result<Playbook> playbook = Playbook::Load(kDataDir / "en.yaml", *tone_, &diagnostics);
    ASSERT_TRUE(playbook.ok()) << playbook.status().ToString() << "\n" << diagnostics.FormatAll();
    playbook_ = new Playbook(std::move(playbook).value());
  }
  static void TearDownTestSuite() {
    delete playbook_;
    delete tone_;
    playbook_ = nullptr;
    tone_ = nullptr;
  }

  // Every text of the playbook, with a name for failure messages.
  static std::vector<std::pair<std::string, std::string>> AllTexts() {
    std::vector<std::pair<std::string, std::string>> texts;
    for (model::Skill skill : model::kAllSkills) {
      texts.emplace_back(fmt::format("{}.why", SkillKey(skill)), playbook_->SkillWhy(skill));
      for (model::Segment segment :
           {model::Segment::kSmb, model::Segment::kMidMarket, model::Segment::kEnterprise}) {
        texts.emplace_back(fmt::format("segments.{}.{}", SegmentName(segment), SkillKey(skill)),
                           playbook_->SegmentNote(segment, skill));
      }
    }
    for (model::Component component : model::AllComponents()) {
      const ComponentAdvice& advice = playbook_->Advice(component);
      const std::string name(ComponentKey(component));
      texts.emplace_back(name + ".what", advice.what);
      texts.emplace_back(name + ".why", advice.why);
      texts.emplace_back(name + ".strength", advice.strength);
      for (const std::string& text : advice.tips) texts.emplace_back(name + ".tips", text);
      for (const std::string& text : advice.practice) texts.emplace_back(name + ".practice", text);
      for (const std::string& text : advice.actions) texts.emplace_back(name + ".actions", text);
    }
    texts.emplace_back("tenure.new_rep_note", playbook_->tenure().new_rep_note);
    for (FocusMovement movement :
         {FocusMovement::kMovedUp, FocusMovement::kFlat, FocusMovement::kMovedDown}) {
      texts.emplace_back(std::string(FocusMovementKey(movement)),
                         playbook_->FollowUp(movement, "Discovery", "58", "66"));
    }
    for (model::CallType type : {model::CallType::kDiscovery, model::CallType::kDemo,
                                 model::CallType::kNegotiation, model::CallType::kClosing}) {
      texts.emplace_back(std::string(CallTypeName(type)), playbook_->CallTypeNote(type));
    }
    return texts;
  }

  static ToneCheck* tone_;
  static Playbook* playbook_;
};

ToneCheck* ShippedPlaybookTest::tone_ = nullptr;
Playbook* ShippedPlaybookTest::playbook_ = nullptr;

TEST_F(ShippedPlaybookTest, CoversEveryComponent) {
  for (model::Component component : model::AllComponents()) {
    const ComponentAdvice& advice = playbook_->Advice(component);
    SCOPED_TRACE(ComponentKey(component));
    EXPECT_FALSE(advice.what.empty());
    EXPECT_FALSE(advice.why.empty());
    EXPECT_FALSE(advice.strength.empty());
    EXPECT_GE(advice.tips.size(), 3u);
    EXPECT_GE(advice.practice.size(), 3u);
    EXPECT_GE(advice.actions.size(), 2u);
  }
  for (model::Skill skill : model::kAllSkills) EXPECT_FALSE(playbook_->SkillWhy(skill).empty());
}

TEST_F(ShippedPlaybookTest, EveryTextPassesTheToneCheck) {
  for (const auto& [name, text] : AllTexts()) {
    EXPECT_THAT(tone_->Offending(text), IsEmpty()) << name << ": " << text;
  }
}

TEST_F(ShippedPlaybookTest, AvoidsAbsolutesAndVerdicts) {
  // The words the guidelines for playbook wording name, checked on their own so that a change
  // to tone.yaml does not let them back in unnoticed.
  Diagnostics diagnostics;
  Result<ToneCheck> strict =
      ToneCheck::Parse("version: 1\npunitive: [never, always, poor, bad, you failed, blame]\n",
                       "strict.yaml", &diagnostics);
  ASSERT_TRUE(strict.ok()) << diagnostics.FormatAll();
  for (const auto& [name, text] : AllTexts()) {
    EXPECT_THAT(strict->Offending(text), IsEmpty()) << name << ": " << text;
  }
}

TEST_F(ShippedPlaybookTest, OneLinersHaveNoLineBreaks) {
  for (model::Component component : model::AllComponents()) {
    const ComponentAdvice& advice = playbook_->Advice(component);
    EXPECT_EQ(advice.what.find('\n'), std::string::npos) << advice.what;
    EXPECT_EQ(advice.strength.find('\n'), std::string::npos) << advice.strength;
    for (const std::string& action : advice.actions) {
      EXPECT_EQ(action.find('\n'), std::string::npos) << action;
    }
  }
}

TEST_F(ShippedPlaybookTest, PracticeActivitiesHaveACountOrATimeBox) {
  for (model::Component component : model::AllComponents()) {
    for (const std::string& activity : playbook_->Advice(component).practice) {
      EXPECT_TRUE(std::any_of(activity.begin(), activity.end(),
                              [](char c) { return c >= '0' && c <= '9'; }))
          << ComponentKey(component) << ": " << activity;
    }
  }
}

TEST_F(ShippedPlaybookTest, AdviceIsNotRepeatedAcrossComponents) {
  std::set<std::string> seen;
  for (model::Component component : model::AllComponents()) {
    const ComponentAdvice& advice = playbook_->Advice(component);
    for (const auto* list : {&advice.tips, &advice.practice, &advice.actions}) {
      for (const std::string& text : *list) {
        EXPECT_TRUE(seen.insert(text).second) << ComponentKey(component) << ": " << text;
      }
    }
  }
}

TEST_F(ShippedPlaybookTest, FundamentalsAreTheBasicsOfEachCall) {
  std::vector<model::Component> fundamentals;
  for (model::Component component : model::AllComponents()) {
    if (playbook_->Advice(component).fundamentals) fundamentals.push_back(component);
  }
  EXPECT_THAT(fundamentals,
              ::testing::ElementsAre(
                  model::Component::kQuestionQuality, model::Component::kActiveListening,
                  model::Component::kNeedIdentification, model::Component::kValueArticulation,
                  model::Component::kEmpathy, model::Component::kNextSteps));
}

TEST_F(ShippedPlaybookTest, WhyCitesTheResearchFigures) {
  EXPECT_THAT(playbook_->Advice(model::Component::kActiveListening).why, HasSubstr("43%"));
  EXPECT_THAT(playbook_->Advice(model::Component::kActiveListening).why, HasSubstr("25,537"));
  EXPECT_THAT(playbook_->Advice(model::Component::kQuestionQuality).why, HasSubstr("11 to 14"));
  EXPECT_THAT(playbook_->Advice(model::Component::kEngagement).why, HasSubstr("121,828"));
  EXPECT_THAT(playbook_->Advice(model::Component::kResponseQuality).why, HasSubstr("67,149"));
  EXPECT_THAT(playbook_->Advice(model::Component::kNextSteps).why, HasSubstr("80%"));
}

TEST_F(ShippedPlaybookTest, TenureFollowUpAndCallTypes) {
  EXPECT_EQ(playbook_->tenure().new_rep_days, 90);
  EXPECT_EQ(playbook_->tenure().new_rep_max_focus_areas, 2u);
  EXPECT_FALSE(playbook_->tenure().new_rep_note.empty());
  for (FocusMovement movement :
       {FocusMovement::kMovedUp, FocusMovement::kFlat, FocusMovement::kMovedDown}) {
    const std::string_view text = playbook_->FollowUpTemplate(movement);
    EXPECT_THAT(std::string(text), HasSubstr("{skill}"));
    EXPECT_THAT(std::string(text), HasSubstr("{from}"));
    EXPECT_THAT(std::string(text), HasSubstr("{to}"));
  }
  EXPECT_EQ(playbook_->FollowUp(FocusMovement::kMovedUp, "Discovery", "58", "66"),
            "Last week's focus, Discovery, moved from 58 to 66: keep going.");
  for (model::CallType type :
       {model::CallType::kDiscovery, model::CallType::kDemo, model::CallType::kNegotiation}) {
    EXPECT_FALSE(playbook_->CallTypeNote(type).empty()) << CallTypeName(type);
    EXPECT_FALSE(playbook_->CallTypeFocus(type).empty()) << CallTypeName(type);
  }
}

TEST_F(ShippedPlaybookTest, SegmentNotes) {
  EXPECT_THAT(std::string(playbook_->SegmentNote(model::Segment::kEnterprise,
                                                 model::Skill::kQualification)),
              HasSubstr("economic buyer"));
  EXPECT_EQ(playbook_->SegmentNote(model::Segment::kMidMarket, model::Skill::kDiscovery), "");
  for (model::Skill skill : model::kAllSkills) {
    EXPECT_EQ(playbook_->SegmentNote(model::Segment::kUnknown, skill), "");
  }
}

}  // namespace
}  // namespace sc::coaching
