// Sapha — one fold of a repository's packs at a time (see fold_lock.hpp).
// SPDX-License-Identifier: MIT
#include "storage/fold_lock.hpp"

#include <fcntl.h>
#include <cerrno>
#include <sys/file.h>
#include <unistd.h>

#include <system_error>

namespace fs = std::filesystem;

namespace sapha::host {

std::optional<FoldLock> FoldLock::tryTake(const fs::path& gitDirectory)
{
    const fs::path folder = gitDirectory / "sapha";
    std::error_code ignored;
    fs::create_directories(folder, ignored);
    // O_CLOEXEC: a program this one starts must not hold the lock on after this one lets go.
    // O_NOFOLLOW: a link in its place is not followed out of the repository.
    const int fd = ::open((folder / "fold.lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd < 0)
        return FoldLock(-1);
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const bool held = errno == EWOULDBLOCK;
        ::close(fd);
        if (held)
            return std::nullopt;
        return FoldLock(-1);
    }
    return FoldLock(fd);
}

bool FoldLock::isHeld(const fs::path& gitDirectory)
{
    std::error_code error;
    if (!fs::exists(gitDirectory / "sapha" / "fold.lock", error))
        return false;
    return !tryTake(gitDirectory).has_value();
}

FoldLock::FoldLock(FoldLock&& other) noexcept
    : m_fd(other.m_fd)
{
    other.m_fd = -1;
}

FoldLock::~FoldLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // closing the only descriptor of the open file releases the flock
}

} // namespace sapha::host
