#include "base/result.h"

#include <memory>
#include <string>

#include <gtest/gtest.h>

namespace sc {
namespace {

Result<int> Half(int value) {
  if (value % 2 != 0) return Status::InvalidArgument("odd");
  return value / 2;
}

Result<int> Quarter(int value) {
  SC_ASSIGN_OR_RETURN(int half, Half(value));
  SC_ASSIGN_OR_RETURN(int quarter, Half(half));
  return quarter;
}

Status CheckEven(int value) {
  SC_RETURN_IF_ERROR(Half(value).status());
  return Status::Ok();
}

TEST(ResultTest, HoldsAValueOrAStatus) {
  Result<int> good = Half(8);
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(*good, 4);
  EXPECT_TRUE(good.status().ok());
  Result<int> bad = Half(3);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(bad.status().message(), "odd");
}

TEST(ResultTest, MacrosPropagateTheFirstFailure) {
  EXPECT_EQ(*Quarter(8), 2);
  EXPECT_EQ(Quarter(6).status().message(), "odd");
  EXPECT_TRUE(CheckEven(2).ok());
  EXPECT_EQ(CheckEven(1).code(), StatusCode::kInvalidArgument);
}

TEST(ResultTest, HoldsMoveOnlyTypes) {
  Result<std::unique_ptr<std::string>> result = std::make_unique<std::string>("call");
  std::unique_ptr<std::string> owned = std::move(result).value();
  EXPECT_EQ(*owned, "call");
}

TEST(StatusTest, ContextPrefixesTheMessageAndKeepsTheCode) {
  Status status = Status::NotFound("rep R-9").WithContext("while building the report");
  EXPECT_EQ(status.code(), StatusCode::kNotFound);
  EXPECT_EQ(status.ToString(), "not found: while building the report: rep R-9");
  EXPECT_TRUE(Status::Ok().WithContext("ignored").ok());
}

TEST(ResultDeathTest, ValueOfAFailureIsABug) {
  Result<int> bad = Half(3);
  EXPECT_DEATH((void)bad.value(), "check failed");
}

}  // namespace
}  // namespace sc
