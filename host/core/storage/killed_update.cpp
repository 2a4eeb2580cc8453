// Sapha — finishing the one step a killed update can leave half done: the index after the branch.
// SPDX-License-Identifier: MIT
#include "storage/killed_update.hpp"

#include <cstdio>
#include <optional>

#include <git2.h>

#include "git/git_handle.hpp"
#include "storage/flush_barrier.hpp"

namespace fs = std::filesystem;

namespace sapha::host {

namespace {

// How many files `index` has that differ from `tree` (added, changed or removed); none when unreadable.
std::optional<std::size_t> differencesFrom(git_repository* repository, git_tree* tree, git_index* index)
{
    git_diff* raw = nullptr;
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    if (git_diff_tree_to_index(&raw, repository, tree, index, &options) != 0)
        return std::nullopt;
    git::DiffHandle diff(raw);
    return git_diff_num_deltas(diff.get());
}

} // namespace

bool installIndexOfKilledUpdate(const fs::path& gitDirectory)
{
    const fs::path lock = gitDirectory / "index.lock";
    std::error_code error;
    if (!fs::exists(lock, error) || fs::file_size(lock, error) == 0 || error)
        return false;
    git_repository* rawRepository = nullptr;
    if (git_repository_open(&rawRepository, gitDirectory.c_str()) != 0)
        return false;
    git::RepositoryHandle repository(rawRepository);
    git_object* rawTree = nullptr;
    if (git_revparse_single(&rawTree, repository.get(), "HEAD^{tree}") != 0)
        return false; // no version yet: nothing to match
    git::TreeHandle tree(reinterpret_cast<git_tree*>(rawTree));

    // Reading checks the index's own checksum: one cut short by the kill is never installed.
    git_index* rawLeft = nullptr;
    if (git_index_open(&rawLeft, lock.c_str()) != 0)
        return false;
    git::IndexHandle left(rawLeft);
    if (git_index_read(left.get(), 1) != 0 || git_index_has_conflicts(left.get()))
        return false;
    git_index* rawCurrent = nullptr;
    if (git_repository_index(&rawCurrent, repository.get()) != 0)
        return false;
    git::IndexHandle current(rawCurrent);

    // Files staged by hand count the same in both, so the closer one is the index for HEAD.
    const std::optional<std::size_t> leftDifferences = differencesFrom(repository.get(), tree.get(), left.get());
    const std::optional<std::size_t> currentDifferences = differencesFrom(repository.get(), tree.get(), current.get());
    if (!leftDifferences || !currentDifferences || *leftDifferences >= *currentDifferences)
        return false;
    left.reset();
    current.reset();
    if (std::rename(lock.c_str(), (gitDirectory / "index").c_str()) != 0)
        return false;
    try {
        flushFileSystem(gitDirectory);
    } catch (...) {
        // The index is in place; a disk that cannot flush is named by the save that follows.
    }
    return true;
}

} // namespace sapha::host
