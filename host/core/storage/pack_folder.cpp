// Sapha — folding a workspace's packs away from the save that found too many.
// SPDX-License-Identifier: MIT
#include "storage/pack_folder.hpp"

#include <exception>
#include <optional>

#include "git/git_error.hpp"
#include "messages/message_language.hpp"
#include "storage/fold_lock.hpp"
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

void PackFolder::handFoldsTo(std::function<void()> startElsewhere)
{
    std::lock_guard guard(m_threadLock);
    m_startElsewhere = std::move(startElsewhere);
}

void PackFolder::foldIfMany()
{
    if (m_folding.load() || packCount(m_gitDirectory) < kPackLimit)
        return;
    std::lock_guard guard(m_threadLock);
    if (m_folding.load() || FoldLock::isHeld(m_gitDirectory))
        return;
    if (m_startElsewhere) {
        try {
            m_startElsewhere();
        } catch (const std::exception&) {
            // No program could be started (no memory, no process to spare): a later save tries again.
        }
        return;
    }
    if (m_thread.joinable())
        m_thread.join(); // the last fold's thread, already at its end
    m_folding.store(true);
    try {
        m_thread = std::thread([this] { foldOnThread(); });
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

Result<std::size_t> PackFolder::foldNow(std::size_t limit, std::chrono::milliseconds patience)
{
    return fold(limit, patience, {});
}

void PackFolder::foldOnThread() noexcept
{
    // The saves are durable without the fold; the packs are folded at a later save. (A pack that
    // cannot be read is reported by the reads that need it, with the file named.)
    (void)fold(kPackLimit, kPatienceAtEnd, [this] { return m_stopping.load(); });
    {
        std::lock_guard lock(m_doneLock);
        m_folding.store(false);
    }
    m_done.notify_all();
}

Result<std::size_t> PackFolder::fold(
    std::size_t limit, std::chrono::milliseconds patience, const std::function<bool()>& stop)
{
    std::optional<FoldLock> folding = FoldLock::tryTake(m_gitDirectory);
    if (!folding)
        return Status::failure(localized("โปรแกรมอื่นกำลังรวมแฟ้มของฉบับที่บันทึกอยู่", "another program is folding the saves' packs now"),
            (m_gitDirectory / "sapha" / "fold.lock").string(), ErrorCode::Busy);
    try {
        // The long part, with no lock: the packs it reads are never changed, only removed by a fold.
        std::optional<PackFold> fold = PackFold::build(m_gitDirectory, limit, stop);
        if (!fold || (stop && stop()))
            return std::size_t { 0 };
        // What a save holds, in the order a save takes it. The threads of this process take turns
        // (the fold waits for the save under way only); another busy program may keep the lock,
        // and then a later fold tries again.
        Result<std::unique_ptr<SaphaLock>> saveLock = SaphaLock::acquire(m_gitDirectory, patience);
        if (!saveLock)
            return saveLock.error();
        std::lock_guard guard(m_saveMutex);
        const std::size_t folded = fold->install(m_gitDirectory, freshStagingDirectory(m_gitDirectory));
        if (folded > 0 && m_afterFold)
            m_afterFold();
        return folded;
    } catch (const git::GitError& failure) {
        return Status::failure(failure.what(), m_gitDirectory.string(), git::errorCodeOf(failure));
    } catch (const std::exception& failure) {
        return Status::failure(failure.what(), m_gitDirectory.string(), ErrorCode::Storage);
    }
}

} // namespace sapha::host
