// ParseScoringConfig: the YAML scoring file (docs/scoring.md) into a ScoringConfig. Every
// problem is reported, located, before the load fails, so an edited file shows all its
// mistakes at once.
#include "scoring/scoring_config.h"

#include <cmath>
#include <optional>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "base/file_io.h"
#include "base/text.h"
#include "config/yaml_reader.h"

namespace sc::scoring {
namespace {

constexpr int kSupportedVersion = 1;
constexpr std::array<std::string_view, 9> kFileKeys = {
    "version",         "weights",     "levels",     "trend_points", "outcome_window_days",
    "recommendations", "deal_stages", "components", "description"};
constexpr std::array<std::string_view, 4> kLevelKeys = {"expert", "proficient", "developing",
                                                        "needs_coaching"};
constexpr std::array<std::string_view, 5> kRuleKeys = {"improve_below", "strength_from",
                                                       "target_score", "max_areas", "review_below"};
constexpr std::array<std::string_view, 2> kStageKeys = {"early", "closed_out_early"};
constexpr std::array<std::string_view, 6> kMeasureKeys = {"measure",    "curve",  "weight",
                                                          "min_sample", "target", "source"};

template <typename Range>
std::string KeyList(const Range& keys) {
  return config::JoinKeys(std::span<const std::string_view>(keys.data(), keys.size()));
}

std::vector<std::string_view> SkillKeys() {
  std::vector<std::string_view> keys;
  for (model::Skill skill : model::kAllSkills) keys.push_back(model::SkillKey(skill));
  return keys;
}

std::vector<std::string_view> ComponentKeys() {
  std::vector<std::string_view> keys;
  for (model::Component component : model::AllComponents()) {
    keys.push_back(model::ComponentKey(component));
  }
  return keys;
}

std::vector<std::string_view> MeasureKeys() {
  std::vector<std::string_view> keys;
  for (const MeasureInfo& info : AllMeasures()) keys.push_back(info.key);
  return keys;
}

// Reads one file, collecting problems.
class ConfigReader {
 public:
  explicit ConfigReader(config::YamlReader& reader) : reader_(reader) {}

  ScoringConfig ReadRoot(const YAML::Node& root);

 private:
  void Report(const YAML::Mark& mark, std::string message, std::string hint) {
    reader_.Report(mark, std::move(message), std::move(hint));
  }
  template <typename Range>
  void CheckKeys(const YAML::Node& map, const Range& allowed, std::string_view where) {
    reader_.CheckKeys(map, std::span<const std::string_view>(allowed.data(), allowed.size()),
                      where);
  }
  std::optional<double> Number(const YAML::Node& node, std::string_view what);
  void ReadNumber(const YAML::Node& map, std::string_view key, double* out);
  void ReadWeights(const YAML::Node& node, ScoringConfig* config);
  void ReadLevels(const YAML::Node& node, LevelBands* levels);
  void ReadRule(const YAML::Node& node, RecommendationRule* rule);
  void ReadStages(const YAML::Node& node, ScoringConfig* config);
  std::vector<std::string> ReadStageList(const YAML::Node& node, std::string_view key);
  void ReadComponents(const YAML::Node& node, ScoringConfig* config);
  std::optional<MeasureSpec> ReadMeasure(const YAML::Node& item, std::string_view component);
  std::optional<TargetCurve> ReadCurve(const YAML::Node& node, std::string_view measure);

