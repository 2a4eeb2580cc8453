// Sapha — every pack checked against its own checksum before anything is written beside it.
//
// A pack ends with the SHA-1 of everything before it, and its .idx with the pack's checksum and its own.
// libgit2 reads objects where they lie and never checks the whole file, so with a flipped byte in a
// pack a save that reads only the last commit succeeded and built a new version on a damaged history.
// A write now checks each pack once (the whole file, at disk speed) and remembers the ones that
// matched by name, size, modification time and inode in .git/sapha/verified-packs: any rewrite of a
// pack changes those, so it is checked again; a pack Sapha has just written is checked by the next write.
// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>

namespace sapha::host {

// Throws GitError (ErrorCode::Storage) naming the first pack or index whose checksum does not match,
// with what is safe and the way out.
void verifyPackChecksums(const std::filesystem::path& gitDirectory);

} // namespace sapha::host
