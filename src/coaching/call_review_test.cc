// Tests of ReviewCalls: which call is the best and which one to review, by the counts of
// strength and improvement moments (call_review.h), with hand-built analyses.
#include "coaching/call_review.h"

#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <vector>

namespace sc::coaching {
namespace {

using model::HighlightKind;

// A call on 2026-11-<day> with one highlight per kind given, in that order. Each highlight's
// quote names its call and position ("c1 #0: ...") so a test can see which moment was taken.
model::CallAnalysis Call(std::string id, int day, std::initializer_list<HighlightKind> kinds) {
  model::CallAnalysis call;
  call.call_id = id;
  call.rep_id = "rep-ana";
  call.title = "Call " + id;
  call.started_at = Timestamp::StartOf(Date::FromYmd(2026, 11, day)).AddSeconds(14 * 3600);
  call.duration_s = 1800;
  int position = 0;
  for (HighlightKind kind : kinds) {
    model::Highlight highlight;
    highlight.kind = kind;
    highlight.skill = "discovery";
    highlight.component = "question_quality";
    highlight.at_s = 60.0 * (position + 1);
    highlight.end_s = 60.0 * (position + 1) + 12;
    highlight.quote = id + " #" + std::to_string(position) + ": " +
                      (kind == HighlightKind::kStrength ? "What would that change?" : "Okay.");
    highlight.note = kind == HighlightKind::kStrength ? "open question" : "closed question";
    call.highlights.push_back(std::move(highlight));
    ++position;
  }
  return call;
}

constexpr HighlightKind S = HighlightKind::kStrength;
constexpr HighlightKind I = HighlightKind::kImprovement;

TEST(CallReviewTest, BestHasTheMostStrengthsOverImprovementsWithTiesToTheLaterCall) {
  const std::vector<model::CallAnalysis> calls = {
      Call("c1", 2, {S, I, S}),        // 2 - 1 = +1
      Call("c2", 5, {S, I, I, I}),     // 1 - 3 = -2
      Call("c3", 9, {I, S, S, I, S}),  // 3 - 2 = +1, ties with c1 and is later
  };

  const CallReview review = ReviewCalls(calls);

  ASSERT_TRUE(review.best.has_value());
  EXPECT_EQ(review.best->call_id, "c3");
  EXPECT_EQ(review.best->title, "Call c3");
  EXPECT_EQ(review.best->started_at, calls[2].started_at);
  EXPECT_EQ(review.best->strengths, 3u);
  EXPECT_EQ(review.best->improvements, 2u);
  // The first strength moment of c3 is its second highlight (#1), at 2 * 60 = 120 s.
  EXPECT_EQ(review.best->moment.kind, HighlightKind::kStrength);
  EXPECT_EQ(review.best->moment.text, "c3 #1: What would that change?");
  EXPECT_EQ(review.best->moment.at_s, 120);
  EXPECT_EQ(review.best->moment.end_s, 132);
  EXPECT_EQ(review.best->moment.note, "open question");
  EXPECT_EQ(review.best->moment.call_id, "c3");

  // Lowest balance among c1 (+1) and c2 (-2), c3 being the best: c2.
  ASSERT_TRUE(review.to_review.has_value());
  EXPECT_EQ(review.to_review->call_id, "c2");
  EXPECT_EQ(review.to_review->strengths, 1u);
  EXPECT_EQ(review.to_review->improvements, 3u);
  // Its first improvement moment is highlight #1, at 120 s.
  EXPECT_EQ(review.to_review->moment.kind, HighlightKind::kImprovement);
  EXPECT_EQ(review.to_review->moment.text, "c2 #1: Okay.");
  EXPECT_EQ(review.to_review->moment.at_s, 120);

  // The summary covers all three calls: 3 * 1800 s = 1.5 hours.
  EXPECT_EQ(review.summary.calls, 3u);
  EXPECT_DOUBLE_EQ(review.summary.hours, 1.5);
}

TEST(CallReviewTest, CallToReviewTiesGoToTheLaterCall) {
  const std::vector<model::CallAnalysis> calls = {
      Call("c1", 2, {I, I}),        // 0 - 2 = -2
      Call("c2", 3, {S, S, S}),     // +3: the best
      Call("c3", 4, {S, I, I, I}),  // 1 - 3 = -2, ties with c1 and is later
  };

  const CallReview review = ReviewCalls(calls);

  ASSERT_TRUE(review.best.has_value());
  EXPECT_EQ(review.best->call_id, "c2");
  ASSERT_TRUE(review.to_review.has_value());
  EXPECT_EQ(review.to_review->call_id, "c3");
  EXPECT_EQ(review.to_review->moment.text, "c3 #1: Okay.");  // its first improvement
}

TEST(CallReviewTest, CallToReviewIsNeverTheBestCall) {
  // One call with strengths and improvements: it is the best (1 strength, the only one), so
  // there is no call to review although it has 3 improvements.
  const std::vector<model::CallAnalysis> calls = {Call("c1", 2, {S, I, I, I})};

  const CallReview review = ReviewCalls(calls);

  ASSERT_TRUE(review.best.has_value());
  EXPECT_EQ(review.best->call_id, "c1");
  EXPECT_FALSE(review.to_review.has_value());
}

TEST(CallReviewTest, BestNeedsAStrengthAndCallToReviewNeedsAnImprovement) {
  const std::vector<model::CallAnalysis> calls = {
      Call("c1", 2, {}),         // 0 - 0 = 0, but no strength: cannot be the best
      Call("c2", 3, {S, I, I}),  // 1 - 2 = -1, the only call with a strength
      Call("c3", 4, {}),         // no improvement: cannot be the call to review
  };

  const CallReview review = ReviewCalls(calls);

  ASSERT_TRUE(review.best.has_value());
  EXPECT_EQ(review.best->call_id, "c2");
  // c2 is the best; c1 and c3 have no improvement moment.
  EXPECT_FALSE(review.to_review.has_value());
}

TEST(CallReviewTest, CallsWithoutStrengthsHaveNoBestButStillOneToReview) {
  const std::vector<model::CallAnalysis> calls = {
      Call("c1", 2, {I, I}),  // -2
      Call("c2", 3, {I}),     // -1
  };

  const CallReview review = ReviewCalls(calls);

  EXPECT_FALSE(review.best.has_value());
  ASSERT_TRUE(review.to_review.has_value());
  EXPECT_EQ(review.to_review->call_id, "c1");  // -2 < -1
  EXPECT_EQ(review.to_review->strengths, 0u);
  EXPECT_EQ(review.to_review->improvements, 2u);
}

TEST(CallReviewTest, NoCallsGiveNoPicks) {
  const CallReview review = ReviewCalls({});
  EXPECT_EQ(review.summary.calls, 0u);
  EXPECT_FALSE(review.best.has_value());
  EXPECT_FALSE(review.to_review.has_value());
}

TEST(CallReviewTest, MomentsAreRedacted) {
  std::vector<model::CallAnalysis> calls = {Call("c1", 2, {S, S}), Call("c2", 3, {I})};
  calls[0].highlights[0].quote = "Send it to ana.lopez@acme.com and I'll review it.";
  calls[1].highlights[0].quote = "Call me on (415) 555-0132 tomorrow.";

  const CallReview review = ReviewCalls(calls);

  ASSERT_TRUE(review.best.has_value());
  EXPECT_EQ(review.best->moment.text, "Send it to [email] and I'll review it.");
  ASSERT_TRUE(review.to_review.has_value());
  EXPECT_EQ(review.to_review->moment.text, "Call me on [phone] tomorrow.");
}

}  // namespace
}  // namespace sc::coaching
