// Sapha — writing a file so that a crash at any instant leaves either the old or the new content.
// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include <sapha/status.hpp>

namespace sapha::host {

// New content written to a temporary file beside its target, not yet in its place. The caller
// flushes the file system, then installs it (a rename), then flushes again; a PendingFile that is
// never installed removes its temporary file.
class PendingFile {
public:
    // Writes `content` beside `path`; the error names the path and the system's reason (disk full,
    // read-only, permission), and leaves the old file untouched.
    static Result<PendingFile> stage(const std::filesystem::path& path, std::string_view content);

    PendingFile(PendingFile&& other) noexcept;
    PendingFile& operator=(PendingFile&&) = delete;
    PendingFile(const PendingFile&) = delete;
    ~PendingFile();

    const std::filesystem::path& target() const { return m_target; }
    const std::filesystem::path& temporary() const { return m_temporary; }
    Status install(); // renames the temporary over the target

private:
    PendingFile(std::filesystem::path target, std::filesystem::path temporary);
    std::filesystem::path m_target;
    std::filesystem::path m_temporary; // empty once installed or moved from
};

// Removes the temporary files a write of `path` left beside it when its process was killed half-way
// (`.<name>.sapha-XXXXXX`). Only for a caller holding the lock every writer of `path` takes (the
// workspace's save lock): any such file then belongs to a process that has ended.
void removeAbandonedTemporaries(const std::filesystem::path& path);

// Who may read a file written: everyone (a document, 0644), or its owner alone (a file holding secrets,
// such as sign-in tokens, 0600).
enum class FileAccess { Shared, OwnerOnly };

// Writes `content` to a temporary file beside `path`, fsyncs it, renames it over
// `path` and fsyncs the directory. On failure the old file is untouched, the
// temporary is removed, and the error names the path and the system's reason
// (disk full, read-only, permission). The file has `access` from its first byte on.
Status writeFileAtomically(
    const std::filesystem::path& path, std::string_view content, FileAccess access = FileAccess::Shared);

// Writes all of `content` to the open file `fd`, again after an interruption; false with errno set.
bool writeAll(int fd, std::string_view content);

// Reads a whole file; the error names the path.
Result<std::string> readFile(const std::filesystem::path& path);

} // namespace sapha::host
