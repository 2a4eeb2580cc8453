// Sapha — the objects of one save, built in memory and written as one pack.
// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <git2.h>

namespace sapha::host {

// A pack and its index written in the staging folder, not yet part of the repository.
struct StagedPack {
    std::filesystem::path pack;
    std::filesystem::path index;
    // Renames the pack, then its index (git finds a pack through its index), into `packDirectory`.
    // Throws GitError naming the file.
    void install(const std::filesystem::path& packDirectory) const;
};

// Writes `packBytes` (a whole pack) with its index into `stagingDirectory` through libgit2's indexer,
// which also verifies every object. Throws GitError.
StagedPack writeStagedPack(const git_buf& packBytes, const std::filesystem::path& stagingDirectory);

// A repository view whose new objects stay in memory (libgit2's mempack) while reads fall through to
// the objects on disk. A save creates its blob, trees and commit here, then writes them as one pack:
// one file to flush instead of one loose object file (and one fsync) per object.
class StagedObjects {
public:
    explicit StagedObjects(const std::filesystem::path& objectsDirectory);
    ~StagedObjects();
    StagedObjects(const StagedObjects&) = delete;
    StagedObjects& operator=(const StagedObjects&) = delete;

    git_repository* repository() const { return m_repository; }
    // Writes the objects `ids` (created here, or already on disk) as one pack into `stagingDirectory`,
    // then forgets everything created here.
    // `blob` may name one of `ids` whose content the caller holds, sparing a copy of a large document.
    struct KnownBlob {
        git_oid id;
        std::string_view content;
    };
    StagedPack writePack(const std::vector<git_oid>& ids, const std::filesystem::path& stagingDirectory,
        const KnownBlob* blob = nullptr);
    // Forgets the objects created since the last write (a save that changed nothing, or failed).
    void reset();
    // Makes packs added to the repository since the last call visible to reads.
    void refresh();

private:
    git_odb* m_odb = nullptr;
    git_odb_backend* m_memory = nullptr; // owned by m_odb
    git_repository* m_repository = nullptr;
};

} // namespace sapha::host
