// Sapha standards — an assessment on paper.
// SPDX-License-Identifier: MIT
#include "core/assessment_paper.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

#include <sapha/thai_text.hpp>

#include "core/criteria_text.hpp"
#include "core/standard_kind.hpp"
#include "core/standard_xml.hpp"

namespace sapha::standards {

namespace {

using exporting::Align;
using exporting::Run;
using exporting::TableCell;

std::string twoDecimals(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    return buffer;
}

std::string joined(const std::vector<std::string>& lines)
{
    std::string text;
    for (const std::string& line : lines)
        text += (text.empty() ? "" : "\n") + line;
    return text;
}

// What the assessor recorded, in words ("ระดับ 4", "ทำได้ 3 จาก 5 ข้อ", "ร้อยละ 75", "มี").
std::string resultWords(const AssessedIndicator& each, bool english)
{
    const IndicatorResult& result = each.result;
    switch (each.indicator.scheme) {
    case Scheme::Rubric:
        if (result.level)
            return (english ? "Level " : "ระดับ ") + std::to_string(*result.level);
        break;
    case Scheme::Checklist:
        if (result.done)
            return english ? std::to_string(*result.done) + " of " + std::to_string(each.indicator.practices.size()) + " done"
                           : "ทำได้ " + std::to_string(*result.done) + " จาก " + std::to_string(each.indicator.practices.size()) + " ข้อ";
        break;
    case Scheme::Threshold:
        if (result.ratio)
            return (english ? "" : "ร้อยละ ") + formatNumber(*result.ratio * 100) + (english ? "%" : "");
        break;
    case Scheme::Binary:
        if (result.met)
            return *result.met ? (english ? "Met" : "มี/ทำได้") : (english ? "Not met" : "ไม่มี");
        break;
    }
    return {};
}

// The score as a bar across its cell: its share of the scale (none when not scored).
TableCell barOf(const std::optional<double>& score, double maxScore)
{
    TableCell cell;
    if (score && maxScore > 0)
        cell.bar = std::max(0.0, std::min(*score, maxScore)) / maxScore;
    return cell;
}

} // namespace

exporting::Document assessmentPaper(const Assessment& assessment)
{
    const bool english = assessment.language == "en";
    exporting::Document paper;
    paper.title = assessment.standardTitle;
    paper.language = assessment.language;
    paper.usesThaiDigits = assessment.thaiDigits;
    // Landscape: five columns of Thai text need the width.
    paper.page.widthCm = 29.7;
    paper.page.heightCm = 21.0;

    paper.heading(1, english ? "Self-assessment" : "แบบประเมินตนเอง", Align::Center);
    exporting::Paragraph against;
    against.align = Align::Center;
    against.runs.push_back(Run { (english ? "against " : "ตาม") + assessment.standardTitle + (english ? " (version \u201c" : " (ฉบับ \u201c")
        + assessment.standardVersion + "\u201d)" });
    paper.blocks.push_back(against);
    paper.labelled(english ? "Organisation:" : "หน่วยงาน", assessment.organisation.empty() ? "........................................" : assessment.organisation);
    paper.labelled(english ? "Assessed by:" : "ผู้ประเมิน", assessment.assessor.empty() ? "........................................" : assessment.assessor);
    // A form not assessed yet has a dotted line for the date, to be written in by hand.
    const Result<thai::Date> date = thai::parseIsoDate(assessment.date);
    paper.labelled(english ? "Date:" : "วันที่ประเมิน",
        !date ? std::string("........................................")
              : english ? thai::formatEnglishDate(date.value()) : thai::formatLongDate(date.value(), thai::Digits::Arabic));

    for (const AssessedComponent& component : assessment.components) {
        paper.heading(2, StandardKind::componentLabel(std::atoi(component.label.c_str()), assessment.language) + "  " + component.title);
        exporting::Table form;
        form.columnWidths = { 3.0, 4.0, 2.5, 1.6, 1.4 }; // the score column fits its heading (คะแนน)
        form.headerRows = 1;
        form.rows.push_back({ TableCell { { Run { english ? "Indicator" : "ตัวชี้วัด" } }, 1, 1, true, Align::Center },
            TableCell { { Run { english ? "Criteria" : "เกณฑ์การประเมิน" } }, 1, 1, true, Align::Center },
            TableCell { { Run { english ? "Evidence" : "เอกสาร/หลักฐาน" } }, 1, 1, true, Align::Center },
            TableCell { { Run { english ? "Result" : "ผลการประเมิน" } }, 1, 1, true, Align::Center },
            TableCell { { Run { english ? "Score" : "คะแนน" } }, 1, 1, true, Align::Center } });
        for (const AssessedIndicator& each : component.indicators) {
            Result<std::optional<double>> score = scoreOf(each.indicator, each.result, assessment.maxScore);
            const std::string scoreText = score && score.value() ? twoDecimals(*score.value()) : std::string();
            std::string evidence = joined(linesOf(each.indicator.evidence));
            if (!each.note.empty())
                evidence += std::string(evidence.empty() ? "" : "\n\n") + (english ? "Seen: " : "ที่พบ: ") + each.note;
            form.rows.push_back({ TableCell { { Run { each.label + " ", true }, Run { each.indicator.statement },
                                      Run { "\n(" + std::string(english ? "weight " : "น้ำหนัก ") + formatNumber(each.indicator.weight) + ")" } } },
                TableCell { { Run { joined(criteriaLines(each.indicator, english, assessment.maxScore)) } } }, TableCell { { Run { evidence } } },
                TableCell { { Run { resultWords(each, english) } }, 1, 1, false, Align::Center },
                TableCell { { Run { scoreText } }, 1, 1, false, Align::Center } });
        }
        paper.blocks.push_back(std::move(form));
    }

    // The summary: each component's weighted score, its band, and a bar of it; then the whole.
    paper.heading(2, english ? "Summary" : "สรุปผลการประเมิน");
    exporting::Table summary;
    summary.columnWidths = { 4.5, 1.3, 1.3, 1.8, 4.0 };
    summary.headerRows = 1;
    summary.rows.push_back({ TableCell { { Run { english ? "Component" : "องค์ประกอบ" } }, 1, 1, true, Align::Center },
        TableCell { { Run { english ? "Scored" : "ประเมินแล้ว" } }, 1, 1, true, Align::Center },
        TableCell { { Run { english ? "Score" : "คะแนนเฉลี่ย" } }, 1, 1, true, Align::Center },
        TableCell { { Run { english ? "Level" : "ระดับคุณภาพ" } }, 1, 1, true, Align::Center },
        TableCell { { Run { english ? "0 \u2013 " + formatNumber(assessment.maxScore) : "0 \u2013 " + formatNumber(assessment.maxScore) } }, 1, 1, true, Align::Center } });
    auto row = [&](const std::string& name, const Summary& result, bool bold) {
        summary.rows.push_back({ TableCell { { Run { name, bold } } },
            TableCell { { Run { std::to_string(result.scored) + "/" + std::to_string(result.total), bold } }, 1, 1, false, Align::Center },
            TableCell { { Run { result.score ? twoDecimals(*result.score) : "-", bold } }, 1, 1, false, Align::Center },
            TableCell { { Run { result.band ? result.band->label : "-", bold } }, 1, 1, false, Align::Center },
            barOf(result.score, assessment.maxScore) });
    };
    for (const AssessedComponent& component : assessment.components)
        row(component.label + " " + component.title, summarizeComponent(assessment, component), false);
    const Summary whole = summarizeAll(assessment);
    row(english ? "Overall" : "ภาพรวม", whole, true);
    paper.blocks.push_back(std::move(summary));
    if (whole.scored < whole.total)
        paper.paragraph(english ? std::to_string(whole.total - whole.scored) + " indicators are not scored yet: the scores above count only those scored."
                                : "ยังไม่ได้ประเมิน " + std::to_string(whole.total - whole.scored) + " ตัวชี้วัด คะแนนข้างต้นคิดจากตัวชี้วัดที่ประเมินแล้วเท่านั้น");
    return paper;
}

} // namespace sapha::standards
