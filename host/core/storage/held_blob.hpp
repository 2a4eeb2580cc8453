// Sapha — the document a save is committing, offered to libgit2 as an object without copying it.
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string_view>

#include <git2.h>
#include <git2/sys/odb_backend.h>

namespace sapha::host {

// An object-database backend that holds one blob: the caller's bytes, named by their id.
// Building the save's tree needs only to know that the blob exists (libgit2 checks every entry it
// writes); storing the document in libgit2's in-memory store instead copied it twice (into a
// stream buffer, then into the store), which was a third of a 300 KB save's own time. The pack
// writer takes the bytes from here too, so the document is hashed once and compressed once.
//
// The bytes stay the caller's: they must outlive the hold (until release() or the next hold()).
class HeldBlob {
public:
    // A new backend added to `odb`, which owns it from then on (it is freed with the odb).
    static HeldBlob& addTo(git_odb* odb, int priority);

    // Holds `content` from now on; returns its blob id.
    git_oid hold(std::string_view content);
    // The held bytes, if `id` names the held blob.
    std::optional<std::string_view> find(const git_oid& id) const;
    // Holds nothing.
    void release();

private:
    HeldBlob();
    static int exists(git_odb_backend* backend, const git_oid* id);
    static int readHeader(std::size_t* size, git_object_t* type, git_odb_backend* backend, const git_oid* id);
    static int read(void** data, std::size_t* size, git_object_t* type, git_odb_backend* backend, const git_oid* id);
    static void free(git_odb_backend* backend);

    // The first member, so that libgit2's backend pointer is this object's address.
    git_odb_backend m_backend;
    git_oid m_id {};
    std::string_view m_content;
    bool m_holding = false;
};

} // namespace sapha::host
