// Sapha — the flush barrier.
// SPDX-License-Identifier: MIT
#include "storage/flush_barrier.hpp"

#include <atomic>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

#include "git/git_error.hpp"
#include "messages/message_language.hpp"

namespace sapha::host {

namespace {
std::atomic<std::size_t> g_flushes { 0 };
}

void flushFileSystem(const std::filesystem::path& onIt)
{
    const int fd = ::open(onIt.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw git::GitError(localized("เปิด " + onIt.string() + " เพื่อบันทึกลงดิสก์ไม่ได้: " + systemReason(errno),
                                "opening " + onIt.string() + " to flush it failed: " + std::strerror(errno)), -1, ErrorCode::Storage);
    const int flushed = ::syncfs(fd);
    const int error = errno;
    ::close(fd);
    ++g_flushes;
    if (flushed != 0)
        throw git::GitError(localized("บันทึกลงดิสก์ที่เก็บ " + onIt.string() + " ไม่สำเร็จ: " + systemReason(error)
                                        + " ฉบับที่บันทึกล่าสุดยังอยู่ครบ",
                                "flushing the disk that holds " + onIt.string() + " failed: " + std::strerror(error)
                                    + "; the last saved version is intact"),
            -1, ErrorCode::Storage);
}

std::size_t flushCount()
{
    return g_flushes.load();
}

} // namespace sapha::host
