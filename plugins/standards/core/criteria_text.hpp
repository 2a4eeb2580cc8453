// Sapha standards — how an indicator is scored, in words, for paper: the rubric's levels, the
// checklist's practices and rules, the threshold, the points.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "core/standard.hpp"

namespace sapha::standards {

// One line per level, practice or rule ("5 ดีเลิศ: มีแผน ติดตามผล…", "☐ มีแผนปฏิบัติการ", "ทำได้ 3 ข้อ = 3 คะแนน").
std::vector<std::string> criteriaLines(const Indicator& indicator, bool english, double maxScore);
// "process" → "กระบวนการ"
const char* typeName(const std::string& type, bool english);
// Non-empty lines of a multi-line field.
std::vector<std::string> linesOf(const std::string& text);

} // namespace sapha::standards
