#include "sample/phrases.h"

#include <gtest/gtest.h>

#include <regex>

#include "sample/personas.h"
#include "sample/slots.h"
#include "sample/test_support.h"

namespace sc::sample {
namespace {

using testing::CountPhrase;

constexpr std::string_view kTrialClosePhrases[] = {"how does that sound", "does that make sense",
                                                   "would that work for you",
                                                   "on a scale of 1 to 10"};

TEST(PhrasesTest, EveryLineUsesOnlyKnownSlotsAndBalancedBrackets) {
  for (const phrases::NamedBank& bank : phrases::AllBanks()) {
    ASSERT_FALSE(bank.lines.empty()) << bank.name;
    for (std::string_view line : bank.lines) {
      for (std::string_view slot : SlotNamesIn(line)) {
        EXPECT_TRUE(IsKnownSlot(slot)) << bank.name << ": {" << slot << "} in " << line;
      }
      int depth = 0;
      for (char c : line) {
        if (c == '[') ++depth;
        if (c == ']') --depth;
        ASSERT_GE(depth, 0) << line;
        ASSERT_LE(depth, 1) << "alternatives do not nest: " << line;
      }
      EXPECT_EQ(depth, 0) << line;
    }
  }
}

TEST(PhrasesTest, NoBankSpellsOutFillerWords) {
  // Fillers come only from Dialogue, at each rep's planted rate.
  std::regex filler(R"(\b(um|uh|you know|i mean|sort of|kind of|basically)\b|, like,)",
                    std::regex::icase);
  for (const phrases::NamedBank& bank : phrases::AllBanks()) {
    for (std::string_view line : bank.lines) {
      EXPECT_FALSE(std::regex_search(line.begin(), line.end(), filler))
          << bank.name << ": " << line;
    }
  }
}

TEST(PhrasesTest, TrialClosePhrasesAppearOnlyInTrialCloses) {
  for (const phrases::NamedBank& bank : phrases::AllBanks()) {
    for (std::string_view line : bank.lines) {
      int found = 0;
      for (std::string_view phrase : kTrialClosePhrases) found += CountPhrase(line, phrase);
      if (bank.name == "trial_closes") {
        EXPECT_EQ(found, 1) << line;
      } else {
        EXPECT_EQ(found, 0) << bank.name << ": " << line;
      }
    }
  }
}

TEST(PhrasesTest, SpecificNextStepsNameADayAndTimeVagueOnesDoNot) {
  for (std::string_view line : phrases::kSpecificNextSteps) {
    EXPECT_NE(line.find("{day"), std::string_view::npos) << line;
    EXPECT_NE(line.find("I'll"), std::string_view::npos) << line;
  }
  for (std::string_view line : phrases::kVagueNextSteps) {
    EXPECT_EQ(line.find("{day"), std::string_view::npos) << line;
    EXPECT_EQ(line.find("{time}"), std::string_view::npos) << line;
  }
}

TEST(PhrasesTest, ValueLinesCarryAnOutcomeAndFeatureLinesDoNot) {
  std::regex outcome(
      R"(\b(so that|which means|saves?|cuts?)\b|\d+%|\$|\bhours? a week\b|\b\d+ (days?|hours?|weeks?)\b)",
      std::regex::icase);
  for (const ProductModule& module : ProductModules()) {
    for (std::string_view line : module.values) {
      EXPECT_TRUE(std::regex_search(line.begin(), line.end(), outcome)) << line;
    }
    for (std::string_view line : module.features) {
      EXPECT_FALSE(std::regex_search(line.begin(), line.end(), outcome)) << line;
    }
  }
}

TEST(PhrasesTest, PainClosersAndFollowUpsHoldTheKeyWord) {
  for (const Pain& pain : Pains()) {
    EXPECT_NE(pain.noun.find(pain.key), std::string_view::npos) << pain.key;
    for (std::string_view line : pain.closers) {
      EXPECT_GT(CountPhrase(line, pain.key), 0) << line;
    }
    for (std::string_view line : pain.follow_ups) {
      EXPECT_GT(CountPhrase(line, pain.key), 0) << line;
      EXPECT_EQ(line.back(), '?') << line;
    }
  }
  for (std::string_view line : phrases::kFollowUpQuestions) {
    EXPECT_NE(line.find("{pain_noun}"), std::string_view::npos) << line;
  }
}

TEST(PhrasesTest, OpenAndClosedQuestionsStartTheRightWay) {
  std::regex open(
      R"(^(What|How|Why|Walk me through|Tell me|Describe|Help me understand|Where|If|Who))");
  std::regex closed(R"(^(Do|Is|Are|Can|Did|Will|Have|How many)\b)");
  for (std::string_view line : phrases::kOpenQuestions) {
    EXPECT_TRUE(std::regex_search(line.begin(), line.end(), open)) << line;
  }
  for (std::string_view line : phrases::kPainOpenQuestions) {
    EXPECT_TRUE(std::regex_search(line.begin(), line.end(), open)) << line;
  }
  for (const phrases::Exchange& exchange : phrases::kClosedQuestions) {
    EXPECT_TRUE(std::regex_search(exchange.first.begin(), exchange.first.end(), closed))
        << exchange.first;
  }
}

TEST(PhrasesTest, ObjectionsAreCustomerOnlyCuesAndRepliesDiffer) {
  for (const phrases::ObjectionBank& bank : phrases::ObjectionBanks()) {
    EXPECT_GE(bank.objections.size(), 6u) << bank.name;
    for (std::string_view reply : bank.defensive_replies) {
      for (std::string_view empathy : phrases::kEmpathy) {
        EXPECT_EQ(CountPhrase(reply, empathy), 0) << reply;
      }
      EXPECT_EQ(reply.find('?'), std::string_view::npos) << reply;
    }
  }
}

TEST(SlotsTest, FillsSlotsAndAlternatives) {
  Slots slots;
  slots.Set("company", "Harbor Freight");
  Rng rng(1);
  EXPECT_EQ(slots.Fill("Hello {company}!", rng), "Hello Harbor Freight!");
  std::string filled = slots.Fill("[Hi|Hey] {company}", rng);
  EXPECT_TRUE(filled == "Hi Harbor Freight" || filled == "Hey Harbor Freight") << filled;
  EXPECT_EQ(slots.Fill("[only] one", rng), "only one");
}

TEST(SlotsTest, NamesSlotsInOrder) {
  std::vector<std::string_view> names = SlotNamesIn("{a} and [{b}|c] {a}");
  ASSERT_EQ(names.size(), 3u);
  EXPECT_EQ(names[0], "a");
  EXPECT_EQ(names[1], "b");
  EXPECT_EQ(names[2], "a");
  EXPECT_TRUE(IsKnownSlot("company"));
  EXPECT_FALSE(IsKnownSlot("compnay"));
}

}  // namespace
}  // namespace sc::sample
