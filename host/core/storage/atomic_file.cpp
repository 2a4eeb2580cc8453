// Sapha — atomic file replacement: temp, fsync, rename, fsync of the directory.
// SPDX-License-Identifier: MIT
#include "storage/atomic_file.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string_view>
#include <utility>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "messages/message_language.hpp"

namespace sapha::host {

namespace {

// Closes a file descriptor on scope exit.
class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : m_fd(fd) { }
    ~FileDescriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return m_fd; }
    int release()
    {
        const int fd = m_fd;
        m_fd = -1;
        return fd;
    }

private:
    int m_fd;
};

Status systemFailure(const char* thaiAction, const char* action, const std::filesystem::path& path, int error)
{
    return Status::failure(localized(std::string(thaiAction) + "ไม่สำเร็จ: " + systemReason(error),
                               std::string(action) + " failed: " + std::strerror(error)),
        path.string());
}


// Creates a temporary file beside `path` holding `content`; `flush` also fsyncs it.
Result<std::filesystem::path> writeBeside(
    const std::filesystem::path& path, std::string_view content, bool flush, FileAccess access = FileAccess::Shared)
{
    const std::filesystem::path directory = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    std::string temporary = (directory / ("." + path.filename().string() + ".sapha-XXXXXX")).string();
    FileDescriptor file(::mkstemp(temporary.data()));
    if (file.get() < 0)
        return systemFailure("สร้างแฟ้มชั่วคราว", "creating a temporary file", directory, errno).error();
    auto fail = [&](const char* thaiAction, const char* action) -> Error {
        const int error = errno;
        ::unlink(temporary.c_str());
        return systemFailure(thaiAction, action, path, error).error();
    };
    // mkstemp makes the file 0600: a shared file is opened up only after, so no secret is ever readable.
    if (access == FileAccess::Shared && ::fchmod(file.get(), 0644) != 0)
        return fail("ตั้งสิทธิ์แฟ้ม", "setting permissions on");
    if (!writeAll(file.get(), content))
        return fail("เขียนแฟ้ม", "writing");
    if (flush && ::fsync(file.get()) != 0)
        return fail("บันทึกลงดิสก์", "flushing");
    if (::close(file.release()) != 0)
        return fail("ปิดแฟ้ม", "closing");
    return std::filesystem::path(temporary);
}

} // namespace

bool writeAll(int fd, std::string_view content)
{
    const char* data = content.data();
    std::size_t remaining = content.size();
    while (remaining > 0) {
        const ssize_t written = ::write(fd, data, remaining);
        if (written < 0 && errno == EINTR)
            continue;
        if (written < 0)
            return false;
        data += written;
        remaining -= static_cast<std::size_t>(written);
    }
    return true;
}

PendingFile::PendingFile(std::filesystem::path target, std::filesystem::path temporary)
    : m_target(std::move(target))
    , m_temporary(std::move(temporary))
{
}

PendingFile::PendingFile(PendingFile&& other) noexcept
    : m_target(std::move(other.m_target))
    , m_temporary(std::exchange(other.m_temporary, {}))
{
}

PendingFile::~PendingFile()
{
    if (!m_temporary.empty())
        ::unlink(m_temporary.c_str());
}

void removeAbandonedTemporaries(const std::filesystem::path& path)
{
    const std::filesystem::path directory = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    const std::string prefix = "." + path.filename().string() + ".sapha-";
    // readdir's names as they are: a path object for each of a folder's 10,000 meetings took a save 6 ms.
    DIR* listing = ::opendir(directory.c_str());
    if (!listing)
        return;
    while (const dirent* entry = ::readdir(listing)) {
        const std::string_view name = entry->d_name;
        if (name.size() == prefix.size() + 6 && name.starts_with(prefix))
            ::unlinkat(::dirfd(listing), entry->d_name, 0);
    }
    ::closedir(listing);
}

Result<PendingFile> PendingFile::stage(const std::filesystem::path& path, std::string_view content)
{
    Result<std::filesystem::path> temporary = writeBeside(path, content, false);
    if (!temporary)
        return temporary.error();
    return PendingFile(path, temporary.value());
}

Status PendingFile::install()
{
    if (::rename(m_temporary.c_str(), m_target.c_str()) != 0)
        return systemFailure("แทนที่แฟ้ม", "replacing", m_target, errno);
    m_temporary.clear();
    return Status::ok();
}

Status writeFileAtomically(const std::filesystem::path& path, std::string_view content, FileAccess access)
{
    Result<std::filesystem::path> temporary = writeBeside(path, content, true, access);
    if (!temporary)
        return temporary.error();
    if (::rename(temporary.value().c_str(), path.c_str()) != 0) {
        const int error = errno;
        ::unlink(temporary.value().c_str());
        return systemFailure("แทนที่แฟ้ม", "replacing", path, error);
    }
    // The rename is durable only once the directory entry is flushed.
    const std::filesystem::path directory = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    FileDescriptor dir(::open(directory.c_str(), O_RDONLY | O_DIRECTORY));
    if (dir.get() >= 0)
        ::fsync(dir.get());
    return Status::ok();
}

Result<std::string> readFile(const std::filesystem::path& path)
{
    // Read straight into a string of the file's size: a stream copied the bytes twice and grew its
    // buffer step by step, which showed in a save of a large document.
    FileDescriptor file(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (file.get() < 0)
        return Error { localized("เปิดไม่ได้: " + systemReason(errno), std::string("cannot open: ") + std::strerror(errno)), path.string() };
    struct stat info {};
    std::string content;
    if (::fstat(file.get(), &info) == 0 && S_ISREG(info.st_mode))
        content.resize(static_cast<std::size_t>(info.st_size) + 1); // +1: a file grown since is still read whole
    std::size_t size = 0;
    for (;;) {
        if (size == content.size())
            content.resize(std::max<std::size_t>(4096, content.size() * 2));
        const ssize_t got = ::read(file.get(), content.data() + size, content.size() - size);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return Error { localized("อ่านไม่ได้: " + systemReason(errno), std::string("cannot read: ") + std::strerror(errno)), path.string() };
        if (got == 0)
            break;
        size += static_cast<std::size_t>(got);
    }
    content.resize(size);
    return content;
}

} // namespace sapha::host
