// Sapha brainstorm — the participation journal.
// SPDX-License-Identifier: MIT
#include "core/live/journal.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <Poco/Checksum.h>

#include <sapha/message_language.hpp>

namespace sapha::brainstorm {

namespace {

std::string crcOf(const std::string& text)
{
    Poco::Checksum checksum(Poco::Checksum::TYPE_CRC32);
    checksum.update(text.data(), static_cast<unsigned>(text.size()));
    char hex[9];
    std::snprintf(hex, sizeof hex, "%08x", static_cast<unsigned>(checksum.checksum()));
    return hex;
}

Error systemError(const std::string& what, const std::filesystem::path& path)
{
    return Error { what + ": " + std::strerror(errno), path.string() };
}

} // namespace

std::string journalLine(const std::string& record)
{
    return crcOf(record) + " " + record + "\n";
}

Journal::Journal(std::filesystem::path path, int fd, std::uint64_t size, Durability durability)
    : m_path(std::move(path))
    , m_fd(fd)
    , m_size(size)
    , m_durability(durability)
{
}

Journal::~Journal()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

Result<std::unique_ptr<Journal>> Journal::open(const std::filesystem::path& path, Recovered& recovered, Durability durability)
{
    // The journal holds the facilitator's secret and every participant's token: its folder and the file
    // are the user's alone, also when an earlier version left them readable.
    std::error_code ignored;
    std::filesystem::create_directories(path.parent_path(), ignored);
    std::filesystem::permissions(path.parent_path(), std::filesystem::perms::owner_all,
        std::filesystem::perm_options::replace, ignored);
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return systemError("the participation journal cannot be opened", path);
    if (::fchmod(fd, 0600) != 0) {
        Error error = systemError("the participation journal cannot be made private", path);
        ::close(fd);
        return error;
    }
    // One live server per session: a second one would acknowledge ideas and write over the first's
    // records. The lock goes with the process (a kill -9 included); the holder's file says who has it.
    const std::filesystem::path holderFile = path.string() + ".holder";
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int why = errno;
        Error error = systemError("the participation journal cannot be locked", path);
        ::close(fd);
        if (why != EWOULDBLOCK)
            return error;
        std::ifstream holderIn(holderFile);
        std::string holder;
        std::getline(holderIn, holder);
        const std::string who = holder.empty() ? std::string() : " (" + holder + ")";
        return Error { localized("การระดมความคิดนี้เปิดรับอยู่แล้ว" + who + ": หนึ่งการระดมความคิดมีเซิร์ฟเวอร์เดียว หยุดตัวนั้น หรือให้โทรศัพท์เข้าร่วมที่ตัวนั้น",
                           "this session is live already" + who + ": a session has one live server; stop that one, or let the phones join it"),
            path.string() };
    }
    {
        char host[256] = {};
        ::gethostname(host, sizeof host - 1);
        std::ofstream(holderFile, std::ios::trunc) << "process " << ::getpid() << " on " << host << "\n";
        std::filesystem::permissions(holderFile, std::filesystem::perms(0600), std::filesystem::perm_options::replace, ignored);
    }
    // Read it whole: a session's journal is small (ideas and votes of one workshop).
    std::string content;
    char buffer[65536];
    for (;;) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0) {
            Error error = systemError("the participation journal cannot be read", path);
            ::close(fd);
            return error;
        }
        if (got == 0)
            break;
        content.append(buffer, static_cast<std::size_t>(got));
    }
    // Whole, intact records are kept; reading stops at the first one that is not (a torn tail).
    std::uint64_t good = 0;
    std::size_t start = 0;
    while (start < content.size()) {
        const std::size_t end = content.find('\n', start);
        const std::string line = content.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (end == std::string::npos || line.size() < 10 || line[8] != ' ' || crcOf(line.substr(9)) != line.substr(0, 8))
            break;
        recovered.records.push_back(line.substr(9));
        start = end + 1;
        good = start;
    }
    if (good < content.size()) {
        recovered.warning = path.string() + ": " + std::to_string(content.size() - good)
            + " bytes after the last whole record were cut off (a record torn by a crash or a full disk); "
            + std::to_string(recovered.records.size()) + " records kept";
        if (::ftruncate(fd, static_cast<off_t>(good)) != 0 || ::fdatasync(fd) != 0) {
            Error error = systemError("the torn end of the participation journal cannot be cut off", path);
            ::close(fd);
            return error;
        }
    }
    if (::lseek(fd, static_cast<off_t>(good), SEEK_SET) < 0) {
        Error error = systemError("the participation journal cannot be positioned", path);
        ::close(fd);
        return error;
    }
    return std::unique_ptr<Journal>(new Journal(path, fd, good, durability));
}

Status Journal::writeBatch(const std::vector<std::string>& batch)
{
    std::string bytes;
    for (const std::string& record : batch)
        bytes += journalLine(record);
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t put = ::write(m_fd, bytes.data() + written, bytes.size() - written);
        if (put < 0 && errno == EINTR)
            continue;
        if (put <= 0)
            break;
        written += static_cast<std::size_t>(put);
    }
    if (written == bytes.size() && (m_durability == Durability::Unflushed || ::fdatasync(m_fd) == 0)) {
        m_size += bytes.size();
        return Status::ok();
    }
    Error error = systemError("the participation journal could not be written", m_path);
    // Nothing of a failed batch may stay: a later batch must not follow a torn record.
    if (::ftruncate(m_fd, static_cast<off_t>(m_size)) != 0 || ::lseek(m_fd, static_cast<off_t>(m_size), SEEK_SET) < 0)
        error.message += "; its end could not be cut back either";
    return error;
}

Status Journal::append(const std::string& record)
{
    std::unique_lock lock(m_lock);
    const std::uint64_t mine = m_nextBatch;
    m_pending.push_back(record);
    while (m_doneBatch < mine) {
        if (m_writing) {
            m_flushed.wait(lock);
            continue;
        }
        // Nobody is writing: this thread writes every pending record, its own and the others'.
        m_writing = true;
        std::vector<std::string> batch;
        batch.swap(m_pending);
        const std::uint64_t batchId = m_nextBatch++;
        lock.unlock();
        Status written = writeBatch(batch);
        lock.lock();
        ++m_flushes;
        if (!written) {
            m_failedBatch = batchId;
            m_failure = written.error();
        }
        m_doneBatch = batchId;
        m_writing = false;
        m_flushed.notify_all();
    }
    if (m_failure && m_failedBatch == mine)
        return *m_failure;
    return Status::ok();
}

std::uint64_t Journal::flushCount() const
{
    std::lock_guard lock(m_lock);
    return m_flushes;
}

} // namespace sapha::brainstorm
