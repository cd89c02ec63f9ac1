// Test helpers for the transcript readers: matchers for utterances and diagnostics, and the
// shape of a "broken file" table case that every reader's tests share.
#pragma once

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstddef>
#include <ostream>
#include <string>

#include "base/diagnostics.h"
#include "base/result.h"
#include "model/call.h"

namespace sc::model {
// Readable failure output: "{Dana Reyes, rep, 1.5-3.25, "Hello"}".
void PrintTo(const Utterance& utterance, std::ostream* out);
}  // namespace sc::model

namespace sc {
void PrintTo(const Diagnostic& diagnostic, std::ostream* out);
}  // namespace sc

namespace sc::ingest {

// Matches an utterance; times to within a microsecond, because parsed decimals need not be
// bit-identical to the literals in a test.
::testing::Matcher<const model::Utterance&> UtteranceIs(
    const std::string& speaker, double start_s, double end_s, const std::string& text,
    model::SpeakerRole role = model::SpeakerRole::kUnknown);

// Matches a diagnostic's location, exact message and a fragment of its hint.
::testing::Matcher<const Diagnostic&> DiagnosticIs(const std::string& source, std::size_t line,
                                                   std::size_t column, const std::string& message,
                                                   const std::string& hint_part);

// A file a reader must reject, and the one diagnostic it must give.
struct BrokenCase {
  std::string name;
  std::string input;
  std::size_t line = 0;
  std::size_t column = 0;
  std::string message;
  std::string hint_part;
};

void PrintTo(const BrokenCase& test_case, std::ostream* out);

// The test name of a table case: its `name` member.
template <typename Case>
std::string CaseName(const ::testing::TestParamInfo<Case>& param_info) {
  return param_info.param.name;
}

// Asserts that `call` failed with kInvalidArgument and that `diagnostics` holds exactly the
// one diagnostic `expected` describes, from `source`.
void ExpectRejected(const Result<model::Call>& call, const Diagnostics& diagnostics,
                    const std::string& source, const BrokenCase& expected);

}  // namespace sc::ingest
