// Sapha — folding a workspace's packs on a thread of its own, so that no save waits for it.
// SPDX-License-Identifier: MIT
#include "storage/pack_folder.hpp"

#include <exception>
#include <optional>

#include "git/git_error.hpp"
#include "storage/pack_consolidation.hpp"
#include "storage/sapha_lock.hpp"
#include "storage/staged_objects.hpp"

namespace fs = std::filesystem;

namespace sapha::host {

PackFolder::PackFolder(fs::path gitDirectory, std::mutex& saveMutex, std::function<void()> afterFold)
    : m_gitDirectory(std::move(gitDirectory))
    , m_saveMutex(saveMutex)
    , m_afterFold(std::move(afterFold))
{
}

PackFolder::~PackFolder()
{
    {
        std::unique_lock lock(m_doneLock);
        if (!m_done.wait_for(lock, kPatienceAtEnd, [this] { return !m_folding.load(); }))
            m_stopping.store(true);
    }
    wait();
}

void PackFolder::foldIfMany()
{
    if (m_folding.load() || packCount(m_gitDirectory) < kPackLimit)
        return;
    std::lock_guard guard(m_threadLock);
    if (m_folding.load())
        return;
    if (m_thread.joinable())
        m_thread.join(); // the last fold's thread, already at its end
    m_folding.store(true);
    try {
        m_thread = std::thread([this] { fold(); });
    } catch (const std::system_error&) {
        m_folding.store(false); // no thread to spare now: a later save tries again
    }
}

void PackFolder::wait()
{
    std::lock_guard guard(m_threadLock);
    if (m_thread.joinable())
        m_thread.join();
}

void PackFolder::fold() noexcept
{
    try {
        // The long part, with no lock: the packs it reads are never changed, only removed by a fold.
        std::optional<PackFold> fold = PackFold::build(m_gitDirectory, kPackLimit, [this] { return m_stopping.load(); });
        if (fold && !m_stopping.load()) {
            // What a save holds, in the order a save takes it. The threads of this process take turns
            // (the fold waits for the save under way only); another busy program may keep the lock,
            // and then a later fold tries again.
            Result<std::unique_ptr<SaphaLock>> saveLock = SaphaLock::acquire(m_gitDirectory, kPatienceAtEnd);
            if (saveLock) {
                std::lock_guard guard(m_saveMutex);
                if (fold->install(m_gitDirectory, freshStagingDirectory(m_gitDirectory)) > 0 && m_afterFold)
                    m_afterFold();
            }
        }
    } catch (const std::exception&) {
        // The saves are durable without the fold; the packs are folded at a later save. (A pack that
        // cannot be read is reported by the reads that need it, with the file named.)
    }
    {
        std::lock_guard lock(m_doneLock);
        m_folding.store(false);
    }
    m_done.notify_all();
}

} // namespace sapha::host
