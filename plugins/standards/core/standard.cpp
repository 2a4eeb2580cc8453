// Sapha standards — the model's defaults and names.
// SPDX-License-Identifier: MIT
#include "core/standard.hpp"

namespace sapha::standards {

std::vector<Level> defaultLevels(const std::string& language)
{
    static const char* const kThai[] = { "ต้องปรับปรุง", "พอใช้", "ดี", "ดีมาก", "ดีเลิศ" };
    static const char* const kEnglish[] = { "Needs improvement", "Fair", "Good", "Very good", "Excellent" };
    std::vector<Level> levels;
    for (int score = 1; score <= 5; ++score)
        levels.push_back(Level { score, language == "en" ? kEnglish[score - 1] : kThai[score - 1], {} });
    return levels;
}

std::vector<Band> defaultBands(const std::string& language)
{
    if (language == "en")
        return { { 0.00, 1.50, "Developing" }, { 1.51, 2.50, "Fair" }, { 2.51, 3.50, "Good" }, { 3.51, 4.50, "Very good" },
            { 4.51, 5.00, "Excellent" } };
    return { { 0.00, 1.50, "กำลังพัฒนา" }, { 1.51, 2.50, "พอใช้" }, { 2.51, 3.50, "ดี" }, { 3.51, 4.50, "ดีมาก" },
        { 4.51, 5.00, "ยอดเยี่ยม" } };
}

const char* schemeName(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Checklist:
        return "checklist";
    case Scheme::Threshold:
        return "threshold";
    case Scheme::Binary:
        return "binary";
    case Scheme::Rubric:
        break;
    }
    return "rubric";
}

bool parseScheme(std::string_view text, Scheme& scheme)
{
    for (Scheme each : { Scheme::Rubric, Scheme::Checklist, Scheme::Threshold, Scheme::Binary }) {
        if (text == schemeName(each)) {
            scheme = each;
            return true;
        }
    }
    return false;
}

} // namespace sapha::standards
