#include "base/command.h"

#include <gtest/gtest.h>

namespace sc {
namespace {

TEST(RunCommandTest, CapturesStdoutAndExitStatus) {
  Result<CommandOutput> run = RunCommand({"sh", "-c", "printf 'two words'; exit 3"});
  ASSERT_TRUE(run.ok()) << run.status().ToString();
  EXPECT_EQ(run->out, "two words");
  EXPECT_EQ(run->exit_status, 3);
}

TEST(RunCommandTest, PassesArgumentsAsIs) {
  Result<CommandOutput> run = RunCommand({"printf", "%s|%s", "it's $HOME", "a  b"});
  ASSERT_TRUE(run.ok()) << run.status().ToString();
  EXPECT_EQ(run->out, "it's $HOME|a  b");
  EXPECT_EQ(run->exit_status, 0);
}

TEST(RunCommandTest, MissingProgramGivesTheShellsNotFoundStatus) {
  Result<CommandOutput> run = RunCommand({"salescoach-no-such-program"});
  ASSERT_TRUE(run.ok()) << run.status().ToString();
  EXPECT_EQ(run->exit_status, 127);
}

}  // namespace
}  // namespace sc
