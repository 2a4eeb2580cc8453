// Sapha — folding a workspace's packs on a thread of its own, so that no save waits for it.
// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <functional>
#include <mutex>
#include <thread>

namespace sapha::host {

// Every save writes one pack; once there are many, a save starts a fold here and returns at once, as
// `git gc --auto` detaches from the commit that started it. Folding fifty versions of a large document
// (the delta search) took half a second inside the save that happened to be the fiftieth; now the
// new pack is built with no lock held (packs are never changed once written), and only its install
// (a write, a flush, the removal of the packs it replaces) takes the save lock, for a few milliseconds.
class PackFolder {
public:
    // `saveMutex` is the workspace's own lock, held by its saves after the save lock; the install
    // takes both in the same order. `afterFold` runs under them once packs were folded.
    PackFolder(std::filesystem::path gitDirectory, std::mutex& saveMutex, std::function<void()> afterFold);
    // Gives a fold under way up to kPatienceAtEnd to finish (a CLI command would otherwise never fold),
    // then abandons it: its pack is built in memory, so nothing is left half done on disk, and a
    // command never waits long for a fold that competes with a busy writer.
    ~PackFolder();
    static constexpr std::chrono::milliseconds kPatienceAtEnd { 2000 };
    PackFolder(const PackFolder&) = delete;
    PackFolder& operator=(const PackFolder&) = delete;

    // After a save: starts a fold when objects/pack holds many packs and no fold is under way. Costs a
    // listing of objects/pack otherwise. Never throws: a fold that fails is tried again at a later save.
    void foldIfMany();
    // Waits until no fold is under way (for a program about to measure, check or exit).
    void wait();

private:
    void fold() noexcept;

    std::filesystem::path m_gitDirectory;
    std::mutex& m_saveMutex;
    std::function<void()> m_afterFold;
    std::mutex m_threadLock; // guards m_thread
    std::thread m_thread;
    std::atomic<bool> m_folding { false };
    std::atomic<bool> m_stopping { false }; // the destructor gave up waiting: abandon the fold
    std::mutex m_doneLock;
    std::condition_variable m_done; // a fold ended
};

} // namespace sapha::host
