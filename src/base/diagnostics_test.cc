#include "base/diagnostics.h"

#include <gtest/gtest.h>

namespace sc {
namespace {

TEST(DiagnosticTest, FormatsLocationSourceLineCaretAndHint) {
  Diagnostic d{"deals.csv", 14, 3, "expected 6 columns, found 5", "is the delimiter ';'?",
               "D1;R1;x"};
  EXPECT_EQ(d.Format(),
            "deals.csv:14:3: expected 6 columns, found 5\n"
            "  D1;R1;x\n"
            "    ^\n"
            "  hint: is the delimiter ';'?");
  EXPECT_EQ(d.FormatShort(), "deals.csv:14:3: expected 6 columns, found 5 (is the delimiter ';'?)");
}

TEST(DiagnosticTest, LeavesOutUnknownParts) {
  EXPECT_EQ((Diagnostic{"reps.csv", 0, 0, "the file is empty", "", ""}).Format(),
            "reps.csv: the file is empty");
  EXPECT_EQ((Diagnostic{"reps.csv", 2, 0, "bad", "", ""}).Format(), "reps.csv:2: bad");
}

TEST(DiagnosticTest, KeepsTheCaretUnderTheColumnOfALongLine) {
  std::string line(300, 'a');
  line[200] = 'X';
  Diagnostic d{"f.csv", 1, 201, "here", "", line};
  std::string formatted = d.Format();
  std::size_t line_start = formatted.find("\n  ") + 3;
  std::size_t caret_line = formatted.find('\n', line_start) + 3;
  std::size_t caret = formatted.find('^', caret_line) - caret_line;
  EXPECT_EQ(formatted[line_start + caret], 'X');
}

TEST(DiagnosticsTest, CollectsInOrder) {
  Diagnostics all;
  all.Add({"a", 1, 1, "first", "", ""});
  Diagnostics more;
  more.Add({"a", 2, 1, "second", "", ""});
  all.Append(more);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all.FormatAll(), "a:1:1: first\na:2:1: second");
}

}  // namespace
}  // namespace sc
