// Sapha — which workspace holds a file: what opening a document from the file manager needs
// (a double-click on a .meeting.xml opens its workspace at that document).
// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>

#include <sapha/status.hpp>

namespace sapha::host {

struct DocumentLocation {
    std::filesystem::path workspace; // the workspace's folder (holds .git)
    std::string path;                // the document inside it, '/'-separated
};

// The nearest folder above `file` that holds a Git repository, and the file's path inside it.
// An error names the file when it is not a regular file or no workspace holds it.
Result<DocumentLocation> locateDocument(const std::filesystem::path& file);

} // namespace sapha::host
