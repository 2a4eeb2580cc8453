// Sapha — the libgit2 error checker.
// SPDX-License-Identifier: MIT
#include "git/git_error.hpp"

#include <string_view>

#include <git2.h>

#include "messages/message_language.hpp"

namespace sapha::host::git {

GitError::GitError(std::string message, int code, ErrorCode kind)
    : std::runtime_error(std::move(message))
    , m_code(code)
    , m_kind(kind)
{
}

namespace {

// Whether libgit2's error says the repository itself is damaged (rather than, say, a revision that
// does not exist): then the message says what is safe and the way out.
bool looksDamaged(const git_error& error)
{
    const std::string_view message = error.message ? error.message : "";
    return error.klass == GIT_ERROR_ZLIB || message.find("corrupt") != std::string_view::npos
        || message.find("cannot be peeled") != std::string_view::npos
        || (error.klass == GIT_ERROR_ODB && message.find("no match for id") != std::string_view::npos);
}

// Whether libgit2 could not take one of git's lock files (`<name>.lock`, created exclusively): it
// names the file but not why, and the why is nearly always that the file exists.
bool isTakenLock(std::string_view message)
{
    return message.find("failed to lock file '") != std::string_view::npos;
}

// libgit2 reports a taken lock file, a damaged repository and the network with its generic code: its
// error's class and message say which.
ErrorCode kindOfLastError()
{
    const git_error* error = git_error_last();
    if (!error)
        return ErrorCode::Failed;
    const std::string_view message = error->message ? error->message : "";
    if (isTakenLock(message))
        return ErrorCode::Busy;
    if (looksDamaged(*error) || message.find("No space left") != std::string_view::npos)
        return ErrorCode::Storage;
    switch (error->klass) {
    case GIT_ERROR_NET:
    case GIT_ERROR_HTTP:
    case GIT_ERROR_SSH:
    case GIT_ERROR_SSL:
        return ErrorCode::Network;
    default:
        return ErrorCode::Failed;
    }
}

} // namespace

std::string lastErrorMessage()
{
    const git_error* error = git_error_last();
    if (!error || !error->message)
        return localized("ไม่ทราบสาเหตุ", "unknown error");
    std::string said = error->message;
    const bool takenLock = isTakenLock(said);
    if (takenLock)
        while (!said.empty() && (said.back() == ' ' || said.back() == ':'))
            said.pop_back(); // libgit2 ends it with ": " and no reason
    // libgit2 speaks English: to a Thai reader its words are quoted, as another program's.
    std::string message = localized("\"" + said + "\"", said);
    if (takenLock)
        message += localized(" — โปรแกรม git หรือ Sapha อื่นกำลังแก้ไขอยู่ หรือหยุดไปกลางคัน: ถ้าไม่มีโปรแกรมใดทำงานอยู่ "
                             "ให้ลบแฟ้มล็อกนั้นแล้วลองอีกครั้ง",
            " — another git or Sapha program is changing it, or one was stopped half-way: if none is running, "
            "delete that lock file and try again");
    if (looksDamaged(*error))
        message += localized(" (โฟลเดอร์ .git ของคลังดูเสียหาย: `git fsck` บอกได้ว่าส่วนใด เอกสารในโฟลเดอร์ไม่ถูกแตะต้อง "
                             "ประวัติยังอยู่ในสำเนาจากเซิร์ฟเวอร์ที่ใช้ร่วมกันหรือสำรองของ .git)",
            " (the repository's .git looks damaged: `git fsck` names what; the documents in the folder are "
            "untouched; a clone of the shared remote, or a backup of .git, has the history)");
    return message;
}

ErrorCode errorCodeOf(const GitError& error)
{
    if (error.kind() != ErrorCode::Failed)
        return error.kind();
    switch (error.code()) {
    case GIT_ELOCKED:
        return ErrorCode::Busy;
    case GIT_EMODIFIED:
        return ErrorCode::Changed;
    case GIT_ENOTFOUND:
        return ErrorCode::NotFound;
    case GIT_EAMBIGUOUS:
    case GIT_EINVALIDSPEC:
    case GIT_EINVALID:
        return ErrorCode::Invalid;
    case GIT_ECONFLICT:
    case GIT_EMERGECONFLICT:
        return ErrorCode::Conflict;
    case GIT_EAUTH:
    case GIT_ECERTIFICATE:
        return ErrorCode::Network;
    case GIT_EUSER:
        return ErrorCode::Cancelled;
    default:
        return ErrorCode::Failed;
    }
}

int check(int result, std::string_view what)
{
    if (result < 0)
        throw GitError(localized("Git ทำงานไม่สำเร็จ (\"" + std::string(what) + "\"): ", std::string(what) + ": ") + lastErrorMessage(),
            result, kindOfLastError());
    return result;
}

} // namespace sapha::host::git
