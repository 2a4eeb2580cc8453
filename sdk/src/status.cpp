// Sapha — Error, findings and localized text: the small value types of the SDK.
// SPDX-License-Identifier: MIT
#include <sapha/finding.hpp>
#include <sapha/localized_text.hpp>
#include <sapha/status.hpp>

#include <algorithm>

namespace sapha {

std::string Error::describe() const
{
    return where.empty() ? message : where + ": " + message;
}

const char* errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Failed:
        return "failed";
    case ErrorCode::NotFound:
        return "not-found";
    case ErrorCode::Invalid:
        return "invalid";
    case ErrorCode::Busy:
        return "busy";
    case ErrorCode::Changed:
        return "changed";
    case ErrorCode::Conflict:
        return "conflict";
    case ErrorCode::Refused:
        return "refused";
    case ErrorCode::Storage:
        return "storage";
    case ErrorCode::Network:
        return "network";
    case ErrorCode::Cancelled:
        return "cancelled";
    }
    return "failed";
}

bool hasErrors(const Findings& findings)
{
    return std::any_of(findings.begin(), findings.end(),
        [](const Finding& finding) { return finding.severity == Severity::Error; });
}

const char* severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::None:
        break;
    }
    return "note";
}

const std::string& LocalizedText::in(std::string_view language) const
{
    if (language == "en")
        return en.empty() ? th : en;
    return th.empty() ? en : th;
}

} // namespace sapha
