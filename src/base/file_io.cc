#include "base/file_io.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>

#include <fmt/format.h>

namespace sc {

Result<std::string> ReadFile(const std::filesystem::path& path) {
  std::error_code error;
  if (!std::filesystem::exists(path, error)) {
    return Status::NotFound(fmt::format("{}: no such file", path.string()));
  }
  if (std::filesystem::is_directory(path, error)) {
    return Status::IoError(fmt::format("{}: is a folder, not a file", path.string()));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::IoError(fmt::format("{}: cannot read: {}", path.string(), std::strerror(errno)));
  }
  std::string contents((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Status::IoError(fmt::format("{}: read failed", path.string()));
  return contents;
}

Status WriteFile(const std::filesystem::path& path, std::string_view contents) {
  std::error_code error;
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), error);
  if (error) {
    return Status::IoError(fmt::format("{}: cannot create folder: {}", path.string(),
                                       error.message()));
  }
  std::filesystem::path temporary = path;
  temporary += ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
    if (!out) {
      return Status::IoError(fmt::format("{}: cannot write: {}", path.string(),
                                         std::strerror(errno)));
    }
  }
  std::filesystem::rename(temporary, path, error);
  if (error) {
    return Status::IoError(fmt::format("{}: cannot write: {}", path.string(), error.message()));
  }
  return Status::Ok();
}

}  // namespace sc
