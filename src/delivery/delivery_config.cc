#include "delivery/delivery_config.h"

#include <array>
#include <charconv>
#include <cstdlib>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "base/file_io.h"
#include "base/text.h"
#include "config/yaml_reader.h"
#include "delivery/email_message.h"

namespace sc::delivery {
namespace {

constexpr int kSupportedVersion = 1;
constexpr std::array<std::string_view, 15> kFileKeys = {
    "version",      "smtp_url",       "smtp_user",     "smtp_password", "from",
    "from_name",    "cc_manager",     "clip_url",      "webhook_url",   "file_dir",
    "max_attempts", "retry_delay_ms", "followup_days", "timeout_s",     "description"};

bool HasControlOrSpace(std::string_view text) {
  for (char c : text) {
    unsigned char byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte == 0x7F) return true;
  }
  return false;
}

// nullopt when `url` is an SMTP URL libcurl can use, else what is wrong.
std::optional<std::string> SmtpUrlProblem(std::string_view url) {
  std::string_view rest = url;
  if (rest.starts_with("smtp://")) {
    rest.remove_prefix(7);
  } else if (rest.starts_with("smtps://")) {
    rest.remove_prefix(8);
  } else {
    return "is not an SMTP URL; use smtp://host:port or smtps://host:port";
  }
  if (HasControlOrSpace(url)) return "holds a space or a control character";
  if (rest.empty() || rest.front() == ':' || rest.front() == '/') return "names no host";
  return std::nullopt;
}

std::optional<std::string> WebhookUrlProblem(std::string_view url) {
  if (!url.starts_with("https://") && !url.starts_with("http://")) {
    return "must start with https:// or http://";
  }
  if (HasControlOrSpace(url)) return "holds a space or a control character";
  for (std::size_t open = url.find('{'); open != std::string_view::npos;
       open = url.find('{', open + 1)) {
    if (url.substr(open).starts_with("{rep_id}")) continue;
    return "may name only the placeholder {rep_id}";
  }
  return std::nullopt;
}

std::optional<std::string> FromProblem(std::string_view from) {
  Status status = CheckAddress(from);
  if (status.ok()) return std::nullopt;
  return fmt::format("is not an email address ({})", status.message());
}

std::optional<bool> ParseFlag(std::string_view text) {
  if (text == "1" || text == "true" || text == "yes" || text == "on") return true;
  if (text == "0" || text == "false" || text == "no" || text == "off" || text.empty()) {
    return false;
  }
  return std::nullopt;
}

struct IntRange {
  int min;
  int max;
};
constexpr IntRange kAttempts{1, 10};
constexpr IntRange kDelayMs{0, 600000};
constexpr IntRange kFollowupDays{1, 90};
constexpr IntRange kTimeout{1, 600};

class FileReader {
 public:
  explicit FileReader(config::YamlReader& reader) : reader_(reader) {}

  void Read(const YAML::Node& root, DeliveryConfig& config) {
    if (!root.IsMap()) {
      reader_.Report(YAML::Mark{}, "a delivery file is a map of settings",
                     "see docs/delivery.md for an example");
      return;
    }
    reader_.CheckKeys(root, kFileKeys, "in the delivery file");
    reader_.CheckVersion(root, kSupportedVersion, "delivery file");
    Text(root, "smtp_url", config.smtp_url, SmtpUrlProblem);
    Text(root, "smtp_user", config.smtp_user, nullptr);
    Text(root, "smtp_password", config.smtp_password, nullptr);
    Text(root, "from", config.from, FromProblem);
    Text(root, "from_name", config.from_name, nullptr);
    std::string clip_url;
    if (Text(root, "clip_url", clip_url, nullptr)) {
      Result<report::ClipLinks> clips = report::ClipLinks::Parse(clip_url);
      if (clips.ok()) {
        config.clips = *clips;
      } else {
        reader_.Report(root["clip_url"].Mark(), clips.status().message(),
                       "e.g. https://recordings.example.com/calls/{call_id}?t={start_s}");
      }
    }
    Text(root, "webhook_url", config.webhook_url, WebhookUrlProblem);
    std::string file_dir;
    if (Text(root, "file_dir", file_dir, nullptr)) config.file_dir = file_dir;
    Flag(root, "cc_manager", config.cc_manager);
    Number(root, "max_attempts", kAttempts, config.max_attempts);
    Number(root, "retry_delay_ms", kDelayMs, config.retry_delay_ms);
    Number(root, "followup_days", kFollowupDays, config.followup_days);
    Number(root, "timeout_s", kTimeout, config.timeout_s);
  }

 private:
  // Reads a string setting; false when it is absent or wrong (reported).
  bool Text(const YAML::Node& root, const char* key, std::string& out,
            std::optional<std::string> (*problem)(std::string_view)) {
    const YAML::Node node = root[key];
    if (!node) return false;
    if (!node.IsScalar()) {
      reader_.Report(node.Mark(), fmt::format("'{}' must be a single value", key), "");
      return false;
    }
    std::string value = node.as<std::string>();
    if (problem != nullptr) {
      if (std::optional<std::string> why = problem(value)) {
        reader_.Report(node.Mark(), fmt::format("{} '{}' {}", key, value, *why), "");
        return false;
      }
    }
    out = std::move(value);
    return true;
  }

