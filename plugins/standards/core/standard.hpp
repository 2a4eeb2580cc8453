// Sapha standards — the standard model: components, indicators and their scoring levels.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/standards_export.h"

#include <string>
#include <vector>

#include <sapha/document_kind.hpp>

namespace sapha::standards {

// One scoring level of a rubric (ระดับ 1–5): its score, label and what it takes.
struct Level {
    int score = 0;
    std::string label;      // ดีเลิศ
    std::string descriptor; // เกณฑ์การประเมิน at this level
};

// An indicator (ตัวชี้วัด): numbered from its position ("2.3").
struct Indicator {
    std::string id;
    std::string statement;
    std::string type = "process"; // process, output, outcome, quantitative
    double weight = 1.0;
    std::vector<Level> levels;
    std::string evidence; // เอกสาร/หลักฐาน, one item per line
};

// A component (องค์ประกอบ).
struct Component {
    std::string id;
    std::string title;
    std::string description;
    std::vector<Indicator> indicators;
};

class SAPHA_STANDARDS_EXPORT Standard : public IDocument {
public:
    std::string language = "th";
    bool thaiDigits = false;
    std::string title;
    std::string code;
    std::string versionLabel; // ร่างที่ 2
    std::string scope;
    std::vector<Component> components;
};

// The five rubric levels every new indicator starts with (labels in the document's language).
SAPHA_STANDARDS_EXPORT std::vector<Level> defaultLevels(const std::string& language);

} // namespace sapha::standards
