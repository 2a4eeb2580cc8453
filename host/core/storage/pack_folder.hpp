// Sapha — folding a workspace's packs away from the save that found too many.
// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <mutex>
#include <thread>

#include <sapha/status.hpp>

namespace sapha::host {

// Every save writes one pack; once there are many, a save starts a fold and returns at once, as
// `git gc --auto` detaches from the commit that started it. Folding fifty versions of a large document
// (the delta search) took half a second inside the save that happened to be the fiftieth; now the
// new pack is built with no lock held (packs are never changed once written), and only its install
// (a write, a flush, the removal of the packs it replaces) takes the save lock, for a few milliseconds.
// A long-running program (the desktop) folds on a thread of its own; a short one (sapha-cli) hands
// the fold to a program of its own (handFoldsTo), which folds for as long as it takes.
class PackFolder {
public:
    // `saveMutex` is the workspace's own lock, held by its saves after the save lock; the install
    // takes both in the same order. `afterFold` runs under them once packs were folded.
    PackFolder(std::filesystem::path gitDirectory, std::mutex& saveMutex, std::function<void()> afterFold);
    // Gives a fold under way on this program's thread up to kPatienceAtEnd to finish, then abandons it:
    // its pack is built in memory, so nothing is left half done on disk.
    ~PackFolder();
    static constexpr std::chrono::milliseconds kPatienceAtEnd { 2000 };
    PackFolder(const PackFolder&) = delete;
    PackFolder& operator=(const PackFolder&) = delete;

    // After a save: starts a fold when objects/pack holds many packs and no fold is under way, here or
    // in another program. Costs a listing of objects/pack otherwise. Never throws: a fold that fails is
    // tried again at a later save.
    void foldIfMany();
    // From now on a fold is started by calling `startElsewhere` (which starts a program that calls
    // foldNow, unless the one it started last still runs) instead of on a thread of this program: at 10,000 documents a fold takes seconds, more
    // than a command may keep its user waiting, and a fold abandoned at the command's end was started
    // again, from nothing, by the next one.
    void handFoldsTo(std::function<void()> startElsewhere);
    // Waits until no fold is under way on this program's thread (for a program about to measure,
    // check or exit).
    void wait();

    // One fold on the calling thread, when objects/pack holds at least `limit` packs, waiting up to
    // `patience` for the save lock to install it: how many packs were folded into one. A Busy error
    // when another fold is under way (in another program or on this one's thread); otherwise the error
    // names what failed (a save lock held by a running program, a pack that cannot be read). The saves
    // are durable without the fold either way.
    Result<std::size_t> foldNow(std::size_t limit, std::chrono::milliseconds patience);

private:
    void foldOnThread() noexcept;
    Result<std::size_t> fold(std::size_t limit, std::chrono::milliseconds patience, const std::function<bool()>& stop);

    std::filesystem::path m_gitDirectory;
    std::mutex& m_saveMutex;
    std::function<void()> m_afterFold;
    std::function<void()> m_startElsewhere;
    std::mutex m_threadLock; // guards m_thread, m_startElsewhere
    std::thread m_thread;
    std::atomic<bool> m_folding { false };
    std::atomic<bool> m_stopping { false }; // the destructor gave up waiting: abandon the fold
    std::mutex m_doneLock;
    std::condition_variable m_done; // a fold ended
};

} // namespace sapha::host