  config::YamlReader& reader_;
};

std::optional<double> ConfigReader::Number(const YAML::Node& node, std::string_view what) {
  double value = 0;
  if (node.IsScalar() && YAML::convert<double>::decode(node, value) && std::isfinite(value)) {
    return value;
  }
  Report(node.Mark(),
         fmt::format("{} must be a number, not '{}'", what, node.IsScalar() ? node.Scalar() : "?"),
         "write it as a plain number, for example 75 or 0.43");
  return std::nullopt;
}

void ConfigReader::ReadNumber(const YAML::Node& map, std::string_view key, double* out) {
  const YAML::Node node = map[std::string(key)];
  if (!node) return;
  if (std::optional<double> value = Number(node, fmt::format("'{}'", key))) *out = *value;
}

ScoringConfig ConfigReader::ReadRoot(const YAML::Node& root) {
  ScoringConfig config;
  config.source = reader_.source();
  if (!root.IsMap()) {
    Report(YAML::Mark{}, "a scoring file is a map with 'version', 'weights' and 'components'",
           "see data/scoring/scoring.yaml and docs/scoring.md");
    return config;
  }
  CheckKeys(root, kFileKeys, "at the top of the scoring file");
  reader_.CheckVersion(root, kSupportedVersion, "scoring file");
  ReadWeights(root["weights"], &config);
  if (root["levels"]) ReadLevels(root["levels"], &config.levels);
  ReadNumber(root, "trend_points", &config.trend_points);
  double window = config.outcome_window_days;
  ReadNumber(root, "outcome_window_days", &window);
  if (window < 1 || window != std::floor(window) || window > 3660) {
    Report(root["outcome_window_days"].Mark(),
           "'outcome_window_days' must be a whole number of days from 1 to 3660",
           "180 reads deal outcomes over the last six months");
  } else {
    config.outcome_window_days = static_cast<int>(window);
  }
  if (root["recommendations"]) ReadRule(root["recommendations"], &config.recommendations);
  ReadStages(root["deal_stages"], &config);
  ReadComponents(root["components"], &config);
  return config;
}

void ConfigReader::ReadWeights(const YAML::Node& node, ScoringConfig* config) {
  if (!node || !node.IsMap()) {
    Report(node ? node.Mark() : YAML::Mark{}, "the scoring file needs a 'weights' map",
           "weights: {discovery: 20, qualification: 15, presentation: 20, "
           "objection_handling: 15, negotiation: 15, closing: 15}");
    return;
  }
  CheckKeys(node, SkillKeys(), "in 'weights'");
  double total = 0;
  for (model::Skill skill : model::kAllSkills) {
    const YAML::Node weight = node[std::string(model::SkillKey(skill))];
    if (!weight) {
      Report(node.Mark(), fmt::format("'weights' has no weight for '{}'", model::SkillKey(skill)),
             "give every skill a weight; 0 leaves it out of the overall score");
      continue;
    }
    std::optional<double> value = Number(weight, "a skill weight");
    if (!value) continue;
    if (*value < 0) {
      Report(weight.Mark(), fmt::format("the weight of '{}' is negative", model::SkillKey(skill)),
             "weights are 0 or more");
      continue;
    }
    config->weights[model::SkillIndex(skill)] = *value;
    total += *value;
  }
  if (total <= 0) {
    Report(node.Mark(), "every skill weight is 0", "give at least one skill a weight above 0");
  }
}

void ConfigReader::ReadLevels(const YAML::Node& node, LevelBands* levels) {
  if (!node.IsMap()) {
    Report(node.Mark(), "'levels' must be a map", "levels: {expert: 90, proficient: 75, ...}");
    return;
  }
  CheckKeys(node, kLevelKeys, "in 'levels'");
  ReadNumber(node, "expert", &levels->expert);
  ReadNumber(node, "proficient", &levels->proficient);
  ReadNumber(node, "developing", &levels->developing);
  ReadNumber(node, "needs_coaching", &levels->needs_coaching);
  if (!(0 < levels->needs_coaching && levels->needs_coaching < levels->developing &&
        levels->developing < levels->proficient && levels->proficient < levels->expert &&
        levels->expert <= 100)) {
    Report(node.Mark(), "level floors must increase from needs_coaching to expert within 0..100",
           "for example: needs_coaching 40, developing 60, proficient 75, expert 90");
  }
}

void ConfigReader::ReadRule(const YAML::Node& node, RecommendationRule* rule) {
  if (!node.IsMap()) {
    Report(node.Mark(), "'recommendations' must be a map",
           "recommendations: {improve_below: 70, strength_from: 80, target_score: 75, ...}");
    return;
  }
  CheckKeys(node, kRuleKeys, "in 'recommendations'");
  ReadNumber(node, "improve_below", &rule->improve_below);
  ReadNumber(node, "strength_from", &rule->strength_from);
  ReadNumber(node, "target_score", &rule->target_score);
  ReadNumber(node, "review_below", &rule->review_below);
  double max_areas = static_cast<double>(rule->max_areas);
  ReadNumber(node, "max_areas", &max_areas);
  if (max_areas < 1 || max_areas != std::floor(max_areas)) {
    Report(node["max_areas"].Mark(), "'max_areas' must be a whole number of at least 1",
           "the seed shows up to 3 improvement areas");
  } else {
    rule->max_areas = static_cast<std::size_t>(max_areas);
  }
}

void ConfigReader::ReadStages(const YAML::Node& node, ScoringConfig* config) {
  if (!node) return;
  if (!node.IsMap()) {
    Report(node.Mark(), "'deal_stages' must be a map with 'early' and 'closed_out_early'",
           "deal_stages: {early: [Prospecting], closed_out_early: [Prospecting, Discovery]}");
    return;
  }
  CheckKeys(node, kStageKeys, "in 'deal_stages'");
  config->early_stages = ReadStageList(node["early"], "early");
  config->closed_out_stages = ReadStageList(node["closed_out_early"], "closed_out_early");
}

std::vector<std::string> ConfigReader::ReadStageList(const YAML::Node& node, std::string_view key) {
  std::vector<std::string> stages;
  if (!node) return stages;
  if (!node.IsSequence()) {
    Report(node.Mark(), fmt::format("'{}' must be a list of stage names", key),
           "write the stages as your CRM names them, for example [Prospecting, Qualification]");
    return stages;
  }
  for (const YAML::Node& stage : node) {
    if (stage.IsScalar() && !Trim(stage.Scalar()).empty()) {
      stages.push_back(stage.Scalar());
    } else {
      Report(stage.Mark(), fmt::format("an entry of '{}' is not a stage name", key),
             "each entry is one stage name");
    }
  }
  return stages;
}

void ConfigReader::ReadComponents(const YAML::Node& node, ScoringConfig* config) {
  if (!node || !node.IsMap()) {
    Report(node ? node.Mark() : YAML::Mark{}, "the scoring file needs a 'components' map",
           "components:\n  question_quality:\n    - measure: questions_per_discovery_call\n"
           "      curve: [[4, 20], [11, 75], [14, 95]]");
    return;
  }
  std::array<bool, model::kComponentCount> seen{};
  for (const auto& entry : node) {
    const std::string key = entry.first.Scalar();
    std::optional<model::Component> component = model::ParseComponentKey(key);
    if (!component) {
      Report(entry.first.Mark(), fmt::format("unknown component '{}'", key),
             fmt::format("the components are: {}", KeyList(ComponentKeys())));
      continue;
    }
    seen[model::ComponentIndex(*component)] = true;
    if (!entry.second.IsSequence() || entry.second.size() == 0) {
      Report(entry.first.Mark(), fmt::format("component '{}' needs a list of measures", key),
             "each entry: {measure: ..., curve: [[value, score], ...], target: \"...\"}");
      continue;
    }
    ComponentSpec& spec = config->components[model::ComponentIndex(*component)];
    for (const YAML::Node& item : entry.second) {
      if (std::optional<MeasureSpec> measure = ReadMeasure(item, key)) {
        spec.measures.push_back(std::move(*measure));
      }
    }
  }
  for (model::Component component : model::AllComponents()) {
    if (seen[model::ComponentIndex(component)]) continue;
    Report(node.Mark(), fmt::format("component '{}' is missing", model::ComponentKey(component)),
           "every one of the 18 components needs at least one measure");
  }
}

std::optional<MeasureSpec> ConfigReader::ReadMeasure(const YAML::Node& item,
                                                     std::string_view component) {
  if (!item.IsMap()) {
    Report(item.Mark(), fmt::format("a measure of '{}' must be a map", component),
           "{measure: ..., curve: [[value, score], ...], target: \"...\"}");
    return std::nullopt;
  }
  CheckKeys(item, kMeasureKeys, fmt::format("in a measure of '{}'", component));
  const YAML::Node name = item["measure"];
  if (!name || !name.IsScalar()) {
    Report(item.Mark(), fmt::format("a measure of '{}' has no 'measure' name", component),
           fmt::format("the measures are: {}", KeyList(MeasureKeys())));
    return std::nullopt;
  }
  std::optional<MeasureId> id = ParseMeasureKey(name.Scalar());
  if (!id) {
    Report(name.Mark(), fmt::format("unknown measure '{}'", name.Scalar()),
           fmt::format("the measures are: {}", KeyList(MeasureKeys())));
    return std::nullopt;
  }
  MeasureSpec spec;
  spec.measure = *id;
  if (const YAML::Node target = item["target"]; target && target.IsScalar()) {
    spec.target = target.Scalar();
  }
  if (const YAML::Node source = item["source"]; source && source.IsScalar()) {
    spec.source = source.Scalar();
  }
  ReadNumber(item, "weight", &spec.weight);
  if (spec.weight <= 0) {
    Report(item["weight"].Mark(), fmt::format("the weight of '{}' must be above 0", name.Scalar()),
           "remove the measure instead of weighting it 0");
  }
  double min_sample = static_cast<double>(spec.min_sample);
  ReadNumber(item, "min_sample", &min_sample);
  if (min_sample < 1 || min_sample != std::floor(min_sample)) {
    Report(item["min_sample"].Mark(), "'min_sample' must be a whole number of at least 1",
           "DOMAIN.md suggests 3: fewer than 3 calls or deals is not enough evidence");
  } else {
    spec.min_sample = static_cast<std::size_t>(min_sample);
  }
  std::optional<TargetCurve> curve = ReadCurve(item["curve"], name.Scalar());
  if (!curve) {
    if (!item["curve"]) {
      Report(name.Mark(), fmt::format("measure '{}' has no 'curve'", name.Scalar()),
             "curve: [[value, score], ...], for example [[4, 20], [11, 75], [14, 95]]");
    }
    return std::nullopt;
  }
  spec.curve = std::move(*curve);
  return spec;
}

std::optional<TargetCurve> ConfigReader::ReadCurve(const YAML::Node& node,
                                                   std::string_view measure) {
  if (!node) return std::nullopt;
  const std::string hint = "curve: [[value, score], ...] with increasing values, scores 0..100";
  if (!node.IsSequence()) {
    Report(node.Mark(), fmt::format("the curve of '{}' must be a list of points", measure), hint);
    return std::nullopt;
  }
  std::vector<CurvePoint> points;
  for (const YAML::Node& point : node) {
    if (!point.IsSequence() || point.size() != 2) {
      Report(point.Mark(),
             fmt::format("a point of the curve of '{}' is not [value, score]", measure), hint);
      return std::nullopt;
    }
    std::optional<double> value = Number(point[0], "a curve value");
    std::optional<double> score = Number(point[1], "a curve score");
    if (!value || !score) return std::nullopt;
    points.push_back(CurvePoint{*value, *score});
  }
  Result<TargetCurve> curve = TargetCurve::FromPoints(std::move(points));
  if (!curve.ok()) {
    Report(node.Mark(), fmt::format("the curve of '{}': {}", measure, curve.status().message()),
           hint);
    return std::nullopt;
  }
  return std::move(*curve);
}

}  // namespace

Period ScoringConfig::OutcomePeriod(Period period) const {
  if (period.days() >= outcome_window_days) return period;
  return Period{period.to.AddDays(1 - outcome_window_days), period.to};
}

Result<ScoringConfig> ParseScoringConfig(std::string_view yaml, std::string_view source,
                                         Diagnostics* diagnostics) {
  ScoringConfig parsed;
  SC_RETURN_IF_ERROR(config::ReadYaml(yaml, source, "scoring file", diagnostics,
                                      [&](const YAML::Node& root, config::YamlReader& reader) {
                                        parsed = ConfigReader(reader).ReadRoot(root);
                                      }));
  return parsed;
}

Result<ScoringConfig> LoadScoringConfig(const std::string& path, Diagnostics* diagnostics) {
  SC_ASSIGN_OR_RETURN(std::string text, ReadFile(path));
  return ParseScoringConfig(text, path, diagnostics);
}

}  // namespace sc::scoring
