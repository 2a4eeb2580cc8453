// Sapha — a working file's size and time of change: how the workspace's indexes tell which documents
// changed since they were read, without reading them.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

namespace sapha::host {

struct FileStamp {
    std::uint64_t size = 0;
    // Nanoseconds since the epoch; -1 when the file changed within the last two seconds: it may change
    // again within the clock's granularity keeping its size and time, so it is read again next time too
    // (as git treats a "racy" file).
    std::int64_t changedAt = 0;
};

// The stamp of `file`, relative to the open folder `directory` (AT_FDCWD: the current one); false when
// it cannot be looked at.
bool stampOf(int directory, const char* file, FileStamp& stamp);

} // namespace sapha::host
