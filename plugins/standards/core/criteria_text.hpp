// Sapha standards — how an indicator is scored, in words, for paper: the rubric's levels, the
// checklist's practices and rules, the threshold, the points.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/standards_export.h"

#include <string>
#include <vector>

#include <sapha/status.hpp>

#include "core/standard.hpp"

namespace sapha::standards {

// One line per level, practice or rule ("5 ดีเลิศ: มีแผน ติดตามผล…", "☐ มีแผนปฏิบัติการ", "ทำได้ 3 ข้อ = 3 คะแนน").
SAPHA_STANDARDS_EXPORT std::vector<std::string> criteriaLines(const Indicator& indicator, bool english, double maxScore);
// "process" → "กระบวนการ"
SAPHA_STANDARDS_EXPORT const char* typeName(const std::string& type, bool english);
// Non-empty lines of a multi-line field.
SAPHA_STANDARDS_EXPORT std::vector<std::string> linesOf(const std::string& text);

// Checklist rules as people type them, one per line: "3: 5" (3 or more practices done → 5 points).
// An error names the line that is not one.
SAPHA_STANDARDS_EXPORT Result<std::vector<ChecklistRule>> parseRules(const std::string& text);
SAPHA_STANDARDS_EXPORT std::string rulesText(const std::vector<ChecklistRule>& rules);

} // namespace sapha::standards
