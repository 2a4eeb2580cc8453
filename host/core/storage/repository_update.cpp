// Sapha — one change to the repository, made durable with three flushes.
// SPDX-License-Identifier: MIT
#include "storage/repository_update.hpp"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

#include "git/git_error.hpp"
#include "git/git_handle.hpp"
#include "messages/message_language.hpp"
#include "storage/flush_barrier.hpp"
#include "storage/pack_checksums.hpp"

namespace fs = std::filesystem;

namespace sapha::host {

using git::GitError;

namespace {

std::string hex(const git_oid& id)
{
    char buffer[GIT_OID_HEXSZ + 1];
    git_oid_tostr(buffer, sizeof buffer, &id);
    return buffer;
}

std::string offsetText(int minutes)
{
    const char sign = minutes < 0 ? '-' : '+';
    // Wide enough for any int (a commit from elsewhere may carry an absurd offset), and negated
    // without overflow.
    const long long magnitude = minutes < 0 ? -static_cast<long long>(minutes) : minutes;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%c%02lld%02lld", sign, magnitude / 60, magnitude % 60);
    return buffer;
}

// Git's reflog line: "<old> <new> Name <email> <seconds> <+hhmm>\t<message>\n".
std::string reflogLine(const git_oid* old, const git_oid& now, const git_signature& who, const std::string& message)
{
    std::string oneLine = message.substr(0, message.find('\n'));
    return (old ? hex(*old) : std::string(GIT_OID_HEXSZ, '0')) + " " + hex(now) + " " + who.name + " <" + who.email
        + "> " + std::to_string(who.when.time) + " " + offsetText(who.when.offset) + "\t" + oneLine + "\n";
}

void appendLine(const fs::path& path, const std::string& line)
{
    std::error_code ignored;
    fs::create_directories(path.parent_path(), ignored);
    const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        throw GitError(localized("เปิด " + path.string() + " ไม่ได้: " + systemReason(errno), "opening " + path.string() + " failed: " + std::strerror(errno)), -1, ErrorCode::Storage);
    const ssize_t written = ::write(fd, line.data(), line.size());
    const int error = errno;
    ::close(fd);
    if (written != static_cast<ssize_t>(line.size()))
        throw GitError(localized("เขียนต่อท้าย " + path.string() + " ไม่ได้: " + systemReason(error),
                           "appending to " + path.string() + " failed: " + std::strerror(error)), -1, ErrorCode::Storage);
}

// The ref HEAD names when it is symbolic, else empty.
std::string headTarget(git_repository* repository)
{
    git_reference* raw = nullptr;
    if (git_reference_lookup(&raw, repository, "HEAD") != 0)
        return {};
    git::ReferenceHandle head(raw);
    if (git_reference_type(head.get()) != GIT_REFERENCE_SYMBOLIC)
        return {};
    return git_reference_symbolic_target(head.get());
}

} // namespace

RepositoryUpdate::RepositoryUpdate(git_repository* repository, fs::path gitDirectory)
    : m_repository(repository)
    , m_gitDirectory(std::move(gitDirectory))
{
}

void RepositoryUpdate::moveRef(const std::string& refName, const git_oid& target, const git_oid* expected,
    const git_signature& who, const std::string& reflogMessage)
{
    RefMove move;
    move.lock = std::make_unique<git::LockFile>(m_gitDirectory / refName);
    // Read under the lock: no git program can move the ref between this check and our rename.
    git_oid current;
    const int found = git_reference_name_to_id(&current, m_repository, refName.c_str());
    const bool matches = expected ? found == 0 && git_oid_equal(&current, expected) : found == GIT_ENOTFOUND;
    if (!matches) {
        throw GitError(localized(refName + " เปลี่ยนไประหว่างบันทึก (โปรแกรมอื่นบันทึกก่อน): ไม่มีสิ่งใดถูกเขียนทับ บันทึกอีกครั้ง",
                           refName + " changed since this save began (another program committed); nothing was "
                                     "overwritten, save again"),
            expected ? GIT_EMODIFIED : GIT_EEXISTS);
    }
    move.lock->write(hex(target) + "\n");
    move.reflogLine = reflogLine(expected, target, who, reflogMessage);
    // Like git: branches and HEAD keep a reflog; other refs only when one already exists.
    const fs::path reflog = m_gitDirectory / "logs" / refName;
    std::error_code ignored;
    if (refName.rfind("refs/heads/", 0) == 0 || fs::exists(reflog, ignored))
        move.reflogs.push_back(reflog);
    if (headTarget(m_repository) == refName)
        move.reflogs.push_back(m_gitDirectory / "logs" / "HEAD");
    m_refs.push_back(std::move(move));
}

git::LockFile& RepositoryUpdate::lockIndex()
{
    m_index = std::make_unique<git::LockFile>(m_gitDirectory / "index");
    return *m_index;
}

void RepositoryUpdate::apply()
{
    // Nothing is built on a damaged history: libgit2 read only the objects this change needed.
    verifyPackChecksums(m_gitDirectory);
    flushFileSystem(m_gitDirectory); // 1: staged data durable

    if (m_pack)
        m_pack->install(m_gitDirectory / "objects" / "pack");
    for (PendingFile& file : m_workingFiles) {
        if (Status installed = file.install(); !installed)
            throw GitError(installed.error().describe(), -1, ErrorCode::Storage);
    }
    for (const auto& [file, root] : m_removedFiles) {
        std::error_code ignored;
        fs::remove(file, ignored);
        // The folders it leaves empty go too, up to the workspace's root (as git does).
        for (fs::path folder = file.parent_path();
             folder.string().size() > root.string().size() && fs::is_empty(folder, ignored) && !ignored;
             folder = folder.parent_path())
            fs::remove(folder, ignored);
    }
    if (m_pack || !m_workingFiles.empty() || !m_removedFiles.empty())
        flushFileSystem(m_gitDirectory); // 2: objects under their final names, documents in place

    if (m_refs.empty() && !m_index)
        return;
    for (RefMove& move : m_refs)
        move.lock->commit();
    if (m_index)
        m_index->commit();
    for (const RefMove& move : m_refs) {
        for (const fs::path& log : move.reflogs)
            appendLine(log, move.reflogLine);
    }
    flushFileSystem(m_gitDirectory); // 3: refs, index and reflogs
}

} // namespace sapha::host
