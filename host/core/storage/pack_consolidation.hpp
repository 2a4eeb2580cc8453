// Sapha — keeping the number of packs small: every save adds one pack, so once there are fifty they
// are folded into one, as `git gc --auto` would (same threshold as git's gc.autoPackLimit).
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace sapha::host {

constexpr std::size_t kPackLimit = 50;
// A fold reads every pack it folds many times over (the delta search): more packs than libgit2 keeps
// open (git::kOpenPackLimit) and it would close and reopen them all the time (in the suspend test, a
// fold of the packs a stopped saver had left ran past the test's 20 seconds). When saves outpace
// folds and packs pile up, the smallest are folded first, and the next save's fold takes the rest.
constexpr std::size_t kMostPacksPerFold = 96;

// How many packs objects/pack of `gitDirectory` holds (their index files, counted without reading them).
std::size_t packCount(const std::filesystem::path& gitDirectory);

// One fold, in two steps so that the long one holds no lock:
//   build()   reads the smaller packs and writes their objects, with deltas, as one new pack in memory
//             (the packs are never changed once written: nothing needs locking);
//   install() writes that pack through the staging folder and a durable RepositoryUpdate, then removes
//             the packs it replaces. The save lock must be held.
// Large packs that already grow geometrically, and packs kept by a .keep file, stay.
class PackFold {
public:
    // The fold of the repository at `gitDirectory`, or nothing when it holds fewer than `limit` packs.
    // `stop`, asked before each object the fold reads, abandons the fold when it says so.
    // Throws GitError (also when stopped); nothing on disk has changed then.
    static std::optional<PackFold> build(const std::filesystem::path& gitDirectory, std::size_t limit = kPackLimit,
        const std::function<bool()>& stop = {});

    // Returns how many packs were folded: none when one of them is gone already (another program folded
    // them meanwhile; its pack holds the same objects). Throws GitError, in which case the old packs are
    // all still there.
    std::size_t install(const std::filesystem::path& gitDirectory, const std::filesystem::path& stagingDirectory) const;

    struct PackOnDisk {
        std::filesystem::path base; // without extension
        std::uintmax_t size = 0;
    };

private:
    PackFold(std::vector<PackOnDisk> packs, std::string bytes)
        : m_packs(std::move(packs))
        , m_bytes(std::move(bytes))
    {
    }
    std::vector<PackOnDisk> m_packs; // the packs folded
    std::string m_bytes; // the new pack
};

} // namespace sapha::host
