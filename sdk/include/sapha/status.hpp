// Sapha — Status and Result<T>: how fallible calls report failure, inside a layer and across the plugin boundary.
// SPDX-License-Identifier: MIT
#pragma once

#include <sapha/sdk_export.h>

#include <string>
#include <utility>
#include <variant>

namespace sapha {

// What kind of failure an Error is, for a program to act on (offer to try again, say "not found")
// without reading its message, which is for people and may be in either language.
enum class ErrorCode {
    Failed,    // anything not named below
    NotFound,  // no such document, revision, named version, folder or remote
    Invalid,   // the input is malformed or breaks a rule: XML, a name, a path, an option
    Busy,      // another program holds the workspace's lock: the same call may work in a moment
    Changed,   // what the operation read changed underneath (another save committed first): do it again
    Conflict,  // a sync left both versions of something: a person must choose
    Refused,   // a rule said no: a protected change without its reason, a plugin of another SDK API
    Storage,   // the disk or the repository: full, read-only, damaged
    Network,   // a remote could not be reached, or refused who we said we are
    Cancelled, // the person stopped it
};

// "not-found", "busy", …: for logs and JSON.
SAPHA_SDK_EXPORT const char* errorCodeName(ErrorCode code);

// What went wrong and where. `where` names the file (and line) or the object the
// error is about, so that every message can say "what and where".
struct SAPHA_SDK_EXPORT Error {
    std::string message;
    std::string where;
    ErrorCode code = ErrorCode::Failed;

    // "where: message", or just the message when there is no location.
    std::string describe() const;
};

// The outcome of an operation that returns nothing.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)), m_failed(true) { }

    static Status ok() { return Status(); }
    static Status failure(std::string message, std::string where = {}, ErrorCode code = ErrorCode::Failed)
    {
        return Status(Error { std::move(message), std::move(where), code });
    }

    bool isOk() const { return !m_failed; }
    explicit operator bool() const { return isOk(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

// A value or the error that prevented it.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_content(std::move(value)) { }
    Result(Error error) : m_content(std::move(error)) { }
    Result(Status status) : m_content(status.error()) { }

    bool isOk() const { return std::holds_alternative<T>(m_content); }
    explicit operator bool() const { return isOk(); }

    T& value() & { return std::get<T>(m_content); }
    const T& value() const& { return std::get<T>(m_content); }
    T&& value() && { return std::get<T>(std::move(m_content)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { return std::get<Error>(m_content); }
    Status status() const { return isOk() ? Status::ok() : Status(error()); }

private:
    std::variant<T, Error> m_content;
};

} // namespace sapha
