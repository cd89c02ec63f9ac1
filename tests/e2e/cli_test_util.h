// Helpers for end-to-end tests: run the salescoach binary in a scratch folder and read what
// it printed and what it left in the database.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "store/store.h"

namespace sc::e2e {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// A fresh folder under the system temp folder, removed when the object goes away.
class ScratchDir {
 public:
  explicit ScratchDir(std::string_view name);
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  // Writes `contents` to path()/name and returns the full path.
  std::filesystem::path Write(std::string_view name, std::string_view contents) const;

 private:
  std::filesystem::path path_;
};

// Runs `salescoach <args>` with `dir` as the working folder and, when `env` is not empty, the
// environment variables it sets ("NAME=value NAME2=value2", as a shell reads them).
CommandResult RunSalescoach(const std::filesystem::path& dir, std::string_view args,
                            std::string_view env = "");

// Row counts of the database at `db` (which must exist).
store::RecordCounts CountRecords(const std::filesystem::path& db);

}  // namespace sc::e2e
