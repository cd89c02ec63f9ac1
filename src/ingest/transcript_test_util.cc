#include "ingest/transcript_test_util.h"

namespace sc::model {

void PrintTo(const Utterance& utterance, std::ostream* out) {
  *out << "{" << utterance.speaker << ", " << SpeakerRoleName(utterance.role) << ", "
       << utterance.start_s << "-" << utterance.end_s << ", \"" << utterance.text << "\"}";
}

}  // namespace sc::model

namespace sc {

void PrintTo(const Diagnostic& diagnostic, std::ostream* out) { *out << diagnostic.FormatShort(); }

}  // namespace sc

namespace sc::ingest {

using ::testing::AllOf;
using ::testing::DoubleNear;
using ::testing::Eq;
using ::testing::Field;
using ::testing::HasSubstr;

::testing::Matcher<const model::Utterance&> UtteranceIs(const std::string& speaker, double start_s,
                                                        double end_s, const std::string& text,
                                                        model::SpeakerRole role) {
  return AllOf(Field("speaker", &model::Utterance::speaker, Eq(speaker)),
               Field("role", &model::Utterance::role, Eq(role)),
               Field("start_s", &model::Utterance::start_s, DoubleNear(start_s, 1e-6)),
               Field("end_s", &model::Utterance::end_s, DoubleNear(end_s, 1e-6)),
               Field("text", &model::Utterance::text, Eq(text)));
}

::testing::Matcher<const Diagnostic&> DiagnosticIs(const std::string& source, std::size_t line,
                                                   std::size_t column, const std::string& message,
                                                   const std::string& hint_part) {
  return AllOf(Field("source", &Diagnostic::source, Eq(source)),
               Field("line", &Diagnostic::line, Eq(line)),
               Field("column", &Diagnostic::column, Eq(column)),
               Field("message", &Diagnostic::message, Eq(message)),
               Field("hint", &Diagnostic::hint, HasSubstr(hint_part)));
}

void PrintTo(const BrokenCase& test_case, std::ostream* out) { *out << test_case.name; }

void ExpectRejected(const Result<model::Call>& call, const Diagnostics& diagnostics,
                    const std::string& source, const BrokenCase& expected) {
  ASSERT_FALSE(call.ok());
  EXPECT_EQ(call.status().code(), StatusCode::kInvalidArgument);
  EXPECT_THAT(call.status().message(), HasSubstr(source));
  ASSERT_EQ(diagnostics.size(), 1u) << diagnostics.FormatAll();
  EXPECT_THAT(diagnostics[0], DiagnosticIs(source, expected.line, expected.column, expected.message,
                                           expected.hint_part));
}

}  // namespace sc::ingest
