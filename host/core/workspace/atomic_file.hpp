// Sapha — writing a file so that a crash at any instant leaves either the old or the new content.
// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include <sapha/status.hpp>

namespace sapha::host {

// Writes `content` to a temporary file beside `path`, fsyncs it, renames it over
// `path` and fsyncs the directory. On failure the old file is untouched, the
// temporary is removed, and the error names the path and the system's reason
// (disk full, read-only, permission).
Status writeFileAtomically(const std::filesystem::path& path, std::string_view content);

// Reads a whole file; the error names the path.
Result<std::string> readFile(const std::filesystem::path& path);

} // namespace sapha::host
