#include "app/delivery_setup.h"

namespace sc::app {

Result<delivery::DeliveryConfig> LoadDeliverySetup(const std::filesystem::path& config_dir,
                                                   Diagnostics* diagnostics) {
  return delivery::LoadDeliveryConfig(config_dir, delivery::ProcessEnvironment(), diagnostics);
}

}  // namespace sc::app
