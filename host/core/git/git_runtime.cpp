// Sapha — libgit2 initialisation.
// SPDX-License-Identifier: MIT
#include "git/git_runtime.hpp"

#include <git2.h>

namespace sapha::host::git {

Runtime::Runtime()
{
    git_libgit2_init();
    // Off: every write to the repository goes through RepositoryUpdate, which flushes the file system
    // three times per save in the order that keeps it valid; libgit2's fsync per file would add a
    // dozen more flushes to each save without making it any safer.
    git_libgit2_opts(GIT_OPT_ENABLE_FSYNC_GITDIR, 0);
    // libgit2 keeps every pack it has read open (by default without limit), also once a fold has
    // removed it: a program saving all day would run out of file descriptors (one per save; 1,024
    // is the usual limit). With a limit, the least recently used packs are closed, and reopened
    // when they are still there and needed again.
    git_libgit2_opts(GIT_OPT_SET_MWINDOW_FILE_LIMIT, static_cast<std::size_t>(kOpenPackLimit));
}

Runtime::~Runtime()
{
    git_libgit2_shutdown();
}

} // namespace sapha::host::git
