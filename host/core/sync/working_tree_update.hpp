// Sapha — writing a synced version into the working tree the way a save writes a document.
// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>

#include <git2.h>

#include "storage/repository_update.hpp"

namespace sapha::host {

// Prepares `update` to bring the working tree and the index from the files of `from` (null: none yet)
// to those of `to`. libgit2's checkout rewrites a file in place and writes the index and the branch
// without a flush, so a kill or a power cut while it ran left a document cut short or empty, or an
// index or branch pointing at nothing. Here every changed file is written whole beside itself and the
// new index into index.lock; `update.apply()` then renames them into place between its flushes, so
// that at any instant each document holds its old or its new content. A file changed outside Sapha
// (or an untracked file in the way) is refused before anything is written: throws GitError naming it.
// The caller holds the workspace's save lock.
void stageWorkingTree(git_repository* repository, const std::filesystem::path& root, git_tree* from, git_tree* to,
    RepositoryUpdate& update);

} // namespace sapha::host
