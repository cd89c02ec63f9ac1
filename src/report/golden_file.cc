#include "report/golden_file.h"

#include <cstdlib>
#include <filesystem>

#include <gtest/gtest.h>

#include "base/file_io.h"

namespace sc::report {

void ExpectGolden(const std::string& name, const std::string& rendered) {
  const std::filesystem::path path =
      std::filesystem::path(SC_SOURCE_DIR) / "tests" / "golden" / "report" / name;
  const char* update = std::getenv("SC_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    Status written = WriteFile(path, rendered);
    ASSERT_TRUE(written.ok()) << written.ToString();
    GTEST_SKIP() << "rewrote " << path.string();
  }
  Result<std::string> golden = ReadFile(path);
  ASSERT_TRUE(golden.ok()) << golden.status().ToString()
                           << "\n(run with SC_UPDATE_GOLDEN=1 to create it)";
  EXPECT_EQ(rendered, *golden) << name << ": run with SC_UPDATE_GOLDEN=1 to accept the new output";
}

}  // namespace sc::report
