// Sapha — one fold of a repository's packs at a time, across programs and threads.
// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <optional>

namespace sapha::host {

// An advisory lock (flock) on .git/sapha/fold.lock. The kernel lets go of it when its holder ends,
// however it ends (killed, a power cut), so no stale lock ever needs clearing; the file stays.
// Two folds at once would each read every small pack and write the same objects twice over: the
// second is simply not started.
class FoldLock {
public:
    // The lock, or nothing when another fold holds it. When the lock file cannot be opened (a read-only
    // disk, a symbolic link put in its place) the fold goes ahead unlocked: the lock only spares doing
    // the same work twice, and the fold's own errors say what is wrong with the disk.
    static std::optional<FoldLock> tryTake(const std::filesystem::path& gitDirectory);
    // True when a fold holds the lock now (asked without keeping it).
    static bool isHeld(const std::filesystem::path& gitDirectory);

    ~FoldLock();
    FoldLock(FoldLock&& other) noexcept;
    FoldLock& operator=(FoldLock&&) = delete;
    FoldLock(const FoldLock&) = delete;
    FoldLock& operator=(const FoldLock&) = delete;

private:
    explicit FoldLock(int fd) : m_fd(fd) { }
    int m_fd = -1;
};

} // namespace sapha::host
