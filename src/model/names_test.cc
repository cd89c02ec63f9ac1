#include <gtest/gtest.h>

#include "model/activity.h"
#include "model/call.h"
#include "model/call_analysis.h"
#include "model/deal.h"
#include "model/rep.h"
#include "model/skill.h"

namespace sc::model {
namespace {

TEST(NamesTest, ParsesCrmSpellingsOfDealStatus) {
  EXPECT_EQ(ParseDealStatus("Closed Won"), DealStatus::kWon);
  EXPECT_EQ(ParseDealStatus("closedlost"), DealStatus::kLost);
  EXPECT_EQ(ParseDealStatus(" open "), DealStatus::kOpen);
  EXPECT_EQ(ParseDealStatus("maybe"), std::nullopt);
}

TEST(NamesTest, NamesRoundTrip) {
  for (Segment s : {Segment::kSmb, Segment::kMidMarket, Segment::kEnterprise}) {
    EXPECT_EQ(ParseSegment(SegmentName(s)), s);
  }
  EXPECT_EQ(ParseSegment("Mid-Market"), Segment::kMidMarket);
  for (CallType t : {CallType::kDiscovery, CallType::kDemo, CallType::kNegotiation,
                     CallType::kClosing, CallType::kOther}) {
    EXPECT_EQ(ParseCallType(CallTypeName(t)), t);
  }
  EXPECT_EQ(ParseSpeakerRole("External"), SpeakerRole::kCustomer);
  EXPECT_EQ(ParseActivityType("Meeting"), ActivityType::kMeeting);
  EXPECT_EQ(ParseRepRole("Manager"), RepRole::kManager);
  for (HighlightKind k : {HighlightKind::kStrength, HighlightKind::kImprovement}) {
    EXPECT_EQ(ParseHighlightKind(HighlightKindName(k)), k);
  }
}

TEST(NamesTest, MeddpiccCountsFilledFields) {
  Meddpicc m;
  EXPECT_EQ(m.FilledCount(), 0);
  m.metrics = "cut onboarding from 6 weeks to 2";
  m.champion = "  ";
  m.competition = "Gong";
  EXPECT_EQ(m.FilledCount(), 2);
}

TEST(SkillTest, KeysRoundTripAndComponentsBelongToTheirSkill) {
  for (Skill skill : kAllSkills) {
    EXPECT_EQ(ParseSkillKey(SkillKey(skill)), skill);
    for (Component component : ComponentsOf(skill)) EXPECT_EQ(SkillOf(component), skill);
  }
  for (Component component : AllComponents()) {
    EXPECT_EQ(ParseComponentKey(ComponentKey(component)), component);
  }
  EXPECT_EQ(SkillKey(Skill::kObjectionHandling), "objection_handling");
  EXPECT_EQ(SkillTitle(Skill::kPresentation), "Demo/Presentation");
  EXPECT_EQ(ComponentKey(Component::kDisqualificationRate), "disqualification_rate");
  EXPECT_EQ(SkillOf(Component::kWinRate), Skill::kClosing);
  EXPECT_EQ(ComponentsOf(Skill::kNegotiation)[2], Component::kDealSize);
  EXPECT_EQ(ParseSkillKey("Discovery"), std::nullopt);
  EXPECT_EQ(ParseComponentKey("win rate"), std::nullopt);
}

}  // namespace
}  // namespace sc::model
