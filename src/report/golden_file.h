// The report tests' golden files: tests/golden/report/<name> in the source tree, compared
// byte for byte with what a renderer writes; SC_UPDATE_GOLDEN=1 rewrites them instead (see
// tests/golden/README.md). For tests only.
#pragma once

#include <string>

namespace sc::report {

// Fails the current test unless `rendered` equals the golden file `name`; with
// SC_UPDATE_GOLDEN=1 writes `rendered` to it and skips the test.
void ExpectGolden(const std::string& name, const std::string& rendered);

}  // namespace sc::report
