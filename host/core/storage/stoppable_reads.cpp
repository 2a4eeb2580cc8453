// Sapha — an object database whose reads can be stopped from another thread.
// SPDX-License-Identifier: MIT
#include "storage/stoppable_reads.hpp"

#include <git2/errors.h>
#include <git2/odb.h>
#include <git2/sys/odb_backend.h>

#include "git/git_error.hpp"

namespace sapha::host {

namespace {

// A backend holding no object, asked before all others: it passes every read on to them, unless the
// fold was asked to stop.
struct StopCheck {
    git_odb_backend parent; // first, so that libgit2's pointer to it is a pointer to this
    const std::function<bool()>* stop;
};

int readUnlessStopped(void**, std::size_t*, git_object_t*, git_odb_backend* backend, const git_oid*)
{
    const StopCheck* check = reinterpret_cast<const StopCheck*>(backend);
    if ((*check->stop)()) {
        git_error_set_str(GIT_ERROR_NONE, "the fold was asked to stop");
        return GIT_EUSER;
    }
    return GIT_PASSTHROUGH;
}

int listNothing(git_odb_backend*, git_odb_foreach_cb, void*)
{
    return 0; // (libgit2 1.5 calls every backend's foreach without looking whether it has one)
}

void freeStopCheck(git_odb_backend* backend)
{
    delete reinterpret_cast<StopCheck*>(backend);
}

} // namespace

void stopReadsWhen(git_odb* odb, const std::function<bool()>& stop)
{
    auto* check = new StopCheck {};
    git_odb_init_backend(&check->parent, GIT_ODB_BACKEND_VERSION);
    check->parent.read = readUnlessStopped;
    check->parent.foreach = listNothing;
    check->parent.free = freeStopCheck;
    check->stop = &stop;
    // Backends of a higher priority are asked first; the packs are added with priority 1.
    if (git_odb_add_backend(odb, &check->parent, 1000) < 0) {
        delete check;
        git::check(-1, "reading the packs");
    }
}

} // namespace sapha::host
