// Sapha — the stat data git keeps for each file in its index.
// SPDX-License-Identifier: MIT
#include "storage/index_stat.hpp"

#include <cstdint>

#include <sys/stat.h>

namespace sapha::host::git {

void takeStatOf(git_index_entry& entry, const std::filesystem::path& file)
{
    struct stat info {};
    if (::lstat(file.c_str(), &info) != 0)
        return;
    entry.ctime.seconds = static_cast<int32_t>(info.st_ctim.tv_sec);
    entry.ctime.nanoseconds = static_cast<uint32_t>(info.st_ctim.tv_nsec);
    entry.mtime.seconds = static_cast<int32_t>(info.st_mtim.tv_sec);
    entry.mtime.nanoseconds = static_cast<uint32_t>(info.st_mtim.tv_nsec);
    entry.dev = static_cast<uint32_t>(info.st_dev);
    entry.ino = static_cast<uint32_t>(info.st_ino);
    entry.uid = info.st_uid;
    entry.gid = info.st_gid;
    entry.file_size = static_cast<uint32_t>(info.st_size);
}

} // namespace sapha::host::git
