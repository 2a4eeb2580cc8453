// Sapha — one change to the repository, made durable with three flushes in an order that leaves every
// crash state valid.
// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <git2.h>

#include "storage/lock_file.hpp"
#include "storage/atomic_file.hpp"
#include "storage/staged_objects.hpp"

namespace sapha::host {

// Collects what a save, a new named version or a synced version changes, then applies it in three steps:
//   1. everything is written under names nothing reads yet: the pack in .git/sapha-staging, each
//      document beside itself, each ref's and the index's `.lock` file           -> flush
//   2. the pack is renamed into objects/pack, each document over its old version, files the new
//      version no longer has are removed                                         -> flush
//      (now every object the new refs name is durable under its final name)
//   3. the locks are renamed over the refs and the index, reflog lines appended   -> flush
// A crash before step 3's renames leaves the old refs naming old, intact objects; after them, the
// new refs name objects already durable. Whatever happens, the repository passes `git fsck`.
class RepositoryUpdate {
public:
    RepositoryUpdate(git_repository* repository, std::filesystem::path gitDirectory);

    void addPack(StagedPack pack) { m_pack = std::move(pack); }
    void replaceWorkingFile(PendingFile file) { m_workingFiles.push_back(std::move(file)); }
    // Removes a file of the working tree in step 2 (and the folders it leaves empty, up to `root`).
    void removeWorkingFile(std::filesystem::path file, std::filesystem::path root)
    {
        m_removedFiles.push_back({ std::move(file), std::move(root) });
    }

    // Takes `refName`'s lock, then checks that the ref still names `expected` (absent when null):
    // the compare-and-swap. Throws GitError with code GIT_EMODIFIED when it moved, GIT_ELOCKED when
    // another program holds the lock.
    void moveRef(const std::string& refName, const git_oid& target, const git_oid* expected,
        const git_signature& who, const std::string& reflogMessage);
    // Takes index.lock and returns it for the new index's bytes.
    git::LockFile& lockIndex();

    // Applies the three steps; throws GitError. Before step 3 nothing is visible to other programs.
    void apply();

private:
    struct RefMove {
        std::unique_ptr<git::LockFile> lock;
        std::vector<std::filesystem::path> reflogs;
        std::string reflogLine;
    };

    git_repository* m_repository;
    std::filesystem::path m_gitDirectory;
    std::optional<StagedPack> m_pack;
    std::vector<PendingFile> m_workingFiles;
    std::vector<std::pair<std::filesystem::path, std::filesystem::path>> m_removedFiles; // file, workspace root
    std::vector<RefMove> m_refs;
    std::unique_ptr<git::LockFile> m_index;
};

} // namespace sapha::host
