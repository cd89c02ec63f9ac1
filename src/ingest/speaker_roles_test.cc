#include "ingest/speaker_roles.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace sc::ingest {
namespace {

using model::SpeakerRole;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

model::Call CallOf(std::vector<std::pair<std::string, std::string>> turns) {
  model::Call call;
  double start = 0;
  for (auto& [speaker, text] : turns) {
    call.utterances.push_back(
        {.speaker = speaker, .start_s = start, .end_s = start + 1, .text = text});
    start += 2;
  }
  return call;
}

std::vector<SpeakerRole> Roles(const model::Call& call) {
  std::vector<SpeakerRole> roles;
  for (const model::Utterance& utterance : call.utterances) roles.push_back(utterance.role);
  return roles;
}

TEST(RoleMethodNameTest, NamesEveryMethod) {
  EXPECT_EQ(RoleMethodName(RoleMethod::kNone), "none");
  EXPECT_EQ(RoleMethodName(RoleMethod::kTranscript), "transcript");
  EXPECT_EQ(RoleMethodName(RoleMethod::kManifest), "manifest");
  EXPECT_EQ(RoleMethodName(RoleMethod::kCrmNames), "crm_names");
  EXPECT_EQ(RoleMethodName(RoleMethod::kHeuristic), "heuristic");
}

TEST(ResolveSpeakerRolesTest, KeepsRolesFromTheTranscript) {
  model::Call call = CallOf({{"Marcus", "Hi"}, {"Dana", "Hello"}, {"Kim", "Hey"}, {"Dana", "So"}});
  call.utterances[0].role = SpeakerRole::kCustomer;
  call.utterances[1].role = SpeakerRole::kRep;  // Dana's second utterance has no role yet
  RoleResolution resolution = ResolveSpeakerRoles(call, {});
  EXPECT_EQ(resolution.method, RoleMethod::kTranscript);
  EXPECT_THAT(resolution.rep_speakers, ElementsAre("Dana"));
  EXPECT_THAT(Roles(call), ElementsAre(SpeakerRole::kCustomer, SpeakerRole::kRep,
                                       SpeakerRole::kCustomer, SpeakerRole::kRep));
}

TEST(ResolveSpeakerRolesTest, TranscriptRolesWinOverTheManifest) {
  model::Call call = CallOf({{"Marcus", "Hi"}, {"Dana", "Hello"}});
  call.utterances[0].role = SpeakerRole::kCustomer;
  RoleResolution resolution = ResolveSpeakerRoles(call, {.rep_speakers = {"Marcus"}});
  // Marcus stays a customer; with no rep found the heuristic picks the only other speaker.
  EXPECT_EQ(resolution.method, RoleMethod::kHeuristic);
  EXPECT_THAT(Roles(call), ElementsAre(SpeakerRole::kCustomer, SpeakerRole::kRep));
}

TEST(ResolveSpeakerRolesTest, ManifestNamesMatchTrimmedAndCaseInsensitively) {
  model::Call call = CallOf({{"Marcus Lee", "Hi"}, {"Dana Reyes", "Hello"}, {"Priya", "Hey"}});
  RoleResolution resolution =
      ResolveSpeakerRoles(call, {.rep_speakers = {"  dana   REYES ", "Sam Ortiz"}});
  EXPECT_EQ(resolution.method, RoleMethod::kManifest);
  EXPECT_THAT(resolution.rep_speakers, ElementsAre("Dana Reyes"));
  EXPECT_THAT(resolution.unmatched_rep_speakers, ElementsAre("Sam Ortiz"));
  EXPECT_THAT(Roles(call),
              ElementsAre(SpeakerRole::kCustomer, SpeakerRole::kRep, SpeakerRole::kCustomer));
}

TEST(ResolveSpeakerRolesTest, CallsOwnRepSpeakersCountAsTheManifest) {
  model::Call call = CallOf({{"Marcus", "Hi"}, {"Dana", "Hello"}});
  call.rep_speakers = {"Dana"};
  RoleResolution resolution = ResolveSpeakerRoles(call, {});
  EXPECT_EQ(resolution.method, RoleMethod::kManifest);
  EXPECT_THAT(Roles(call), ElementsAre(SpeakerRole::kCustomer, SpeakerRole::kRep));
}

TEST(ResolveSpeakerRolesTest, CrmRepNameMatches) {
  model::Call call = CallOf({{"Marcus Lee", "Hi"}, {"dana reyes", "Hello"}});
  RoleResolution resolution =
      ResolveSpeakerRoles(call, {.crm_reps = {{"Lee Park", "lee@seller.com"}, {"Dana Reyes", ""}}});
  EXPECT_EQ(resolution.method, RoleMethod::kCrmNames);
  EXPECT_THAT(resolution.rep_speakers, ElementsAre("dana reyes"));
  EXPECT_THAT(resolution.unmatched_rep_speakers, IsEmpty());
  EXPECT_THAT(Roles(call), ElementsAre(SpeakerRole::kCustomer, SpeakerRole::kRep));
}

TEST(ResolveSpeakerRolesTest, CrmEmailAndItsLocalPartMatch) {
  model::Call call = CallOf({{"Marcus", "Hi"}, {"dana.reyes", "Hello"}, {"Lee@Seller.com", "Hey"}});
  RoleResolution resolution = ResolveSpeakerRoles(
      call, {.crm_reps = {{"Dana Reyes", "dana.reyes@seller.com"}, {"Lee", "lee@seller.com"}}});
  EXPECT_EQ(resolution.method, RoleMethod::kCrmNames);
  EXPECT_THAT(Roles(call),
              ElementsAre(SpeakerRole::kCustomer, SpeakerRole::kRep, SpeakerRole::kRep));
}

TEST(ResolveSpeakerRolesTest, ManifestIsPreferredOverCrmNames) {
  model::Call call = CallOf({{"Marcus", "Hi"}, {"Dana", "Hello"}});
  RoleResolution resolution =
      ResolveSpeakerRoles(call, {.rep_speakers = {"Dana"}, .crm_reps = {{"Marcus", ""}}});
  // Both mark a rep; the method reported is the earlier in the order.
  EXPECT_EQ(resolution.method, RoleMethod::kManifest);
  EXPECT_THAT(resolution.rep_speakers, ElementsAre("Marcus", "Dana"));
}

TEST(ResolveSpeakerRolesTest, HeuristicPicksTheFirstSpeakerByDefault) {
  model::Call call = CallOf(
      {{"Speaker 1", "Hi, shall we get going?"}, {"Speaker 0", "Sure."}, {"Speaker 2", "Yes."}});
  RoleResolution resolution = ResolveSpeakerRoles(call, {});
  EXPECT_EQ(resolution.method, RoleMethod::kHeuristic);
  EXPECT_THAT(resolution.rep_speakers, ElementsAre("Speaker 1"));
  EXPECT_THAT(Roles(call),
              ElementsAre(SpeakerRole::kRep, SpeakerRole::kCustomer, SpeakerRole::kCustomer));
}

TEST(ResolveSpeakerRolesTest, HeuristicPrefersTheSpeakerUsingSellerPhrases) {
  model::Call call =
      CallOf({{"A", "Hello? Can you hear me?"},
              {"B", "Yes! Thanks for taking the time today."},
              {"A", "Sure, we help teams too, ha."},
              {"B", "Let me show you our platform. I\xE2\x80\x99ll send the deck."}});
  RoleResolution resolution = ResolveSpeakerRoles(call, {});
  EXPECT_EQ(resolution.method, RoleMethod::kHeuristic);
  EXPECT_THAT(resolution.rep_speakers, ElementsAre("B"));
  EXPECT_THAT(Roles(call), ElementsAre(SpeakerRole::kCustomer, SpeakerRole::kRep,
                                       SpeakerRole::kCustomer, SpeakerRole::kRep));
}

TEST(ResolveSpeakerRolesTest, HeuristicTieKeepsTheFirstSpeaker) {
  model::Call call = CallOf({{"A", "We help sellers."}, {"B", "Our platform does too."}});
  ResolveSpeakerRoles(call, {});
  EXPECT_THAT(Roles(call), ElementsAre(SpeakerRole::kRep, SpeakerRole::kCustomer));
}

TEST(ResolveSpeakerRolesTest, UnknownSpeakerKeepsUnknownRole) {
  model::Call call = CallOf({{"Unknown", "Thanks for taking the time."}, {"Dana", "Hi"}});
  RoleResolution resolution = ResolveSpeakerRoles(call, {});
  EXPECT_EQ(resolution.method, RoleMethod::kHeuristic);
  EXPECT_THAT(Roles(call), ElementsAre(SpeakerRole::kUnknown, SpeakerRole::kRep));
}

TEST(ResolveSpeakerRolesTest, CallWithoutSpeakersDecidesNothing) {
  model::Call call = CallOf({{"Unknown", "Hello"}});
  RoleResolution resolution = ResolveSpeakerRoles(call, {.rep_speakers = {"Dana"}});
  EXPECT_EQ(resolution.method, RoleMethod::kNone);
  EXPECT_THAT(resolution.rep_speakers, IsEmpty());
  EXPECT_THAT(resolution.unmatched_rep_speakers, ElementsAre("Dana"));
  EXPECT_THAT(Roles(call), ElementsAre(SpeakerRole::kUnknown));
}

}  // namespace
}  // namespace sc::ingest
