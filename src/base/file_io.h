// Whole-file reads and writes, reporting failures as Status values naming the path.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "base/result.h"

namespace sc {

// The bytes of the file at `path`. Returns kNotFound when it does not exist, kIoError when it
// is a directory or cannot be read.
Result<std::string> ReadFile(const std::filesystem::path& path);

// Replaces the file at `path` with `contents`, creating parent folders as needed. Writes a
// temporary file beside it and renames it into place, so a reader never sees half a file.
// Returns kIoError naming the path on failure.
Status WriteFile(const std::filesystem::path& path, std::string_view contents);

}  // namespace sc
