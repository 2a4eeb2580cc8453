// Sapha — keeping the number of packs small: every save adds one pack, so every fiftieth save folds
// them into one, as `git gc --auto` would (same threshold as git's gc.autoPackLimit).
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <filesystem>

#include <git2.h>

namespace sapha::host {

constexpr std::size_t kPackLimit = 50;

// When objects/pack holds at least `limit` packs, writes the objects of the smaller packs (with deltas)
// into one new pack through the staging folder and a durable RepositoryUpdate, then removes the packs
// it replaced. Large packs that already grow geometrically, and packs kept by a .keep file, stay. The save lock must be held. Returns how many packs were folded;
// throws GitError, in which case the old packs are all still there.
std::size_t consolidatePacks(git_repository* repository, const std::filesystem::path& gitDirectory,
    const std::filesystem::path& stagingDirectory, std::size_t limit = kPackLimit);

} // namespace sapha::host
