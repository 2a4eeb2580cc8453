// Sapha — libgit2 initialisation.
// SPDX-License-Identifier: MIT
#include "git/git_runtime.hpp"

#include <git2.h>

#include "git/deferred_certificates.hpp"

namespace sapha::host::git {

Runtime::Runtime()
{
    // The system's CA certificates are read by the first TLS connection, not here (a third of a
    // command's start): see deferred_certificates.hpp.
    beginDeferringCertificates();
    git_libgit2_init();
    endDeferringCertificates();
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
    if (git_libgit2_shutdown() == 0)
        forgetDeferredCertificates(); // libgit2 freed the chain they were to be read into
}

} // namespace sapha::host::git