  void Flag(const YAML::Node& root, const char* key, bool& out) {
    const YAML::Node node = root[key];
    if (!node) return;
    std::optional<bool> flag =
        node.IsScalar() ? ParseFlag(node.as<std::string>()) : std::optional<bool>();
    if (!flag) {
      reader_.Report(node.Mark(), fmt::format("'{}' must be true or false", key), "");
      return;
    }
    out = *flag;
  }

  void Number(const YAML::Node& root, const char* key, IntRange range, int& out) {
    const YAML::Node node = root[key];
    if (!node) return;
    int value = 0;
    if (!node.IsScalar() || !YAML::convert<int>::decode(node, value) || value < range.min ||
        value > range.max) {
      reader_.Report(
          node.Mark(),
          fmt::format("'{}' must be a whole number from {} to {}", key, range.min, range.max), "");
      return;
    }
    out = value;
  }

  config::YamlReader& reader_;
};

Status BadVariable(std::string_view name, std::string_view value, std::string_view why) {
  return Status::InvalidArgument(fmt::format("{}='{}' {}", name, value, why));
}

Status ApplyEnvironment(const Environment& env, DeliveryConfig& config) {
  struct Text {
    const char* name;
    std::string* out;
    std::optional<std::string> (*problem)(std::string_view);
  };
  const std::array<Text, 5> texts = {{
      {"SALESCOACH_SMTP_URL", &config.smtp_url, SmtpUrlProblem},
      {"SALESCOACH_SMTP_USER", &config.smtp_user, nullptr},
      {"SALESCOACH_SMTP_PASSWORD", &config.smtp_password, nullptr},
      {"SALESCOACH_SMTP_FROM", &config.from, FromProblem},
      {"SALESCOACH_WEBHOOK_URL", &config.webhook_url, WebhookUrlProblem},
  }};
  for (const Text& text : texts) {
    std::optional<std::string> value = env(text.name);
    if (!value) continue;
    if (text.problem != nullptr) {
      if (std::optional<std::string> why = text.problem(*value)) {
        return BadVariable(text.name, *value, *why);
      }
    }
    *text.out = *value;
  }
  if (std::optional<std::string> value = env("SALESCOACH_CC_MANAGER")) {
    std::optional<bool> flag = ParseFlag(*value);
    if (!flag) return BadVariable("SALESCOACH_CC_MANAGER", *value, "must be 1 or 0");
    config.cc_manager = *flag;
  }
  if (std::optional<std::string> value = env("SALESCOACH_CLIP_URL")) {
    Result<report::ClipLinks> clips = report::ClipLinks::Parse(*value);
    if (!clips.ok()) {
      return Status::InvalidArgument(
          fmt::format("SALESCOACH_CLIP_URL: {}", clips.status().message()));
    }
    config.clips = *clips;
  }
  if (std::optional<std::string> value = env("SALESCOACH_OUTBOX_DIR")) {
    if (value->empty()) return BadVariable("SALESCOACH_OUTBOX_DIR", *value, "is empty");
    config.file_dir = *value;
  }
  return Status::Ok();
}

}  // namespace

Environment ProcessEnvironment() {
  return [](std::string_view name) -> std::optional<std::string> {
    const char* value = std::getenv(std::string(name).c_str());
    if (value == nullptr) return std::nullopt;
    return std::string(value);
  };
}

Result<DeliveryConfig> ParseDeliveryConfig(std::string_view yaml, std::string_view source,
                                           Diagnostics* diagnostics) {
  DeliveryConfig config;
  SC_RETURN_IF_ERROR(config::ReadYaml(yaml, source, "delivery file", diagnostics,
                                      [&](const YAML::Node& root, config::YamlReader& reader) {
                                        FileReader(reader).Read(root, config);
                                      }));
  return config;
}

Result<DeliveryConfig> LoadDeliveryConfig(const std::filesystem::path& config_dir,
                                          const Environment& env, Diagnostics* diagnostics) {
  DeliveryConfig config;
  if (!config_dir.empty()) {
    const std::filesystem::path file = config_dir / "delivery.yaml";
    std::error_code error;
    if (std::filesystem::exists(file, error)) {
      SC_ASSIGN_OR_RETURN(std::string yaml, ReadFile(file));
      SC_ASSIGN_OR_RETURN(config, ParseDeliveryConfig(yaml, file.string(), diagnostics));
    }
  }
  SC_RETURN_IF_ERROR(ApplyEnvironment(env, config));
  return config;
}

Status RequireEmail(const DeliveryConfig& config) {
  if (config.smtp_url.empty()) {
    return Status::FailedPrecondition(
        "no SMTP server is configured: set SALESCOACH_SMTP_URL (e.g. smtp://mail.example.com:587) "
        "or smtp_url in <config>/delivery.yaml");
  }
  if (config.from.empty()) {
    return Status::FailedPrecondition(
        "no sender address is configured: set SALESCOACH_SMTP_FROM or from in "
        "<config>/delivery.yaml");
  }
  return Status::Ok();
}

Status RequireWebhook(const DeliveryConfig& config) {
  if (config.webhook_url.empty()) {
    return Status::FailedPrecondition(
        "no webhook URL is configured: set SALESCOACH_WEBHOOK_URL or webhook_url in "
        "<config>/delivery.yaml");
  }
  return Status::Ok();
}

std::string WebhookUrlFor(const DeliveryConfig& config, std::string_view rep_id) {
  return FillPlaceholders(config.webhook_url, {{"{rep_id}", PercentEncode(rep_id)}});
}

}  // namespace sc::delivery
