#include "e2e/cli_test_util.h"

#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "store/sqlite_store.h"

namespace sc::e2e {
namespace {

std::string Slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace

ScratchDir::ScratchDir(std::string_view name)
    : path_(std::filesystem::temp_directory_path() / fmt::format("sc_e2e_{}_{}", name, getpid())) {
  std::filesystem::remove_all(path_);
  std::filesystem::create_directories(path_);
}

ScratchDir::~ScratchDir() {
  std::error_code error;
  std::filesystem::remove_all(path_, error);
}

std::filesystem::path ScratchDir::Write(std::string_view name, std::string_view contents) const {
  std::filesystem::path file = path_ / name;
  std::ofstream(file, std::ios::binary) << contents;
  return file;
}

CommandResult RunSalescoach(const std::filesystem::path& dir, std::string_view args,
                            std::string_view env) {
  std::filesystem::path out = dir / ".stdout", err = dir / ".stderr";
  std::string command =
      fmt::format("cd '{}' && {}{}'{}' {} >'{}' 2>'{}'", dir.string(), env.empty() ? "" : "env ",
                  env.empty() ? "" : fmt::format("{} ", env), SC_SALESCOACH_BINARY, args,
                  out.string(), err.string());
  int status = std::system(command.c_str());
  CommandResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = Slurp(out);
  result.err = Slurp(err);
  return result;
}

store::RecordCounts CountRecords(const std::filesystem::path& db) {
  auto store = std::move(store::SqliteStore::Open(db.string())).value();
  return std::move(store->CountRecords()).value();
}

}  // namespace sc::e2e
