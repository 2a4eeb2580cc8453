// Sapha — which other processes are waiting for a workspace's save lock.
// SPDX-License-Identifier: MIT
#include "storage/lock_waiters.hpp"

#include <cerrno>
#include <charconv>
#include <csignal>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sapha::host {

namespace {

// The process id in a claim's name "sapha.lock.PID.N"; 0 when the name is not a claim.
long claimant(std::string_view name)
{
    constexpr std::string_view prefix = "sapha.lock.";
    if (name.size() <= prefix.size() || name.substr(0, prefix.size()) != prefix)
        return 0;
    name.remove_prefix(prefix.size());
    long pid = 0;
    const auto [end, error] = std::from_chars(name.data(), name.data() + name.size(), pid);
    if (error != std::errc() || end == name.data() + name.size() || *end != '.')
        return 0;
    return pid;
}

// When a claim was written, to the nanosecond, with its name to order two written at the same moment.
struct Written {
    long long seconds;
    long nanoseconds;
    std::string name;
    bool operator<(const Written& other) const
    {
        return std::tie(seconds, nanoseconds, name) < std::tie(other.seconds, other.nanoseconds, other.name);
    }
};

} // namespace

bool anotherProcessWaitsBefore(const std::filesystem::path& gitDirectory, const std::filesystem::path& mine)
{
    struct stat status {};
    if (::stat(mine.c_str(), &status) != 0)
        return false;
    const Written myClaim { status.st_mtim.tv_sec, status.st_mtim.tv_nsec, mine.filename().string() };
    DIR* directory = ::opendir(gitDirectory.c_str());
    if (!directory)
        return false;
    const long self = ::getpid();
    bool earlier = false;
    while (const dirent* entry = ::readdir(directory)) {
        const long pid = claimant(entry->d_name);
        if (pid <= 0 || pid == self)
            continue; // the threads of this process take turns in their own queue (TurnQueue)
        if (::fstatat(::dirfd(directory), entry->d_name, &status, 0) != 0)
            continue; // it took the lock or gave up meanwhile
        const Written claim { status.st_mtim.tv_sec, status.st_mtim.tv_nsec, entry->d_name };
        // A claim left by a process that was killed while it waited counts for nothing.
        if (claim < myClaim && !(::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)) {
            earlier = true;
            break;
        }
    }
    ::closedir(directory);
    return earlier;
}

} // namespace sapha::host
