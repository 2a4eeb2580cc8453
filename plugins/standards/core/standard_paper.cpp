// Sapha standards — the standard on paper.
// SPDX-License-Identifier: MIT
#include "core/standard_paper.hpp"

#include <cstdio>

#include "core/criteria_text.hpp"
#include "core/numbering.hpp"
#include "core/standard_kind.hpp"
#include "core/standard_xml.hpp"

namespace sapha::standards {

namespace {

using exporting::Align;
using exporting::Run;
using exporting::TableCell;

// Bold label, then lines as a bulleted list (evidence, guidance).
void labelledList(exporting::Document& paper, const std::string& label, const std::vector<std::string>& items)
{
    if (items.empty())
        return;
    exporting::Paragraph heading;
    heading.runs.push_back(Run { label, true });
    heading.keepWithNext = true;
    paper.blocks.push_back(heading);
    exporting::List list;
    list.isNumbered = false;
    for (const std::string& item : items)
        list.items.push_back({ { Run { item } }, 0 });
    paper.blocks.push_back(std::move(list));
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
    if (!standard.legalBasis.empty())
        paper.labelled(english ? "Legal basis:" : "อาศัยอำนาจตาม", standard.legalBasis);
    if (!standard.definitions.empty()) {
        paper.heading(2, english ? "Definitions" : "นิยามศัพท์");
        for (const Definition& definition : standard.definitions)
            paper.labelled(definition.term, definition.meaning);
    }

    for (std::size_t c = 0; c < standard.components.size(); ++c) {
        const Component& component = standard.components[c];
        paper.heading(2, StandardKind::componentLabel(static_cast<int>(c) + 1, standard.language) + "  " + component.title);
        // Thai digits, when asked for, are the writers' job (paper.usesThaiDigits).
        if (!component.description.empty())
            paper.paragraph(component.description);
        // Indicators in outline order; a section's heading comes before its first indicator (or alone).
        std::string currentSection;
        auto sectionHeading = [&](std::size_t n) {
            const Section& section = component.sections[n];
            paper.heading(3, StandardKind::sectionLabel(sectionNumber(component, static_cast<int>(c) + 1, n), standard.language) + "  "
                    + section.title);
            if (!section.description.empty())
                paper.paragraph(section.description);
        };
        std::size_t sectionsShown = 0;
        for (std::size_t i = 0; i < component.indicators.size(); ++i) {
            const Indicator& indicator = component.indicators[i];
            if (indicator.section != currentSection) {
                currentSection = indicator.section;
                while (sectionsShown < component.sections.size() && component.sections[sectionsShown].id != currentSection)
                    sectionHeading(sectionsShown++); // a section without indicators still shows its heading
                if (sectionsShown < component.sections.size())
                    sectionHeading(sectionsShown++);
            }
            paper.heading(indicator.section.empty() ? 3 : 4,
                StandardKind::indicatorLabel(indicatorNumber(component, static_cast<int>(c) + 1, i), standard.language) + "  "
                    + indicator.statement);
            exporting::Paragraph facts;
            facts.runs = { Run { english ? "Type: " : "ประเภท ", true }, Run { typeName(indicator.type, english) },
                Run { english ? "    Weight: " : "    น้ำหนัก ", true }, Run { formatNumber(indicator.weight) } };
            if (!indicator.code.empty())
                facts.runs.insert(facts.runs.begin(), { Run { english ? "Code: " : "รหัส ", true }, Run { indicator.code + "    " } });
            if (!indicator.owner.empty()) {
                facts.runs.push_back(Run { english ? "    Responsible: " : "    ผู้รับผิดชอบ ", true });
                facts.runs.push_back(Run { indicator.owner });
            }
            // The indicator's facts and description stay on the page of its criteria.
            facts.keepWithNext = true;
            paper.blocks.push_back(facts);
            if (!indicator.description.empty()) {
                paper.paragraph(indicator.description);
                std::get<exporting::Paragraph>(paper.blocks.back()).keepWithNext = true;
            }

            if (indicator.scheme == Scheme::Rubric) {
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
            } else {
                labelledList(paper, english ? "Evaluation criteria" : "เกณฑ์การประเมิน", criteriaLines(indicator, english, standard.maxScore));
            }
            labelledList(paper, english ? "Evidence" : "เอกสาร/หลักฐาน", linesOf(indicator.evidence));
            labelledList(paper, english ? "Guidance for assessors" : "แนวทางการพิจารณา", linesOf(indicator.guidance));
        }
        while (sectionsShown < component.sections.size())
            sectionHeading(sectionsShown++);
    }

    // How the weighted score reads: the bands, as the standard defines them.
    if (!standard.bands.empty()) {
        paper.heading(2, english ? "Levels of the overall score" : "เกณฑ์การตัดสินระดับคุณภาพ");
        exporting::Table bands;
        bands.columnWidths = { 3, 5 };
        bands.headerRows = 1;
        bands.rows.push_back({ TableCell { { Run { english ? "Weighted score" : "คะแนนเฉลี่ยถ่วงน้ำหนัก" } }, 1, 1, true, Align::Center },
            TableCell { { Run { english ? "Level" : "ระดับคุณภาพ" } }, 1, 1, true, Align::Center } });
        for (const Band& band : standard.bands) {
            char range[64];
            std::snprintf(range, sizeof range, "%.2f – %.2f", band.from, band.to);
            bands.rows.push_back({ TableCell { { Run { range } }, 1, 1, false, Align::Center }, TableCell { { Run { band.label } } } });
        }
        paper.blocks.push_back(std::move(bands));
    }
    return paper;
}

} // namespace sapha::standards
