// Sapha — atomic file replacement: temp, fsync, rename, fsync of the directory.
// SPDX-License-Identifier: MIT
#include "workspace/atomic_file.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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

Status systemFailure(const char* action, const std::filesystem::path& path, int error)
{
    return Status::failure(std::string(action) + " failed: " + std::strerror(error), path.string());
}

} // namespace

Status writeFileAtomically(const std::filesystem::path& path, std::string_view content)
{
    const std::filesystem::path directory = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    std::string temporary = (directory / ("." + path.filename().string() + ".sapha-XXXXXX")).string();

    FileDescriptor file(::mkstemp(temporary.data()));
    if (file.get() < 0)
        return systemFailure("creating a temporary file", directory, errno);

    auto fail = [&](const char* action, const std::filesystem::path& where) {
        const int error = errno;
        ::unlink(temporary.c_str());
        return systemFailure(action, where, error);
    };

    const char* data = content.data();
    std::size_t remaining = content.size();
    while (remaining > 0) {
        const ssize_t written = ::write(file.get(), data, remaining);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return fail("writing", path);
        }
        data += written;
        remaining -= static_cast<std::size_t>(written);
    }
    if (::fchmod(file.get(), 0644) != 0)
        return fail("setting permissions on", path);
    if (::fsync(file.get()) != 0)
        return fail("flushing", path);
    if (::close(file.release()) != 0)
        return fail("closing", path);
    if (::rename(temporary.c_str(), path.c_str()) != 0)
        return fail("replacing", path);

    // The rename is durable only once the directory entry is flushed.
    FileDescriptor dir(::open(directory.c_str(), O_RDONLY | O_DIRECTORY));
    if (dir.get() >= 0)
        ::fsync(dir.get());
    return Status::ok();
}

Result<std::string> readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error { std::string("cannot open: ") + std::strerror(errno), path.string() };
    std::ostringstream content;
    content << in.rdbuf();
    if (in.bad())
        return Error { "cannot read", path.string() };
    return content.str();
}

} // namespace sapha::host
