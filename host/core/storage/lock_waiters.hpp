// Sapha — which other processes are waiting for a workspace's save lock, so that a process saving in a
// loop lets them go first.
// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>

namespace sapha::host {

// A process waiting for the save lock has written its claim, .git/sapha.lock.PID.N, before it started
// to wait (see SaphaLock::acquire). True when a claim in `gitDirectory` of another process that is still
// running was written before `mine`: that process has waited longer and should take the lock first.
// (The lock is a file that waiters try every few milliseconds; without this, a process that saves over
// and over takes it again microseconds after it let it go, and a second program never finds it free.)
bool anotherProcessWaitsBefore(const std::filesystem::path& gitDirectory, const std::filesystem::path& mine);

} // namespace sapha::host
