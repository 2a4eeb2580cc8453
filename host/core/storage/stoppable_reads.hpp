// Sapha — an object database whose reads can be stopped from another thread.
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <git2/types.h>

namespace sapha::host {

// Makes every read of an object from `odb` first ask `stop` (which must outlive `odb`), and fail with
// GIT_EUSER once it says yes. A fold's delta search reads every object it weighs; libgit2 1.5 ignores
// the answer of its progress callback during that search, so this is how a fold asked to stop stops
// within one object rather than when the whole search is over. Throws GitError when it cannot be added.
void stopReadsWhen(git_odb* odb, const std::function<bool()>& stop);

} // namespace sapha::host
