// Sapha — a validation finding: what a document kind's check reports, as data.
// SPDX-License-Identifier: MIT
#pragma once

#include <sapha/sdk_export.h>

#include <string>
#include <vector>

namespace sapha {

enum class Severity { None, Warning, Error };

// One problem found in a document. `elementId` is the stable id of the element
// concerned (empty for the document as a whole); `line` is 1-based, 0 when unknown.
struct Finding {
    Severity severity = Severity::None;
    std::string elementId;
    std::string message;
    int line = 0;
};

using Findings = std::vector<Finding>;

// True when any finding is an error (warnings alone do not fail a check).
SAPHA_SDK_EXPORT bool hasErrors(const Findings& findings);

SAPHA_SDK_EXPORT const char* severityName(Severity severity);

} // namespace sapha
