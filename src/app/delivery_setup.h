// Where delivery finds its settings: <config>/delivery.yaml, overridden by the SALESCOACH_*
// environment variables (delivery/delivery_config.h). Reports read the clip link template
// from here too, so a report file and the email it becomes link the same recordings.
#pragma once

#include <filesystem>

#include "base/diagnostics.h"
#include "base/result.h"
#include "delivery/delivery_config.h"

namespace sc::app {

// The settings from `config_dir` (when set) and this process's environment; failures as
// delivery::LoadDeliveryConfig.
Result<delivery::DeliveryConfig> LoadDeliverySetup(const std::filesystem::path& config_dir,
                                                   Diagnostics* diagnostics);

}  // namespace sc::app
