// Sapha plans — the plan on paper.
// SPDX-License-Identifier: MIT
#include "core/plan_paper.hpp"

#include <stdexcept>

#include <sapha/message_language.hpp>
#include <sapha/typed_date.hpp>

#include "core/plan_kind.hpp"

namespace sapha::plans {

namespace {

using exporting::Align;
using exporting::Run;
using exporting::TableCell;

struct Words {
    const char* fiscalYear;
    const char* answers;
    const char* projectColumn;
    const char* objectiveColumn;
    const char* indicatorColumn;
    const char* budgetColumn;
    const char* agencyColumn;
    const char* monthsColumn;
    const char* targetGroup;
    const char* supporting;
    const char* total;
    const char* steps;
    const char* stepColumn;
    const char* whoColumn;
    const char* progressOf;
    const char* reportedOn;
    const char* targetColumn;
    const char* resultColumn;
    const char* percentColumn;
    const char* spentColumn;
    const char* budgetOnlyColumn;
    const char* problems;
    const char* nextSteps;
    const char* baht;
    const char* committee;
    const char* summary;
    const char* reporter;
    const char* position;
};

constexpr Words kThai { "ปีงบประมาณ พ.ศ. ", "จัดทำตามที่ที่ประชุมมอบหมาย: ", "แนวทาง / โครงการ / กิจกรรม", "วัตถุประสงค์",
    "ตัวชี้วัด / ค่าเป้าหมาย", "งบประมาณ (บาท) / แหล่งงบ", "หน่วยงานรับผิดชอบ", "ระยะเวลาดำเนินการ", "กลุ่มเป้าหมาย: ",
    "หน่วยงานสนับสนุน: ", "รวมงบประมาณทั้งสิ้น", "ขั้นตอนการดำเนินงาน", "ขั้นตอน", "ผู้ดำเนินการ",
    "รายงานผลการดำเนินงาน ", "รายงาน ณ วันที่ ", "ค่าเป้าหมาย", "ผลการดำเนินงาน (สะสม)", "ร้อยละ",
    "งบประมาณที่ใช้ (สะสม)", "งบประมาณ (บาท)", "ปัญหาอุปสรรค", "แนวทางดำเนินการต่อไป", "บาท", "เสนอ: ", "สรุปผล: ", "ผู้รายงาน", "ตำแหน่ง " };
constexpr Words kEnglish { "Fiscal year ", "Drafted as the meeting asked: ", "Direction / project / activity",
    "Objective", "Indicator / target", "Budget (baht) / source", "Responsible agency", "Months of work",
    "Target group: ", "Supported by: ", "Total budget", "Process steps", "Step", "Done by", "Progress report, ",
    "Reported on ", "Target", "Result so far", "Percent", "Spent so far", "Budget (baht)", "Problems", "Next steps", "baht", "To: ", "In short: ", "Reported by", "Position " };

TableCell cell(std::string text, bool bold = false, Align align = Align::Left)
{
    TableCell out;
    out.runs.push_back(Run { std::move(text), bold });
    out.align = align;
    return out;
}

TableCell header(std::string text, int columnSpan = 1, int rowSpan = 1)
{
    TableCell out = cell(std::move(text), true, Align::Center);
    out.isHeader = true;
    out.columnSpan = columnSpan;
    out.rowSpan = rowSpan;
    return out;
}

std::string indicatorText(const Indicator& indicator)
{
    return indicator.text + " — " + formatNumber(indicator.target) + " " + indicator.unit;
}

// The plan table: two header rows (the months under "months of work"), a row spanning the table for each
// direction, a row for each project, a total at the end.
exporting::Table planTable(const Plan& plan, const Words& words)
{
    const std::size_t monthCount = fiscalMonths().size();
    exporting::Table table;
    // Centimetres of the 25.7 cm a landscape page leaves: the months narrow, their names set smaller.
    table.columnWidths = { 4.4, 3.0, 3.6, 2.3, 2.8 };
    for (std::size_t m = 0; m < monthCount; ++m)
        table.columnWidths.push_back(0.8);
    table.headerRows = 2;
    table.rows.push_back({ header(words.projectColumn, 1, 2), header(words.objectiveColumn, 1, 2),
        header(words.indicatorColumn, 1, 2), header(words.budgetColumn, 1, 2), header(words.agencyColumn, 1, 2),
        header(words.monthsColumn, static_cast<int>(monthCount)) });
    std::vector<TableCell> months;
    for (int month : fiscalMonths()) {
        months.push_back(header(monthAbbreviation(month, plan.language)));
        months.back().runs.back().sizeScale = 0.7;
    }
    table.rows.push_back(std::move(months));
    const int columns = static_cast<int>(5 + monthCount);
    for (std::size_t s = 0; s < plan.strategies.size(); ++s) {
        const Strategy& strategy = plan.strategies[s];
        TableCell title = cell(PlanKind::numberLabel({ int(s + 1) }) + ". " + strategy.title, true);
        title.columnSpan = columns;
        table.rows.push_back({ title });
        for (std::size_t p = 0; p < strategy.projects.size(); ++p) {
            const Project& project = strategy.projects[p];
            std::string what = PlanKind::numberLabel({ int(s + 1), int(p + 1) }) + " " + project.title;
            if (!project.targetGroup.empty())
                what += "\n" + std::string(words.targetGroup) + project.targetGroup;
            std::string indicators;
            for (const Indicator& indicator : project.indicators)
                indicators += (indicators.empty() ? "" : "\n") + indicatorText(indicator);
            std::string budget;
            for (const BudgetLine& line : project.budget)
                budget += (budget.empty() ? "" : "\n") + formatBaht(line.amount) + (line.source.empty() ? "" : " (" + line.source + ")");
            std::string agencies = project.responsible;
            if (!project.supporting.empty()) {
                agencies += "\n" + std::string(words.supporting);
                for (std::size_t a = 0; a < project.supporting.size(); ++a)
                    agencies += (a ? ", " : "") + project.supporting[a];
            }
            std::vector<TableCell> row { cell(what), cell(project.objective), cell(indicators), cell(budget, false, Align::Right),
                cell(agencies) };
            for (int month : fiscalMonths()) {
                TableCell gantt;
                if (project.worksIn(month))
                    gantt.bar = 1.0; // a month of work: the cell filled, as the official Gantt row is
                row.push_back(gantt);
            }
            table.rows.push_back(std::move(row));
        }
    }
    TableCell totalLabel = cell(words.total, true, Align::Right);
    totalLabel.columnSpan = 3;
    TableCell totalAmount = cell(formatBaht(plan.budgetTotal()), true, Align::Right);
    TableCell rest;
    rest.columnSpan = columns - 4;
    table.rows.push_back({ totalLabel, totalAmount, rest });
    return table;
}

void stepsSection(exporting::Document& paper, const Plan& plan, const Words& words)
{
    if (plan.steps.empty())
        return;
    paper.heading(2, words.steps);
    exporting::Table table;
    table.columnWidths = { 1.2, 14.0, 9.5 };
    table.headerRows = 1;
    table.rows.push_back({ header(plan.language == "en" ? "No." : "ที่"), header(words.stepColumn), header(words.whoColumn) });
    for (std::size_t i = 0; i < plan.steps.size(); ++i)
        table.rows.push_back({ cell(std::to_string(i + 1), false, Align::Center), cell(plan.steps[i].title), cell(plan.steps[i].who) });
    paper.blocks.push_back(std::move(table));
}

// A quarter's report begins: which quarter of which plan, reported when.
void progressHeading(exporting::Document& paper, const Plan& plan, const ProgressReport& report, const Words& words)
{
    paper.heading(1, words.progressOf + quarterLabel(plan.fiscalYear, report.quarter, plan.language), Align::Center);
    paper.heading(2, plan.title, Align::Center);
    if (!report.reported.empty()) {
        exporting::Paragraph when;
        when.runs.push_back(Run { words.reportedOn + dateInWords(report.reported, plan.language) });
        when.align = Align::Center;
        paper.blocks.push_back(std::move(when));
    }
}

// Then the results and spending table, problems and next steps. Results and spending accumulate: each
// quarter's figure is the year so far.
void progressBody(exporting::Document& paper, const Plan& plan, const ProgressReport& report, const Words& words)
{
    exporting::Table table;
    table.columnWidths = { 9.0, 3.0, 3.2, 2.0, 3.5, 4.0 };
    table.headerRows = 1;
    table.rows.push_back({ header(words.indicatorColumn), header(words.targetColumn), header(words.resultColumn),
        header(words.percentColumn), header(words.budgetOnlyColumn), header(words.spentColumn) });
    for (std::size_t s = 0; s < plan.strategies.size(); ++s) {
        for (std::size_t p = 0; p < plan.strategies[s].projects.size(); ++p) {
            const Project& project = plan.strategies[s].projects[p];
            TableCell title = cell(PlanKind::numberLabel({ int(s + 1), int(p + 1) }) + " " + project.title, true);
            title.columnSpan = 4;
            table.rows.push_back({ title, cell(formatBaht(project.budgetTotal()), false, Align::Right),
                cell(formatBaht(plan.spentBy(report.quarter, project.id)), false, Align::Right) });
            for (const Indicator& indicator : project.indicators) {
                const IndicatorResult* found = nullptr;
                for (const IndicatorResult& result : report.results)
                    if (result.indicator == indicator.id)
                        found = &result;
                std::string value = found ? formatNumber(found->value) + " " + indicator.unit : "–";
                if (found && !found->note.empty())
                    value += "\n" + found->note;
                TableCell percent;
                percent.align = Align::Right;
                if (found && indicator.target > 0) {
                    const double share = found->value / indicator.target;
                    percent.runs.push_back(Run { formatNumber(static_cast<double>(static_cast<long long>(share * 1000 + 0.5)) / 10) });
                }
                TableCell empty;
                empty.columnSpan = 2;
                table.rows.push_back({ cell(indicator.text), cell(formatNumber(indicator.target) + " " + indicator.unit, false, Align::Right),
                    cell(value, false, Align::Right), percent, empty });
            }
        }
    }
    paper.blocks.push_back(std::move(table));
    if (!report.problems.empty()) {
        paper.heading(2, words.problems);
        paper.paragraph(report.problems);
    }
    if (!report.nextSteps.empty()) {
        paper.heading(2, words.nextSteps);
        paper.paragraph(report.nextSteps);
    }
}

// The paper every export of a plan is printed on: A4 landscape, as plan tables are, the text set smaller.
exporting::Document landscapePaper(const Plan& plan, std::string title)
{
    exporting::Document paper;
    paper.title = std::move(title);
    paper.language = plan.language;
    paper.usesThaiDigits = plan.thaiDigits;
    paper.page.widthCm = 29.7;
    paper.page.heightCm = 21.0;
    paper.page.marginLeftCm = 2.0;
    paper.page.marginRightCm = 2.0;
    paper.page.fontSizePt = 14;
    paper.page.firstLineIndentCm = 1.5;
    return paper;
}

std::string partId(int quarter)
{
    return "q" + std::to_string(quarter);
}

} // namespace

exporting::Document planPaper(const Plan& plan)
{
    const Words& words = plan.language == "en" ? kEnglish : kThai;
    exporting::Document paper = landscapePaper(plan, plan.title);

    paper.heading(1, plan.title, Align::Center);
    std::string subtitle = plan.committee;
    if (plan.fiscalYear > 0) {
        subtitle += (subtitle.empty() ? "" : "\n") + std::string(words.fiscalYear) + std::to_string(plan.fiscalYear) + " ("
            + dateInWords(quarterStart(plan.fiscalYear, 1), plan.language) + " – " + dateInWords(quarterEnd(plan.fiscalYear, 4), plan.language) + ")";
    }
    if (!subtitle.empty()) {
        exporting::Paragraph line;
        line.runs.push_back(Run { subtitle });
        line.align = Align::Center;
        paper.blocks.push_back(std::move(line));
    }
    if (!plan.originTask.empty())
        paper.labelled(words.answers, plan.originTask);
    paper.blocks.push_back(planTable(plan, words));
    stepsSection(paper, plan, words);
    for (const ProgressReport& report : plan.progress) {
        paper.blocks.push_back(exporting::PageBreak {});
        progressHeading(paper, plan, report, words);
        progressBody(paper, plan, report, words);
    }
    return paper;
}

std::vector<ExportPart> quarterReportParts(const Plan& plan)
{
    std::vector<ExportPart> parts;
    for (int quarter = 1; quarter <= 4; ++quarter) {
        if (plan.progressOf(quarter)) {
            parts.push_back({ partId(quarter),
                { kThai.progressOf + quarterLabel(plan.fiscalYear, quarter, "th"),
                    kEnglish.progressOf + quarterLabel(plan.fiscalYear, quarter, "en") } });
        }
    }
    return parts;
}

exporting::Document quarterReportPaper(const Plan& plan, const std::string& part)
{
    const ProgressReport* report = nullptr;
    for (int quarter = 1; quarter <= 4; ++quarter)
        if (part == partId(quarter))
            report = plan.progressOf(quarter);
    if (!report)
        throw std::runtime_error(localized("แผนไม่มีรายงานของไตรมาส \"" + part + "\"", "the plan has no report of quarter \"" + part + "\""));
    const Words& words = plan.language == "en" ? kEnglish : kThai;
    exporting::Document paper
        = landscapePaper(plan, words.progressOf + quarterLabel(plan.fiscalYear, report->quarter, plan.language) + " " + plan.title);
    progressHeading(paper, plan, *report, words);
    // What the meeting hears first: to whom, for which action item, and the quarter in two figures.
    if (!plan.committee.empty())
        paper.labelled(words.committee, plan.committee);
    if (!plan.originTask.empty())
        paper.labelled(words.answers, plan.originTask);
    const std::string reached = std::to_string(plan.targetsReached(*report)) + (plan.language == "en" ? " of " : " จาก ")
        + std::to_string(plan.indicatorCount());
    const std::string spent = formatBaht(plan.spentBy(report->quarter)) + (plan.language == "en" ? " of " : " จาก ")
        + formatBaht(plan.budgetTotal()) + " " + words.baht;
    paper.labelled(words.summary, plan.language == "en" ? reached + " targets reached; " + spent + " spent so far"
                                                        : "บรรลุค่าเป้าหมาย " + reached + " ตัวชี้วัด ใช้งบประมาณแล้ว " + spent);
    progressBody(paper, plan, *report, words);
    exporting::SignatureBlock signature;
    // Left blank to sign by hand, as the form is: the plan does not say who reports.
    signature.signatories.push_back({ words.reporter, std::string(36, '.'), words.position + std::string(30, '.') });
    paper.blocks.push_back(std::move(signature));
    return paper;
}

} // namespace sapha::plans
