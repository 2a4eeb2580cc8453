// Sapha — fetching from a remote so that a power cut at any instant leaves a valid repository.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include <git2.h>

namespace sapha::host {

// Downloads what `remote` has that this repository lacks (libgit2 writes the pack), then moves this
// workspace's copies of the remote's branches (refs/remotes/…) and takes its new named versions
// (refs/tags/…, an existing one is never moved) through git's lock files in RepositoryUpdate's order:
// the pack and the new refs' content flushed before the refs are renamed into place. (libgit2's own
// fetch moves those refs before anything is flushed: after a power cut a copy of a branch could name
// objects that never reached the disk.) No FETCH_HEAD is written: Sapha does not read it. Throws
// GitError; `what` names the remote in its messages.
void fetchDurably(git_repository* repository, git_remote* remote, const git_fetch_options& options, const std::string& what);

} // namespace sapha::host
