// Shared plumbing for the knowledge files a user may edit (the scoring config, the playbook,
// the tone list): located diagnostics from yaml-cpp marks, unknown-key checks, the version
// check, and turning the collected problems into one failure with every diagnostic.
//
// Not a general YAML layer. Every reader collects all problems of a file before failing, so an
// edited file shows all its mistakes at once.
#pragma once

#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "base/diagnostics.h"
#include "base/result.h"

namespace sc::config {

// "a, b, c".
std::string JoinKeys(std::span<const std::string_view> keys);

// Collects located problems for one file. Lines and columns are 1-based; a default Mark (the
// whole file) reports at 1:1.
class YamlReader {
 public:
  YamlReader(std::string_view source, Diagnostics* problems)
      : source_(source), problems_(problems) {}

  void Report(const YAML::Mark& mark, std::string message, std::string hint);

  // Reports every key of `map` that is not in `allowed`: "unknown key 'x' <where>".
  void CheckKeys(const YAML::Node& map, std::span<const std::string_view> allowed,
                 std::string_view where);

  // Reports a missing or unsupported `version`; `what` names the file ("playbook").
  void CheckVersion(const YAML::Node& root, int supported, std::string_view what);

  const std::string& source() const { return source_; }
  std::size_t problem_count() const { return problems_->size(); }
  // Where the problems go, for checks that report on their own (unlocated ones are kept as
  // they are given).
  Diagnostics* problems() { return problems_; }

 private:
  std::string source_;
  Diagnostics* problems_;
};

// The mark of `key` in `map` (where the key is written), or nullopt when the key is absent.
std::optional<YAML::Mark> KeyMark(const YAML::Node& map, std::string_view key);

// Where to report a value: the value itself, or its key when the value is null (yaml-cpp marks
// a null at the next token, which may be lines away).
YAML::Mark ValueMark(const YAML::Node& value, const YAML::Mark& key_mark);

// Parses `yaml` and runs `read` over the root, catching yaml-cpp's syntax errors as located
// problems. When there is no problem returns Ok; otherwise copies the problems, with their
// source lines, into `*diagnostics` and returns kInvalidArgument
// "<source>: N problem(s) in the <what>".
Status ReadYaml(std::string_view yaml, std::string_view source, std::string_view what,
                Diagnostics* diagnostics,
                const std::function<void(const YAML::Node& root, YamlReader& reader)>& read);

}  // namespace sc::config
