// Sapha — git's lock-file protocol: a file is replaced by writing `<name>.lock`, created exclusively,
// and renaming it over `<name>`. Git and every other git program take the same lock, so holding it is
// what makes a compare-and-swap of a ref or of the index safe between processes.
// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace sapha::host::git {

// True when `path` was last written before this host started: no running program can be writing it,
// so a lock file like that is what a power cut left behind and may be removed.
bool wasWrittenBeforeBoot(const std::filesystem::path& path);

// Removes the lock files in a repository's git folder (its own, and those of its refs) that were
// written before this host started: what a power cut in the middle of a fetch, a checkout or a ref
// update leaves, and what would otherwise refuse every later one. Locks written since are left alone.
void removeLocksFromBeforeBoot(const std::filesystem::path& gitDirectory);

class LockFile {
public:
    // Takes `target`.lock (creating missing folders); throws GitError when it exists, naming the lock
    // file and the way out, or when it cannot be created (read-only disk, permissions). A lock left
    // from before the host started is removed and taken.
    explicit LockFile(std::filesystem::path target);
    ~LockFile(); // removes the lock file unless committed
    LockFile(const LockFile&) = delete;
    LockFile& operator=(const LockFile&) = delete;

    // The new content; throws GitError with the system's reason (disk full) and the path.
    void write(std::string_view content);
    // Renames the lock over the target. Durable only after the caller flushes the file system.
    void commit();

    const std::filesystem::path& target() const { return m_target; }
    const std::filesystem::path& lockPath() const { return m_lockPath; }

private:
    std::filesystem::path m_target;
    std::filesystem::path m_lockPath;
    int m_fd = -1;
    bool m_committed = false;
};

} // namespace sapha::host::git
