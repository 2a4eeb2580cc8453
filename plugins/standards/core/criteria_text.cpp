// Sapha standards — how an indicator is scored, in words.
// SPDX-License-Identifier: MIT
#include "core/criteria_text.hpp"

#include <cstdio>

#include <sapha/message_language.hpp>

#include "core/standard_xml.hpp"

namespace sapha::standards {

std::vector<std::string> linesOf(const std::string& text)
{
    std::vector<std::string> result;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = text.find('\n', start);
        std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (!line.empty())
            result.push_back(std::move(line));
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return result;
}

const char* typeName(const std::string& type, bool english)
{
    if (type == "output")
        return english ? "output" : "ผลผลิต";
    if (type == "outcome")
        return english ? "outcome" : "ผลลัพธ์";
    if (type == "quantitative")
        return english ? "quantitative" : "เชิงปริมาณ";
    return english ? "process" : "กระบวนการ";
}

std::vector<std::string> criteriaLines(const Indicator& indicator, bool english, double maxScore)
{
    std::vector<std::string> lines;
    switch (indicator.scheme) {
    case Scheme::Rubric:
        for (const Level& level : indicator.levels)
            lines.push_back(std::to_string(level.score) + " " + level.label + (level.descriptor.empty() ? "" : ": " + level.descriptor));
        break;
    case Scheme::Checklist:
        for (const std::string& practice : indicator.practices)
            lines.push_back("\u2610 " + practice);
        if (indicator.rules.empty())
            lines.push_back(english ? "Score: " + formatNumber(maxScore) + " × practices done ÷ " + std::to_string(indicator.practices.size())
                                    : "คะแนน = " + formatNumber(maxScore) + " × จำนวนข้อที่ทำได้ ÷ " + std::to_string(indicator.practices.size()));
        for (const ChecklistRule& rule : indicator.rules)
            lines.push_back(english ? std::to_string(rule.done) + " or more done: " + formatNumber(rule.score) + " points"
                                    : "ทำได้ " + std::to_string(rule.done) + " ข้อขึ้นไป = " + formatNumber(rule.score) + " คะแนน");
        break;
    case Scheme::Threshold: {
        const std::string percent = formatNumber(indicator.target * 100) + "%";
        lines.push_back(english ? percent + " or more earns " + formatNumber(maxScore) + " points; less, in proportion"
                                : "ร้อยละ " + formatNumber(indicator.target * 100) + " ขึ้นไป ได้ " + formatNumber(maxScore)
                    + " คะแนน ต่ำกว่านั้นคิดตามสัดส่วน");
        break;
    }
    case Scheme::Binary: {
        const std::string points = formatNumber(indicator.points > 0 ? indicator.points : maxScore);
        lines.push_back(english ? "Met: " + points + " points; not met: 0" : "มี/ทำได้ = " + points + " คะแนน ไม่มี = 0 คะแนน");
        break;
    }
    }
    return lines;
}

Result<std::vector<ChecklistRule>> parseRules(const std::string& text)
{
    std::vector<ChecklistRule> rules;
    int lineNumber = 0;
    for (const std::string& line : linesOf(text)) {
        ++lineNumber;
        int done = 0;
        double score = 0;
        char extra = 0;
        if (std::sscanf(line.c_str(), " %d : %lf %c", &done, &score, &extra) != 2 || done < 0)
            return Error { localized("บรรทัด " + std::to_string(lineNumber) + " \"" + line + "\" ไม่ได้อยู่ในรูป \"จำนวนรายการ: คะแนน\" (3: 5)",
                               "line " + std::to_string(lineNumber) + " \"" + line + "\" is not \"practices: score\" (3: 5)"),
                "rules" };
        rules.push_back({ done, score });
    }
    return rules;
}

std::string rulesText(const std::vector<ChecklistRule>& rules)
{
    std::string text;
    for (const ChecklistRule& rule : rules)
        text += std::to_string(rule.done) + ": " + formatNumber(rule.score) + "\n";
    return text;
}

} // namespace sapha::standards
