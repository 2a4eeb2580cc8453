// Sapha — git's lock-file protocol.
// SPDX-License-Identifier: MIT
#include "storage/lock_file.hpp"

#include <cerrno>
#include <cstring>
#include <ctime>
#include <fstream>
#include <limits>
#include <string>

#include <sys/stat.h>

#include <fcntl.h>
#include <unistd.h>

#include <git2/errors.h>

#include "git/git_error.hpp"
#include "messages/message_language.hpp"

namespace fs = std::filesystem;

namespace sapha::host::git {

namespace {

[[noreturn]] void fail(const std::string& action, const fs::path& path, int error)
{
    throw GitError(localized("แฟ้ม " + path.string() + " ทำไม่สำเร็จ (\"" + action + "\"): " + systemReason(error),
                       action + " " + path.string() + " failed: " + std::strerror(error)),
        -1, ErrorCode::Storage);
}

// When this host last started (/proc/stat's btime), or 0 when unknown.
std::time_t bootTime()
{
    std::ifstream in("/proc/stat");
    std::string key;
    long long value = 0;
    while (in >> key) {
        if (key == "btime" && in >> value)
            return static_cast<std::time_t>(value);
        in.ignore(std::numeric_limits<std::streamsize>::max(), '\n');
    }
    return 0;
}

} // namespace

bool wasWrittenBeforeBoot(const fs::path& path)
{
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0)
        return false;
    const std::time_t booted = bootTime();
    return booted != 0 && info.st_mtime < booted;
}

void removeLocksFromBeforeBoot(const fs::path& gitDirectory)
{
    std::error_code error;
    const auto removeIfOld = [](const fs::path& path) {
        if (path.extension() == ".lock" && wasWrittenBeforeBoot(path))
            ::unlink(path.c_str());
    };
    for (const fs::directory_entry& entry : fs::directory_iterator(gitDirectory, error))
        removeIfOld(entry.path());
    for (fs::recursive_directory_iterator it(gitDirectory / "refs", error), end; !error && it != end; it.increment(error))
        removeIfOld(it->path());
}

LockFile::LockFile(fs::path target)
    : m_target(std::move(target))
    , m_lockPath(m_target.string() + ".lock")
{
    std::error_code ignored;
    fs::create_directories(m_target.parent_path(), ignored);
    if (wasWrittenBeforeBoot(m_lockPath))
        ::unlink(m_lockPath.c_str());
    m_fd = ::open(m_lockPath.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0644);
    if (m_fd < 0 && errno == EEXIST) {
        throw GitError(localized(m_lockPath.string()
                               + " มีอยู่: โปรแกรม git อื่นกำลังเขียน หรือหยุดไปกลางคัน ถ้าไม่มีโปรแกรม git ใดทำงานอยู่ "
                                 "ให้ลบแฟ้มนั้นแล้วบันทึกอีกครั้ง ไม่ได้บันทึกสิ่งใด",
                           m_lockPath.string()
                               + " exists: another git program is writing, or one stopped half-way. If no git program is "
                                 "running, delete that file and save again; nothing was committed"),
            GIT_ELOCKED);
    }
    if (m_fd < 0)
        fail("creating", m_lockPath, errno);
}

LockFile::~LockFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    if (!m_committed)
        ::unlink(m_lockPath.c_str());
}

void LockFile::write(std::string_view content)
{
    const char* data = content.data();
    std::size_t remaining = content.size();
    while (remaining > 0) {
        const ssize_t written = ::write(m_fd, data, remaining);
        if (written < 0 && errno == EINTR)
            continue;
        if (written < 0)
            fail("writing", m_lockPath, errno);
        data += written;
        remaining -= static_cast<std::size_t>(written);
    }
}

void LockFile::commit()
{
    if (::close(m_fd) != 0) {
        m_fd = -1;
        fail("closing", m_lockPath, errno);
    }
    m_fd = -1;
    if (::rename(m_lockPath.c_str(), m_target.c_str()) != 0)
        fail("renaming", m_lockPath, errno);
    m_committed = true;
}

} // namespace sapha::host::git
