#include "store/store.h"

namespace sc::store {

Result<UpsertCount> Store::SaveCalls(const std::vector<model::Call>& calls) {
  bool given = false;
  return SaveCalls([&]() -> Result<std::vector<model::Call>> {
    if (given) return std::vector<model::Call>();
    given = true;
    return calls;
  });
}

}  // namespace sc::store
