// Sapha — the objects already in a repository, offered to a save's object view without freshening.
// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>

#include <git2.h>
#include <git2/sys/odb_backend.h>

namespace sapha::host {

// An object-database backend that reads from the objects folder on disk (loose objects, packs,
// alternates; a pack another program added is found by libgit2's rescan when a read misses).
//
// Why not git_odb_add_disk_alternate: every object a save creates (its trees and its commit) is
// first looked for on disk to "freshen" it (git touches an object it would write again, so that a
// prune does not remove it); a miss makes libgit2 rescan objects/pack, and a save's new objects
// always miss: three rescans and three failed utimensat calls per save. A save writes every object
// it refers to into its own pack, so there is nothing on disk to freshen: here freshen finds
// nothing and costs nothing, while reads and existence checks behave as before.
class ExistingObjects {
public:
    // A new backend reading `objectsDirectory`, added to `odb`, which owns it from then on.
    // Throws GitError naming the folder.
    static void addTo(git_odb* odb, const std::filesystem::path& objectsDirectory, int priority);

private:
    explicit ExistingObjects(git_odb* disk);
    static git_odb* diskOf(git_odb_backend* backend);
    static int read(void** data, std::size_t* size, git_object_t* type, git_odb_backend* backend, const git_oid* id);
    static int readPrefix(git_oid* found, void** data, std::size_t* size, git_object_t* type,
        git_odb_backend* backend, const git_oid* shortId, std::size_t length);
    static int readHeader(std::size_t* size, git_object_t* type, git_odb_backend* backend, const git_oid* id);
    static int exists(git_odb_backend* backend, const git_oid* id);
    static int existsPrefix(git_oid* found, git_odb_backend* backend, const git_oid* shortId, std::size_t length);
    static int freshen(git_odb_backend* backend, const git_oid* id);
    static void free(git_odb_backend* backend);

    // The first member, so that libgit2's backend pointer is this object's address.
    git_odb_backend m_backend;
    git_odb* m_disk; // owned
};

} // namespace sapha::host
