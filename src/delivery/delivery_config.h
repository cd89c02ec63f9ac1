// DeliveryConfig: where and how reports are delivered (INTERFACES.md, "Delivery
// configuration"), read from <config>/delivery.yaml when there is one and then from the
// environment, which wins:
//
//   delivery.yaml    environment                  meaning
//   smtp_url         SALESCOACH_SMTP_URL          smtp://host:port or smtps://host:port
//   smtp_user        SALESCOACH_SMTP_USER         login, when the server needs one
//   smtp_password    SALESCOACH_SMTP_PASSWORD     (better kept in the environment)
//   from             SALESCOACH_SMTP_FROM         the sender address
//   from_name                                     the sender's display name
//   cc_manager       SALESCOACH_CC_MANAGER        true / 1: copy each rep's manager
//   clip_url         SALESCOACH_CLIP_URL          clip link template (report/clip_links.h)
//   webhook_url      SALESCOACH_WEBHOOK_URL       where the webhook channel posts; may name
//                                                 {rep_id} so each rep has a private hook
//   file_dir         SALESCOACH_OUTBOX_DIR        where the file channel writes .eml files
//   max_attempts                                  tries per message in one run (1-10)
//   retry_delay_ms                                the wait before the first retry; doubles
//   followup_days                                 days from a report to its follow-up
//   timeout_s                                     per network request
//
// Every setting is checked when it is read, so a typo fails before anything is sent; whether
// the settings a channel needs are present is checked by the channel (RequireEmail, ...).
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "base/diagnostics.h"
#include "base/result.h"
#include "report/clip_links.h"

namespace sc::delivery {

struct DeliveryConfig {
  std::string smtp_url;
  std::string smtp_user;
  std::string smtp_password;
  std::string from;
  std::string from_name = "Sales Coaching";
  bool cc_manager = false;
  report::ClipLinks clips;
  std::string webhook_url;
  std::filesystem::path file_dir = "outbox";
  int max_attempts = 3;
  int retry_delay_ms = 2000;
  int followup_days = 7;
  int timeout_s = 30;
};

// Reads one environment variable; nullopt when it is unset.
using Environment = std::function<std::optional<std::string>(std::string_view name)>;
// The process's own environment.
Environment ProcessEnvironment();

// `config_dir`/delivery.yaml (when `config_dir` is set and the file exists), then `env`.
// Returns kInvalidArgument with located diagnostics in `*diagnostics` for a bad file, and
// kInvalidArgument naming the variable and the fix for a bad environment value.
Result<DeliveryConfig> LoadDeliveryConfig(const std::filesystem::path& config_dir,
                                          const Environment& env, Diagnostics* diagnostics);

// The same from YAML text; `source` names it in diagnostics.
Result<DeliveryConfig> ParseDeliveryConfig(std::string_view yaml, std::string_view source,
                                           Diagnostics* diagnostics);

// Ok when the email channel can send: an SMTP URL and a sender are set. Otherwise
// kFailedPrecondition saying which setting is missing and how to set it.
Status RequireEmail(const DeliveryConfig& config);
// Ok when the webhook channel has a URL; kFailedPrecondition otherwise.
Status RequireWebhook(const DeliveryConfig& config);

// `config.webhook_url` with {rep_id} filled in (percent-encoded).
std::string WebhookUrlFor(const DeliveryConfig& config, std::string_view rep_id);

}  // namespace sc::delivery
