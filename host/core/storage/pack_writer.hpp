// Sapha — writing a Git pack and its index (version 2) for the few objects of one save.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <git2.h>

namespace sapha::host::git {

struct PackObject {
    git_oid id;
    git_object_t type;   // commit, tree, blob or tag
    std::string_view data; // the object's content, without git's "<type> <size>\0" header
};

struct PackBytes {
    std::string pack;  // "PACK", version 2, the objects deflated whole (no deltas), SHA-1 trailer
    std::string index; // idx version 2: fan-out, sorted ids, CRC-32s, offsets, checksums
    std::string name;  // the pack's checksum in hex: files are pack-<name>.pack and .idx
};

// Why not libgit2's packbuilder and indexer: for a save's three to six objects they would deflate,
// inflate again to verify, and hash every object two more times; this writes each object once.
// Objects are deflated at level 1 like git's loose objects. Throws GitError for an unknown type.
PackBytes writePack(const std::vector<PackObject>& objects);

} // namespace sapha::host::git
