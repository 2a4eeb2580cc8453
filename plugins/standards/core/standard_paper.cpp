// Sapha standards — the standard on paper.
// SPDX-License-Identifier: MIT
#include "core/standard_paper.hpp"

#include <cstdio>

#include "core/standard_kind.hpp"

namespace sapha::standards {

namespace {

using exporting::Align;
using exporting::Run;
using exporting::TableCell;

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

std::vector<std::string> lines(const std::string& text)
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

} // namespace

exporting::Document standardPaper(const Standard& standard)
{
    const bool english = standard.language == "en";
    exporting::Document paper;
    paper.title = standard.title;
    paper.language = standard.language;
    paper.usesThaiDigits = standard.thaiDigits;
    paper.heading(1, standard.title, Align::Center);
    if (!standard.versionLabel.empty()) {
        exporting::Paragraph version;
        version.align = Align::Center;
        version.runs.push_back(Run { standard.versionLabel });
        paper.blocks.push_back(version);
    }
    if (!standard.scope.empty())
        paper.labelled(english ? "Scope:" : "ขอบเขต", standard.scope);

    for (std::size_t c = 0; c < standard.components.size(); ++c) {
        const Component& component = standard.components[c];
        paper.heading(2, StandardKind::componentLabel(static_cast<int>(c) + 1, standard.language) + "  " + component.title);
        if (!component.description.empty())
            paper.paragraph(component.description);
        for (std::size_t i = 0; i < component.indicators.size(); ++i) {
            const Indicator& indicator = component.indicators[i];
            paper.heading(3,
                StandardKind::indicatorLabel(static_cast<int>(c) + 1, static_cast<int>(i) + 1, standard.language) + "  "
                    + indicator.statement);
            char weight[32];
            std::snprintf(weight, sizeof weight, "%g", indicator.weight);
            exporting::Paragraph facts;
            facts.runs = { Run { english ? "Type: " : "ประเภท ", true }, Run { typeName(indicator.type, english) },
                Run { english ? "    Weight: " : "    น้ำหนัก ", true }, Run { weight } };
            paper.blocks.push_back(facts);

            // The criteria under one merged heading, then a row per level.
            exporting::Table criteria;
            criteria.columnWidths = { 1.2, 2.3, 6.5 };
            criteria.headerRows = 2;
            criteria.rows.push_back({ TableCell { { Run { english ? "Evaluation criteria" : "เกณฑ์การประเมิน" } }, 3, 1, true, Align::Center } });
            criteria.rows.push_back({ TableCell { { Run { english ? "Level" : "ระดับ" } }, 1, 1, true, Align::Center },
                TableCell { { Run { english ? "Rating" : "ผลการประเมิน" } }, 1, 1, true, Align::Center },
                TableCell { { Run { english ? "Criterion" : "คำอธิบายเกณฑ์" } }, 1, 1, true, Align::Center } });
            for (const Level& level : indicator.levels)
                criteria.rows.push_back({ TableCell { { Run { std::to_string(level.score) } }, 1, 1, false, Align::Center },
                    TableCell { { Run { level.label } } }, TableCell { { Run { level.descriptor.empty() ? "-" : level.descriptor } } } });
            paper.blocks.push_back(std::move(criteria));

            const std::vector<std::string> evidence = lines(indicator.evidence);
            if (!evidence.empty()) {
                exporting::Paragraph label;
                label.runs.push_back(Run { english ? "Evidence" : "เอกสาร/หลักฐาน", true });
                label.keepWithNext = true;
                paper.blocks.push_back(label);
                exporting::List list;
                list.isNumbered = false;
                for (const std::string& item : evidence)
                    list.items.push_back({ { Run { item } }, 0 });
                paper.blocks.push_back(std::move(list));
            }
        }
    }
    return paper;
}

} // namespace sapha::standards
