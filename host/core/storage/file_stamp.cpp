// Sapha — a working file's size and time of change.
// SPDX-License-Identifier: MIT
#include "storage/file_stamp.hpp"

#include <chrono>

#include <fcntl.h>
#include <sys/stat.h>

namespace sapha::host {

bool stampOf(int directory, const char* file, FileStamp& stamp)
{
    struct stat status {};
    if (::fstatat(directory, file, &status, 0) != 0)
        return false;
    stamp.size = static_cast<std::uint64_t>(status.st_size);
    stamp.changedAt = static_cast<std::int64_t>(status.st_mtim.tv_sec) * 1000000000 + status.st_mtim.tv_nsec;
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    if (std::chrono::duration_cast<std::chrono::nanoseconds>(now).count() - stamp.changedAt < 2000000000LL)
        stamp.changedAt = -1;
    return true;
}

} // namespace sapha::host
