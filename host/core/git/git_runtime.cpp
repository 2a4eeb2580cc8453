// Sapha — libgit2 initialisation.
// SPDX-License-Identifier: MIT
#include "git/git_runtime.hpp"

#include <git2.h>

namespace sapha::host::git {

Runtime::Runtime()
{
    git_libgit2_init();
    git_libgit2_opts(GIT_OPT_ENABLE_FSYNC_GITDIR, 1);
}

Runtime::~Runtime()
{
    git_libgit2_shutdown();
}

} // namespace sapha::host::git
