// Sapha — every pack checked against its own checksum before anything is written beside it.
//
// A pack ends with the SHA-1 of everything before it, and its .idx with the pack's checksum and its own.
// libgit2 reads objects where they lie and never checks the whole file, so with a flipped byte in a
// pack a save that reads only the last commit succeeded and built a new version on a damaged history.
// A write now checks each pack once (the whole file, at disk speed) and remembers the ones that
// matched by name, size, modification time and inode in .git/sapha/verified-packs: any rewrite of a
// pack changes those, so it is checked again; a pack a save has just written is checked by the next write, a
// fold's (read whole by libgit2's indexer as it was written) is remembered at once.
// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>

namespace sapha::host {

// Throws GitError (ErrorCode::Storage) naming the first pack or index whose checksum does not match,
// with what is safe and the way out.
void verifyPackChecksums(const std::filesystem::path& gitDirectory);

// Remembers the pack `pack` (pack-*.pack in the pack folder) and its .idx as checked, when libgit2's indexer
// has just read the pack whole against its checksum and written the index (a fold's pack): at 10,000
// documents checking it again took the next save 0.1-0.8 s. A cache: nothing happens when it cannot be written.
void rememberVerifiedPack(const std::filesystem::path& gitDirectory, const std::filesystem::path& pack);

} // namespace sapha::host
