// Sapha — the workspace's save lock: .git/sapha.lock names the process (id, host, the machine's boot
// and the process's start since boot) that is saving,
// so that a lock left by a Sapha that was killed can be told from one held by a running program, and
// git's lock files that the killed save left behind can be cleared safely.
// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>

#include <sapha/status.hpp>

#include "storage/turn_queue.hpp"

namespace sapha::host {

class SaphaLock {
public:
    ~SaphaLock(); // releases the lock
    SaphaLock(const SaphaLock&) = delete;
    SaphaLock& operator=(const SaphaLock&) = delete;

    // Takes the lock of the repository whose git folder is `gitDirectory`, waiting up to a few seconds
    // while another live process holds it (the threads of this process take their turns in order, see
    // TurnQueue). When the holder is a process of this host that no longer
    // runs, its lock and the git locks it left (index.lock, refs/heads/*.lock and refs/tags/*.lock older than
    // one second, the staging folder)
    // are removed first. The error names the holder when it is still running.
    static Result<std::unique_ptr<SaphaLock>> acquire(
        const std::filesystem::path& gitDirectory, std::chrono::milliseconds patience = std::chrono::seconds(5));

private:
    SaphaLock(std::filesystem::path path, TurnQueue::Turn turn)
        : m_path(std::move(path))
        , m_turn(std::move(turn))
    {
    }
    std::filesystem::path m_path;
    TurnQueue::Turn m_turn; // released after the file (members are destroyed after the destructor's body)
};

} // namespace sapha::host
