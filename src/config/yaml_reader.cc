#include "config/yaml_reader.h"

#include <algorithm>

#include <fmt/format.h>

#include "base/text.h"

namespace sc::config {
namespace {

std::size_t OneBased(int position) { return static_cast<std::size_t>(std::max(position, 0) + 1); }

}  // namespace

std::string JoinKeys(std::span<const std::string_view> keys) {
  std::string out;
  for (std::string_view key : keys) out += fmt::format("{}{}", out.empty() ? "" : ", ", key);
  return out;
}

void YamlReader::Report(const YAML::Mark& mark, std::string message, std::string hint) {
  problems_->Add(Diagnostic{source_, OneBased(mark.line), OneBased(mark.column), std::move(message),
                            std::move(hint), ""});
}

void YamlReader::CheckKeys(const YAML::Node& map, std::span<const std::string_view> allowed,
                           std::string_view where) {
  for (const auto& entry : map) {
    const std::string key = entry.first.Scalar();
    if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
    Report(entry.first.Mark(), fmt::format("unknown key '{}' {}", key, where),
           fmt::format("the keys here are: {}", JoinKeys(allowed)));
  }
}

void YamlReader::CheckVersion(const YAML::Node& root, int supported, std::string_view what) {
  const YAML::Node version = root["version"];
  if (!version) {
    Report(YAML::Mark{}, fmt::format("the {} has no 'version'", what),
           fmt::format("start the file with 'version: {}'", supported));
  } else if (!version.IsScalar() || version.Scalar() != std::to_string(supported)) {
    Report(version.Mark(),
           fmt::format("unsupported {} version '{}'", what,
                       version.IsScalar() ? version.Scalar() : std::string("?")),
           fmt::format("this salescoach reads version {}", supported));
  }
}

std::optional<YAML::Mark> KeyMark(const YAML::Node& map, std::string_view key) {
  if (!map.IsMap()) return std::nullopt;
  for (const auto& entry : map) {
    if (entry.first.IsScalar() && entry.first.Scalar() == key) return entry.first.Mark();
  }
  return std::nullopt;
}

YAML::Mark ValueMark(const YAML::Node& value, const YAML::Mark& key_mark) {
  return value.IsNull() ? key_mark : value.Mark();
}

Status ReadYaml(std::string_view yaml, std::string_view source, std::string_view what,
                Diagnostics* diagnostics,
                const std::function<void(const YAML::Node& root, YamlReader& reader)>& read) {
  Diagnostics problems;
  YamlReader reader(source, &problems);
  try {
    read(YAML::Load(std::string(yaml)), reader);
  } catch (const YAML::Exception& error) {
    reader.Report(error.mark, error.msg, "check the indentation, the colons and the quotes");
  }
  if (problems.empty()) return Status::Ok();
  for (const Diagnostic& problem : problems.items()) {
    Diagnostic located = problem;
    if (located.line > 0) located.source_line = std::string(LineOf(yaml, located.line));
    diagnostics->Add(std::move(located));
  }
  return Status::InvalidArgument(fmt::format("{}: {} problem{} in the {}", source, problems.size(),
                                             problems.size() == 1 ? "" : "s", what));
}

}  // namespace sc::config
