// Sapha standards — how an indicator is scored, in words, for paper: the rubric's levels, the
// checklist's practices and rules, the threshold, the points.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/standards_export.h"

#include <string>
#include <vector>

#include "core/standard.hpp"

namespace sapha::standards {

// One line per level, practice or rule ("5 ดีเลิศ: มีแผน ติดตามผล…", "☐ มีแผนปฏิบัติการ", "ทำได้ 3 ข้อ = 3 คะแนน").
SAPHA_STANDARDS_EXPORT std::vector<std::string> criteriaLines(const Indicator& indicator, bool english, double maxScore);
// "process" → "กระบวนการ"
SAPHA_STANDARDS_EXPORT const char* typeName(const std::string& type, bool english);
// Non-empty lines of a multi-line field.
SAPHA_STANDARDS_EXPORT std::vector<std::string> linesOf(const std::string& text);

} // namespace sapha::standards
